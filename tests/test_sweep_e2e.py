"""End to end: sweep the demo marketplace in real Chromium and check against its truth.

One sweep of every demo target (session-scoped, run through the real CLI) feeds
the checks: detection matches the truth file, every capture is sealed and in
the ledger, findings are searchable, and a bundle exports and verifies.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from demo.site import load_truth, targets_csv
from tests.conftest import main_in_process, run_hongdun

LICENCE_RULES = {"licence.missing", "licence.uscc_invalid", "licence.mismatch"}
DEMO_WATCH_S = 20  # seconds each live room is watched (hongdun.watch.MIN_WATCH_S is 15)


@pytest.fixture(scope="session")
def swept(demo_url: str, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data directory after one full sweep of the demo marketplace."""
    home = tmp_path_factory.mktemp("demo-home")
    csv_path = home / "targets.csv"
    csv_path.write_text(targets_csv(demo_url), encoding="utf-8")
    assert run_hongdun(home, "targets", "import", str(csv_path)).returncode == 0
    # Every demo live room sends its whole chat script within 18 s (demo/pages.py _LIVE_JS:
    # 12 lines, 1.5 s apart): a 20 s watch sees all of it, where the 60 s default spent 40 s
    # more of screencast encoding per room (11 rooms) on the test machine's two cores.
    # The sweep bounds every page itself; this timeout only catches a hung sweep (the sweep
    # took 423 s in CI and over 13 min on a machine loaded as ours: 600 s was a flake too).
    result = run_hongdun(home, "sweep", "--name", "e2e", "--watch", str(DEMO_WATCH_S),
                         timeout=1800)
    assert result.returncode == 0, result.stderr + result.stdout
    assert "巡查结束" in result.stdout
    return home


def _db(home: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(home / "hongdun.db")
    conn.row_factory = sqlite3.Row
    return conn


def test_licence_findings_match_the_truth(swept: Path) -> None:
    found: dict[str, set[str]] = {}
    for row in _db(swept).execute("SELECT target_id, rule_id FROM findings"):
        found.setdefault(row["target_id"], set()).add(row["rule_id"])
    missed, false = [], []
    for target_id, expected in load_truth().items():
        want = expected & LICENCE_RULES
        got = found.get(target_id, set()) & LICENCE_RULES
        missed += [(target_id, r) for r in want - got]
        false += [(target_id, r) for r in got - want]
    assert not missed, f"missed: {missed}"
    assert not false, f"false findings: {false}"


def test_every_target_sealed_with_screenshots_and_ledger(swept: Path) -> None:
    conn = _db(swept)
    captures = conn.execute("SELECT * FROM captures").fetchall()
    assert len(captures) == len(load_truth())
    ledger = [json.loads(line) for line in (swept / "ledger.jsonl").read_text().splitlines()]
    assert {e["capture_id"] for e in ledger} == {c["capture_id"] for c in captures}
    for capture in captures:
        assert capture["failure"] is None, (capture["target_id"], capture["failure"])
        manifest = json.loads((Path(capture["folder"]) / "manifest.json").read_bytes())
        paths = [a["path"] for a in manifest["artefacts"]]
        assert any(p.endswith("screenshot-1.png") for p in paths), capture["target_id"]
        assert any(p.endswith("page.html") for p in paths)
        assert any(p.endswith("layout.json") for p in paths)
    # Pages fetched over HTTP keep the exact server bytes beside the DOM rendered from them.
    assert any(p.name == "response.body" for p in swept.rglob("response.body"))


def test_sweep_is_recorded(swept: Path) -> None:
    [sweep] = _db(swept).execute("SELECT * FROM sweeps").fetchall()
    assert sweep["status"] == "finished"
    assert sweep["targets"] == len(load_truth()) == sweep["captures"]
    assert sweep["failures"] == 0


def test_findings_json_lines_and_chinese_query(swept: Path) -> None:
    result = run_hongdun(swept, "findings", "--json")
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows and {"finding_id", "target_id", "rule_id", "severity", "url", "evidence_id",
                     "matched_text", "captured_at"} <= set(rows[0])
    missing = main_in_process(swept, "findings", "--json", "--rule", "licence.missing")
    assert missing.returncode == 0 and missing.stdout, missing.stderr
    assert all(json.loads(x)["rule_id"] == "licence.missing" for x in missing.stdout.splitlines())


def test_export_and_verify_a_bundle(swept: Path, tmp_path: Path) -> None:
    rows = _db(swept).execute("SELECT finding_id FROM findings LIMIT 2").fetchall()
    bundle = tmp_path / "bundle.zip"
    exported = run_hongdun(swept, "export", *[r[0] for r in rows], "-o", str(bundle))
    assert exported.returncode == 0, exported.stderr
    verified = run_hongdun(swept, "verify", str(bundle))
    assert verified.returncode == 0, verified.stderr + verified.stdout
    data = bytearray(bundle.read_bytes())
    data[len(data) // 2] ^= 0x01
    bundle.write_bytes(bytes(data))
    broken = main_in_process(swept, "verify", str(bundle))  # the real command ran just above
    assert broken.returncode == 1 and "Traceback" not in broken.stderr


def test_findings_are_marked_where_the_browser_drew_them(swept: Path) -> None:
    rows = _db(swept).execute(
        "SELECT f.box_json, f.annotated, c.folder FROM findings f "
        "JOIN captures c USING (capture_id) WHERE f.rule_id = 'licence.mismatch'").fetchall()
    assert rows
    boxed = [r for r in rows if r["box_json"]]
    assert boxed, "a text finding carries its box on the screenshot"
    for row in boxed:
        box = json.loads(row["box_json"])
        assert box["width"] > 0 and box["height"] > 0
        assert (Path(row["folder"]) / row["annotated"]).is_file()
