"""The shipped packs on the real demo marketplace over HTTP: no false alarms on static shops.

Uses bench/detect_quality.py's minimal crawler without a browser or OCR, so only
shops whose pages need no script are judged here; the bench covers the rest.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from crawlers.profiles import Profiles
from demo.server import DemoServer
from demo.site import load_truth, targets_csv
from rules.engine import EvalContext, RuleSet

BENCH = Path(__file__).resolve().parent.parent / "bench" / "detect_quality.py"
NEEDS_MORE = {"price.fictitious_original"}  # judged on day 8 against 7 days of history


def bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("detect_quality", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("detect_quality", module)
    spec.loader.exec_module(module)
    return module


def test_static_demo_shops_have_no_false_alarms_and_high_recall() -> None:
    dq = bench()
    rules = RuleSet.load()
    truth = load_truth()
    judged = tp = fn = 0
    false_alarms: list[str] = []
    with DemoServer() as server:
        fetcher = dq.Fetcher(None)
        profiles = Profiles.load()
        for target in dq._targets(targets_csv(f"{server.base_url}/day/8")):
            capture = dq.visit(fetcher, profiles, target, "2026-11-28T02:00:00.000Z", False, None)
            if any(b"<script" in p.body.lower() for p in capture.pages):
                continue
            if any(i.body for p in capture.pages for i in p.images):
                continue  # licence images need OCR
            judged += 1
            got = {f.rule_id for f in rules.evaluate(capture, EvalContext())} - NEEDS_MORE
            want = set(truth[target.target_id]) - NEEDS_MORE
            false_alarms += [f"{target.target_id}:{r}" for r in sorted(got - want)]
            tp += len(got & want)
            fn += len(want - got)
    if judged < 10:
        pytest.fail(f"only {judged} static demo shops found")
    print(f"judged {judged} shops, {tp} rules found, {fn} missed")
    assert false_alarms == []
    assert tp / max(1, tp + fn) >= 0.9, f"recall {tp}/{tp + fn}"
