"""What the leads pages show, independent of HTTP: list filters, allowed moves, a lead's file.

The web routes (search/leads_web.py, search/kpi_web.py) read leads through the
leads index (search.leads) and the leads store; every change goes through
leads.triage. Nothing here writes.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from datetime import date, datetime
from typing import Any

from evidence.custody import CustodyLog
from hongdun.clock import SHANGHAI
from hongdun.config import Config
from hongdun.errors import BackendUnavailable, UsageError
from hongdun.records import Finding
from leads import audit, store
from leads.assign import Member
from leads.model import DeadlineState, Lead, Occurrence
from leads.office import Office
from leads.workflow import Transition, Workflow
from search.labels import district_code
from search.leads import SqliteLeads, open_leads_index
from search.store import FindingsStore

LEAD_PARAMS = ("q", "status", "district", "assignee", "rule", "due", "pressed")
DUE_FILTERS = {"overdue": "逾期 overdue", "soon": "临期 due soon", "open": "待核查 awaiting"}


@dataclass(frozen=True)
class LeadRow:
    """A lead with what the lists show beside it on a given day."""

    lead: Lead
    state: DeadlineState
    status_zh: str


def today_of(moment: datetime) -> date:
    """The Beijing calendar day of a moment (deadlines are Beijing days)."""
    return moment.astimezone(SHANGHAI).date()


def moves_for(flow: Workflow, status: str, role: str) -> list[Transition]:
    """The transitions of leads/workflow.yaml this role may make from this state."""
    return [t for t in flow.transitions if t.source == status and role in t.roles]


def lead_json(office: Office, lead: Lead, today: date) -> dict[str, Any]:
    """A lead with its computed deadline fields, for the API."""
    state = office.policy.state(lead, today)
    return {**asdict(lead), "status_zh": office.flow.state(lead.status).zh,
            "overdue": state.overdue, "due_soon": state.due_soon,
            "working_days_left": state.working_days_left, "rectified": lead.rectified,
            "links": {"page": f"/leads/{lead.lead_id}", "api": f"/api/leads/{lead.lead_id}"}}


def _filter(params: Mapping[str, str], flow: Workflow) -> store.LeadFilter:
    status = (params.get("status") or "").strip() or None
    if status:
        flow.state(status)  # Refused names the states
    district = (params.get("district") or "").strip()
    return store.LeadFilter(status=status,
                            district=district_code(district) if district else None,
                            assignee=(params.get("assignee") or "").strip() or None,
                            rule_id=(params.get("rule") or "").strip() or None)


def select(cfg: Config, office: Office, params: Mapping[str, str],
           scope: Sequence[str] | None, today: date) -> tuple[list[LeadRow], str | None]:
    """Leads matching the list's filters within scope (None: every district), with a notice
    when the configured index was unreachable and SQLite answered instead."""
    due = (params.get("due") or "").strip()
    if due and due not in DUE_FILTERS:
        raise UsageError(f"due must be one of {', '.join(DUE_FILTERS)}, not {due!r}")
    flt = _filter(params, office.flow)
    notice = None
    try:
        leads = open_leads_index(cfg, office.conn).select(flt)
    except BackendUnavailable as exc:
        notice = f"检索服务不可用，已改用本地数据库 / search backend down, using SQLite ({exc})"
        leads = SqliteLeads(office.conn).select(flt)
    text = (params.get("q") or "").strip().lower()
    pressed = params.get("pressed") == "1"
    rows = []
    for lead in leads:
        if scope is not None and lead.district not in scope:
            continue
        if text and text not in f"{lead.shop_name} {lead.title_zh} {lead.target_id} " \
                                f"{lead.lead_id} {lead.rule_id}".lower():
            continue
        if pressed and not lead.pressed:
            continue
        state = office.policy.state(lead, today)
        if (due == "overdue" and not state.overdue) or (due == "soon" and not state.due_soon) \
                or (due == "open" and state.working_days_left is None):
            continue
        rows.append(LeadRow(lead, state, office.flow.state(lead.status).zh))
    rows.sort(key=_urgency)
    return rows, notice


def _urgency(row: LeadRow) -> tuple[int, int, str, str]:
    """Overdue first, then due soon, then 督办, then the rest; nearest due day first."""
    rank = 0 if row.state.overdue else 1 if row.state.due_soon else 2 if row.lead.pressed else 3
    left = row.state.working_days_left
    return rank, left if left is not None else 10**6, row.lead.due_at or "9999", row.lead.lead_id


def counts(rows: Sequence[LeadRow]) -> dict[str, int]:
    """The start page's summary: leads, occurrences, overdue, due soon, 督办."""
    return {"leads": len(rows), "occurrences": sum(r.lead.occurrences for r in rows),
            "overdue": sum(r.state.overdue for r in rows),
            "soon": sum(r.state.due_soon for r in rows),
            "pressed": sum(r.lead.pressed for r in rows)}


@dataclass(frozen=True)
class Sighted:
    """One occurrence of a lead with the findings of that capture and its capture folder."""

    occurrence: Occurrence
    findings: tuple[Finding, ...]
    folder: str | None


def occurrences(conn: sqlite3.Connection, lead_id: str) -> list[Sighted]:
    """Every capture the lead was seen in, oldest first, with its findings."""
    found = FindingsStore(conn)
    out = []
    for o in store.occurrences(conn, lead_id):
        row = conn.execute("SELECT folder FROM captures WHERE capture_id = ?",
                           (o.capture_id,)).fetchone()
        findings = tuple(f for f in (found.get(i) for i in o.finding_ids) if f is not None)
        out.append(Sighted(o, findings, row[0] if row else None))
    return out


@dataclass(frozen=True)
class TrailEntry:
    """One line of a lead's joined trail: a lead event or a custody-log entry."""

    at: str
    source: str  # "lead" (lead_events) or "custody" (custody.jsonl)
    seq: int
    actor: str
    action: str
    change: str
    detail: str


def history(conn: sqlite3.Connection, lead_id: str) -> list[audit.Event]:
    """The lead's own audit entries (status changes, assignment, 督办, exports), in order."""
    return audit.events(conn, lead_id)


def trail(cfg: Config, events: Sequence[audit.Event], captures: Sequence[str]) -> list[TrailEntry]:
    """Lead events joined with the custody log entries that name the lead's captures, by time."""
    lines = [TrailEntry(e.at, "lead", e.seq, e.actor, e.action,
                        f"{e.from_status or ''} → {e.to_status}" if e.to_status and
                        e.from_status != e.to_status else "", e.detail) for e in events]
    lines += [TrailEntry(c.at, "custody", c.seq, c.actor, c.action, "", c.detail)
              for c in CustodyLog(cfg.home).concerning(captures)]
    return sorted(lines, key=lambda x: (x.at, x.source, x.seq))


def inspectors_for(members: Sequence[Member], district: str) -> list[Member]:
    """Active inspectors who cover a district (whom a supervisor may assign a lead to)."""
    return [m for m in members if m.active and m.role == "inspector" and m.covers(district)]


def lead_of(conn: sqlite3.Connection, finding_id: str) -> str | None:
    """The lead a finding belongs to, if the leads tables know it."""
    if not store.has_schema(conn):
        return None
    row = conn.execute("SELECT lead_id FROM lead_findings WHERE finding_id = ?",
                       (finding_id,)).fetchone()
    return str(row[0]) if row else None
