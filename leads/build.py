"""Build leads from findings: the stage after the findings store (findings → leads → index).

`record` folds one sealed capture's findings into leads: the first sighting of
a rule's violation at a seller opens a lead (assigned by district, with its
deadline); a later one adds an occurrence to the open lead, and the rules
that could not judge the capture are kept with their reasons. `close_sweep`
marks the leads a sweep did not see again, counting only targets it captured
successfully and rules that judged them: a licence lead whose licence page did
not load, or whose room's watch was cut short, stays open and says why.
`replay` rebuilds every lead from the stored findings, keeping each lead's
triage, which is both the migration of an old data directory and
`hongdun leads rebuild`. Callers hold the write transaction (store.writing).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

from hongdun.records import Unjudged
from leads import audit, store
from leads.assign import Member, pick
from leads.deadlines import Policy
from leads.model import Lead, Sighting, lead_id


@dataclass(frozen=True)
class CaptureSeen:
    """A capture as the leads stage needs it: which sweep saw which target, and if it worked."""

    capture_id: str
    sweep_id: str
    target_id: str
    evidence_id: str
    captured_at: str
    failure: str | None = None
    unjudged: tuple[Unjudged, ...] = ()  # rules that gave no verdict on it, and why


@dataclass(frozen=True)
class Outcome:
    """What folding captures into leads did."""

    opened: int = 0
    occurrences: int = 0
    not_seen: int = 0
    warnings: tuple[str, ...] = field(default=())
    not_judged: int = 0  # leads kept open: their rule gave no verdict on the seller this sweep

    def __add__(self, other: Outcome) -> Outcome:
        return Outcome(self.opened + other.opened, self.occurrences + other.occurrences,
                       self.not_seen + other.not_seen, self.warnings + other.warnings,
                       self.not_judged + other.not_judged)


def _current(conn: sqlite3.Connection, target_id: str, rule_id: str) -> Lead | None:
    """The latest lead of this rule at this seller (the caller checks it is still open)."""
    row = conn.execute("SELECT * FROM leads WHERE target_id = ? AND rule_id = ? "
                       "ORDER BY generation DESC LIMIT 1", (target_id, rule_id)).fetchone()
    return store.lead_from_row(row) if row else None


def _open(conn: sqlite3.Connection, policy: Policy, members: Sequence[Member],
          group: Sequence[Sighting], capture: CaptureSeen, generation: int, at: str,
          snapshot: Mapping[str, Lead]) -> tuple[Lead, str]:
    s = group[0]
    new_id = lead_id(s.target_id, s.rule_id, generation)
    lead = Lead(new_id, s.target_id, s.rule_id, generation, s.district, s.platform,
                s.shop_name, s.title_zh, s.severity, "new", 0, s.captured_at, s.captured_at,
                capture.sweep_id, updated_at=at)
    before = snapshot.get(new_id)
    if before is not None:  # a rebuild keeps everything people did to the lead
        return replace(lead, **{k: getattr(before, k) for k in _TRIAGE}), ""
    legacy = max((LEGACY_STATUS.index(x.status) for x in group if x.status in LEGACY_STATUS),
                 default=0)
    if legacy:  # an older data directory triaged findings one by one
        lead = replace(lead, status=LEGACY_STATUS[legacy], verified_at=s.captured_at,
                       reason="migrated from the finding status of an older version",
                       closed_at=s.captured_at if LEGACY_STATUS[legacy] in ("closed",
                                                                            "dismissed") else None)
    assignee = pick(s.district, members, store.open_load(conn))
    if assignee is None:
        return lead, ""
    deadline = policy.due(s.severity, at)
    return replace(lead, assignee=assignee, assigned_at=at,
                   due_at=deadline.due.isoformat()), deadline.warning


LEGACY_STATUS = ("new", "confirmed", "dismissed", "closed")  # findings' own statuses, in order
_TRIAGE = ("status", "assignee", "assigned_at", "due_at", "verified_at", "closed_at",
           "pressed", "duplicate_of", "reason")


def record(conn: sqlite3.Connection, policy: Policy, members: Sequence[Member],
           capture: CaptureSeen, sightings: Sequence[Sighting], at: str, actor: str,
           log: bool = True, snapshot: Mapping[str, Lead] | None = None) -> Outcome:
    """Fold one capture's findings into leads: open new ones, add occurrences to open ones."""
    if capture.failure is not None:
        return Outcome()
    conn.executemany("INSERT OR REPLACE INTO lead_unjudged VALUES (?, ?, ?, ?, ?)",
                     [(capture.capture_id, capture.sweep_id, capture.target_id, u.rule_id,
                       u.reason) for u in capture.unjudged])
    if not sightings:
        return Outcome()
    by_rule: dict[str, list[Sighting]] = {}
    for s in sightings:
        by_rule.setdefault(s.rule_id, []).append(s)
    opened = added = 0
    warnings: list[str] = []
    for rule_id, group in sorted(by_rule.items()):
        first = group[0]
        lead = _current(conn, capture.target_id, rule_id)
        reopened = lead is not None and lead.status == "closed" and (
            lead.closed_at or "") <= first.captured_at
        if lead is None or reopened:
            generation = 1 if lead is None else lead.generation + 1
            lead, warning = _open(conn, policy, members, group, capture, generation, at,
                                  snapshot or {})
            opened += 1
            if warning:
                warnings.append(f"{lead.lead_id}: {warning}")
            if log:
                audit.append(conn, at, actor, "open", lead.lead_id, to_status="new",
                             detail=f"assignee={lead.assignee or '-'} due={lead.due_at or '-'}",
                             captures=[capture.capture_id])
        ids = sorted({s.finding_id for s in group})
        old = conn.execute("SELECT finding_ids FROM lead_occurrences WHERE lead_id = ? AND "
                           "capture_id = ?", (lead.lead_id, capture.capture_id)).fetchone()
        if old is not None:
            ids = sorted(set(ids) | set(json.loads(old[0])))
        else:
            added += 1
        conn.execute("INSERT OR REPLACE INTO lead_occurrences VALUES (?, ?, ?, ?, ?, ?)",
                     (lead.lead_id, capture.capture_id, capture.sweep_id, capture.evidence_id,
                      first.captured_at, json.dumps(ids)))
        conn.executemany("INSERT OR REPLACE INTO lead_findings VALUES (?, ?, ?)",
                         [(i, lead.lead_id, capture.capture_id) for i in ids])
        count = conn.execute("SELECT count(*) FROM lead_occurrences WHERE lead_id = ?",
                             (lead.lead_id,)).fetchone()[0]
        later = first.captured_at >= lead.last_seen
        back = lead.first_not_seen is not None and first.captured_at > lead.first_not_seen
        lead = replace(lead, occurrences=int(count), updated_at=at,
                       first_seen=min(lead.first_seen, first.captured_at),
                       last_seen=first.captured_at if later else lead.last_seen,
                       last_seen_sweep=capture.sweep_id if later else lead.last_seen_sweep,
                       first_not_seen=None if back else lead.first_not_seen,
                       first_not_seen_sweep=None if back else lead.first_not_seen_sweep)
        store.save(conn, lead)
        if log and old is None:
            detail = f"occurrence {count} in sweep {capture.sweep_id}"
            if back:
                detail += " (seen again after it was not seen)"
            audit.append(conn, at, actor, "seen", lead.lead_id, detail=detail,
                         captures=[capture.capture_id])
    return Outcome(opened, added, 0, tuple(warnings))


def _unjudged(conn: sqlite3.Connection, sweep_id: str, target_id: str,
              captures: int) -> dict[str, str]:
    """rule id → why, for the rules that judged none of the target's successful captures in
    this sweep (one capture that judged the rule is enough)."""
    return dict(conn.execute(
        "SELECT u.rule_id, min(u.reason) FROM lead_unjudged u JOIN captures c ON "
        "c.capture_id = u.capture_id WHERE c.sweep_id = ? AND c.target_id = ? AND "
        "c.failure IS NULL GROUP BY u.rule_id HAVING count(DISTINCT u.capture_id) = ?",
        (sweep_id, target_id, captures)).fetchall())


def close_sweep(conn: sqlite3.Connection, sweep_id: str, at: str, actor: str,
                log: bool = True) -> Outcome:
    """Mark leads of every successfully captured target this sweep did not see (整改 visible);
    a lead whose rule could not judge the target in this sweep stays open, saying why."""
    captured = conn.execute("SELECT target_id, min(captured_at), group_concat(capture_id) "
                            "FROM captures WHERE sweep_id = ? AND failure IS NULL "
                            "GROUP BY target_id", (sweep_id,)).fetchall()
    marked = kept = 0
    for target_id, captured_at, capture_ids in captured:
        ids = capture_ids.split(",")
        unjudged = _unjudged(conn, sweep_id, target_id, len(ids))
        rows = conn.execute(
            "SELECT * FROM leads WHERE target_id = ? AND status != 'closed' AND "
            "first_not_seen IS NULL AND last_seen_sweep != ? AND last_seen < ?",
            (target_id, sweep_id, captured_at)).fetchall()
        for row in rows:
            lead = store.lead_from_row(row)
            why = unjudged.get(lead.rule_id)
            if why is not None:
                kept += 1
                if log:
                    audit.append(conn, at, actor, "not_judged", lead.lead_id,
                                 detail=f"kept open: not judged in sweep {sweep_id} ({why})",
                                 captures=ids)
                continue
            lead = replace(lead, first_not_seen=captured_at, first_not_seen_sweep=sweep_id,
                           updated_at=at)
            store.save(conn, lead)
            marked += 1
            if log:
                audit.append(conn, at, actor, "not_seen", lead.lead_id,
                             detail=f"not seen in sweep {sweep_id} (last seen in "
                                    f"{lead.last_seen_sweep})", captures=ids)
    return Outcome(not_seen=marked, not_judged=kept)


def replay(conn: sqlite3.Connection, policy: Policy, members: Sequence[Member], at: str,
           actor: str) -> Outcome:
    """Rebuild every lead from the stored findings, keeping triage; one audit entry per lead."""
    snapshot = {lead.lead_id: lead for lead in store.select(conn)}
    for table in ("leads", "lead_occurrences", "lead_findings"):
        conn.execute(f"DELETE FROM {table}")
    rows = conn.execute(
        "SELECT f.finding_id, f.capture_id, f.evidence_id, f.target_id, f.rule_id, f.district, "
        "f.platform, f.shop_name, f.title_zh, f.severity, f.captured_at, f.status, "
        "coalesce(c.sweep_id, '') AS sweep_id FROM findings f "
        "LEFT JOIN captures c ON c.capture_id = f.capture_id "
        "ORDER BY f.captured_at, f.capture_id, f.finding_id").fetchall()
    by_capture: dict[str, list[Sighting]] = {}
    seen: dict[str, CaptureSeen] = {}
    for r in rows:
        by_capture.setdefault(r["capture_id"], []).append(Sighting(*tuple(r)[:12]))
        seen.setdefault(r["capture_id"], CaptureSeen(r["capture_id"], r["sweep_id"],
                                                     r["target_id"], r["evidence_id"],
                                                     r["captured_at"]))
    sweeps = [r[0] for r in conn.execute(
        "SELECT sweep_id FROM captures GROUP BY sweep_id ORDER BY min(captured_at), sweep_id")]
    order = {s: n for n, s in enumerate(sweeps)}
    total = Outcome()
    current: str | None = None
    for capture in sorted(seen.values(), key=lambda c: (order.get(c.sweep_id, len(order)),
                                                         c.captured_at, c.capture_id)):
        if current is not None and capture.sweep_id != current:
            total += close_sweep(conn, current, at, actor, log=False)
        current = capture.sweep_id
        total += record(conn, policy, members, capture, by_capture[capture.capture_id], at,
                        actor, log=False, snapshot=snapshot)
    if current:
        total += close_sweep(conn, current, at, actor, log=False)
    for lead in store.select(conn):
        captures = [o.capture_id for o in store.occurrences(conn, lead.lead_id)]
        audit.append(conn, at, actor, "migrate", lead.lead_id, to_status=lead.status,
                     detail=f"built from {lead.occurrences} captures of stored findings"
                            + ("" if lead.lead_id not in snapshot else " (rebuilt, triage kept)"),
                     captures=captures)
    return total


def ensure(conn: sqlite3.Connection, policy: Policy, members: Sequence[Member], at: str,
           actor: str) -> Outcome | None:
    """Create the leads tables if missing, migrating an older data directory's findings."""
    if store.has_schema(conn):
        conn.executescript(store.UNJUDGED_SCHEMA)  # a data directory of an earlier version
        return None
    store.create_schema(conn)
    with store.writing(conn):
        if conn.execute("SELECT count(*) FROM leads").fetchone()[0]:
            return None  # another process migrated meanwhile
        return replay(conn, policy, members, at, actor)


@dataclass(frozen=True)
class SweepLeads:
    """How one sweep changed the leads."""

    seen: int  # leads with an occurrence in this sweep
    opened: int  # of those, first seen in this sweep
    added: int  # occurrences added to leads opened by earlier sweeps
    not_seen: int  # leads of captured sellers this sweep no longer saw


def sweep_counts(conn: sqlite3.Connection, sweep_id: str) -> SweepLeads:
    """Read back what a sweep did to the leads."""
    if not store.has_schema(conn):
        return SweepLeads(0, 0, 0, 0)
    seen, opened = conn.execute(
        "SELECT count(DISTINCT o.lead_id), count(DISTINCT CASE WHEN NOT EXISTS ("
        "SELECT 1 FROM lead_occurrences e WHERE e.lead_id = o.lead_id AND e.sweep_id != ? "
        "AND e.captured_at < o.captured_at) THEN o.lead_id END) "
        "FROM lead_occurrences o WHERE o.sweep_id = ?", (sweep_id, sweep_id)).fetchone()
    not_seen = conn.execute("SELECT count(*) FROM leads WHERE first_not_seen_sweep = ?",
                            (sweep_id,)).fetchone()[0]
    return SweepLeads(int(seen), int(opened), int(seen) - int(opened), int(not_seen))
