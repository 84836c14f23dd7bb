"""Shared builders for the leads tests: a data directory with users, captures and findings."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from hongdun import db
from hongdun.records import Finding, Place
from leads import store
from leads.assign import Member
from leads.build import CaptureSeen, close_sweep, record
from leads.deadlines import Policy
from leads.model import Sighting
from leads.workdays import load
from search.store import FindingsStore

# the accounts table as office/ (branch office-web) creates it
USERS_DDL = """
CREATE TABLE IF NOT EXISTS users(name TEXT PRIMARY KEY, role TEXT NOT NULL,
    districts TEXT NOT NULL DEFAULT '', password_hash TEXT NOT NULL,
    disabled INTEGER NOT NULL DEFAULT 0, created_at TEXT NOT NULL)
"""
ROSTER = (("wang", "inspector", "370602"), ("li", "inspector", "370602,370611"),
          ("zhao", "inspector", "370611"), ("chen", "supervisor", "370602,370611"),
          ("sun", "case_officer", ""), ("root", "admin", ""))
MEMBERS = tuple(Member(n, r, tuple(d.split(",")) if d else ()) for n, r, d in ROSTER)
POLICY = Policy(load())


def add_users(conn: sqlite3.Connection, roster: Sequence[tuple[str, str, str]] = ROSTER) -> None:
    conn.execute(USERS_DDL)
    conn.executemany("INSERT INTO users VALUES (?, ?, ?, 'argon2-not-used-here', 0, "
                     "'2026-09-01T00:00:00.000Z')", roster)


def finding(capture: str, target: str, rule: str, matched: str, at: str,
            district: str = "370602", severity: str = "medium", status: str = "new",
            n: int = 0) -> Finding:
    place = Place(matched, f"…{matched}…", "home", f"https://shop.test/{target}")
    return Finding(
        finding_id=f"f-{capture}-{rule}-{n}", capture_id=capture, evidence_id="e" * 64,
        target_id=target, platform="taobao", district=district, shop_name=f"店铺{target}",
        rule_id=rule, title_zh="违规", title_en="violation", legal_basis="《广告法》第九条",
        severity=severity, certainty="suspected", matched_text=matched,
        context=place.context, url=place.url, page_role="home", captured_at=at,
        status=status, places=(place,))


def sweep(conn: sqlite3.Connection, sweep_id: str, at: str,
          seen: dict[str, list[tuple[str, str]]], failed: Sequence[str] = (),
          members: Sequence[Member] = MEMBERS, district: str = "370602",
          severity: str = "medium", now: str | None = None) -> None:
    """One sweep: each target's findings (rule, matched) stored, then folded into leads."""
    now = now or at
    for target, hits in seen.items():
        capture = f"c-{sweep_id}-{target}"
        db.save_capture(conn, capture, sweep_id, target, "e" * 64, f"/ev/{capture}", at, None)
        findings = [finding(capture, target, r, m, at, district, severity, n=i)
                    for i, (r, m) in enumerate(hits)]
        FindingsStore(conn).index(findings)
        with store.writing(conn):
            record(conn, POLICY, members, CaptureSeen(capture, sweep_id, target, "e" * 64, at),
                   [Sighting.of(f) for f in findings], now, "sweep:test")
    for target in failed:
        capture = f"c-{sweep_id}-{target}"
        db.save_capture(conn, capture, sweep_id, target, "e" * 64, f"/ev/{capture}", at,
                        "timeout")
    with store.writing(conn):
        close_sweep(conn, sweep_id, now, "sweep:test")


def fresh(path: str) -> sqlite3.Connection:
    conn = db.connect(__import__("pathlib").Path(path) / "hongdun.db")
    store.create_schema(conn)
    return conn


def simulated_month(conn: sqlite3.Connection) -> None:
    """October 2026 in an office of three inspectors, lived through 国庆 on a controlled clock.

    Every working day from 9/21 to 10/23 a sweep opens leads; each inspector
    verifies after a habitual number of *calendar* days and closes confirmed
    leads a week later. Some verify within the working-day deadline only
    because 国庆 days do not count; zhao is slow and misses some.
    """
    from datetime import date, timedelta

    from leads import triage, workflow

    flow = workflow.load()
    habits = {"wang": 3, "li": 9, "zhao": 24}  # calendar days from assignment to verdict
    day, n = date(2026, 9, 21), 0
    plan: list[tuple[str, str, date]] = []
    while day <= date(2026, 10, 23):
        for _ in range(3 if POLICY.calendar.is_workday(day) else 0):  # 3 new leads a day
            at = f"{day.isoformat()}T01:00:00.000Z"
            district = "370602" if n % 3 else "370611"
            severity = "high" if n % 4 == 0 else "medium"
            sweep(conn, f"s-{day}-{n}", at, {f"shop-{n}": [("AD-ABSOLUTE", "最")]},
                  district=district, severity=severity)
            lead = store.select(conn, store.LeadFilter(target_id=f"shop-{n}"))[0]
            plan.append((lead.lead_id, lead.assignee or "", day))
            n += 1
        day += timedelta(days=1)
    for lid, who, start in plan:
        verdict = start + timedelta(days=habits[who])
        if verdict > date(2026, 10, 31):
            continue  # still being verified
        stamp = f"{verdict.isoformat()}T02:00:00.000Z"
        triage.move(conn, flow, MEMBERS, [lid], "verifying", who, stamp)
        if int(lid[-1], 16) % 5 == 0:
            triage.move(conn, flow, MEMBERS, [lid], "dismissed", who, stamp, reason="已核实合规")
            continue
        triage.move(conn, flow, MEMBERS, [lid], "confirmed", who, stamp)
        done = verdict + timedelta(days=7)
        if done <= date(2026, 10, 31):
            later = f"{done.isoformat()}T02:00:00.000Z"
            triage.move(conn, flow, MEMBERS, [lid], "referred", "sun", later)
            triage.move(conn, flow, MEMBERS, [lid], "closed", "sun", later, reason="办结")
    for lid, _, start in plan[::5]:
        triage.press(conn, flow, MEMBERS, [lid], "chen", f"{start.isoformat()}T03:00:00.000Z")
