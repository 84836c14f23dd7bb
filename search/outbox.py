"""The outbox: SQLite's record of which findings Elasticsearch has not caught up with yet.

Triggers on the `findings` table queue a finding's id in `search_outbox` inside
the same transaction that writes it (insert, update or delete), so no writer —
a sweep, a status change on the inspector page, a `clear` — can bypass it. Each
queued row carries a generation that grows on every write; draining removes a
row only if its generation is unchanged, so a finding edited while its previous
version was in flight stays queued.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

SCHEMA = """
CREATE TABLE IF NOT EXISTS search_outbox (
    finding_id TEXT PRIMARY KEY,
    gen INTEGER NOT NULL DEFAULT 1,
    queued_at TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT
);
CREATE INDEX IF NOT EXISTS search_outbox_queued ON search_outbox(queued_at);
"""
_STAMP = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"
_QUEUE = (
    "INSERT INTO search_outbox (finding_id, queued_at) VALUES ({id}, " + _STAMP + ") "
    "ON CONFLICT(finding_id) DO UPDATE SET gen = gen + 1, queued_at = excluded.queued_at, "
    "attempts = 0, last_error = NULL;"
)
TRIGGERS = f"""
CREATE TRIGGER IF NOT EXISTS findings_outbox_insert AFTER INSERT ON findings BEGIN
    {_QUEUE.format(id="NEW.finding_id")}
END;
CREATE TRIGGER IF NOT EXISTS findings_outbox_update AFTER UPDATE ON findings BEGIN
    {_QUEUE.format(id="NEW.finding_id")}
END;
CREATE TRIGGER IF NOT EXISTS findings_outbox_delete AFTER DELETE ON findings BEGIN
    {_QUEUE.format(id="OLD.finding_id")}
END;
"""


@dataclass(frozen=True)
class Backlog:
    """How far Elasticsearch is behind SQLite."""

    pending: int
    oldest: str | None  # queued_at of the oldest pending row
    failing: int  # rows whose last attempt was rejected by the server
    last_error: str | None


def install(conn: sqlite3.Connection) -> None:
    """Create the outbox and its triggers if missing, queueing every finding already stored."""
    if installed(conn):
        return
    conn.executescript(
        "BEGIN IMMEDIATE;" + SCHEMA + TRIGGERS
        + "INSERT OR IGNORE INTO search_outbox (finding_id, queued_at) "
        + "SELECT finding_id, " + _STAMP + " FROM findings; COMMIT;"
    )


def uninstall(conn: sqlite3.Connection) -> None:
    """Drop the triggers and the outbox (when an office stops using Elasticsearch)."""
    conn.executescript(
        "DROP TRIGGER IF EXISTS findings_outbox_insert;"
        "DROP TRIGGER IF EXISTS findings_outbox_update;"
        "DROP TRIGGER IF EXISTS findings_outbox_delete;"
        "DROP TABLE IF EXISTS search_outbox;"
    )


def installed(conn: sqlite3.Connection) -> bool:
    """True when the outbox table exists in this database."""
    row = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'search_outbox'"
    ).fetchone()
    return row is not None


def pending(conn: sqlite3.Connection, limit: int) -> list[tuple[str, int]]:
    """Up to `limit` queued (finding_id, gen) pairs, oldest first."""
    rows = conn.execute(
        "SELECT finding_id, gen FROM search_outbox ORDER BY queued_at, finding_id LIMIT ?",
        (limit,),
    )
    return [(r[0], int(r[1])) for r in rows]


def snapshot(conn: sqlite3.Connection) -> list[tuple[str, int]]:
    """Every queued (finding_id, gen) pair, e.g. before a full reindex."""
    return [(r[0], int(r[1])) for r in conn.execute("SELECT finding_id, gen FROM search_outbox")]


def acknowledge(conn: sqlite3.Connection, done: list[tuple[str, int]]) -> int:
    """Remove rows that were indexed, unless they were re-queued meanwhile; return count."""
    if not done:
        return 0
    with conn:
        conn.execute("BEGIN IMMEDIATE")
        before = conn.total_changes
        conn.executemany("DELETE FROM search_outbox WHERE finding_id = ? AND gen = ?", done)
        return conn.total_changes - before


def record_failures(conn: sqlite3.Connection, failed: dict[str, str]) -> None:
    """Note the server's reason on rows it rejected; they stay queued."""
    if not failed:
        return
    with conn:
        conn.execute("BEGIN IMMEDIATE")
        conn.executemany(
            "UPDATE search_outbox SET attempts = attempts + 1, last_error = ? "
            "WHERE finding_id = ?",
            [(reason[:500], fid) for fid, reason in failed.items()],
        )


def backlog(conn: sqlite3.Connection) -> Backlog:
    """Count what is waiting to be indexed."""
    if not installed(conn):
        return Backlog(0, None, 0, None)
    row = conn.execute(
        "SELECT count(*), min(queued_at), sum(attempts > 0) FROM search_outbox"
    ).fetchone()
    error = conn.execute(
        "SELECT last_error FROM search_outbox WHERE last_error IS NOT NULL "
        "ORDER BY queued_at DESC LIMIT 1"
    ).fetchone()
    return Backlog(int(row[0]), row[1], int(row[2] or 0), error[0] if error else None)
