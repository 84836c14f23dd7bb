"""Window arithmetic: window edges, a window across New Year, lunar dates, tier splits, leads."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from hongdun.clock import SHANGHAI
from hongdun.errors import InputFileError
from hongdun.schedule.calendar import active_labels, lunar_festival, next_tick, ticks
from hongdun.schedule.plans import DEFAULT_PLAN, load_plan, parse_plan
from hongdun.tables import data_file

PLAN = """\
plan: edges
tiers: {A: 0.5, B: 1, C: 2, D: 4}
baseline:
  - cron: "0 10 * * *"
    label: 日常
price_baseline:
  - cron: "0 9 * * *"
    label: 价格
campaigns:
  - name: 双12
    start: 2026-12-01
    end: 2026-12-12
    price_baseline_days: 7
    schedules:
      - cron: "* * * * *"
        label: 每分钟
  - name: 跨年
    start: "2026-12-31 22:00"
    end: "2027-01-01 02:00"
    price_baseline_days: 0
    schedules:
      - cron: "*/30 * * * *"
        label: 跨年
  - name: 年货节
    start: 2027-01-04
    end: {lunar: 春节, year: 2027, offset_days: -14}
    price_baseline_days: 0
    schedules:
      - cron: "0 20 * * *"
        label: 晚间
"""


def at(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=SHANGHAI)  # type: ignore[misc]


def labels_at(plan_text: str, moment: datetime) -> tuple[str, ...]:
    plan = parse_plan(plan_text)
    found = ticks(plan, moment, moment + timedelta(seconds=1))
    return found[0].labels if found else ()


def test_first_and_last_minute_of_a_window() -> None:
    plan = parse_plan(PLAN)
    assert labels_at(PLAN, at(2026, 12, 1, 0, 0)) == ("双12 每分钟",)
    assert labels_at(PLAN, at(2026, 12, 12, 23, 59)) == ("双12 每分钟",)
    # One minute outside on either side: no 双12 tick (the lead's price tick is at 09:00).
    assert labels_at(PLAN, at(2026, 11, 30, 23, 59)) == ()
    assert labels_at(PLAN, at(2026, 12, 13, 0, 0)) == ()
    assert active_labels(plan, at(2026, 12, 12, 23, 59)) == ("双12",)
    assert active_labels(plan, at(2026, 12, 13, 0, 0)) == ()
    assert active_labels(plan, at(2026, 11, 30, 23, 59)) == ("双12 价格基线",)


def test_window_across_new_year() -> None:
    plan = parse_plan(PLAN)
    found = [t for t in ticks(plan, at(2026, 12, 31, 21), at(2027, 1, 1, 3))
             if "跨年 跨年" in t.labels]
    assert [t.at for t in found][:1] == [at(2026, 12, 31, 22, 0)]
    # The last fire is 01:30; its gap to 02:00 ends outside the window, so it is not split.
    assert found[-1].at == at(2027, 1, 1, 1, 30)
    assert at(2027, 1, 1, 1, 22, 30) in [t.at for t in found]  # tier D splits 01:00-01:30
    base = [t.at for t in found if "B" in t.tiers]
    assert base == [at(2026, 12, 31, 22) + timedelta(minutes=30 * i) for i in range(8)]
    assert at(2027, 1, 1, 0, 0) in base


def test_lunar_dates_resolve_from_the_reference_table() -> None:
    assert lunar_festival("春节", 2027).isoformat() == "2027-02-06"
    assert lunar_festival("cny", 2028).isoformat() == "2028-01-26"
    assert lunar_festival("中秋", 2026).isoformat() == "2026-09-25"
    plan = parse_plan(PLAN)
    window = plan.campaigns[2].window
    # 14 days before 2027-02-06 is 2027-01-23, a whole day: the window ends at 01-24 00:00.
    assert window.end == at(2027, 1, 24)
    evenings = [t.at for t in ticks(plan, at(2027, 1, 20), at(2027, 1, 26))
                if "年货节 晚间" in t.labels and "B" in t.tiers]
    assert evenings == [at(2027, 1, d, 20) for d in (20, 21, 22, 23)]


def test_the_lunar_table_is_data_with_every_year_in_its_season() -> None:
    doc = data_file("lunar.yaml")
    seasons = {"春节": ((1, 21), (2, 20)), "中秋": ((9, 7), (10, 8))}
    for festival, (first, last) in seasons.items():
        days = doc[festival]
        assert sorted(days) == list(range(2025, 2031)), "consecutive years through 2030"
        for year, day in days.items():
            assert day.year == year and first <= (day.month, day.day) <= last, (festival, day)
    assert lunar_festival("春节", 2030).isoformat() == "2030-02-03"
    with pytest.raises(InputFileError, match=r"table has 2025, .*2030"):
        lunar_festival("中秋", 2031)


def test_tier_factors_split_and_skip_regular_intervals() -> None:
    plan = parse_plan(PLAN)
    day = [t for t in ticks(plan, at(2026, 11, 2), at(2026, 11, 4)) if "日常" in t.labels]
    by_time = {t.at: t.tiers for t in day}
    # Daily 10:00 → tier D every 6 hours, tier C every 12, tier A every other day.
    assert by_time[at(2026, 11, 2, 10)] in (("B", "C", "D"), ("A", "B", "C", "D"))
    assert by_time[at(2026, 11, 2, 16)] == ("D",)
    assert by_time[at(2026, 11, 2, 22)] == ("C", "D")
    assert by_time[at(2026, 11, 3, 4)] == ("D",)
    a_days = ["A" in by_time[at(2026, 11, d, 10)] for d in (2, 3)]
    assert sorted(a_days) == [False, True]


def test_price_baseline_starts_seven_days_before_the_first_wave() -> None:
    plan = parse_plan(PLAN)
    lead = [t for t in ticks(plan, at(2026, 11, 20), at(2026, 12, 1)) if "双12 价格基线 价格" in
            t.labels and "B" in t.tiers]
    assert lead[0].at == at(2026, 11, 24, 9)
    assert len(lead) == 7
    default = load_plan(DEFAULT_PLAN)
    for campaign in default.campaigns:
        first = next_tick(default, campaign.window.start - timedelta(days=7), inclusive=True)
        assert first is not None
        assert first.at < campaign.window.start - timedelta(days=6), campaign.name


def test_next_tick_is_strictly_after_unless_inclusive() -> None:
    plan = parse_plan(PLAN)
    moment = at(2026, 11, 2, 10)
    assert next_tick(plan, moment, inclusive=True).at == moment  # type: ignore[union-attr]
    assert next_tick(plan, moment).at == at(2026, 11, 2, 16)  # type: ignore[union-attr]
