"""The rules of a sweep in their own process, so their pure-Python work never holds the GIL
that the reactor (fetching, parsing, scheduling) needs.

A thread would not do: the rules are pure Python, so a rules thread and the reactor take
turns on one interpreter lock, and every millisecond of matching is a millisecond no page
is fetched (bench/sweep_bench.py's profile shows it). One worker process loads the rule
packs once and opens its own connection to the data directory's database for the price
history (it is the history's one writer, as the single rules thread was) and the
registry; each sealed capture is sent to it and its Judgement comes back.

How much waits for it is bounded upstream: a target counts as in flight until its capture
has left the pipelines (crawlers/inflight.py), so at most that many captures are queued
here, and when they are the spider admits no new target.

A failure never loses a capture or hangs the sweep: a rule that raises, a worker that
dies (killed, out of memory), or rules that take longer than the time limit on one
capture (setting `rules_timeout`: a hostile page written to make a regex or a window
slow) give that capture no findings and every rule `Unjudged` with the reason, so its
leads are neither closed nor marked not seen; a dead worker is replaced for the next
capture. The limit is kept twice: in the worker, an interval timer interrupts the rules
(Python code and the regex engine both check for signals) and the worker takes the next
capture; in the sweep, a worker that has not answered a little after the limit (stuck
where no signal is checked) is killed and replaced. The capture is sealed already and
carries on to the later stages and its captures row.

The sweep knows its worker by the pid the worker reports as it starts (its initializer
writes os.getpid() into a shared value), so the kill needs no private handle on the pool;
the pid is killed only while it is still a child of this process (never a reused pid).
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from functools import cache
from multiprocessing.sharedctypes import Synchronized
from pathlib import Path
from types import FrameType

import psutil

from hongdun import db
from hongdun.records import Capture, Unjudged
from hongdun.registry import Registry
from rules.engine import EvalContext, Judgement, RuleSet
from rules.prices import PriceHistory

log = logging.getLogger(__name__)

RULES_FAILED = "规则未能运行 the rules failed on this capture"
RULES_TIMED_OUT = "规则超时 rules took longer than"
PARENT_CHECK_S = 1.0  # how often the worker looks whether its sweep still runs
TIME_LIMIT_S = 60.0  # the setting rules_timeout's default
KILL_GRACE_S = 5.0  # past the limit, how long the sweep waits before it kills the worker


class RulesTimeout(Exception):
    """The rules ran past their time limit on one capture (raised in the worker)."""


def timed_out(limit: float) -> str:
    """The reason a capture is unjudged when its rules ran past the limit."""
    return f"{RULES_TIMED_OUT} {limit:g} s on this capture"


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise RulesTimeout in this (the worker's main) thread once seconds have passed."""

    def expire(signum: int, frame: FrameType | None) -> None:
        raise RulesTimeout(timed_out(seconds))

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _start_worker(parent: int, pid: Synchronized[int]) -> None:
    """Run in the worker process at its start: report its pid to the sweep (the handle a
    kill needs), and exit when the sweep that started it is gone (killed with SIGKILL, it
    never asks), instead of waiting for work for good."""
    pid.value = os.getpid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_CHECK_S)
        os._exit(0)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


@cache
def _loaded(db_path: str) -> tuple[RuleSet, EvalContext]:
    """The worker process's rules and context, built on its first capture."""
    conn = db.connect(Path(db_path))
    return RuleSet.load(), EvalContext(price_history=PriceHistory(conn), registry=Registry(conn))


def load_in_worker(db_path: str) -> int:
    """Run in the worker process as soon as it starts: load the rules; how many."""
    return len(_loaded(db_path)[0].rules)


def judge_in_worker(db_path: str, capture: Capture, limit: float = TIME_LIMIT_S) -> Judgement:
    """Run in the worker process: every loaded rule over one capture, within the limit."""
    rules, context = _loaded(db_path)
    with time_limit(limit):
        return rules.judge(capture, context)


class RulesWorker:
    """One worker process judging sealed captures in the order they are sent."""

    def __init__(self, db_path: Path, rule_ids: tuple[str, ...],
                 limit: float = TIME_LIMIT_S) -> None:
        self.db_path = str(db_path)
        self.rule_ids = rule_ids
        self.limit = limit  # seconds the rules may take on one capture (rules_timeout)
        self._spawn = multiprocessing.get_context("spawn")  # the reactor's threads stay here
        self._pool = self._new_pool()
        # One capture in the worker at a time, the others wait here in order: the sweep's
        # deadline (limit + KILL_GRACE_S) then times that capture's rules alone, never the
        # captures queued before it, and a worker killed takes no queued capture with it.
        self._turn = asyncio.Lock()

    def _new_pool(self) -> ProcessPoolExecutor:
        """A worker process, started and loading the rules now, while the first pages are
        fetched, so the first capture does not wait for its start-up."""
        # the pid the new worker reports as it starts (a fresh value: the old one's is done)
        self._pid: Synchronized[int] = self._spawn.Value("i", 0)
        pool = ProcessPoolExecutor(1, mp_context=self._spawn, initializer=_start_worker,
                                   initargs=(os.getpid(), self._pid))
        pool.submit(load_in_worker, self.db_path)  # a failure here shows on the first judge
        return pool

    async def judge(self, capture: Capture) -> tuple[Judgement, str]:
        """The capture's Judgement, and "" or why the rules could not judge it."""
        judged, failed, _ = await self.judge_timed(capture)
        return judged, failed

    async def judge_timed(self, capture: Capture) -> tuple[Judgement, str, float]:
        """As judge, and when the capture got the worker (monotonic): what came before was
        its wait behind the captures sent earlier."""
        async with self._turn:
            turn = time.monotonic()
            judged, failed = await self._judge_now(capture)
            return judged, failed, turn

    async def _judge_now(self, capture: Capture) -> tuple[Judgement, str]:
        try:
            future = self._pool.submit(judge_in_worker, self.db_path, capture, self.limit)
            return await asyncio.wait_for(asyncio.wrap_future(future),
                                          self.limit + KILL_GRACE_S), ""
        except RulesTimeout as exc:  # the worker stopped the rules itself and goes on
            reason = str(exc)
        except TimeoutError:  # the worker is stuck where no signal is looked at
            self._replace(kill=True)
            reason = timed_out(self.limit)
        except BrokenProcessPool:
            self._replace(kill=False)
            reason = f"{RULES_FAILED}: the rules process died"
        except Exception as exc:  # a rule's bug: this capture unjudged, the sweep goes on
            reason = f"{RULES_FAILED}: {type(exc).__name__}: {' '.join(str(exc).split())[:200]}"
        log.error("%s: %s", capture.capture_id, reason)
        return Judgement((), tuple(Unjudged(r, reason) for r in self.rule_ids)), reason

    def worker_pid(self) -> int:
        """The pid the current worker reported when it started; 0 before it has."""
        return int(self._pid.value)

    def _replace(self, kill: bool) -> None:
        """A fresh worker for the next capture; the old one killed first if asked."""
        if kill:
            kill_child(self.worker_pid())
        self._pool.shutdown(wait=False, cancel_futures=True)
        self._pool = self._new_pool()

    def close(self) -> None:
        """End the worker. Every capture sent was awaited before the sweep closes, so what
        may be left is its start-up load (a sweep that ended early): the sweep's close does
        not wait for it; the worker exits once it is done."""
        self._pool.shutdown(wait=False, cancel_futures=True)


def kill_child(pid: int) -> bool:
    """SIGKILL pid if it is a live child of this process (a worker that reported it);
    whether it was. A pid that is not ours (never reported, or gone and reused) is left."""
    if pid <= 0:
        return False
    try:
        process = psutil.Process(pid)
        if process.ppid() != os.getpid():
            return False
        process.kill()
    except psutil.Error:
        return False
    return True
