"""`hongdun leads` and `hongdun kpi` through the real console entry point, on an old data dir."""

from __future__ import annotations

import csv
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import main_in_process, run_hongdun
from leads_helpers import ROSTER, USERS_DDL

from leads.model import lead_id

# the findings table as data directories before leads had it: no places_json column
OLD_SCHEMA = """
CREATE TABLE targets (target_id TEXT PRIMARY KEY, platform TEXT NOT NULL, kind TEXT NOT NULL,
    url TEXT NOT NULL, shop_name TEXT NOT NULL, uscc TEXT NOT NULL, district TEXT NOT NULL,
    category TEXT NOT NULL, imported_at TEXT NOT NULL);
CREATE TABLE captures (capture_id TEXT PRIMARY KEY, sweep_id TEXT NOT NULL,
    target_id TEXT NOT NULL, evidence_id TEXT NOT NULL, folder TEXT NOT NULL,
    captured_at TEXT NOT NULL, failure TEXT);
CREATE TABLE findings (finding_id TEXT PRIMARY KEY, capture_id TEXT NOT NULL,
    evidence_id TEXT NOT NULL, target_id TEXT NOT NULL, platform TEXT NOT NULL,
    district TEXT NOT NULL, shop_name TEXT NOT NULL, rule_id TEXT NOT NULL,
    title_zh TEXT NOT NULL, title_en TEXT NOT NULL, legal_basis TEXT NOT NULL,
    severity TEXT NOT NULL, certainty TEXT NOT NULL, matched_text TEXT NOT NULL,
    context TEXT NOT NULL, url TEXT NOT NULL, page_role TEXT NOT NULL,
    captured_at TEXT NOT NULL, status TEXT NOT NULL, screenshot TEXT, annotated TEXT,
    box_json TEXT);
"""
S1, S2 = "2026-11-02T02:00:00.000Z", "2026-11-09T02:00:00.000Z"


def _old_home(home: Path) -> Path:
    """An older data directory: two sweeps, one finding per matched phrase, one confirmed."""
    home.mkdir()
    conn = sqlite3.connect(home / "hongdun.db")
    conn.executescript(OLD_SCHEMA + USERS_DDL)
    conn.executemany("INSERT INTO users VALUES (?, ?, ?, 'x', 0, '2026-09-01T00:00:00Z')",
                     ROSTER)
    rows = []
    for sweep, at, shops in (("s1", S1, {"a": ["最低价", "第一", "最佳"], "b": ["最"]}),
                             ("s2", S2, {"a": ["最低价"], "b": []})):
        for shop, phrases in shops.items():
            capture = f"c-{sweep}-{shop}"
            conn.execute("INSERT INTO captures VALUES (?, ?, ?, ?, ?, ?, NULL)",
                         (capture, sweep, f"shop-{shop}", "e" * 64, f"/ev/{capture}", at))
            for n, phrase in enumerate(phrases):
                status = "confirmed" if (sweep, shop, n) == ("s1", "b", 0) else "new"
                rows.append((f"f-{capture}-{n}", capture, "e" * 64, f"shop-{shop}", "taobao",
                             "370602", f"店{shop}", "AD-ABSOLUTE", "绝对化用语", "absolute",
                             "《广告法》第九条", "medium", "suspected", phrase, phrase,
                             "https://s.test/", "home", at, status, None, None, None))
    conn.executemany(f"INSERT INTO findings VALUES ({', '.join('?' * 22)})", rows)
    conn.commit()
    conn.close()
    return home


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return _old_home(tmp_path / "home")


def _json_lines(text: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in text.splitlines()]


def test_old_data_directory_migrates_without_loss_and_triage_works(home: Path) -> None:
    done = run_hongdun(home, "leads", "--json", "--today", "2026-11-10")
    assert done.returncode == 0, done.stderr
    leads = {x["target_id"]: x for x in _json_lines(done.stdout)}
    assert set(leads) == {"shop-a", "shop-b"}
    a, b = leads["shop-a"], leads["shop-b"]
    for key in ("lead_id", "target_id", "rule_id", "status", "occurrences", "first_seen",
                "last_seen", "assignee", "due_at", "overdue"):
        assert key in a
    assert (a["occurrences"], a["first_seen"], a["last_seen"], a["status"]) == (2, S1, S2, "new")
    assert (b["occurrences"], b["status"], b["rectified"]) == (1, "confirmed", True)
    assert a["assignee"] in ("wang", "li") and a["due_at"] and a["overdue"] is False
    conn = sqlite3.connect(home / "hongdun.db")
    linked = conn.execute("SELECT count(*) FROM lead_findings").fetchone()[0]
    assert linked == conn.execute("SELECT count(*) FROM findings").fetchone()[0] == 5
    assert [r[0] for r in conn.execute("SELECT action FROM lead_events")] == ["migrate"] * 2
    conn.close()

    lid = lead_id("shop-a", "AD-ABSOLUTE")
    refused = main_in_process(home, "leads", "move", lid, "confirmed", "--user", "wang")
    assert refused.returncode == 1 and "cannot go from 待核查 new" in refused.stderr
    assert "Traceback" not in refused.stderr
    assert main_in_process(home, "leads", "move", lid, "verifying", "--user", "root"
                       ).stderr.strip().endswith("allowed: inspector, supervisor")
    ok = main_in_process(home, "leads", "move", lid, "verifying", "--user", "wang")
    assert ok.returncode == 0 and "核查中 verifying" in ok.stdout, ok.stderr
    dismiss = main_in_process(home, "leads", "move", lid, "dismissed", "--user", "wang")
    assert dismiss.returncode == 1 and "needs a reason" in dismiss.stderr
    assert main_in_process(home, "leads", "move", lid, "dismissed", "--user", "wang",
                       "--reason", "页面为平台自营说明").returncode == 0
    assert main_in_process(home, "leads", "press", lid, "--user", "wang").returncode == 1
    assert main_in_process(home, "leads", "press", lid, "--user", "chen").returncode == 0
    listed = _json_lines(main_in_process(home, "leads", "--json", "--status", "dismissed").stdout)
    assert [x["lead_id"] for x in listed] == [lid] and listed[0]["pressed"] is True
    show = main_in_process(home, "leads", "show", lid)
    assert show.returncode == 0 and "c-s2-a" in show.stdout and "页面为平台自营说明" in show.stdout
    assert "OK: lead audit log, 5 entries" in main_in_process(home, "leads", "audit").stdout
    rebuilt = main_in_process(home, "leads", "rebuild")
    assert rebuilt.returncode == 0 and "rebuilt 2 leads from 5 findings" in rebuilt.stdout
    again = {x["lead_id"]: x for x in _json_lines(main_in_process(home, "leads", "--json").stdout)}
    assert again[lid]["status"] == "dismissed" and again[lid]["pressed"] is True  # kept


def test_overdue_filter_and_bad_input(home: Path) -> None:
    late = _json_lines(main_in_process(home, "leads", "--overdue", "--json",
                                   "--today", "2027-06-01").stdout)
    assert [x["target_id"] for x in late] == ["shop-a"]  # shop-b is already confirmed
    assert late[0]["overdue"] is True
    assert main_in_process(home, "leads", "--overdue", "--json", "--today", "2026-11-10"
                       ).stdout == ""
    bad = run_hongdun(home, "leads", "--status", "approved")
    assert bad.returncode == 1 and "unknown state 'approved'" in bad.stderr
    missing = main_in_process(home, "leads", "show", "L-nope")
    assert missing.returncode == 1 and "no lead 'L-nope'" in missing.stderr


def test_kpi_cli_json_and_csv_export(home: Path, tmp_path: Path) -> None:
    out = tmp_path / "kpi.csv"
    # the migration assigned both leads on the day it ran (today): count this month
    month = ("--from", "2026-12-01", "--to", "2026-12-31")
    done = run_hongdun(home, "kpi", *month, "--csv", str(out), "--user", "chen")
    assert done.returncode == 0, done.stderr
    assert "核查及时率" in done.stdout and "完成率" in done.stdout and "≥ 90%" in done.stdout
    rows = list(csv.reader(out.open(encoding="utf-8-sig")))
    assert rows[0][0] == "范围 scope" and rows[1][:2] == ["all", "全部 all"]
    as_json = _json_lines(main_in_process(home, "kpi", *month, "--json").stdout)
    assert as_json[0]["assigned"] == 2
    assert {r["scope"] for r in as_json} >= {"all", "pressed", "district", "inspector"}
    conn = sqlite3.connect(home / "hongdun.db")
    exports = conn.execute("SELECT count(*), min(actor) FROM lead_events WHERE action = 'export'"
                           ).fetchone()
    assert exports == (2, "chen")  # one entry per lead behind the exported figures
    assert main_in_process(home, "kpi", "--from", "2026-11-30", "--to", "2026-11-01"
                       ).returncode == 2


def test_a_sqlite_only_leads_run_never_loads_the_elasticsearch_client(tmp_path: Path) -> None:
    # the client costs ~0.4 s of imports: only a configured Elasticsearch backend pays it
    env = {k: v for k, v in os.environ.items()
           if k not in ("HONGDUN_BACKEND", "HONGDUN_ELASTICSEARCH_URL")}
    done = subprocess.run([sys.executable, "-X", "importtime", "-m", "hongdun.cli",
                           "--home", str(tmp_path / "home"), "leads"],
                          capture_output=True, text=True, timeout=120, env=env, check=False)
    imported = {line.rsplit("|", 1)[-1].strip() for line in done.stderr.splitlines()
                if line.startswith("import time:")}
    assert done.returncode == 0 and "共 0 条线索" in done.stdout
    assert "search.leads" in imported  # the leads index module itself was loaded
    assert not {m for m in imported if m.split(".")[0] == "elasticsearch"}
