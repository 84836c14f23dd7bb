"""The bureau's calendar day: Asia/Shanghai, whatever zone the machine keeps."""

from __future__ import annotations

from dataclasses import replace

from hongdun.clock import bureau_day
from rules.engine import RuleSet


def test_a_utc_stamp_belongs_to_the_shanghai_day() -> None:
    assert bureau_day("2026-12-01T15:59:59.999Z").isoformat() == "2026-12-01"
    assert bureau_day("2026-12-01T16:00:00.000Z").isoformat() == "2026-12-02"  # 00:00 CST


def test_a_rule_is_in_force_from_midnight_in_yantai_not_in_greenwich() -> None:
    rules = RuleSet.load()
    rule = rules.rules[0]
    day = bureau_day("2026-12-01T16:30:00.000Z")  # 00:30 on 2 December in Yantai
    coming = replace(rule.spec, effective_from=day)
    assert coming.in_force(bureau_day("2026-12-01T16:30:00.000Z"))
    assert not coming.in_force(bureau_day("2026-12-01T15:30:00.000Z"))
