"""Content rules end to end: normalisation tricks, exemptions, chat, prices with SQLite history."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from hongdun import db
from hongdun.clock import iso_utc
from hongdun.records import Capture, Message, PageCapture, Target
from rules.engine import EvalContext, RuleSet
from rules.normalize import Normalized, normalize
from rules.prices import PriceHistory
from rules.text import page_text

NOW = datetime.fromisoformat("2026-11-20T02:00:00.000Z")
TARGET = Target("t-9", "douyin", "livestream", "https://live.test/", "烟台市芝罘区示例商行",
                "92370613MA3C5K7BXW", "370602", "食品")
LICENCE = "<p>营业执照 名称：烟台市芝罘区示例商行 统一社会信用代码：92370613MA3C5K7BXW</p>" \
          "<p>食品经营许可证 JY13706020012345</p>"


@pytest.fixture(scope="module")
def rules() -> RuleSet:
    return RuleSet.load()


def capture(html: str, at: datetime = NOW, messages: tuple[Message, ...] = (),
            url: str = "https://live.test/", cid: str = "c") -> Capture:
    stamp = iso_utc(at)
    page = PageCapture("home", url, url, 200, (),
                       f"<html><body>{LICENCE}{html}</body></html>".encode(), (b"png",), True,
                       stamp, stamp, messages=messages)
    return Capture(cid, TARGET, "s", "/tmp", "e" * 64, stamp, (), (page,))


def rule_hits(rules: RuleSet, cap: Capture, ctx: EvalContext | None = None) -> set[tuple[str, str]]:
    return {(f.rule_id, f.matched_text) for f in rules.evaluate(cap, ctx)}


def test_normalisation_defeats_spacing_and_width_tricks() -> None:
    assert normalize("加 Ｖ\u200b信") == "加v信"
    assert normalize("微·信") == "微信"
    n = Normalized.of("请 加 微\u3000信 ok")
    start = n.text.index("加微信")
    assert n.original[slice(*n.span(start, start + 3))] == "加 微\u3000信"


def test_hidden_and_script_text_is_not_read() -> None:
    text = page_text(b"<html><head><script>var a='\xe5\x8a\xa0\xe5\xbe\xae\xe4\xbf\xa1'</script>"
                     b"</head><body><p style='display:none'>x1</p><p hidden>x2</p><p>x3</p>"
                     b"<img src='/a.png' alt='alt-text'><del>9</del></body></html>")
    assert "x1" not in text.text and "x2" not in text.text and "x3" in text.text
    assert "alt-text" in text.text and "加微信" not in text.text
    assert [text.text[a:b] for a, b in text.struck_ranges()] == ["9"]


def test_a_tooltip_is_read_after_its_element_once(rules: RuleSet) -> None:
    """A badge's title / aria-label is read on a line after the badge; a tooltip that repeats
    the shown words, a button's short name and a Latin-only label add nothing."""
    tip = "全网销量第一，行业顶级工艺"
    text = page_text(f'<div><span title="{tip}" aria-label="{tip}">福利</span>'
                     '<a href="/i" title="纯棉四件套">纯棉四件套</a><button aria-label="关闭">x'
                     '</button><i title="close dialog now">x</i></div>').text
    assert text.count("全网销量第一") == 1 and "福利\n全网销量第一" in text
    assert text.count("纯棉四件套") == 1 and "关闭" not in text and "close" not in text
    found = rule_hits(rules, capture(f'<span role="note" title="{tip}">福利</span>'))
    assert "ad.absolute_terms" in {rule for rule, _ in found}


def test_lure_in_chat_is_found_with_author_and_time(rules: RuleSet) -> None:
    chat = (Message("2026-11-20T02:00:01.000Z", "主播", "想便宜的加 V 信 abc888"),
            Message("2026-11-20T02:00:02.000Z", "系统消息", "请勿加微信私下转账"),
            Message("2026-11-20T02:00:03.000Z", "主播", "不加微信哦，平台下单"))
    findings = [f for f in rules.evaluate(capture("<p>直播间</p>", messages=chat))]
    got = [(f.rule_id, f.matched_text) for f in findings]
    assert got == [("live.offplatform_lure", "加 V 信 abc888")]
    assert findings[0].context.startswith("[弹幕 chat 2026-11-20T02:00:01.000Z 主播]")


def test_absolute_terms_certainty_and_exemptions(rules: RuleSet) -> None:
    found = {p.matched_text: p.certainty for f in rules.evaluate(
        capture("<p>国家级工艺</p><p>销量第一</p><p>最佳食用期30天</p><p>第一次下单立减</p>"))
        for p in f.places}
    assert found == {"国家级": "certain", "销量第一": "suspected"}


def test_returns_notice_for_exempt_goods_is_not_flagged(rules: RuleSet) -> None:
    notice = "<p>鲜活海鲜属易腐商品，签收后不支持七天无理由退货</p>"
    assert rule_hits(rules, capture(notice)) == set()
    assert ("returns.refused", "概不退换") in rule_hits(rules, capture("<p>特价商品概不退换</p>"))


def test_food_target_without_permit_is_flagged_with_the_exemption_noted(rules: RuleSet) -> None:
    stamp = iso_utc(NOW)
    page = PageCapture("home", "https://live.test/", "https://live.test/", 200, (),
                       b"<html><body><p>\xe5\xba\x97\xe9\x93\xba</p></body></html>", (), True,
                       stamp, stamp)
    cap = Capture("c", TARGET, "s", "/tmp", "e" * 64, stamp, (), (page,))
    food = [f for f in rules.evaluate(cap) if f.rule_id == "permit.food_missing"]
    assert len(food) == 1 and "预包装" in food[0].context


def item(price: str, struck: str | None) -> str:
    was = f"<del>¥{struck}</del>" if struck else ""
    return f'<div><a href="/item/501">烟台苹果 5斤装</a>{was}<b>¥{price}</b></div>' \
           '<div><a href="/item/502">莱阳梨</a><b>¥30</b></div>'


def test_fictitious_original_price_needs_seven_days_of_sqlite_history(
        rules: RuleSet, tmp_path: Path) -> None:
    conn = db.connect(tmp_path / "hongdun.db")
    ctx = EvalContext(price_history=PriceHistory(conn))
    for day, price in ((8, "69"), (6, "59"), (3, "69")):
        at = NOW - timedelta(days=day)
        assert rule_hits(rules, capture(item(price, None), at, cid=f"d{day}"), ctx) == set()
    cap = capture(item("69", "99"), cid="today")
    hits = [f for f in rules.evaluate(cap, ctx) if f.rule_id == "price.fictitious_original"]
    assert [f.matched_text for f in hits] == ["烟台苹果 5斤装 ¥99"]
    assert "¥59" in hits[0].context and "id:501" in hits[0].context
    rows = conn.execute("SELECT item_key, price FROM price_history WHERE capture_id='today'"
                        " ORDER BY item_key").fetchall()
    assert [tuple(r) for r in rows] == [("id:501", 69.0), ("id:502", 30.0)]


def test_price_rule_is_silent_with_under_seven_days_or_an_honest_price(
        rules: RuleSet, tmp_path: Path) -> None:
    ctx = EvalContext(price_history=PriceHistory(db.connect(tmp_path / "hongdun.db")))
    rules.evaluate(capture(item("59", None), NOW - timedelta(days=5), cid="d5"), ctx)
    assert not [f for f in rules.evaluate(capture(item("69", "99"), cid="t1"), ctx)
                if f.rule_id == "price.fictitious_original"]
    ctx2 = EvalContext(price_history=PriceHistory(db.connect(tmp_path / "other.db")))
    rules.evaluate(capture(item("99", None), NOW - timedelta(days=7), cid="d7"), ctx2)
    assert not [f for f in rules.evaluate(capture(item("69", "99"), cid="t2"), ctx2)
                if f.rule_id == "price.fictitious_original"]
