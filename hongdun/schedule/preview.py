"""Upcoming plan runs: what `schedule list` prints and what the inspector page shows.

A preview evaluates each tick against the targets and tiers as they are now;
tiers change as findings arrive, so counts further out are estimates.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from hongdun import db
from hongdun.clock import SHANGHAI, iso_utc
from hongdun.config import Config
from hongdun.records import Target
from hongdun.schedule import store
from hongdun.schedule.calendar import Tick, active_labels, ticks
from hongdun.schedule.model import Plan
from hongdun.schedule.tiers import tiers_by_target
from hongdun.targets import load_targets

_STEP = timedelta(days=2)


@dataclass(frozen=True)
class UpcomingRun:
    """One planned run of a plan: when, why (schedule labels), which tiers and how many targets."""

    plan: str
    at: str  # UTC ISO-8601
    at_local: str  # Asia/Shanghai, "YYYY-MM-DD HH:MM"
    labels: tuple[str, ...]
    tiers: tuple[str, ...]
    targets: int
    campaigns: tuple[str, ...]  # campaign windows (or price-baseline leads) the run falls in


def due_targets(plan: Plan, tick: Tick, targets: Sequence[Target],
                tiers: dict[str, str]) -> list[Target]:
    """The targets a tick of a plan would sweep, given their tiers."""
    tags = plan.tag_map
    out = []
    for target in targets:
        tier = tiers.get(target.target_id, "B")
        if plan.select.matches(target, tier, tags) and any(
                tier in e.tiers and (e.select is None or e.select.matches(target, tier, tags))
                for e in tick.entries):
            out.append(target)
    return out


def preview(plans: Sequence[Plan], lo: datetime, hi: datetime | None, limit: int | None,
            targets: Sequence[Target], tiers: dict[str, str],
            per_plan: bool = False) -> list[UpcomingRun]:
    """Runs of the plans in [lo, hi) in time order, at most limit in all, or per plan.

    With targets imported, ticks that would sweep none of them (say, a tier-D split when
    no target is in tier D) are left out, as the scheduler skips them too.
    """
    found: list[UpcomingRun] = []
    for plan in plans:
        start, count = lo, 0
        end = hi if hi is not None else lo + timedelta(days=800)
        while start < end and (limit is None or count < limit):
            stop = min(end, start + _STEP)
            for tick in ticks(plan, start, stop):
                if limit is not None and count >= limit:
                    break
                due = len(due_targets(plan, tick, targets, tiers))
                if targets and not due:
                    continue
                found.append(UpcomingRun(
                    plan.name, iso_utc(tick.at),
                    tick.at.astimezone(SHANGHAI).strftime("%Y-%m-%d %H:%M"), tick.labels,
                    tick.tiers, due, active_labels(plan, tick.at)))
                count += 1
            start = stop
    found.sort(key=lambda run: (run.at, run.plan))
    return found[:limit] if limit is not None and not per_plan else found


def targets_and_tiers(cfg: Config, now: datetime) -> tuple[list[Target], dict[str, str]]:
    """Every imported target and its current risk tier."""
    main = db.connect(cfg.db_path)
    try:
        return load_targets(main), tiers_by_target(main, now)
    finally:
        main.close()


def upcoming(cfg: Config, now: datetime, limit: int = 10, until: datetime | None = None,
             per_plan: bool = False) -> list[UpcomingRun]:
    """The next runs of the installed plans from now (aware datetime), soonest first.

    limit counts runs in all (or per plan, with per_plan); with until, every run before it.
    """
    if not store.schedule_db(cfg).exists():
        return []
    conn = store.connect(cfg)
    try:
        plans = [plan for plan, _ in store.active_plans(conn)]
    finally:
        conn.close()
    if not plans:
        return []
    targets, tiers = targets_and_tiers(cfg, now)
    return preview(plans, now, until, None if until is not None else limit, targets, tiers,
                   per_plan)
