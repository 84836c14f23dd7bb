"""The triage table (every transition, a refusal per role) and working-day deadlines with 调休."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from hongdun.errors import InputFileError
from leads import workflow
from leads.deadlines import Policy
from leads.model import Lead
from leads.workdays import load
from leads.workflow import ROLES, Refused, decide, may

FLOW = workflow.load()


def test_the_table_is_what_the_issue_asks() -> None:
    edges = {(t.source, t.target) for t in FLOW.transitions}
    assert {("new", "verifying"), ("verifying", "confirmed"), ("verifying", "dismissed"),
            ("verifying", "duplicate"), ("confirmed", "referred"),
            ("referred", "closed")} <= edges
    assert {s for s, t in edges if t == "verifying" and s != "new"} == {
        "confirmed", "dismissed", "duplicate", "referred"}  # 退回
    assert FLOW.state("new").zh == "待核查" and FLOW.state("dismissed").zh == "不构成违法"
    assert set(FLOW.final) == {"dismissed", "duplicate", "closed"}
    assert FLOW.roles_for("press") == ("supervisor",)


@pytest.mark.parametrize("step", FLOW.transitions, ids=lambda t: f"{t.source}->{t.target}")
def test_every_transition_allowed_and_refused_per_role(step: workflow.Transition) -> None:
    extra = {"reason": "核实：页面已展示营业执照" if "reason" in step.requires else "",
             "duplicate_of": "L-0000000000000001" if "duplicate_of" in step.requires else None}
    for role in ROLES:
        if role in step.roles:
            assert decide(FLOW, step.source, step.target, role, **extra) == step
        else:
            with pytest.raises(Refused, match=f"role {role} may not"):
                decide(FLOW, step.source, step.target, role, **extra)


def test_admin_can_make_no_change_at_all() -> None:
    assert not [t for t in FLOW.transitions if "admin" in t.roles]


def test_requirements_and_unknown_edges_are_refused() -> None:
    with pytest.raises(Refused, match="needs a reason"):
        decide(FLOW, "verifying", "dismissed", "inspector")
    with pytest.raises(Refused, match="--duplicate-of"):
        decide(FLOW, "verifying", "duplicate", "inspector")
    with pytest.raises(Refused, match="cannot go from 待核查 new to 办结 closed"):
        decide(FLOW, "new", "closed", "supervisor")
    with pytest.raises(Refused, match="unknown state"):
        decide(FLOW, "new", "approved", "supervisor")
    with pytest.raises(Refused, match="final state"):
        decide(FLOW, "closed", "referred", "supervisor")
    with pytest.raises(Refused, match="inspector may not press"):
        may(FLOW, "press", "inspector")


def test_a_bad_table_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "w.yaml"
    bad.write_text("states: {new: {zh: 新, final: false}}\ntransitions:\n"
                   "  - {from: new, to: gone, zh: x, roles: [inspector]}\nactions: {}\n")
    with pytest.raises(InputFileError, match="unknown state"):
        workflow.load(bad)


# -- working days ----------------------------------------------------------------------------

CAL = load()


def test_national_day_2026_with_make_up_days() -> None:
    # 2026: 9/25–27 中秋 and 10/1–7 国庆 off; Sunday 9/20 and Saturday 10/10 are working days
    assert CAL.is_workday(date(2026, 9, 20)) and CAL.is_workday(date(2026, 10, 10))
    assert not CAL.is_workday(date(2026, 10, 5)) and not CAL.is_workday(date(2026, 9, 25))
    assert CAL.add(date(2026, 9, 28), 5).due == date(2026, 10, 10)  # 29, 30, 8, 9, 10(Sat)
    assert CAL.add(date(2026, 9, 18), 3).due == date(2026, 9, 22)  # 20(Sun), 21, 22
    assert CAL.add(date(2026, 9, 24), 15).due == date(2026, 10, 22)  # 3 in Sep, 12 in Oct
    assert CAL.between(date(2026, 9, 30), date(2026, 10, 8)) == 1


def test_spring_festival_2026_with_make_up_days() -> None:
    # 2/15–23 off; Saturday 2/14 and Saturday 2/28 are working days
    assert CAL.is_workday(date(2026, 2, 14)) and CAL.is_workday(date(2026, 2, 28))
    assert CAL.add(date(2026, 2, 12), 2).due == date(2026, 2, 14)  # 13, 14(Sat)
    assert CAL.add(date(2026, 2, 13), 2).due == date(2026, 2, 24)  # 14(Sat), 24


def test_a_year_beyond_the_table_warns_and_can_be_loaded(tmp_path: Path) -> None:
    late = CAL.add(date(2026, 12, 24), 15)
    assert late.due.year == 2027 and "beyond the known holiday tables" in late.warning
    table = tmp_path / "2027.yaml"
    table.write_text("year: 2027\nholidays: [2027-01-01, 2027-01-04]\n"
                     "workdays: [2027-01-09]\n")
    cal = load([table])
    assert not cal.is_workday(date(2027, 1, 4)) and cal.is_workday(date(2027, 1, 9))
    loaded = cal.add(date(2026, 12, 31), 3)
    assert loaded.due == date(2027, 1, 7) and loaded.warning == ""  # 5, 6, 7 (1st, 4th off)
    bad = tmp_path / "bad.yaml"
    bad.write_text("year: 2027\nholidays: [2028-01-01]\n")
    with pytest.raises(InputFileError, match="every date must be in 2027"):
        load([bad])


def _lead(severity: str, status: str = "new", due: str | None = "2026-10-10") -> Lead:
    return Lead("L-1", "t", "r", 1, "370602", "taobao", "店", "违规", severity, status, 1,
                "2026-09-28T02:00:00.000Z", "2026-09-28T02:00:00.000Z", "s1", due_at=due)


def test_deadline_policy_and_computed_fields() -> None:
    policy = Policy(CAL)
    assert policy.due("high", "2026-09-28T02:00:00.000Z").due == date(2026, 10, 10)
    assert policy.due("medium", "2026-09-28T02:00:00.000Z").due == date(2026, 10, 23)
    # assigned at 23:30 Beijing on 9/27 (15:30 UTC) counts from 9/27, not 9/28
    assert policy.due("high", "2026-09-27T15:30:00.000Z").due == date(2026, 10, 9)
    lead = _lead("high")
    assert policy.state(lead, date(2026, 10, 11)).overdue
    soon = policy.state(lead, date(2026, 9, 30))
    assert not soon.overdue and soon.due_soon and soon.working_days_left == 3
    assert not policy.state(lead, date(2026, 9, 29)).due_soon  # 4 working days left
    assert not policy.state(_lead("high", "confirmed"), date(2026, 11, 1)).overdue
