"""The rules process (crawlers/judging.py): judges like the engine in this process, and a
failure there leaves the capture unjudged by every rule with the reason, never lost."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from test_evidence_support import make_config, visit

from crawlers.judging import RULES_FAILED, RulesWorker
from evidence.seal import Sealer
from hongdun import db
from hongdun.records import Capture
from hongdun.registry import Registry
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


def test_several_rules_workers_judge_captures_side_by_side(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from types import SimpleNamespace

    from scrapy.settings import Settings
    from scrapy.signalmanager import SignalManager

    from crawlers import timing
    from crawlers.pipelines import Assessed, RulesPipeline

    monkeypatch.setenv("HONGDUN_RULES_WORKERS", "2")
    captures = [Sealer(make_config(tmp_path)).seal(visit(t)) for t in ("yt-0001", "yt-0002")]
    signals = SignalManager()
    spans: list[tuple[float, float]] = []
    signals.connect(lambda stage, start, end, **_: spans.append((start, end))
                    if stage == "rules/judge" else None, signal=timing.stage_timed, weak=False)
    stats = SimpleNamespace(inc_value=lambda *a, **k: None)
    crawler = SimpleNamespace(settings=Settings({"HONGDUN_HOME": str(tmp_path)}),
                              stats=stats, signals=signals)
    pipeline = RulesPipeline(crawler)  # type: ignore[arg-type]
    try:
        assert len(pipeline.workers) == 2

        async def both() -> list[Assessed]:
            return list(await asyncio.gather(*(pipeline.process_item(c) for c in captures)))

        asyncio.run(both())  # the workers' start-up, then judged side by side:
        assessed = asyncio.run(both())
        pids = {w.worker_pid() for w in pipeline.workers}
    finally:
        pipeline.close_spider()
    assert [a.capture for a in assessed] == captures
    assert all(a.findings or a.unjudged for a in assessed)
    assert len(pids) == 2 and 0 not in pids
    (a0, a1), (b0, b1) = spans[-2:]
    assert a0 < b1 and b0 < a1  # the two captures' judging overlapped
