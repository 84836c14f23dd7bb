"""The evidence commands through the real `hongdun` entry point: export, verify, pubkey, ledger."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

from conftest import main_in_process
from test_evidence_support import finding, flip, make_config, rewrite_zip, visit

from evidence.custody import CustodyLog
from evidence.seal import Sealer
from hongdun import db
from search.store import FindingsStore

ROOT = Path(__file__).resolve().parents[1]


def cli(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run `python -m hongdun.cli --home HOME ARGS...` as a user would."""
    return subprocess.run([sys.executable, "-m", "hongdun.cli", "--home", str(home), *args],
                          capture_output=True, text=True, timeout=120, cwd=ROOT,
                          env={**os.environ, "PYTHONPATH": str(ROOT)}, check=False)


def _seed(home: Path) -> list[str]:
    """Seal two captures, record them and a finding on each in the database."""
    cfg = make_config(home)
    sealer = Sealer(cfg)
    conn = db.connect(cfg.db_path)
    ids = []
    for n in range(2):
        c = sealer.seal(visit(f"yt-000{n}"))
        conn.execute("INSERT INTO captures (capture_id, sweep_id, target_id, evidence_id, folder,"
                     " captured_at, failure) VALUES (?, ?, ?, ?, ?, ?, ?)",
                     (c.capture_id, c.sweep_id, c.target.target_id, c.evidence_id, c.folder,
                      c.captured_at, c.failure))
        FindingsStore(conn).index([finding(c.capture_id, c.evidence_id, f"F{n}")])
        ids.append(f"F{n}")
    conn.close()
    return ids


def test_export_then_verify(tmp_path: Path) -> None:
    home = tmp_path / "home"
    ids = _seed(home)
    out = tmp_path / "bundle.zip"
    exported = cli(home, "export", *ids, "-o", str(out))
    assert exported.returncode == 0, exported.stderr
    assert "exported 2 finding(s) from 2 capture(s)" in exported.stdout
    verified = main_in_process(home, "verify", str(out))
    assert verified.returncode == 0, verified.stderr
    assert verified.stdout.startswith("OK: intact") and "bundle.json signed" in verified.stdout
    actions = [e.action for e in CustodyLog(home).read()]
    assert actions == ["seal", "seal", "export", "verify"]
    with zipfile.ZipFile(out) as archive:
        cid = next(n for n in archive.namelist() if n.endswith("pages/01-home/page.html"))
        page = archive.read(cid)
    # A forger who also strips bundle.sig and rewrites bundle.json still meets the capture
    # signature.
    rewrite_zip(out, {cid: flip(page), "bundle.sig": None}, reseal=True)
    failed = cli(home, "verify", str(out))
    assert failed.returncode == 1
    assert failed.stderr.strip().endswith("page.html: sha256 does not match manifest")
    assert len(failed.stderr.strip().splitlines()) == 1 and "Traceback" not in failed.stderr


def test_unknown_finding_is_one_line_error(tmp_path: Path) -> None:
    home = tmp_path / "home"
    _seed(home)
    result = cli(home, "export", "F0", "NOPE", "-o", str(tmp_path / "b.zip"))
    assert result.returncode == 1
    assert result.stderr.strip() == "hongdun: unknown finding id 'NOPE'"
    assert not (tmp_path / "b.zip").exists()


def test_verify_not_a_bundle(tmp_path: Path) -> None:
    junk = tmp_path / "junk.zip"
    junk.write_bytes(b"hello")
    result = cli(tmp_path / "home", "verify", str(junk))
    assert result.returncode == 1 and "not a readable zip" in result.stderr
    assert "Traceback" not in result.stderr


def test_pubkey_and_ledger_verify(tmp_path: Path) -> None:
    home = tmp_path / "home"
    _seed(home)
    key = cli(home, "evidence", "pubkey")
    assert key.returncode == 0 and key.stdout.startswith("-----BEGIN PUBLIC KEY-----")
    assert "key id" in key.stdout
    custody = main_in_process(home, "evidence", "custody")
    assert custody.returncode == 0 and "custody log intact — 2 entries" in custody.stdout
    assert custody.stdout.count(" seal ") == 2
    ok = main_in_process(home, "ledger", "verify")
    assert ok.returncode == 0 and "2 entries chained" in ok.stdout
    ledger = home / "ledger.jsonl"
    lines = ledger.read_bytes().splitlines(keepends=True)
    ledger.write_bytes(lines[1] + lines[0])
    bad = main_in_process(home, "ledger", "verify")
    assert bad.returncode == 1 and "removed or reordered" in bad.stderr
