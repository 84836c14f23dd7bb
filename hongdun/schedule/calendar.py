"""Window arithmetic for sweep plans: lunar festival dates and the ticks a plan fires at.

A tick is one moment at which a plan sweeps, with the schedules that fire then
and, for each, the risk tiers that are due. Tier factors > 1 split each regular
interval of a cron schedule into equal parts; factors < 1 skip fires by a fixed
index, so the preview (`schedule list`) and the live scheduler agree exactly.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from apscheduler.triggers.cron import CronTrigger

from hongdun.clock import SHANGHAI
from hongdun.errors import InputFileError
from hongdun.schedule.model import Plan, Schedule, Selector, Window
from hongdun.tables import data_file

_SAMPLE_START = datetime(2026, 1, 5, tzinfo=SHANGHAI)  # a Monday: nominal gaps are measured here
_SAMPLE_FIRES = 400
_REGULAR = 1.25  # a gap up to 1¼ × the shortest one is "regular" (months of 28-31 days)
_SAMPLE_SPAN = timedelta(days=8)  # a week and a day shows every gap of a weekly pattern
_HORIZONS = (timedelta(hours=6), timedelta(days=2), timedelta(days=40), timedelta(days=800))


def lunar_festival(name: str, year: int) -> date:
    """The solar date of a lunar festival (春节 / 中秋) in a year of hongdun/data/lunar.yaml."""
    doc = data_file("lunar.yaml")  # shared, parsed once: read, never change
    aliases: dict[str, str] = doc["aliases"]
    table = {k: v for k, v in doc.items() if k != "aliases"}
    key = aliases.get(name, name)
    if key not in table:
        known = ", ".join(sorted([*table, *aliases]))
        raise InputFileError(f"unknown lunar festival {name!r} (known: {known})")
    days: dict[int, date] = table[key]
    if year not in days:
        years = ", ".join(str(y) for y in sorted(days))
        raise InputFileError(f"no lunar table entry for {key} {year} (table has {years})")
    return days[year]


def cron_trigger(expression: str) -> CronTrigger:
    """A CronTrigger in Asia/Shanghai from a five-field crontab expression."""
    try:
        return CronTrigger.from_crontab(expression, timezone=SHANGHAI)
    except ValueError as exc:
        raise InputFileError(f"bad cron {expression!r}: {exc}") from None


def _next_fire(trigger: CronTrigger, at_or_after: datetime) -> datetime | None:
    return trigger.get_next_fire_time(None, at_or_after)


def nominal_period(expression: str) -> timedelta:
    """The shortest gap between consecutive fires of a cron expression (its regular interval)."""
    trigger = cron_trigger(expression)
    previous = _next_fire(trigger, _SAMPLE_START)
    if previous is None:
        raise InputFileError(f"cron {expression!r} never fires")
    best: timedelta | None = None
    for _ in range(_SAMPLE_FIRES):
        current = _next_fire(trigger, previous + timedelta(seconds=1))
        if current is None or (best is not None and current - _SAMPLE_START > _SAMPLE_SPAN):
            break
        gap = current - previous
        best = gap if best is None or gap < best else best
        previous = current
    if best is None:
        raise InputFileError(f"cron {expression!r} fires only once")
    return best


@dataclass(frozen=True)
class Entry:
    """One schedule firing at a tick: its label, narrower selector and the tiers due."""

    label: str
    tiers: tuple[str, ...]
    select: Selector | None = None


@dataclass(frozen=True)
class Tick:
    """One moment a plan sweeps, with every schedule entry that fires at it."""

    at: datetime
    entries: tuple[Entry, ...]

    @property
    def labels(self) -> tuple[str, ...]:
        """Distinct labels of the entries, in order."""
        return tuple(dict.fromkeys(e.label for e in self.entries))

    @property
    def tiers(self) -> tuple[str, ...]:
        """Every tier due at this tick, sorted."""
        return tuple(sorted({t for e in self.entries for t in e.tiers}))


def sources(plan: Plan) -> Iterator[tuple[Schedule, Window, str]]:
    """Every schedule of a plan with the window it is active in and its display label."""
    forever = Window(datetime(1970, 1, 1, tzinfo=SHANGHAI), datetime(9999, 1, 1, tzinfo=SHANGHAI))
    for schedule in plan.baseline:
        yield schedule, forever, schedule.label
    for campaign in plan.campaigns:
        for schedule in campaign.schedules:
            yield schedule, campaign.window, f"{campaign.name} {schedule.label}".strip()
        lead = campaign.lead
        if lead is not None:
            for schedule in plan.price_baseline:
                yield schedule, lead, f"{campaign.name} 价格基线 {schedule.label}".strip()


def _split(plan: Plan) -> tuple[int, dict[str, int], dict[str, int]]:
    """(parts per interval, integer factors by tier, skip divisors by tier)."""
    multiply = {t: int(f) for t, f in plan.factors if f >= 1}
    divide = {t: round(1 / f) for t, f in plan.factors if f < 1}
    parts = math.lcm(*multiply.values()) if multiply else 1
    return parts, multiply, divide


def schedule_fires(plan: Plan, schedule: Schedule, window: Window,
                   lo: datetime, hi: datetime) -> Iterator[tuple[datetime, tuple[str, ...]]]:
    """Fire times of one schedule inside window ∩ [lo, hi), with the tiers due at each."""
    start, stop = max(window.start, lo), min(window.end, hi)
    if start >= stop:
        return
    trigger = cron_trigger(schedule.cron)
    parts, multiply, divide = _split(plan)
    step = schedule.nominal.total_seconds()
    current = _next_fire(trigger, max(window.start, start - schedule.nominal))
    while current is not None and current < stop:
        following = _next_fire(trigger, current + timedelta(seconds=1))
        if current >= start:
            index = int(current.timestamp() // step)
            due = [t for t in multiply] + [t for t, k in divide.items() if index % k == 0]
            yield current, tuple(sorted(due))
        regular = following is not None and following - current <= schedule.nominal * _REGULAR
        if regular and following is not None and following < window.end and parts > 1:
            gap = (following - current) / parts
            for i in range(1, parts):
                moment = current + gap * i
                if start <= moment < stop:
                    due = [t for t, f in multiply.items() if (i * f) % parts == 0]
                    if due:
                        yield moment, tuple(sorted(due))
        current = following


def ticks(plan: Plan, lo: datetime, hi: datetime) -> list[Tick]:
    """Every tick of a plan in [lo, hi), in time order, entries merged per moment."""
    merged: dict[datetime, list[Entry]] = {}
    for schedule, window, label in sources(plan):
        for moment, due in schedule_fires(plan, schedule, window, lo, hi):
            merged.setdefault(moment, []).append(Entry(label, due, schedule.select))
    return [Tick(moment, tuple(merged[moment])) for moment in sorted(merged)]


def next_tick(plan: Plan, after: datetime, inclusive: bool = False) -> Tick | None:
    """The first tick strictly after a moment (or at it, if inclusive); None if none is left."""
    lo = after if inclusive else after + timedelta(microseconds=1)
    for horizon in _HORIZONS:
        found = ticks(plan, lo, lo + horizon)
        if found:
            return found[0]
    return None


def active_labels(plan: Plan, moment: datetime) -> tuple[str, ...]:
    """Names of the campaigns (and price-baseline leads) whose window contains a moment."""
    names: list[str] = []
    for campaign in plan.campaigns:
        if campaign.window.contains(moment):
            names.append(campaign.name)
        elif campaign.lead is not None and campaign.lead.contains(moment):
            names.append(f"{campaign.name} 价格基线")
    return tuple(names)
