"""The scheduler's own state in HOME/schedule.db: installed plans (every version) and plan runs.

APScheduler keeps its job store (table apscheduler_jobs) in the same file. The
sweeps themselves are recorded by `hongdun sweep` in HOME/hongdun.db; a plan run
here links to them by sweep name.
"""

from __future__ import annotations

import sqlite3
import uuid
from dataclasses import dataclass
from pathlib import Path

from hongdun.clock import utc_now
from hongdun.config import Config
from hongdun.schedule.model import Plan
from hongdun.schedule.plans import parse_plan

SCHEMA = """
CREATE TABLE IF NOT EXISTS plan_versions (
    plan TEXT NOT NULL, version INTEGER NOT NULL, sha256 TEXT NOT NULL, source TEXT NOT NULL,
    applied_at TEXT NOT NULL, active INTEGER NOT NULL DEFAULT 1, PRIMARY KEY (plan, version)
);
CREATE TABLE IF NOT EXISTS plan_runs (
    run_id TEXT PRIMARY KEY, plan TEXT NOT NULL, planned_at TEXT NOT NULL,
    started_at TEXT NOT NULL, finished_at TEXT, status TEXT NOT NULL, sweep_name TEXT NOT NULL,
    targets INTEGER NOT NULL DEFAULT 0, coalesced INTEGER NOT NULL DEFAULT 0,
    first_missed TEXT, labels TEXT NOT NULL DEFAULT '', exit_code INTEGER,
    resumes TEXT, note TEXT
);
CREATE INDEX IF NOT EXISTS plan_runs_plan ON plan_runs(plan, planned_at);
CREATE TABLE IF NOT EXISTS plan_state (plan TEXT PRIMARY KEY, last_planned TEXT NOT NULL);
"""
RUN_STATUSES = ("running", "completed", "failed", "interrupted", "resumed")


@dataclass(frozen=True)
class PlanRun:
    """One firing of a plan: when it was planned, what ran, how it ended."""

    run_id: str
    plan: str
    planned_at: str
    started_at: str
    finished_at: str | None
    status: str
    sweep_name: str
    targets: int
    coalesced: int  # earlier planned times folded into this run after a downtime or overlap
    first_missed: str | None
    labels: str
    exit_code: int | None
    resumes: str | None  # run_id of the interrupted run this one resumes
    note: str | None


def schedule_db(cfg: Config) -> Path:
    """Where the scheduler keeps plans, runs and APScheduler's job store."""
    return cfg.home / "schedule.db"


def connect(cfg: Config) -> sqlite3.Connection:
    """Open HOME/schedule.db with the scheduler's tables in place."""
    path = schedule_db(cfg)
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path, timeout=30, isolation_level=None, check_same_thread=False)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA journal_mode=WAL")
    conn.executescript(SCHEMA)
    return conn


def save_plan(conn: sqlite3.Connection, plan: Plan, now: str | None = None) -> tuple[int, bool]:
    """Store a plan as its newest version; (version, changed). Older versions are kept."""
    row = conn.execute(
        "SELECT version, sha256, active FROM plan_versions WHERE plan = ? "
        "ORDER BY version DESC LIMIT 1", (plan.name,)).fetchone()
    if row is not None and row["sha256"] == plan.sha256 and row["active"]:
        return int(row["version"]), False
    version = int(row["version"]) + 1 if row is not None else 1
    conn.execute("UPDATE plan_versions SET active = 0 WHERE plan = ?", (plan.name,))
    conn.execute(
        "INSERT INTO plan_versions (plan, version, sha256, source, applied_at, active) "
        "VALUES (?, ?, ?, ?, ?, 1)",
        (plan.name, version, plan.sha256, plan.source, now or utc_now()))
    return version, True


def active_plans(conn: sqlite3.Connection) -> list[tuple[Plan, int]]:
    """Every installed plan (its active version) with its version number, by name."""
    rows = conn.execute(
        "SELECT plan, version, source FROM plan_versions WHERE active = 1 ORDER BY plan"
    ).fetchall()
    return [(parse_plan(row["source"], f"<plan {row['plan']} v{row['version']}>"),
             int(row["version"])) for row in rows]


def new_run_id() -> str:
    """A fresh run id."""
    return uuid.uuid4().hex[:16]


def insert_run(conn: sqlite3.Connection, run: PlanRun) -> None:
    """Record a plan run."""
    conn.execute(
        "INSERT INTO plan_runs VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (run.run_id, run.plan, run.planned_at, run.started_at, run.finished_at, run.status,
         run.sweep_name, run.targets, run.coalesced, run.first_missed, run.labels,
         run.exit_code, run.resumes, run.note))


def finish_run(conn: sqlite3.Connection, run_id: str, status: str, exit_code: int | None,
               note: str | None = None) -> None:
    """Mark a plan run as ended."""
    conn.execute(
        "UPDATE plan_runs SET status = ?, exit_code = ?, finished_at = ?, "
        "note = COALESCE(?, note) WHERE run_id = ?", (status, exit_code, utc_now(), note, run_id))


def runs(conn: sqlite3.Connection, plan: str | None = None, statuses: tuple[str, ...] = (),
         limit: int = 50) -> list[PlanRun]:
    """Plan runs, newest planned first, optionally filtered by plan and status."""
    sql, params = "SELECT * FROM plan_runs WHERE 1 = 1", []
    if plan is not None:
        sql += " AND plan = ?"
        params.append(plan)
    if statuses:
        sql += f" AND status IN ({','.join('?' * len(statuses))})"
        params.extend(statuses)
    sql += " ORDER BY planned_at DESC, started_at DESC LIMIT ?"
    params.append(str(limit))
    return [PlanRun(**dict(row)) for row in conn.execute(sql, params).fetchall()]


def last_planned(conn: sqlite3.Connection, plan: str) -> str | None:
    """The latest planned time a run of the plan covered (swept or found empty), or None."""
    row = conn.execute("SELECT last_planned FROM plan_state WHERE plan = ?", (plan,)).fetchone()
    return row[0] if row else None


def set_last_planned(conn: sqlite3.Connection, plan: str, planned_at: str) -> None:
    """Remember the latest planned time covered, so the next run counts what it missed."""
    conn.execute(
        "INSERT INTO plan_state (plan, last_planned) VALUES (?, ?) ON CONFLICT(plan) "
        "DO UPDATE SET last_planned = MAX(last_planned, excluded.last_planned)",
        (plan, planned_at))


def applied_at(conn: sqlite3.Connection, plan: str) -> str | None:
    """When the first version of a plan was installed, or None if it never was."""
    row = conn.execute("SELECT MIN(applied_at) FROM plan_versions WHERE plan = ?",
                       (plan,)).fetchone()
    return row[0] if row else None
