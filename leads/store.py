"""Leads in SQLite: the schema, Lead ⇄ row, and the reads every caller shares.

Tables: `leads` (one row per lead), `lead_occurrences` (one row per capture a
lead was seen in), `lead_findings` (every finding id linked to its lead, so
nothing found is ever lost), `lead_unjudged` (the rules a capture could not
judge, and why) and `lead_events` (leads.audit). Writers hold
BEGIN IMMEDIATE and append their audit entries before COMMIT.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, fields

from hongdun.errors import HongdunError
from leads import audit
from leads.model import Lead, Occurrence

SCHEMA = """
CREATE TABLE IF NOT EXISTS leads (
    lead_id TEXT PRIMARY KEY, target_id TEXT NOT NULL, rule_id TEXT NOT NULL,
    generation INTEGER NOT NULL, district TEXT NOT NULL, platform TEXT NOT NULL,
    shop_name TEXT NOT NULL, title_zh TEXT NOT NULL, severity TEXT NOT NULL,
    status TEXT NOT NULL, occurrences INTEGER NOT NULL, first_seen TEXT NOT NULL,
    last_seen TEXT NOT NULL, last_seen_sweep TEXT NOT NULL, first_not_seen TEXT,
    first_not_seen_sweep TEXT, assignee TEXT, assigned_at TEXT, due_at TEXT,
    verified_at TEXT, closed_at TEXT, pressed INTEGER NOT NULL DEFAULT 0,
    duplicate_of TEXT, reason TEXT, updated_at TEXT NOT NULL,
    UNIQUE (target_id, rule_id, generation)
);
CREATE INDEX IF NOT EXISTS leads_status ON leads(status, due_at);
CREATE INDEX IF NOT EXISTS leads_assignee ON leads(assignee, status);
CREATE TABLE IF NOT EXISTS lead_occurrences (
    lead_id TEXT NOT NULL, capture_id TEXT NOT NULL, sweep_id TEXT NOT NULL,
    evidence_id TEXT NOT NULL, captured_at TEXT NOT NULL, finding_ids TEXT NOT NULL,
    PRIMARY KEY (lead_id, capture_id)
);
CREATE TABLE IF NOT EXISTS lead_findings (
    finding_id TEXT PRIMARY KEY, lead_id TEXT NOT NULL, capture_id TEXT NOT NULL
);
""" + audit.SCHEMA
# added after the first leads version: ensure() creates it in an older data directory too
UNJUDGED_SCHEMA = """
CREATE TABLE IF NOT EXISTS lead_unjudged (
    capture_id TEXT NOT NULL, sweep_id TEXT NOT NULL, target_id TEXT NOT NULL,
    rule_id TEXT NOT NULL, reason TEXT NOT NULL, PRIMARY KEY (capture_id, rule_id)
);
"""
_COLUMNS = tuple(f.name for f in fields(Lead))


class UnknownLead(HongdunError):
    """No lead has this id."""


@dataclass(frozen=True)
class LeadFilter:
    """What `hongdun leads` filters by (None: any)."""

    status: str | None = None
    district: str | None = None
    assignee: str | None = None
    target_id: str | None = None
    rule_id: str | None = None
    due_before: str | None = None  # YYYY-MM-DD: due strictly before, awaiting verification


def has_schema(conn: sqlite3.Connection) -> bool:
    """True when this database already has the leads tables."""
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'leads'"
                        ).fetchone() is not None


def create_schema(conn: sqlite3.Connection) -> None:
    conn.executescript(SCHEMA + UNJUDGED_SCHEMA)


@contextmanager
def writing(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One write transaction: the change and its audit entries commit together or not at all."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def lead_from_row(row: sqlite3.Row) -> Lead:
    values = {name: row[name] for name in _COLUMNS}
    values["pressed"] = bool(values["pressed"])
    return Lead(**values)


def save(conn: sqlite3.Connection, lead: Lead) -> None:
    """Insert or replace a lead row (inside the caller's transaction)."""
    row = asdict(lead)
    row["pressed"] = int(lead.pressed)
    conn.execute(f"INSERT OR REPLACE INTO leads ({', '.join(_COLUMNS)}) VALUES "
                 f"({', '.join('?' for _ in _COLUMNS)})", [row[c] for c in _COLUMNS])


def get(conn: sqlite3.Connection, lead_id: str) -> Lead:
    row = conn.execute("SELECT * FROM leads WHERE lead_id = ?", (lead_id,)).fetchone()
    if row is None:
        raise UnknownLead(f"no lead {lead_id!r}")
    return lead_from_row(row)


def select(conn: sqlite3.Connection, flt: LeadFilter = LeadFilter()) -> list[Lead]:
    """Leads matching the filter, most recently seen first (ties by lead_id)."""
    clauses, params = [], []
    for name in ("status", "district", "assignee", "target_id", "rule_id"):
        value = getattr(flt, name)
        if value:
            clauses.append(f"{name} = ?")
            params.append(value)
    if flt.due_before:
        clauses.append("due_at < ? AND status IN ('new', 'verifying')")
        params.append(flt.due_before)
    where = " AND ".join(clauses) or "1"
    rows = conn.execute(f"SELECT * FROM leads WHERE {where} "
                        "ORDER BY last_seen DESC, lead_id DESC", params)
    return [lead_from_row(r) for r in rows]


def occurrences(conn: sqlite3.Connection, lead_id: str) -> list[Occurrence]:
    """Every capture the lead was seen in, oldest first."""
    rows = conn.execute("SELECT * FROM lead_occurrences WHERE lead_id = ? "
                        "ORDER BY captured_at, capture_id", (lead_id,))
    return [Occurrence(r["lead_id"], r["capture_id"], r["sweep_id"], r["evidence_id"],
                       r["captured_at"], tuple(json.loads(r["finding_ids"]))) for r in rows]


def open_load(conn: sqlite3.Connection) -> dict[str, int]:
    """How many leads awaiting verification each assignee holds (for balancing)."""
    rows = conn.execute("SELECT assignee, count(*) FROM leads WHERE assignee IS NOT NULL "
                        "AND status IN ('new', 'verifying') GROUP BY assignee")
    return {r[0]: int(r[1]) for r in rows}
