"""The rules' time limit per capture (crawlers/judging.py): a hostile page whose text makes
the rules slow ends as that capture unjudged by every rule with the reason, in bounded
time, and the worker goes on to judge the next capture."""

from __future__ import annotations

import asyncio
import os
import signal
import time
from dataclasses import replace
from pathlib import Path

import psutil
from test_evidence_support import make_config, visit

from crawlers.judging import KILL_GRACE_S, RULES_TIMED_OUT, RulesWorker, kill_child, timed_out
from evidence.seal import Sealer
from hongdun import config
from hongdun.errors import UsageError
from hongdun.records import Capture, Visit

LIMIT_S = 2.0  # the hostile page takes about 15 s of rules on a quiet machine, the other 0.05 s
# Dense claims, quotations and shop words with no sentence end, block after block: every
# term, regex opener and exemption window of the packs fires again and again.
HOSTILE_LINE = "“全网最低价”店铺首页联系微信yt_apple88第一13800138000有效降血压最佳" * 8


def _hostile(base: Visit) -> Visit:
    body = "<html><body>" + f"<p>{HOSTILE_LINE}</p>" * 1000 + "</body></html>"
    home = replace(base.pages[0], body=body.encode())
    return replace(base, pages=(home, *base.pages[1:]))


def _sealed(home: Path, visit_: Visit) -> Capture:
    return Sealer(make_config(home)).seal(visit_)


def test_a_page_that_makes_the_rules_slow_is_left_unjudged_and_the_worker_goes_on(
        tmp_path: Path) -> None:
    hostile = _sealed(tmp_path, _hostile(visit("yt-0001")))
    ordinary = _sealed(tmp_path, visit("yt-0002"))
    worker = RulesWorker(tmp_path / "hongdun.db", ("ad.absolute_terms", "licence.missing"),
                         LIMIT_S)
    try:
        asyncio.run(worker.judge(ordinary))  # the worker's start-up is not the limit's
        started = time.monotonic()
        judged, failed = asyncio.run(worker.judge(hostile))
        took = time.monotonic() - started
        after, after_failed = asyncio.run(worker.judge(ordinary))
    finally:
        worker.close()
    assert failed.startswith(RULES_TIMED_OUT) and f"longer than {LIMIT_S:g} s" in failed
    assert judged.findings == ()
    assert [(u.rule_id, u.reason) for u in judged.unjudged] == [
        ("ad.absolute_terms", failed), ("licence.missing", failed)]
    assert took < LIMIT_S + KILL_GRACE_S  # stopped by the worker itself, not killed
    assert after_failed == "" and after.findings  # the same worker judges the next capture


def _gone(pid: int, within: float = 10.0) -> bool:
    until = time.monotonic() + within
    while time.monotonic() < until:
        try:
            if psutil.Process(pid).status() == psutil.STATUS_ZOMBIE:
                return True
        except psutil.NoSuchProcess:
            return True
        time.sleep(0.1)
    return False


def test_a_worker_that_does_not_answer_is_killed_by_its_reported_pid_and_replaced(
        tmp_path: Path) -> None:
    ordinary = _sealed(tmp_path, visit("yt-0002"))
    worker = RulesWorker(tmp_path / "hongdun.db", ("ad.absolute_terms",), 1.0)
    try:
        asyncio.run(worker.judge(ordinary))
        stuck = worker.worker_pid()
        assert stuck > 0 and psutil.Process(stuck).ppid() == os.getpid()
        os.kill(stuck, signal.SIGSTOP)  # no signal handler runs in it: only a kill ends it
        started = time.monotonic()
        judged, failed = asyncio.run(worker.judge(ordinary))
        took = time.monotonic() - started
        assert failed == timed_out(1.0) and judged.findings == ()
        assert 1.0 + KILL_GRACE_S <= took < 1.0 + KILL_GRACE_S + 3
        assert _gone(stuck)
        again, again_failed = asyncio.run(worker.judge(ordinary))
        assert again_failed == "" and again.findings  # a new worker judges the next one
        assert worker.worker_pid() not in (0, stuck)
    finally:
        worker.close()


def test_only_a_child_is_killed() -> None:
    assert not kill_child(0)
    assert not kill_child(os.getppid())  # alive, but this process's parent, not its child


def test_the_limit_is_a_positive_setting() -> None:
    assert config.load(environ={"HONGDUN_RULES_TIMEOUT": "2.5"}).number("rules_timeout") == 2.5
    try:
        config.load(environ={"HONGDUN_RULES_TIMEOUT": "0"})
    except UsageError as exc:
        assert "HONGDUN_RULES_TIMEOUT must be a positive number" in str(exc)
    else:
        raise AssertionError("a zero time limit was accepted")
