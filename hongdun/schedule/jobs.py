"""The APScheduler pieces a plan runs on: its trigger, the executor and two scheduler variants.

Jobs are stored by reference (JOB_FUNC, args = [home, plan]) in the SQLAlchemy
job store, so they survive restarts; the trigger pickles the validated Plan.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.schedulers.base import STATE_STOPPED, BaseScheduler
from apscheduler.schedulers.blocking import BlockingScheduler
from apscheduler.triggers.base import BaseTrigger

from hongdun.clock import SHANGHAI
from hongdun.schedule.calendar import next_tick
from hongdun.schedule.model import Plan

JOB_FUNC = "hongdun.schedule.runner:fire"


def job_id(plan: str) -> str:
    """The APScheduler job id of a plan."""
    return f"plan:{plan}"


class PlanTrigger(BaseTrigger):
    """An APScheduler trigger firing at every tick of a plan (baseline, campaigns, tiers)."""

    def __init__(self, plan: Plan) -> None:
        self.plan = plan

    def get_next_fire_time(self, previous_fire_time: datetime | None,
                           now: datetime) -> datetime | None:
        """The next tick after the previous fire time, or the first at or after now."""
        if previous_fire_time is not None:
            tick = next_tick(self.plan, previous_fire_time)
        else:
            tick = next_tick(self.plan, now.astimezone(SHANGHAI), inclusive=True)
        return tick.at if tick is not None else None

    def __str__(self) -> str:
        return f"plan[{self.plan.name} {self.plan.sha256[:12]}]"


def heartbeat() -> None:
    """A no-op job that wakes the scheduler up to re-read its job store."""


class SweepExecutor(ThreadPoolExecutor):
    """A thread pool that hands each plan job its Runner, so a stop reaches the child sweep."""

    def __init__(self, runner: object) -> None:
        super().__init__(max_workers=4)
        self._runner = runner

    def _do_submit_job(self, job: Any, run_times: list[datetime]) -> None:
        if job.func_ref == JOB_FUNC:
            job = _WithRunner(job, {**job.kwargs, "runner": self._runner})
        super()._do_submit_job(job, run_times)


class _WithRunner:
    """A view of an APScheduler job whose keyword arguments include the live Runner."""

    def __init__(self, job: Any, kwargs: dict[str, Any]) -> None:
        self._job = job
        self.kwargs = kwargs

    def __getattr__(self, name: str) -> Any:
        return getattr(self._job, name)

    def __str__(self) -> str:
        return str(self._job)


class EditingScheduler(BaseScheduler):
    """A scheduler with no loop: it opens the job store to read and edit jobs, never runs them.

    (BackgroundScheduler would do, but its thread processes due jobs once more on shutdown.)
    """

    def shutdown(self, wait: bool = True) -> None:
        """Close the job stores and executors."""
        super().shutdown(wait)

    def wakeup(self) -> None:
        """Nothing to wake: this scheduler never processes jobs."""


class PlanScheduler(BlockingScheduler):
    """APScheduler's BlockingScheduler, minus its last pass over due jobs after shutdown."""

    def _process_jobs(self) -> float | None:
        if self.state == STATE_STOPPED:
            return None  # a due job stays due for the next start instead of being skipped
        return super()._process_jobs()  # type: ignore[no-any-return]


