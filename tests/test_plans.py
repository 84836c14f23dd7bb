"""Plan YAML: the default plan loads; every broken plan fails with its line and reason."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from hongdun.clock import SHANGHAI
from hongdun.errors import InputFileError
from hongdun.schedule.plans import DEFAULT_PLAN, load_plan, parse_plan

GOOD = """\
plan: test-plan
baseline:
  - cron: "0 10 * * *"
    label: 日常
price_baseline:
  - cron: "0 9,21 * * *"
campaigns:
  - name: 双12
    start: 2026-12-01
    end: 2026-12-12
    schedules:
      - cron: "0 */2 * * *"
"""


def test_default_plan_covers_this_and_next_year() -> None:
    plan = load_plan(DEFAULT_PLAN)
    names = [c.name for c in plan.campaigns]
    for year in (2026, 2027):
        for event in ("年货节", "3·15-", "618-", "中秋国庆", "双11-", "双12-"):
            assert any(n.startswith(event) and str(year) in n for n in names), (event, year)
    by_name = {c.name: c for c in plan.campaigns}
    double12 = by_name["双12-2026"].window
    assert double12.start == datetime(2026, 12, 1, tzinfo=SHANGHAI)
    assert double12.end == datetime(2026, 12, 13, tzinfo=SHANGHAI)
    # 年货节 2027 ends 10 days before the Spring Festival (2027-02-06), inclusive.
    assert by_name["年货节2027"].window.end == datetime(2027, 1, 28, tzinfo=SHANGHAI)
    # Every campaign with a price lead starts it at least 7 days before its first wave.
    for campaign in plan.campaigns:
        assert campaign.price_baseline_days >= 7
        lead = campaign.lead
        assert lead is not None and campaign.window.start - lead.start >= timedelta(days=7)


def test_good_plan_parses_with_source_and_hash() -> None:
    plan = parse_plan(GOOD, "good.yaml")
    assert plan.name == "test-plan" and plan.source == GOOD and len(plan.sha256) == 64
    assert plan.baseline[0].nominal == timedelta(days=1)
    assert plan.price_baseline[0].nominal == timedelta(hours=12)
    assert plan.campaigns[0].price_baseline_days == 7  # the plan-wide default


@pytest.mark.parametrize(
    ("old", "new", "match"),
    [
        ("plan: test-plan", "plan: test-plan\nowner: x", r"good\.yaml:2: unknown key 'owner'"),
        ('"0 10 * * *"', '"0 25 * * *"', r"good\.yaml:3: bad cron '0 25 \* \* \*'"),
        ("end: 2026-12-12", "end: 2026-11-12", r"good\.yaml:10: campaign 双12: end must"),
        ("end: 2026-12-12", "end: 2026-13-12", r"good\.yaml:10: end: month must be in 1\.\.12"),
        ("end: 2026-12-12", "end: soon", r"good\.yaml:10: end must be YYYY-MM-DD"),
        ("end: 2026-12-12", "end: {lunar: 春节, year: 2031}",
         r"good\.yaml:10: no lunar table entry for 春节 2031"),
        ("end: 2026-12-12", "end: {lunar: 端午, year: 2027}",
         r"good\.yaml:10: unknown lunar festival '端午'"),
        ('label: 日常', 'label: 日常\n    select: {platform: [ebay]}',
         r"good\.yaml:5: unknown platform 'ebay'"),
        ('label: 日常', 'label: 日常\n    select: {tag: [seafood]}',
         r"good\.yaml:5: unknown tag 'seafood'"),
        ("plan: test-plan", "plan: test-plan\ntiers: {D: 3.5}",
         r"good\.yaml:2: tier D factor must be a whole number"),
        ("plan: test-plan", "plan: test-plan\nplan: other", r"good\.yaml:2: duplicate key 'plan'"),
        ("    start: 2026-12-01\n", "", r"good\.yaml:8: campaign needs 'start'"),
        ("  - name: 双12", "  - name: [双12", r"good\.yaml:\d+: not valid YAML"),
        ("price_baseline:\n  - cron: \"0 9,21 * * *\"\n", "",
         r"good\.yaml:1: campaigns have a price-baseline lead but the plan has no price_baseline"),
        ("plan: test-plan", "plan: test plan!", r"good\.yaml:1: plan name must be"),
        ("baseline:\n  - cron: \"0 10 * * *\"\n    label: 日常\n", "",
         r"good\.yaml:1: the plan needs 'baseline'"),
    ],
)
def test_broken_plan_names_line_and_reason(old: str, new: str, match: str) -> None:
    text = GOOD.replace(old, new, 1)
    assert text != GOOD
    with pytest.raises(InputFileError, match=match):
        parse_plan(text, "good.yaml")


def test_missing_plan_file_is_a_clear_error(tmp_path: object) -> None:
    with pytest.raises(InputFileError, match="no such plan file"):
        load_plan(DEFAULT_PLAN.parent / "nope.yaml")


def test_duplicate_campaign_names_are_rejected_at_the_second() -> None:
    text = GOOD + GOOD[GOOD.index("  - name: 双12"):]
    with pytest.raises(InputFileError, match=r"good\.yaml:13: duplicate campaign name '双12'"):
        parse_plan(text, "good.yaml")
