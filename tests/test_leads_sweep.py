"""Two real sweeps of demo sellers (HTTP only) through the real CLI turn findings into leads."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from leads_helpers import USERS_DDL

from demo.site import targets_csv
from tests.conftest import main_in_process, run_hongdun


def test_two_sweeps_give_leads_with_occurrences(demo_url: str, tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    lines = targets_csv(demo_url).splitlines()
    (home / "t.csv").write_text("\n".join(lines[:13]) + "\n", encoding="utf-8")  # 12 sellers
    districts = sorted({line.split(",")[6] for line in lines[1:13]})
    conn = sqlite3.connect(home / "hongdun.db")
    conn.execute(USERS_DDL)
    conn.execute("INSERT INTO users VALUES ('insp', 'inspector', ?, 'x', 0, '2026-12-01')",
                 (",".join(districts),))
    conn.commit()
    assert main_in_process(home, "targets", "import", str(home / "t.csv")).returncode == 0
    first = run_hongdun(home, "sweep", "--no-browser", "--name", "one")
    assert first.returncode == 0, first.stderr + first.stdout
    second = run_hongdun(home, "sweep", "--no-browser", "--name", "two")
    assert second.returncode == 0, second.stderr + second.stdout
    assert "线索 leads:" in second.stdout and "new, " in second.stdout
    findings = conn.execute("SELECT count(*), count(DISTINCT target_id || rule_id) "
                            "FROM findings").fetchone()
    per_capture = conn.execute("SELECT count(*) FROM (SELECT capture_id, rule_id FROM findings "
                               "GROUP BY 1, 2 HAVING count(*) > 1)").fetchone()[0]
    assert findings[0] > 0 and per_capture == 0  # one finding per rule per capture
    leads = [json.loads(x) for x in main_in_process(home, "leads", "--json").stdout.splitlines()]
    assert len(leads) == findings[1]  # one lead per seller and rule, not per sweep
    assert all(x["occurrences"] == 2 for x in leads if not x["rectified"])
    assert {x["assignee"] for x in leads} == {"insp"} and all(x["due_at"] for x in leads)
    linked = conn.execute("SELECT count(*) FROM lead_findings").fetchone()[0]
    assert linked == findings[0]
    assert "OK: lead audit log" in main_in_process(home, "leads", "audit").stdout
