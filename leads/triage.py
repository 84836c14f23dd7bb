"""Changing leads as a user: move through the workflow, reassign, press (督办), note exports.

Each function checks the user against the roster and the workflow table,
changes every named lead and appends one audit entry per lead, all in one
transaction: a refused lead refuses the whole bulk change, and nothing is
written without its entry.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import replace

from leads import audit, store, workflow
from leads.assign import Member, member, pick
from leads.deadlines import Policy
from leads.model import Lead
from leads.workflow import Refused, Workflow


def _may_touch(user: Member, lead: Lead) -> None:
    """Inspectors act only on leads of their districts or assigned to them."""
    if user.role == "inspector" and not (user.covers(lead.district) or lead.assignee == user.name):
        raise Refused(f"{lead.lead_id} is in district {lead.district}, outside {user.name}'s "
                      f"districts ({', '.join(user.districts) or 'none'})")


def move(conn: sqlite3.Connection, flow: Workflow, members: Sequence[Member],
         lead_ids: Sequence[str], target: str, user_name: str, at: str, reason: str = "",
         duplicate_of: str | None = None) -> list[Lead]:
    """Move every lead to `target` (all or none), one audit entry each."""
    user = member(members, user_name)
    out = []
    with store.writing(conn):
        for lid in lead_ids:
            lead = store.get(conn, lid)
            _may_touch(user, lead)
            step = workflow.decide(flow, lead.status, target, user.role, reason=reason,
                                   duplicate_of=duplicate_of)
            if duplicate_of is not None and target == "duplicate":
                if duplicate_of == lid:
                    raise Refused(f"{lid} cannot repeat itself")
                store.get(conn, duplicate_of)  # must exist
            changed = replace(
                lead, status=target, updated_at=at, reason=reason or lead.reason,
                duplicate_of=duplicate_of if target == "duplicate" else (
                    None if target == "verifying" else lead.duplicate_of),
                verified_at=at if target in workflow.VERIFIED and lead.status == "verifying"
                else (None if target == "verifying" else lead.verified_at),
                closed_at=at if target in flow.final else (
                    None if target == "verifying" else lead.closed_at))
            store.save(conn, changed)
            detail = step.zh + (f": {reason}" if reason else "") + (
                f" (of {duplicate_of})" if target == "duplicate" else "")
            audit.append(conn, at, user.name, "move", lid, detail, lead.status, target,
                         [o.capture_id for o in store.occurrences(conn, lid)])
            out.append(changed)
    return out


def assign(conn: sqlite3.Connection, flow: Workflow, policy: Policy, members: Sequence[Member],
           lead_ids: Sequence[str], assignee: str, user_name: str, at: str,
           reason: str = "") -> list[Lead]:
    """Reassign leads to an inspector. The deadline runs from the first assignment and is
    not reset; a lead never assigned gets its deadline now."""
    user = member(members, user_name)
    workflow.may(flow, "assign", user.role)
    to = member(members, assignee)
    if to.role != "inspector":
        raise Refused(f"{assignee} is a {to.role}; leads are assigned to inspectors")
    out = []
    with store.writing(conn):
        for lid in lead_ids:
            lead = store.get(conn, lid)
            if lead.status in flow.final:
                raise Refused(f"{lid} is {flow.label(lead.status)}: nothing to assign")
            if not to.covers(lead.district):
                raise Refused(f"{assignee} does not cover district {lead.district}")
            changed = replace(lead, assignee=assignee, updated_at=at,
                              assigned_at=lead.assigned_at or at,
                              due_at=lead.due_at or policy.due(lead.severity, at).due.isoformat())
            store.save(conn, changed)
            audit.append(conn, at, user.name, "assign", lid,
                         f"{lead.assignee or '-'} → {assignee}" + (f": {reason}" if reason else ""),
                         lead.status, lead.status)
            out.append(changed)
    return out


def auto_assign(conn: sqlite3.Connection, flow: Workflow, policy: Policy,
                members: Sequence[Member], user_name: str, at: str) -> list[Lead]:
    """Give every unassigned open lead to its district's least-loaded inspector."""
    user = member(members, user_name)
    workflow.may(flow, "assign", user.role)
    out = []
    with store.writing(conn):
        for lead in store.select(conn):
            if lead.assignee is not None or lead.status in flow.final:
                continue
            name = pick(lead.district, members, store.open_load(conn))
            if name is None:
                continue
            changed = replace(lead, assignee=name, assigned_at=at, updated_at=at,
                              due_at=policy.due(lead.severity, at).due.isoformat())
            store.save(conn, changed)
            audit.append(conn, at, user.name, "assign", lead.lead_id, f"- → {name} (auto)",
                         lead.status, lead.status)
            out.append(changed)
    return out


def press(conn: sqlite3.Connection, flow: Workflow, members: Sequence[Member],
          lead_ids: Sequence[str], user_name: str, at: str, reason: str = "",
          on: bool = True) -> list[Lead]:
    """Set (or lift) the 督办 flag on leads."""
    user = member(members, user_name)
    workflow.may(flow, "press", user.role)
    out = []
    with store.writing(conn):
        for lid in lead_ids:
            lead = store.get(conn, lid)
            changed = replace(lead, pressed=on, updated_at=at)
            store.save(conn, changed)
            audit.append(conn, at, user.name, "press", lid,
                         ("督办" if on else "取消督办") + (f": {reason}" if reason else ""),
                         lead.status, lead.status)
            out.append(changed)
    return out


def note_export(conn: sqlite3.Connection, lead_ids: Sequence[str], user_name: str, at: str,
                what: str) -> None:
    """Record that these leads left the system in an export (one entry per lead; one entry
    about no lead when the export named none)."""
    named: list[str | None] = list(lead_ids) or [None]
    with store.writing(conn):
        for lid in named:
            audit.append(conn, at, user_name, "export", lid, what)
