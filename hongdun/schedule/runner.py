"""Run plans on APScheduler 3: a persistent job per plan, one child `hongdun sweep` per run.

Scrapy's reactor cannot restart in one process, so every run spawns
`python -m hongdun.cli --home HOME sweep --targets CSV --name N --plan P
--planned-at T` (the argv prefix is injectable for tests). Jobs live in
HOME/schedule.db (SQLAlchemyJobStore); `max_instances=1` and coalescing keep a
plan to one sweep at a time, and a run works out which planned times it covers
from the last run recorded, so missed runs are folded into one and reported.
"""

from __future__ import annotations

import fcntl
import logging
import os
import signal
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path

from apscheduler.jobstores.memory import MemoryJobStore
from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
from apscheduler.schedulers.base import BaseScheduler

from hongdun import config, db
from hongdun.clock import SHANGHAI, iso_utc
from hongdun.config import Config
from hongdun.errors import HongdunError, UsageError
from hongdun.records import Target
from hongdun.schedule import store
from hongdun.schedule.calendar import Tick, next_tick, ticks
from hongdun.schedule.jobs import (
    JOB_FUNC,
    EditingScheduler,
    PlanScheduler,
    PlanTrigger,
    SweepExecutor,
    heartbeat,
    job_id,
)
from hongdun.schedule.model import Plan
from hongdun.schedule.preview import due_targets, targets_and_tiers
from hongdun.targets import HEADER, export_csv, read_targets_file

Clock = Callable[[], datetime]
CSV_HEADER = HEADER
log = logging.getLogger("hongdun.schedule")


def utc_clock() -> datetime:
    """The real current time, aware, in UTC."""
    return datetime.now(UTC)


def default_command() -> list[str]:
    """The argv prefix that starts the `hongdun` CLI in a child process."""
    return [sys.executable, "-m", "hongdun.cli"]


def fire(home: str, plan: str, runner: Runner | None = None) -> str:
    """The job function APScheduler calls (by reference) for each run of a plan."""
    active = runner or Runner(config.load({"home": home}))
    return active.run_plan(plan)


class Runner:
    """Builds the scheduler, installs plans as jobs and runs a plan's sweep as a child."""

    def __init__(self, cfg: Config, command: Sequence[str] | None = None,
                 clock: Clock = utc_clock, grace_seconds: float = 120.0) -> None:
        self.cfg = cfg
        self.command = list(command) if command is not None else default_command()
        self.clock = clock
        self.grace_seconds = grace_seconds
        self._stopping = threading.Event()
        self._lock = threading.Condition()
        self._children: dict[str, subprocess.Popen[bytes]] = {}
        self._busy = 0
        self._scheduler: BaseScheduler | None = None

    # --- the scheduler -------------------------------------------------------------------
    def scheduler(self, blocking: bool = True) -> BaseScheduler:
        """A scheduler on the persistent job store, one run per plan at a time, coalescing."""
        url = f"sqlite:///{store.schedule_db(self.cfg)}"
        store.connect(self.cfg).close()
        kind = PlanScheduler if blocking else EditingScheduler
        return kind(
            jobstores={"default": SQLAlchemyJobStore(url=url), "memory": MemoryJobStore()},
            executors={"default": SweepExecutor(self)},
            job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": None},
            timezone=SHANGHAI,
        )

    def sync(self, scheduler: BaseScheduler) -> list[str]:
        """Make the job store match the installed plans; return one line per change."""
        conn = store.connect(self.cfg)
        try:
            plans = store.active_plans(conn)
            interrupted = {r.plan for r in store.runs(conn, statuses=("running", "interrupted"))}
        finally:
            conn.close()
        now = self.clock().astimezone(SHANGHAI)
        changes, wanted = [], {job_id(plan.name) for plan, _ in plans}
        for job in scheduler.get_jobs():
            if job.id.startswith("plan:") and job.id not in wanted:
                scheduler.remove_job(job.id)
                changes.append(f"removed {job.id}")
        for plan, version in plans:
            job = scheduler.get_job(job_id(plan.name))
            if job is None or getattr(job.trigger, "plan", None) != plan:
                tick = next_tick(plan, now, inclusive=True)
                upcoming = tick.at if tick is not None else None
                scheduler.add_job(JOB_FUNC, PlanTrigger(plan), id=job_id(plan.name),
                                  name=f"{plan.name} v{version}", args=[str(self.cfg.home),
                                                                        plan.name],
                                  replace_existing=True, next_run_time=upcoming)
                changes.append(f"{'installed' if job is None else 'updated'} {plan.name} "
                               f"v{version}; next run {_show(upcoming)}")
                continue
            if plan.name in interrupted or (job.next_run_time and job.next_run_time < now):
                # Overdue after a downtime, or interrupted: run once now; run_plan coalesces.
                scheduler.modify_job(job.id, next_run_time=now)
                changes.append(f"{plan.name}: due now (missed or interrupted run)")
        return changes

    def sync_store(self) -> list[str]:
        """Bring the persistent job store in line with the installed plans (scheduler paused)."""
        scheduler = self.scheduler(blocking=False)
        scheduler.start(paused=True)
        try:
            return self.sync(scheduler)
        finally:
            scheduler.shutdown(wait=False)

    def install(self, plans: Sequence[Plan]) -> list[str]:
        """Store plans as new versions (history kept) and update the job store."""
        conn = store.connect(self.cfg)
        lines = []
        try:
            for plan in plans:
                version, changed = store.save_plan(conn, plan, iso_utc(self.clock()))
                lines.append(f"{plan.name}: {'applied as' if changed else 'unchanged,'} "
                             f"version {version}")
        finally:
            conn.close()
        return lines + self.sync_store()

    def serve(self, install_signals: bool = True) -> int:
        """Run the scheduler until Ctrl-C or SIGTERM; the current sweep stops cleanly."""
        self.cfg.home.mkdir(parents=True, exist_ok=True)
        with open(self.cfg.home / "schedule.lock", "w") as lock:
            try:
                fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                raise UsageError(f"another `hongdun schedule run` is already running on "
                                 f"{self.cfg.home}") from None
            for line in self.sync_store():
                log.info("%s", line)
            scheduler = self.scheduler(blocking=True)
            # Wake up every minute so plans applied from another process are picked up.
            scheduler.add_job(heartbeat, "interval", minutes=1, id="heartbeat",
                              jobstore="memory")
            self._scheduler = scheduler
            if install_signals:
                signal.signal(signal.SIGINT, lambda signum, _frame: self.stop(signum))
                signal.signal(signal.SIGTERM, lambda signum, _frame: self.stop(signum))
            scheduler.start()  # blocks until stop()
            self.wait_idle()
        return 0

    def stop(self, signum: int = signal.SIGTERM) -> None:
        """Stop the scheduler; a first call lets the running sweep stop cleanly, a second kills."""
        first = not self._stopping.is_set()
        self.request_stop(force=not first)
        if first:
            log.warning("stopping (signal %d): the running sweep finishes its page", signum)
            if self._scheduler is not None and self._scheduler.running:
                self._scheduler.shutdown(wait=False)

    # --- stopping ------------------------------------------------------------------------
    def request_stop(self, force: bool = False) -> None:
        """Ask running sweeps to stop: SIGINT first (keeps what was captured), then SIGKILL."""
        self._stopping.set()
        with self._lock:
            children = list(self._children.values())
        for child in children:
            try:
                if force:
                    os.killpg(child.pid, signal.SIGKILL)
                else:
                    os.kill(child.pid, signal.SIGINT)
            except ProcessLookupError:
                pass

    def wait_idle(self, timeout: float | None = None) -> bool:
        """Wait until no plan run is in progress; False if the timeout passed first."""
        limit = self.grace_seconds + 30 if timeout is None else timeout
        with self._lock:
            return self._lock.wait_for(lambda: self._busy == 0, timeout=limit)

    # --- one run of a plan ---------------------------------------------------------------
    def run_plan(self, plan_name: str) -> str:
        """Run a plan once: resume an interrupted run, then sweep the targets now due."""
        with self._lock:
            self._busy += 1
        try:
            conn = store.connect(self.cfg)
            try:
                plans = {plan.name: plan for plan, _ in store.active_plans(conn)}
                if plan_name not in plans:
                    return f"{plan_name}: not installed"
                plan = plans[plan_name]
                notes = [self._resume(conn, plan, run)
                         for run in store.runs(conn, plan_name, ("running", "interrupted"))]
                if self._stopping.is_set():
                    return "; ".join(notes)
                notes.append(self._run_due(conn, plan))
                return "; ".join(notes)
            finally:
                conn.close()
        finally:
            with self._lock:
                self._busy -= 1
                self._lock.notify_all()

    def _run_due(self, conn: sqlite3.Connection, plan: Plan) -> str:
        now = self.clock()
        last = store.last_planned(conn, plan.name) or store.applied_at(conn, plan.name)
        lo = datetime.fromisoformat(last) + timedelta(microseconds=1) if last else now
        due = ticks(plan, lo, now + timedelta(microseconds=1))
        if not due:
            return f"{plan.name}: nothing due"
        store.set_last_planned(conn, plan.name, iso_utc(due[-1].at))
        targets, tiers = targets_and_tiers(self.cfg, now)
        chosen: dict[str, Target] = {}
        swept: list[Tick] = []
        for tick in due:
            selected = due_targets(plan, tick, targets, tiers)
            if selected:
                swept.append(tick)
                chosen.update((t.target_id, t) for t in selected)
        if not swept:
            log.info("plan %s: no targets due at %s", plan.name, _show(due[-1].at))
            return f"{plan.name}: no targets due at {_show(due[-1].at)}"
        planned, missed = swept[-1].at, len(swept) - 1
        first_missed = iso_utc(swept[0].at) if missed else None
        if missed:
            log.warning("plan %s: %d missed run(s) since %s coalesced into one sweep",
                        plan.name, missed, _show(swept[0].at))
        labels = " + ".join(dict.fromkeys(label for tick in swept for label in tick.labels))
        name = f"{plan.name}-{planned.astimezone(SHANGHAI):%Y%m%dT%H%M}"
        run = store.PlanRun(store.new_run_id(), plan.name, iso_utc(planned), iso_utc(now),
                            None, "running", name, len(chosen), missed, first_missed, labels,
                            None, None, None)
        store.insert_run(conn, run)
        return self._sweep(conn, run, [chosen[k] for k in sorted(chosen)])

    def _resume(self, conn: sqlite3.Connection, plan: Plan, old: store.PlanRun) -> str:
        """Sweep the targets an interrupted run had not captured yet, under the same name."""
        path = self.run_dir(old.run_id) / "targets.csv"
        try:
            planned = read_targets_file(path) if path.exists() else []
        except HongdunError as exc:
            store.finish_run(conn, old.run_id, "failed", old.exit_code, f"cannot resume: {exc}")
            return f"{plan.name}: cannot resume {old.run_id}: {exc}"
        done = captured_targets(self.cfg, old.sweep_name)
        left = [t for t in planned if t.target_id not in done]
        if not left:
            store.finish_run(conn, old.run_id, "resumed", old.exit_code, "nothing left to resume")
            return f"{plan.name}: interrupted run {old.run_id} had nothing left"
        run = store.PlanRun(store.new_run_id(), plan.name, old.planned_at, iso_utc(self.clock()),
                            None, "running", old.sweep_name, len(left), 0, None, old.labels,
                            None, old.run_id, f"resumes {old.run_id}: {len(done)} done")
        store.insert_run(conn, run)
        store.finish_run(conn, old.run_id, "resumed", old.exit_code, f"resumed by {run.run_id}")
        return self._sweep(conn, run, left)

    def run_dir(self, run_id: str) -> Path:
        """Where a run keeps its targets CSV and the child's log."""
        return self.cfg.home / "schedule" / "runs" / run_id

    def _sweep(self, conn: sqlite3.Connection, run: store.PlanRun, targets: list[Target]) -> str:
        folder = self.run_dir(run.run_id)
        folder.mkdir(parents=True, exist_ok=True)
        csv_path = folder / "targets.csv"
        write_targets(csv_path, targets)
        argv = [*self.command, "--home", str(self.cfg.home), "sweep", "--targets", str(csv_path),
                "--name", run.sweep_name, "--plan", run.plan, "--planned-at", run.planned_at]
        plan = next((p for p, _ in store.active_plans(conn) if p.name == run.plan), None)
        watch = plan.watch_at(datetime.fromisoformat(run.planned_at)) if plan else None
        if watch is not None:
            argv += ["--watch", str(watch)]
        with open(folder / "sweep.log", "ab") as out:
            child = subprocess.Popen(argv, stdout=out, stderr=subprocess.STDOUT,
                                     stdin=subprocess.DEVNULL, start_new_session=True)
            with self._lock:
                self._children[run.run_id] = child
            try:
                code = self._wait_child(child)
            finally:
                with self._lock:
                    self._children.pop(run.run_id, None)
        note = None
        if self._stopping.is_set():
            status = "interrupted"
        else:
            status = "completed" if code == 0 else "failed"
        if status == "failed":
            lines = (folder / "sweep.log").read_text(encoding="utf-8", errors="replace").split("\n")
            last = next((line for line in reversed(lines) if line.strip()), "")
            note = f"exit {code}: {last.strip()[:200]}"
        store.finish_run(conn, run.run_id, status, code, note)
        return f"{run.plan}: {status} ({len(targets)} targets, exit {code})"

    def _wait_child(self, child: subprocess.Popen[bytes]) -> int:
        """Wait for the child; once stopping, give it the grace period, then kill its group."""
        while True:
            try:
                return child.wait(timeout=1.0)
            except subprocess.TimeoutExpired:
                if self._stopping.is_set():
                    break
        try:
            return child.wait(timeout=self.grace_seconds)
        except subprocess.TimeoutExpired:
            os.killpg(child.pid, signal.SIGKILL)
            return child.wait()


def write_targets(path: Path, targets: Sequence[Target]) -> None:
    """Write the selected targets as the CSV `hongdun sweep --targets` reads."""
    path.write_text(export_csv(targets), encoding="utf-8")  # formula-safe, tags kept


def captured_targets(cfg: Config, sweep_name: str) -> set[str]:
    """Target ids captured without failure by the sweeps recorded under a name, counting
    the captures sealed but not yet carried through: the next sweep's recovery finishes
    them (evidence/recovery.py), so sweeping their targets again would capture them twice."""
    from evidence.recovery import finishing

    conn = db.connect(cfg.db_path)
    try:
        rows = conn.execute(
            "SELECT DISTINCT c.target_id FROM captures c JOIN sweeps s ON s.sweep_id = c.sweep_id "
            "WHERE s.name = ? AND c.failure IS NULL", (sweep_name,)).fetchall()
        sweeps = {r[0] for r in conn.execute("SELECT sweep_id FROM sweeps WHERE name = ?",
                                             (sweep_name,))}
    finally:
        conn.close()
    return {row[0] for row in rows} | {m.target.target_id for m in finishing(cfg)
                                       if m.sweep_id in sweeps and m.failure is None}


def _show(moment: datetime | None) -> str:
    return moment.astimezone(SHANGHAI).strftime("%Y-%m-%d %H:%M") if moment else "never"
