"""Scheduled sweeps: plans as YAML, a shopping calendar, risk tiers and an APScheduler runner.

`upcoming(cfg, now, limit)` lists the next runs of every installed plan (for the
inspector page); see docs/SCHEDULING.md.
"""

from hongdun.schedule.preview import UpcomingRun, upcoming

__all__ = ["UpcomingRun", "upcoming"]
