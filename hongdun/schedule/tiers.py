"""Risk tiers (信用分级分类监管): each target's tier and reason, derived from its record.

A target's record is its findings (open ones, rules it broke in two or more
captures) and its captures (when it was last swept clean). The tier sets how
often a plan sweeps it (see hongdun.schedule.model.DEFAULT_FACTORS):

  D 高风险  an open finding and a repeat violation
  C 较高风险 an open finding, or a repeat violation in the look-back window
  A 低风险  no open finding, no repeat, and a clean sweep within CLEAN_DAYS
  B 一般风险 everything else: new targets, or no recent clean sweep
"""

from __future__ import annotations

import argparse
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from hongdun import db
from hongdun.clock import iso_utc
from hongdun.config import Config
from hongdun.schedule.model import TIER_LABELS
from hongdun.targets import load_targets

OPEN_STATUSES = ("new", "confirmed")
REPEAT_DAYS = 180  # a rule broken in ≥2 captures within this many days is a repeat violation
CLEAN_DAYS = 30  # a clean sweep within this many days earns tier A


@dataclass(frozen=True)
class TierRow:
    """One target's tier with the facts that decided it."""

    target_id: str
    shop_name: str
    platform: str
    kind: str
    tier: str
    label: str
    reason: str
    open_findings: int
    repeat_rules: tuple[str, ...]
    last_clean_at: str | None


def classify(open_findings: int, repeat_rules: tuple[str, ...], last_clean_at: str | None,
             now: datetime) -> tuple[str, str]:
    """(tier, reason in Chinese and English) from the three facts of a target's record."""
    repeats = ", ".join(repeat_rules)
    if open_findings and repeat_rules:
        return "D", (f"{open_findings} 条未结发现且重复违法 {repeats} "
                     f"({open_findings} open; repeat {repeats})")
    if open_findings:
        return "C", f"{open_findings} 条未结发现 ({open_findings} open finding(s))"
    if repeat_rules:
        return "C", f"{REPEAT_DAYS} 天内重复违法 {repeats} (repeat violation {repeats})"
    if last_clean_at is None:
        return "B", "尚无无违法巡查记录 (no clean sweep yet)"
    age = now - datetime.fromisoformat(last_clean_at)
    if age <= timedelta(days=CLEAN_DAYS):
        return "A", (f"{age.days} 天前巡查无违法，无未结发现 "
                     f"(clean sweep {age.days} day(s) ago, nothing open)")
    return "B", f"上次无违法巡查已 {age.days} 天 (last clean sweep {age.days} days ago)"


def report(conn: sqlite3.Connection, now: datetime) -> list[TierRow]:
    """The tier and reason of every target, as of a moment (aware datetime)."""
    marks = ",".join("?" * len(OPEN_STATUSES))
    open_counts = dict(conn.execute(
        f"SELECT target_id, COUNT(*) FROM findings WHERE status IN ({marks}) "
        "GROUP BY target_id", OPEN_STATUSES).fetchall())
    since = iso_utc(now - timedelta(days=REPEAT_DAYS))
    repeats: dict[str, list[str]] = {}
    for target_id, rule_id in conn.execute(
            "SELECT target_id, rule_id FROM findings "
            "WHERE status != 'dismissed' AND captured_at >= ? AND captured_at <= ? "
            "GROUP BY target_id, rule_id HAVING COUNT(DISTINCT capture_id) >= 2 "
            "ORDER BY target_id, rule_id", (since, iso_utc(now))).fetchall():
        repeats.setdefault(target_id, []).append(rule_id)
    clean = dict(conn.execute(
        "SELECT c.target_id, MAX(c.captured_at) FROM captures c "
        "WHERE c.failure IS NULL AND c.captured_at <= ? AND NOT EXISTS "
        "(SELECT 1 FROM findings f WHERE f.capture_id = c.capture_id "
        " AND f.status != 'dismissed') GROUP BY c.target_id", (iso_utc(now),)).fetchall())
    rows = []
    for target in load_targets(conn):
        opened = int(open_counts.get(target.target_id, 0))
        rules = tuple(repeats.get(target.target_id, ()))
        last_clean = clean.get(target.target_id)
        tier, reason = classify(opened, rules, last_clean, now)
        rows.append(TierRow(target.target_id, target.shop_name, target.platform, target.kind,
                            tier, TIER_LABELS[tier], reason, opened, rules, last_clean))
    return rows


def tiers_by_target(conn: sqlite3.Connection, now: datetime) -> dict[str, str]:
    """Target id → tier letter, as of a moment."""
    return {row.target_id: row.tier for row in report(conn, now)}


def print_tiers(args: argparse.Namespace, cfg: Config) -> int:
    """`hongdun targets tiers`: print each target's risk tier and the reason for it."""
    conn = db.connect(cfg.db_path)
    try:
        rows = report(conn, datetime.now(UTC))
    finally:
        conn.close()
    if not rows:
        print("没有监测对象 (no targets imported; run `hongdun targets import` first)")
        return 0
    print(f"{'target_id':<24} {'tier':<4} {'风险等级':<16} reason")
    for row in rows:
        print(f"{row.target_id:<24} {row.tier:<4} {row.label:<16} {row.reason}")
    counts = {t: sum(1 for r in rows if r.tier == t) for t in "ABCD"}
    print("合计 total: " + "  ".join(f"{t}={n}" for t, n in counts.items()))
    return 0
