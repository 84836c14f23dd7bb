"""The records of a sweep plan: selectors, cron schedules, campaign windows, tier factors.

They are built by hongdun.schedule.plans from YAML and validated there; every
moment is an aware datetime in Asia/Shanghai, every window is half-open
[start, end).
"""

from __future__ import annotations

import fnmatch
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from hongdun.records import Target

TIERS = ("A", "B", "C", "D")
TIER_LABELS = {
    "A": "低风险 low",
    "B": "一般风险 normal",
    "C": "较高风险 elevated",
    "D": "高风险 high",
}
DEFAULT_FACTORS: tuple[tuple[str, float], ...] = (("A", 0.5), ("B", 1.0), ("C", 2.0), ("D", 4.0))


@dataclass(frozen=True)
class Selector:
    """Which targets a plan or schedule covers; an empty field matches everything."""

    platforms: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    districts: tuple[str, ...] = ()  # prefixes of the 6-digit division code
    categories: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    tiers: tuple[str, ...] = ()

    def matches(self, target: Target, tier: str, tags: dict[str, tuple[str, ...]]) -> bool:
        """True if the target (with its current tier) falls under this selector."""
        if self.platforms and target.platform not in self.platforms:
            return False
        if self.kinds and target.kind not in self.kinds:
            return False
        if self.districts and not target.district.startswith(self.districts):
            return False
        if self.categories and target.category not in self.categories:
            return False
        if self.tiers and tier not in self.tiers:
            return False
        if self.tags:
            return any(
                fnmatch.fnmatchcase(target.target_id, pattern)
                for tag in self.tags
                for pattern in tags.get(tag, ())
            )
        return True


@dataclass(frozen=True)
class Schedule:
    """One cron expression (Asia/Shanghai) with a label and an optional narrower selector."""

    cron: str
    label: str
    nominal: timedelta  # the shortest gap between two fires: the "regular" interval
    select: Selector | None = None
    line: int = 0


@dataclass(frozen=True)
class Window:
    """A half-open span of time [start, end) in Asia/Shanghai."""

    start: datetime
    end: datetime

    def contains(self, moment: datetime) -> bool:
        """True if the moment lies inside the window (start inclusive, end exclusive)."""
        return self.start <= moment < self.end


@dataclass(frozen=True)
class Campaign:
    """A named promotion window with its own denser schedules and a price-baseline lead."""

    name: str
    window: Window
    schedules: tuple[Schedule, ...]
    price_baseline_days: int
    focus: str = ""
    watch: int | None = None  # seconds a live room is watched in this campaign's sweeps

    @property
    def lead(self) -> Window | None:
        """The price-baseline window just before the campaign, or None without a lead."""
        if self.price_baseline_days <= 0:
            return None
        start = self.window.start - timedelta(days=self.price_baseline_days)
        return Window(start, self.window.start)


@dataclass(frozen=True)
class Plan:
    """A whole sweep plan: targets, baseline, campaigns, tags and tier factors."""

    name: str
    title: str
    select: Selector
    baseline: tuple[Schedule, ...]
    price_baseline: tuple[Schedule, ...]
    campaigns: tuple[Campaign, ...]
    tags: tuple[tuple[str, tuple[str, ...]], ...] = ()
    factors: tuple[tuple[str, float], ...] = DEFAULT_FACTORS
    source: str = field(default="", repr=False)  # the YAML text exactly as applied
    sha256: str = ""
    watch: int | None = None  # seconds a live room is watched (hongdun sweep --watch)

    def watch_at(self, moment: datetime) -> int | None:
        """The watch window of a sweep planned at a moment: its campaign's, else the plan's."""
        for campaign in self.campaigns:
            if campaign.watch is not None and campaign.window.contains(moment):
                return campaign.watch
        return self.watch

    @property
    def tag_map(self) -> dict[str, tuple[str, ...]]:
        """Tag name → target-id patterns."""
        return dict(self.tags)

    def factor(self, tier: str) -> float:
        """How much more (>1) or less (<1) often targets of this tier are swept."""
        return dict(self.factors)[tier]
