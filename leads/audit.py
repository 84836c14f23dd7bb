"""The lead audit log: a hash-chained, append-only SQLite table in the change's transaction.

Every state change, assignment, 督办, sighting and export of a lead appends one
row to `lead_events`, inside the same transaction as the change, so a change
without its entry (or the reverse) cannot be committed. Each row carries seq,
prev and hash (SHA-256 of the canonical JSON of the row without "hash"), in the
same scheme as the custody log HOME/custody.jsonl (evidence.custody), which stays
the record of what happened to the evidence files; triggers refuse UPDATE and
DELETE. `verify` re-walks the chain and names the first broken row.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

from evidence.canonical import ZERO_HASH, canonical_json, sha256_bytes
from hongdun.errors import VerificationError

ACTIONS = ("open", "seen", "not_seen", "move", "assign", "press", "export", "migrate",
           "not_judged")
SCHEMA = """
CREATE TABLE IF NOT EXISTS lead_events (
    seq INTEGER PRIMARY KEY, at TEXT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL,
    lead_id TEXT, from_status TEXT, to_status TEXT, detail TEXT NOT NULL,
    captures TEXT NOT NULL, prev TEXT NOT NULL, hash TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS lead_events_lead ON lead_events(lead_id, seq);
CREATE TRIGGER IF NOT EXISTS lead_events_no_update BEFORE UPDATE ON lead_events BEGIN
    SELECT RAISE(ABORT, 'lead_events is append-only');
END;
CREATE TRIGGER IF NOT EXISTS lead_events_no_delete BEFORE DELETE ON lead_events BEGIN
    SELECT RAISE(ABORT, 'lead_events is append-only');
END;
"""
_BODY = ("seq", "at", "actor", "action", "lead_id", "from_status", "to_status", "detail",
         "captures", "prev")


@dataclass(frozen=True)
class Event:
    """One audit entry about a lead (lead_id None: about many, e.g. an export)."""

    seq: int
    at: str
    actor: str
    action: str
    lead_id: str | None
    from_status: str | None
    to_status: str | None
    detail: str
    captures: tuple[str, ...]
    prev: str
    hash: str


def _digest(body: dict[str, object]) -> str:
    return sha256_bytes(canonical_json(body))


def append(conn: sqlite3.Connection, at: str, actor: str, action: str, lead_id: str | None,
           detail: str = "", from_status: str | None = None, to_status: str | None = None,
           captures: Sequence[str] = ()) -> Event:
    """Append one entry; the caller holds the write transaction (BEGIN IMMEDIATE)."""
    if action not in ACTIONS:
        raise ValueError(f"unknown lead event {action!r}")
    if not conn.in_transaction:
        raise RuntimeError("lead events are written inside the change's transaction")
    last = conn.execute("SELECT seq, hash FROM lead_events ORDER BY seq DESC LIMIT 1").fetchone()
    body: dict[str, object] = {
        "seq": last[0] + 1 if last else 1, "at": at, "actor": actor, "action": action,
        "lead_id": lead_id, "from_status": from_status, "to_status": to_status,
        "detail": detail, "captures": sorted(set(captures)),
        "prev": last[1] if last else ZERO_HASH}
    digest = _digest(body)
    conn.execute(
        f"INSERT INTO lead_events ({', '.join(_BODY)}, hash) VALUES "
        f"({', '.join('?' for _ in _BODY)}, ?)",
        [json.dumps(body[k]) if k == "captures" else body[k] for k in _BODY] + [digest])
    return _event(body, digest)


def _event(body: dict[str, object], digest: str) -> Event:
    return Event(int(body["seq"]), str(body["at"]), str(body["actor"]), str(body["action"]),
                 body["lead_id"], body["from_status"], body["to_status"],  # type: ignore[arg-type]
                 str(body["detail"]), tuple(body["captures"]), str(body["prev"]),  # type: ignore[arg-type]
                 digest)


def _row_body(row: sqlite3.Row) -> dict[str, object]:
    body = {k: row[k] for k in _BODY}
    body["captures"] = json.loads(row["captures"])
    return body


def events(conn: sqlite3.Connection, lead_id: str | None = None) -> list[Event]:
    """Entries in order: all, or those about one lead."""
    if lead_id is None:
        rows = conn.execute("SELECT * FROM lead_events ORDER BY seq")
    else:
        rows = conn.execute("SELECT * FROM lead_events WHERE lead_id = ? ORDER BY seq", (lead_id,))
    return [_event(_row_body(r), r["hash"]) for r in rows]


def verify(conn: sqlite3.Connection) -> int:
    """Check every entry's hash and link; return how many; raise naming the first bad seq."""
    prev, count = ZERO_HASH, 0
    for row in conn.execute("SELECT * FROM lead_events ORDER BY seq"):
        count += 1
        body = _row_body(row)
        if row["seq"] != count:
            raise VerificationError(f"lead_events: seq {count} is missing")
        if body["prev"] != prev:
            raise VerificationError(f"lead_events: seq {count} does not chain to seq {count - 1}")
        if _digest(body) != row["hash"]:
            raise VerificationError(f"lead_events: seq {count} hash does not match its content")
        prev = row["hash"]
    return count
