"""The rules process (crawlers/judging.py): judges like the engine in this process, and a
failure there leaves the capture unjudged by every rule with the reason, never lost. With
several workers (crawlers/pipelines.py's RulesPipeline), different shops are judged side
by side and one shop's captures one after another, in capture order."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from datetime import timedelta
from itertools import pairwise
from pathlib import Path
from types import SimpleNamespace

import pytest
from scrapy.settings import Settings
from scrapy.signalmanager import SignalManager
from test_evidence_support import make_config, visit

from bench.detect_quality import DAY_ZERO, Fetcher
from bench.detect_quality import visit as demo_visit
from crawlers import timing
from crawlers.judging import RULES_FAILED, RulesWorker
from crawlers.pipelines import Assessed, RulesPipeline
from crawlers.profiles import Profiles
from demo.server import DemoServer
from demo.site import targets_csv
from evidence.seal import Sealer
from hongdun import db
from hongdun.clock import iso_utc
from hongdun.records import Capture, Finding, Unjudged
from hongdun.registry import Registry
from hongdun.targets import parse_targets
from rules.engine import EvalContext, RuleSet
from rules.prices import PriceHistory


def _capture(home: Path) -> Capture:
    return Sealer(make_config(home)).seal(visit())


def test_the_worker_judges_as_the_engine_does(tmp_path: Path) -> None:
    capture = _capture(tmp_path)
    conn = db.connect(tmp_path / "here.db")
    here = RuleSet.load().judge(capture, EvalContext(price_history=PriceHistory(conn),
                                                     registry=Registry(conn)))
    worker = RulesWorker(tmp_path / "hongdun.db", ())
    try:
        there, failed = asyncio.run(worker.judge(capture))
    finally:
        worker.close()
    assert failed == "" and there == here


def test_a_failing_worker_leaves_the_capture_unjudged_with_the_reason(tmp_path: Path) -> None:
    capture = _capture(tmp_path)
    (tmp_path / "not-a-folder").write_text("x")  # the worker cannot open its database here
    worker = RulesWorker(tmp_path / "not-a-folder" / "hongdun.db", ("ad.absolute_terms",))
    try:
        judged, failed = asyncio.run(worker.judge(capture))
    finally:
        worker.close()
    assert failed.startswith(RULES_FAILED) and judged.findings == ()
    assert [(u.rule_id, u.reason) for u in judged.unjudged] == [("ad.absolute_terms", failed)]


def _pipeline(home: Path, spans: list[tuple[float, float]]) -> RulesPipeline:
    """The sweep's RulesPipeline on data directory home (HONGDUN_RULES_WORKERS as set),
    recording each capture's judging span (from when a worker took it) into spans."""
    signals = SignalManager()
    signals.connect(lambda stage, start, end, **_: spans.append((start, end))
                    if stage == "rules/judge" else None, signal=timing.stage_timed, weak=False)
    stats = SimpleNamespace(inc_value=lambda *a, **k: None)
    crawler = SimpleNamespace(settings=Settings({"HONGDUN_HOME": str(home)}),
                              stats=stats, signals=signals)
    return RulesPipeline(crawler)  # type: ignore[arg-type]


async def _all_at_once(pipeline: RulesPipeline, captures: list[Capture],
                       finished: list[str] | None = None) -> list[Assessed]:
    """Every capture sent to the rules at once, in order (a sweep that falls behind, or
    the captures an interrupted sweep left, finished first: crawlers/recovered.py); the
    ids in the order the rules were done with them appended to finished."""

    async def one(capture: Capture) -> Assessed:
        assessed = await pipeline.process_item(capture)
        if finished is not None:
            finished.append(capture.capture_id)
        return assessed

    return list(await asyncio.gather(*(one(c) for c in captures)))


def test_several_rules_workers_judge_captures_side_by_side(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HONGDUN_RULES_WORKERS", "2")
    captures = [Sealer(make_config(tmp_path)).seal(visit(t)) for t in ("yt-0001", "yt-0002")]
    spans: list[tuple[float, float]] = []
    pipeline = _pipeline(tmp_path, spans)
    try:
        assert len(pipeline.workers) == 2
        asyncio.run(_all_at_once(pipeline, captures))  # the workers' start-up, then
        assessed = asyncio.run(_all_at_once(pipeline, captures))  # judged side by side:
        pids = {w.worker_pid() for w in pipeline.workers}
    finally:
        pipeline.close_spider()
    assert [a.capture for a in assessed] == captures
    assert all(a.findings or a.unjudged for a in assessed)
    assert len(pids) == 2 and 0 not in pids
    (a0, a1), (b0, b1) = spans[-2:]
    assert a0 < b1 and b0 < a1  # the two shops' captures were judged at the same time


SWEPT_DAYS = 10  # the classic demo's days 1-8, then two more days of the day-8 page


def _shop_over_the_days(shop: str) -> list[Capture]:
    """The classic demo shop captured once a day (DAY_ZERO + day) over its price days, by
    the bench's HTTP crawler; after day 8 the shop still shows its day-8 page."""
    fetcher, profiles = Fetcher(None), Profiles.load()
    with DemoServer() as server:
        target = next(t for t in parse_targets(targets_csv(server.base_url))
                      if t.target_id == shop)
        out = []
        for day in range(1, SWEPT_DAYS + 1):
            url = target.url.replace(server.base_url, f"{server.base_url}/day/{min(day, 8)}")
            out.append(demo_visit(fetcher, profiles, replace(target, url=url),
                                  iso_utc(DAY_ZERO + timedelta(days=day)), False, None))
    return out


Verdicts = list[tuple[tuple[Finding, ...], tuple[Unjudged, ...]]]


def _verdicts(home: Path, batches: list[list[Capture]]
              ) -> tuple[Verdicts, list[tuple[float, float]], list[str]]:
    """Each capture's findings and unjudged rules, judged on a fresh data directory, a
    batch at a time (each batch all at once); the judging spans in the order they ended,
    and the capture ids in that order."""
    spans: list[tuple[float, float]] = []
    finished: list[str] = []
    pipeline = _pipeline(home, spans)

    async def run() -> list[Assessed]:
        return [a for batch in batches for a in await _all_at_once(pipeline, batch, finished)]

    try:
        assessed = asyncio.run(run())
    finally:
        pipeline.close_spider()
    return [(a.findings, a.unjudged) for a in assessed], spans, finished


def test_one_shops_captures_are_judged_in_capture_order_by_several_workers(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # jd-31's 划线价129 (USB-C 扩展坞) is honest on day 8 and above the 99 it sells at from
    # then on: on day 9 it is fictitious only if day 8's prices are in the history it reads.
    # Days 1-7 go first, then days 8-10 together (a sweep behind, or left by an interrupted
    # one): with two workers, day 8's and day 9's captures would both start at once.
    captures = _shop_over_the_days("jd-31")
    batches = [captures[:7], captures[7:]]
    monkeypatch.setenv("HONGDUN_RULES_WORKERS", "1")
    one, _, _ = _verdicts(tmp_path / "one", batches)
    monkeypatch.setenv("HONGDUN_RULES_WORKERS", "2")
    two, spans, finished = _verdicts(tmp_path / "two", batches)
    fictitious = [[p.matched_text for f in findings if f.rule_id == "price.fictitious_original"
                   for p in f.places] for findings, _ in one]
    assert [bool(f) for f in fictitious] == [False] * 7 + [True] * 3  # 7 days of history first
    assert any("129" in m for m in fictitious[8]) and not any("129" in m for m in fictitious[7])
    assert two == one  # the same verdicts, whichever worker was faster
    assert finished == [c.capture_id for c in captures]  # in capture order,
    assert all(a[1] <= b[0] for a, b in pairwise(spans))  # one after the other
