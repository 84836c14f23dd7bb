"""Structural readings of issue 9: hidden licence panels, whose licence, label/value pairs,
and the subtitle panel of a live room as the seller's speech. Pure, no browser: seconds."""

from __future__ import annotations

from functools import cache

from rules.engine import RuleSet
from rules.examples import build_capture
from rules.licence import read_licence
from rules.licence_fields import in_field_value, is_shop_party
from rules.licence_patterns import PANEL_LABELS
from rules.panels import hidden_panels
from rules.speech import shipped_speech
from rules.text import page_text
from rules.view import CaptureView

CODE = "92370613MA3C5K7BXW"  # the example shop's code (rules/examples.py)
OTHER = "91370602MA3D4E5F6A"
SHEET = ('<p>店主说：手工饰品</p><button class="x9">{label}</button><section class="k3" hidden>'
         '<h3>{head}</h3><div><span>主体名称</span><span>烟台市芝罘区示例商行</span></div>'
         f'<div><span>统一社会信用代码</span><span>{CODE}</span></div></section>')


@cache
def _rules() -> RuleSet:
    return RuleSet.load()


def _found(html: str) -> set[str]:
    return {f.rule_id for f in _rules().evaluate(build_capture(html))}


def test_a_hidden_sheet_labelled_as_the_licence_is_read_and_named_in_the_context() -> None:
    html = SHEET.format(label="证照信息", head="营业执照")
    reading = read_licence(CaptureView(build_capture(html)))
    assert [c.code for c in reading.codes if c.shop] == [CODE]
    assert [n.name for n in reading.names] == ["烟台市芝罘区示例商行"]
    assert any("隐藏面板" in t and "证照信息" in t for t in reading.tried)
    assert "licence.missing" not in _found(html)


def test_the_label_may_come_from_the_panel_the_control_or_the_dialog_itself() -> None:
    bodies = {
        "heading": '<div style="display: none"><h4>营业执照</h4><p>x</p></div>',
        "control": '<a href="#p1" aria-controls="p1">查看证照</a><div id="p1" hidden><p>x</p>'
                   '</div>',
        "dialog": '<dialog aria-label="资质公示"><p>x</p></dialog>',
    }
    for how, body in bodies.items():
        panels = hidden_panels(f"<html><body>{body}</body></html>".encode(), "https://s/",
                               PANEL_LABELS)
        assert len(panels) == 1, how
    unlabelled = "<html><body><div hidden><h4>优惠</h4><p>x</p></div></body></html>"
    assert hidden_panels(unlabelled.encode(), "https://s/", PANEL_LABELS) == []


def test_a_pending_or_unlabelled_hidden_panel_shows_no_licence() -> None:
    pending = ('<a href="#c">证照公示</a><div id="c" hidden><h3>营业执照</h3>'
               '<p>资料审核中，暂未公示</p></div>')
    found = _rules().evaluate(build_capture(pending))
    missing = [f for f in found if f.rule_id == "licence.missing"]
    assert missing and "隐藏面板" in missing[0].context and "pending" in missing[0].context
    assert "licence.missing" in _found(SHEET.format(label="优惠券", head="领券中心"))


def test_a_wrong_name_in_a_hidden_sheet_is_a_mismatch_that_says_where_it_was_read() -> None:
    html = SHEET.format(label="店铺资质", head="营业执照").replace("烟台市芝罘区示例商行",
                                                                "烟台另一家贸易有限公司")
    found = [f for f in _rules().evaluate(build_capture(html))
             if f.rule_id == "licence.mismatch"]
    assert found and found[0].matched_text == "烟台另一家贸易有限公司"
    assert "隐藏面板" in found[0].context


def test_whose_licence_is_read_from_the_labels_around_the_block() -> None:
    for head in ("直播服务机构", "MCN机构", "技术支持", "合作机构", "品牌方"):
        text = (f"营业执照\n统一社会信用代码 {CODE}\n{head}\n机构名称 烟台某某传媒有限公司\n"
                f"统一社会信用代码 {OTHER}")
        assert is_shop_party(text, text.index(CODE)), head
        assert not is_shop_party(text, text.index(OTHER)), head
    own = f"营业执照：莱阳市某某食品加工厂 统一社会信用代码：{CODE}"
    assert in_field_value(own, own.index("加工厂")) and is_shop_party(own, own.index(CODE))
    maker = f"生产厂家：烟台某某食品厂 统一社会信用代码：{OTHER}"
    assert not in_field_value(maker, 0) and not is_shop_party(maker, maker.index(OTHER))
    # a label element and its value element read as one run, no space (名称某某加工厂)
    glued = f"营业执照信息公示\n名称招远市某某粉丝加工厂\n统一社会信用代码{CODE}"
    assert in_field_value(glued, glued.index("加工厂")) and is_shop_party(glued, glued.index(CODE))
    told = f"售后说明\n由烟台某某加工厂提供\n统一社会信用代码{OTHER}"
    assert not in_field_value(told, told.index("加工厂"))


def test_the_subtitle_panel_of_a_room_is_the_seller_side_and_the_chat_the_viewers() -> None:
    html = ('<h1>桑叶茶直播间</h1><div aria-label="实时字幕"><p>这个茶能降血糖的</p></div>'
            '<ul aria-label="弹幕"><li><span>主播</span><span>小桑</span><span>欢迎</span></li>'
            '<li><span>粉丝</span><span>小芳</span><span>能降血压吗</span></li>'
            '<li><span>Lv.3</span><span>阿伟</span><span>已拍</span></li></ul>')
    text = page_text(html.encode(), "https://s/", speech=shipped_speech())
    said = text.text.index("这个茶")
    assert text.speaker_at(said) is None  # no region: the shop's own words
    viewer = text.speaker_at(text.text.index("能降血压"))
    assert viewer is not None and viewer.role == "viewer"
    found = [f for f in _rules().evaluate(build_capture(html))
             if f.rule_id == "ad.medical_claims"]
    assert [f.matched_text for f in found] == ["降血糖"]
    assert len(found[0].places) == 1  # the viewer's question is not the seller's claim


def test_a_licence_button_whose_panel_is_not_in_the_page_leaves_missing_only_suspected() -> None:
    found = [f for f in _rules().evaluate(build_capture(
        '<p>手工饰品</p><button type="button">店铺资质</button>'))
        if f.rule_id == "licence.missing"]
    assert found and found[0].certainty == "suspected" and "店铺资质" in found[0].context
    plain = [f for f in _rules().evaluate(build_capture("<p>手工饰品</p>"))
             if f.rule_id == "licence.missing"]
    assert plain and plain[0].certainty == "certain"


def test_a_sellers_own_institution_name_is_not_read_as_another_party() -> None:
    text = f"营业执照\n医疗机构名称：烟台某某口腔诊所\n统一社会信用代码：{CODE}"
    assert is_shop_party(text, text.index(CODE))
