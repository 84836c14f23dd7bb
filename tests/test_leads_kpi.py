"""KPIs on a controlled clock: a simulated October 2026 across 国庆 with its 调休 days."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from leads_helpers import MEMBERS, add_users, fresh, simulated_month, sweep

from leads import kpi, store, triage, workflow
from leads.kpi import csv_cell, write_csv
from leads.model import lead_id

FLOW = workflow.load()


def test_working_days_decide_on_time_across_national_day(tmp_path: Path) -> None:
    conn = fresh(str(tmp_path))
    add_users(conn)
    # high severity, assigned 9/30: 5 working days are 10/8, 9, 10 (Sat 调休), 12, 13
    sweep(conn, "s1", "2026-09-30T01:00:00.000Z", {"a": [("LURE", "加微信")],
                                                   "b": [("LURE", "vx")]}, severity="high")
    a, b = lead_id("a", "LURE"), lead_id("b", "LURE")
    assert store.get(conn, a).due_at == "2026-10-13"
    for lid, when in ((a, "2026-10-13T09:00:00.000Z"), (b, "2026-10-14T01:00:00.000Z")):
        who = store.get(conn, lid).assignee or ""
        triage.move(conn, FLOW, MEMBERS, [lid], "verifying", who, when)
        triage.move(conn, FLOW, MEMBERS, [lid], "confirmed", who, when)
    (row, *_) = kpi.compute(store.select(conn), date(2026, 10, 1), date(2026, 10, 31),
                            date(2026, 11, 1))
    # a verified 17:00 Beijing on its due day (13 calendar days late, on time in working
    # days); b at 09:00 Beijing the day after
    assert set(row.on_time) == {a} and set(row.due) == {a, b}
    assert row.timely_rate == 0.5
    assert row.completion_rate is None and not row.assigned  # assigned in September


def test_a_simulated_month(tmp_path: Path) -> None:
    conn = fresh(str(tmp_path))
    add_users(conn)
    simulated_month(conn)
    leads = store.select(conn)
    rows = {(r.scope, r.key): r for r in kpi.compute(leads, date(2026, 10, 1),
                                                     date(2026, 10, 31), date(2026, 11, 1))}
    overall = rows[("all", "全部 all")]
    # independent oracle over the stored leads
    due = [x for x in leads if x.due_at and "2026-10-01" <= x.due_at <= "2026-10-31"]
    on_time = [x for x in due if x.verified_at and kpi.shanghai_day(x.verified_at).isoformat()
               <= (x.due_at or "")]
    assert len(overall.due) == len(due) and len(overall.on_time) == len(on_time)
    assert 0 < len(on_time) < len(due)
    assert rows[("inspector", "wang")].timely_rate == 1.0  # 3 calendar days: always on time
    assert (rows[("inspector", "zhao")].timely_rate or 0) < 0.9
    assert rows[("inspector", "zhao")].meets is False
    assert {k for s, k in rows if s == "district"} == {"370602", "370611"}
    assigned = [x for x in leads if x.assigned_at and x.assigned_at[:7] == "2026-10"]
    assert len(overall.assigned) == len(assigned)
    assert rows[("pressed", "督办 pressed")].target == 0.95
    only = kpi.compute(leads, date(2026, 10, 1), date(2026, 10, 31), date(2026, 11, 1),
                       district="370611")
    assert {r.key for r in only if r.scope == "district"} == {"370611"}


def test_csv_cells_cannot_run_formulas(tmp_path: Path) -> None:
    for cell in ("=HYPERLINK(\"http://x\")", "+1", "-1", "@SUM(A1)", "\tx", "\rx"):
        assert csv_cell(cell).startswith("'")
    assert csv_cell("370602") == "370602" and csv_cell("92.0%") == "92.0%"
    row = kpi.KpiRow("inspector", "=cmd|' /C calc'!A0", (), (), (), (), 0.9)
    out = tmp_path / "k.csv"
    write_csv(out, [row])
    assert "'=cmd" in out.read_text(encoding="utf-8-sig")
