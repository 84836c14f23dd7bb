"""The embedded SQLite database under the data directory: connection and schema.

One file (HOME/hongdun.db) holds targets, sweeps, captures and findings. WAL
mode lets readers (the inspector page) run while a sweep writes.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

SCHEMA = """
CREATE TABLE IF NOT EXISTS targets (
    target_id TEXT PRIMARY KEY, platform TEXT NOT NULL, kind TEXT NOT NULL,
    url TEXT NOT NULL, shop_name TEXT NOT NULL, uscc TEXT NOT NULL,
    district TEXT NOT NULL, category TEXT NOT NULL, imported_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS sweeps (
    sweep_id TEXT PRIMARY KEY, name TEXT NOT NULL, plan TEXT, planned_at TEXT,
    started_at TEXT NOT NULL, finished_at TEXT, status TEXT NOT NULL,
    targets INTEGER DEFAULT 0, pages INTEGER DEFAULT 0, captures INTEGER DEFAULT 0,
    findings INTEGER DEFAULT 0, failures INTEGER DEFAULT 0, stats_json TEXT
);
CREATE TABLE IF NOT EXISTS captures (
    capture_id TEXT PRIMARY KEY, sweep_id TEXT NOT NULL, target_id TEXT NOT NULL,
    evidence_id TEXT NOT NULL, folder TEXT NOT NULL, captured_at TEXT NOT NULL,
    failure TEXT
);
CREATE INDEX IF NOT EXISTS captures_target ON captures(target_id, captured_at);
CREATE TABLE IF NOT EXISTS findings (
    finding_id TEXT PRIMARY KEY, capture_id TEXT NOT NULL, evidence_id TEXT NOT NULL,
    target_id TEXT NOT NULL, platform TEXT NOT NULL, district TEXT NOT NULL,
    shop_name TEXT NOT NULL, rule_id TEXT NOT NULL, title_zh TEXT NOT NULL,
    title_en TEXT NOT NULL, legal_basis TEXT NOT NULL, severity TEXT NOT NULL,
    certainty TEXT NOT NULL, matched_text TEXT NOT NULL, context TEXT NOT NULL,
    url TEXT NOT NULL, page_role TEXT NOT NULL, captured_at TEXT NOT NULL,
    status TEXT NOT NULL, screenshot TEXT, annotated TEXT, box_json TEXT, places_json TEXT
);
CREATE INDEX IF NOT EXISTS findings_time ON findings(captured_at, finding_id);
CREATE INDEX IF NOT EXISTS findings_rule ON findings(rule_id);
CREATE VIRTUAL TABLE IF NOT EXISTS findings_fts USING fts5(
    finding_id UNINDEXED, uni, bi, tokenize = 'unicode61 remove_diacritics 0'
);
"""


def connect(path: Path) -> sqlite3.Connection:
    """Open (creating if needed) the database at path, with the schema in place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path, timeout=30, isolation_level=None, check_same_thread=False)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.executescript(SCHEMA)
    _add_columns(conn)
    return conn


ADDED_COLUMNS = (("findings", "places_json", "TEXT"),)  # columns newer than a data directory


def _add_columns(conn: sqlite3.Connection) -> None:
    """Add columns that an older data directory's tables lack (additive migrations)."""
    for table, column, kind in ADDED_COLUMNS:
        present = {r[1] for r in conn.execute(f"PRAGMA table_info({table})")}
        if column not in present:
            conn.execute(f"ALTER TABLE {table} ADD COLUMN {column} {kind}")


def save_capture(conn: sqlite3.Connection, capture_id: str, sweep_id: str, target_id: str,
                 evidence_id: str, folder: str, captured_at: str, failure: str | None) -> None:
    """Record where a sealed capture lives, so findings can be traced to their files."""
    with conn:
        conn.execute(
            "INSERT OR REPLACE INTO captures (capture_id, sweep_id, target_id, evidence_id, "
            "folder, captured_at, failure) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (capture_id, sweep_id, target_id, evidence_id, folder, captured_at, failure))
