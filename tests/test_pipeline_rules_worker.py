"""The rules process (crawlers/judging.py): judges like the engine in this process, and a
failure there leaves the capture unjudged by every rule with the reason, never lost."""

from __future__ import annotations

import asyncio
from pathlib import Path

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
