"""End to end: `hongdun schedule run` sweeps the demo marketplace with a real `hongdun sweep`
child, is stopped with SIGTERM mid-sweep, and the next start resumes the remaining targets."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from conftest import TEST_ALLOW_PRIVATE

from demo.server import DemoServer
from demo.site import targets_csv
from hongdun import config, db
from hongdun.schedule import store
from hongdun.schedule.plans import parse_plan
from hongdun.schedule.runner import Runner
from hongdun.targets import parse_targets, save_targets

PICK = 6


def wait_for(check: Callable[[], bool], seconds: float) -> None:
    """Poll real processes until a condition holds."""
    deadline = time.monotonic() + seconds
    while not check():
        assert time.monotonic() < deadline, "condition not reached"
        time.sleep(0.2)


def captures(home: Path) -> list[tuple[str, str | None]]:
    conn = sqlite3.connect(home / "hongdun.db", timeout=30)
    try:
        return conn.execute("SELECT target_id, failure FROM captures").fetchall()
    finally:
        conn.close()


def start_scheduler(home: Path, log: Path) -> subprocess.Popen[bytes]:
    with open(log, "ab") as out:
        return subprocess.Popen([sys.executable, "-m", "hongdun.cli", "--home", str(home),
                                 "schedule", "run"], stdout=out, stderr=subprocess.STDOUT,
                                start_new_session=True,
                                env={**TEST_ALLOW_PRIVATE, **os.environ})  # demo on loopback


def stop_scheduler(process: subprocess.Popen[bytes]) -> int:
    process.send_signal(signal.SIGTERM)
    try:
        return process.wait(timeout=180)
    finally:
        if process.poll() is None:
            process.kill()


def test_scheduled_sweep_of_the_demo_survives_a_restart(tmp_path: Path) -> None:
    cfg = config.load({"home": str(tmp_path)}, environ={})
    with DemoServer() as server:
        targets = parse_targets(targets_csv(server.base_url))[:PICK]
        conn = db.connect(cfg.db_path)
        save_targets(conn, targets)
        conn.close()
        ids = ", ".join(f'"{t.target_id}"' for t in targets)
        plan = parse_plan(f"""\
plan: demo-hourly
select: {{tag: [picked]}}
tags: {{picked: [{ids}]}}
tiers: {{A: 1, B: 1, C: 1, D: 1}}
baseline:
  - cron: "0 * * * *"
    label: 每小时
""")
        # Installed an hour ago and never run since: the first start owes one run.
        Runner(cfg, clock=lambda: datetime.now(UTC) - timedelta(hours=1, minutes=1)).install(
            [plan])
        log = tmp_path / "scheduler.log"

        first = start_scheduler(tmp_path, log)
        try:
            wait_for(lambda: any(f is None for _, f in captures(tmp_path)), 240)
        finally:
            assert stop_scheduler(first) == 0, log.read_text()
        state = store.connect(cfg)
        (interrupted,) = store.runs(state)
        assert interrupted.status == "interrupted", log.read_text()
        done_first = {t for t, f in captures(tmp_path) if f is None}
        assert 1 <= len(done_first) < PICK

        second = start_scheduler(tmp_path, log)
        try:
            wait_for(lambda: any(r.resumes and r.status in ("completed", "failed")
                                 for r in store.runs(state)), 300)
        finally:
            assert stop_scheduler(second) == 0, log.read_text()
        resumed = next(r for r in store.runs(state) if r.resumes)
        state.close()
        assert resumed.status == "completed", log.read_text()
        assert resumed.targets == PICK - len(done_first)
        ok = [t for t, f in captures(tmp_path) if f is None]
        assert sorted(ok) == sorted(t.target_id for t in targets)  # each sealed exactly once
        text = log.read_text()
        assert "调度停止 scheduler stopped" in text and "Traceback" not in text
