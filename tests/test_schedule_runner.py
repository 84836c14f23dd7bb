"""The scheduler for real: APScheduler's SQLAlchemy job store, child processes, signals.

The child is a small real program standing in for `hongdun sweep` (it records a
sweeps row and one capture per target, as the real command does); the test
clock is controllable, so no test waits for a planned time to come round.
"""

from __future__ import annotations

import json
import sqlite3
import sys
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from hongdun import config, db
from hongdun.config import Config
from hongdun.errors import UsageError
from hongdun.records import Target
from hongdun.schedule import store
from hongdun.schedule.plans import parse_plan
from hongdun.schedule.runner import Runner, job_id
from hongdun.targets import save_targets

FAKE_SWEEP = r'''
import json, signal, sqlite3, sys, time, uuid, csv
argv = sys.argv[1:]
block = argv[0] == "--block"
if block:
    argv = argv[1:]
opts = dict(zip(argv[3::2], argv[4::2]))  # after --home H sweep
home = argv[1]
with open(home + "/fake_calls.jsonl", "a") as out:
    out.write(json.dumps(argv) + "\n")
stop = []
signal.signal(signal.SIGINT, lambda *a: stop.append(1))
conn = sqlite3.connect(home + "/hongdun.db", isolation_level=None, timeout=30)
sweep_id = uuid.uuid4().hex[:12]
now = lambda: time.strftime("%Y-%m-%dT%H:%M:%S.000Z", time.gmtime())
conn.execute("INSERT INTO sweeps (sweep_id, name, plan, planned_at, started_at, status) "
             "VALUES (?, ?, ?, ?, ?, 'running')",
             (sweep_id, opts["--name"], opts["--plan"], opts["--planned-at"], now()))
rows = list(csv.DictReader(open(opts["--targets"], encoding="utf-8")))
done = 0
for i, row in enumerate(rows):
    if stop:
        break
    conn.execute("INSERT INTO captures VALUES (?, ?, ?, ?, '/tmp/x', ?, NULL)",
                 (uuid.uuid4().hex, sweep_id, row["target_id"], "e" * 64, now()))
    done += 1
    if block and i == 0:
        print("READY", flush=True)
        deadline = time.monotonic() + 60
        while not stop and time.monotonic() < deadline:
            time.sleep(0.02)
status = "interrupted" if stop else "finished"
conn.execute("UPDATE sweeps SET status = ?, finished_at = ?, targets = ?, captures = ? "
             "WHERE sweep_id = ?", (status, now(), len(rows), done, sweep_id))
sys.exit(130 if stop else 0)
'''

PLAN = """\
plan: hourly
tiers: {A: 1, B: 1, C: 1, D: 1}
baseline:
  - cron: "0 * * * *"
    label: 每小时
"""


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def make_target(n: int) -> Target:
    return Target(f"shop-{n}", "jd", "storefront", f"http://127.0.0.1:9/{n}", f"店铺{n}",
                  "92370613MA3C5K7BXW", "370602", "食品")


@pytest.fixture
def cfg(tmp_path: Path) -> Config:
    conn = db.connect(tmp_path / "hongdun.db")
    save_targets(conn, [make_target(n) for n in range(3)])
    conn.close()
    return config.load({"home": str(tmp_path)}, environ={})


def fake_command(tmp_path: Path, block: bool = False) -> list[str]:
    script = tmp_path / "fake_sweep.py"
    script.write_text(FAKE_SWEEP, encoding="utf-8")
    return [sys.executable, str(script), *(["--block"] if block else [])]


def calls(cfg: Config) -> list[list[str]]:
    path = cfg.home / "fake_calls.jsonl"
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text().splitlines()]


def plan_runs(cfg: Config) -> list[store.PlanRun]:
    conn = store.connect(cfg)
    try:
        return store.runs(conn)
    finally:
        conn.close()


def wait_for(check: Callable[[], bool], seconds: float = 30.0) -> None:
    """Poll a condition on real processes (not on the schedule) until it holds."""
    deadline = time.monotonic() + seconds
    while not check():
        assert time.monotonic() < deadline, "condition not reached"
        time.sleep(0.05)


def test_apply_persists_across_restart_and_keeps_history(cfg: Config, tmp_path: Path) -> None:
    t0 = datetime(2026, 11, 28, 10, 20, tzinfo=UTC)
    first = Runner(cfg, fake_command(tmp_path), clock=Clock(t0))
    lines = first.install([parse_plan(PLAN)])
    assert lines[0] == "hourly: applied as version 1" and "installed hourly v1" in lines[1]

    # A brand-new runner (a restart) finds the job and its next run in the job store.
    scheduler = Runner(cfg, clock=Clock(t0)).scheduler(blocking=False)
    scheduler.start(paused=True)
    job = scheduler.get_job(job_id("hourly"))
    assert job is not None and job.next_run_time == datetime(2026, 11, 28, 11, tzinfo=UTC)
    assert job.max_instances == 1 and job.coalesce is True
    scheduler.shutdown(wait=False)

    first.clock = Clock(datetime(2026, 11, 28, 11, 0, 5, tzinfo=UTC))
    first.run_plan("hourly")
    assert [r.status for r in plan_runs(cfg)] == ["completed"]

    # Apply a changed plan: version 2, the trigger is replaced, the run history stays.
    changed = PLAN.replace('"0 * * * *"', '"30 * * * *"')
    assert Runner(cfg, clock=Clock(t0)).install([parse_plan(changed)])[0] == \
        "hourly: applied as version 2"
    assert Runner(cfg).install([parse_plan(changed)])[0] == "hourly: unchanged, version 2"
    conn = store.connect(cfg)
    versions = conn.execute("SELECT version, active FROM plan_versions").fetchall()
    conn.close()
    assert sorted(tuple(v) for v in versions) == [(1, 0), (2, 1)]
    assert len(plan_runs(cfg)) == 1


def test_missed_runs_after_downtime_are_coalesced_and_reported(cfg: Config,
                                                                tmp_path: Path) -> None:
    t0 = datetime(2026, 11, 28, 2, 0, tzinfo=UTC)  # 10:00 in Shanghai
    clock = Clock(t0 - timedelta(minutes=5))
    runner = Runner(cfg, fake_command(tmp_path), clock=clock)
    runner.install([parse_plan(PLAN)])
    clock.now = t0 + timedelta(seconds=3)
    assert "completed (3 targets" in runner.run_plan("hourly")
    # Three days of downtime, then one run: 72 planned times, 71 of them missed.
    clock.now = t0 + timedelta(days=3, minutes=1)
    runner.run_plan("hourly")
    assert len(calls(cfg)) == 2
    latest = plan_runs(cfg)[0]
    assert latest.coalesced == 71 and latest.status == "completed"
    assert latest.planned_at == "2026-12-01T02:00:00.000Z"
    assert latest.first_missed == "2026-11-28T03:00:00.000Z"
    assert calls(cfg)[1][calls(cfg)[1].index("--planned-at") + 1] == latest.planned_at
    # Nothing new is due a minute later: no third sweep.
    clock.now += timedelta(minutes=1)
    assert runner.run_plan("hourly") == "hourly: nothing due"
    assert len(calls(cfg)) == 2


def test_real_scheduler_runs_an_overdue_job_once(cfg: Config, tmp_path: Path) -> None:
    now = datetime.now(UTC)
    Runner(cfg, clock=Clock(now - timedelta(days=2))).install([parse_plan(PLAN)])
    runner = Runner(cfg, fake_command(tmp_path))
    thread = threading.Thread(target=runner.serve, kwargs={"install_signals": False})
    thread.start()
    try:
        wait_for(lambda: any(r.status == "completed" for r in plan_runs(cfg)))
        with pytest.raises(UsageError, match="already running"):
            Runner(cfg, fake_command(tmp_path)).serve(install_signals=False)
    finally:
        runner.stop()
        thread.join(timeout=30)
    assert not thread.is_alive()
    runs = plan_runs(cfg)
    assert len(runs) == 1 and len(calls(cfg)) == 1
    assert 46 <= runs[0].coalesced <= 48  # two days of hourly runs folded into one


def test_stop_during_a_sweep_keeps_captures_and_the_next_start_resumes(
        cfg: Config, tmp_path: Path) -> None:
    now = datetime.now(UTC)
    Runner(cfg, clock=Clock(now - timedelta(hours=1, minutes=1))).install([parse_plan(PLAN)])
    first = Runner(cfg, fake_command(tmp_path, block=True), grace_seconds=20)
    thread = threading.Thread(target=first.serve, kwargs={"install_signals": False})
    thread.start()
    try:
        wait_for(lambda: any("READY" in p.read_text() for p in
                             (cfg.home / "schedule" / "runs").glob("*/sweep.log")))
    finally:
        first.stop()  # what SIGINT / SIGTERM does in `hongdun schedule run`
        thread.join(timeout=30)
    assert not thread.is_alive()
    (interrupted,) = plan_runs(cfg)
    assert interrupted.status == "interrupted" and interrupted.exit_code == 130
    main = sqlite3.connect(cfg.db_path)
    assert main.execute("SELECT status, captures FROM sweeps").fetchall() == [("interrupted", 1)]

    second = Runner(cfg, fake_command(tmp_path))
    thread = threading.Thread(target=second.serve, kwargs={"install_signals": False})
    thread.start()
    try:
        wait_for(lambda: any(r.resumes for r in plan_runs(cfg) if r.status == "completed"))
    finally:
        second.stop()
        thread.join(timeout=30)
    resumed = next(r for r in plan_runs(cfg) if r.resumes)
    assert resumed.resumes == interrupted.run_id and resumed.targets == 2
    assert resumed.sweep_name == interrupted.sweep_name
    assert resumed.planned_at == interrupted.planned_at
    captured = main.execute("SELECT target_id FROM captures ORDER BY target_id").fetchall()
    assert [c[0] for c in captured] == ["shop-0", "shop-1", "shop-2"]  # each exactly once
    statuses = {r.run_id: r.status for r in plan_runs(cfg)}
    assert statuses[interrupted.run_id] == "resumed"
    main.close()


def test_a_failing_sweep_is_recorded_with_its_last_line(cfg: Config) -> None:
    t0 = datetime(2026, 11, 28, 2, 0, tzinfo=UTC)
    clock = Clock(t0 - timedelta(minutes=5))
    failing = [sys.executable, "-c", "import sys; print('hongdun: chromium not found'); "
               "sys.exit(1)"]
    runner = Runner(cfg, failing, clock=clock)
    runner.install([parse_plan(PLAN)])
    clock.now = t0
    assert "failed (3 targets, exit 1)" in runner.run_plan("hourly")
    (run,) = plan_runs(cfg)
    assert run.status == "failed" and run.note == "exit 1: hongdun: chromium not found"
    # The planned time counts as covered: the next tick is not the failed one again.
    clock.now = t0 + timedelta(minutes=30)
    assert runner.run_plan("hourly") == "hourly: nothing due"
