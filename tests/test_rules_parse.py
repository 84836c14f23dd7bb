"""A page is parsed once and read by all: the shared tree, the watched page's own parse, the
speaker reading's summed sizes, and the pack records' old import path."""

from __future__ import annotations

import random

from lxml import etree

from hongdun.records import PageCapture
from rules.licence_patterns import PANEL_LABELS
from rules.live import parse_watched
from rules.panels import hidden_panels, licence_controls
from rules.parsed import parse_page
from rules.speaker_tree import TreeReading, element_text
from rules.speakers import annotate
from rules.speech import shipped_speech
from rules.text import page_text, read_text
from rules.view import PageView

PAGE = ("<html><head><title>某某旗舰店</title></head><body><h1>某某旗舰店</h1>"
        "<button aria-controls='lic'>营业执照</button>"
        "<div id='lic' hidden><h3>营业执照</h3><p>统一社会信用代码：91370602MA3C4XYZ1K</p></div>"
        "<button>查看资质证照</button>"
        "<ul class='chat'><li><span>用户甲</span>：<span>多少钱</span></li>"
        "<li><span>用户乙</span>：<span>好看</span></li>"
        "<li><span>主播</span>：<span>全网最低价</span></li></ul></body></html>")


def _page(body: str) -> PageCapture:
    return PageCapture("home", "https://s/", "https://s/", 200,
                       (("Content-Type", "text/html; charset=utf-8"),), body.encode(), (),
                       True, "2026-12-03T00:00:00Z", "2026-12-03T00:00:00Z")


def test_one_parse_is_shared_and_reads_as_the_body_does() -> None:
    view = PageView(0, _page(PAGE), shipped_speech())
    parsed = view.parsed
    assert view.parsed is parsed  # parsed once
    assert view.text == page_text(PAGE.encode(), "https://s/", {}, shipped_speech(),
                                  content_type="text/html; charset=utf-8")
    panels = hidden_panels(parsed, "https://s/", PANEL_LABELS)
    assert panels and panels == hidden_panels(PAGE.encode(), "https://s/", PANEL_LABELS)
    controls = licence_controls(parsed, PANEL_LABELS)
    assert controls and controls == licence_controls(PAGE.encode(), PANEL_LABELS)
    before = etree.tostring(parsed.root)
    read_text(parsed, "https://s/", None, shipped_speech())
    hidden_panels(parsed, "https://s/", PANEL_LABELS)
    assert etree.tostring(parsed.root) == before  # the readers leave the tree as it was


def test_the_watched_page_empties_its_recorded_chat_in_a_tree_of_its_own() -> None:
    shared = parse_page(PAGE)
    watched = parse_watched(PAGE.encode(), "text/html; charset=utf-8", ("body[1]/ul[1]",))
    assert "全网最低价" not in read_text(watched).text
    assert "全网最低价" in read_text(shared).text  # another parse is not spoilt
    again = page_text(watched.html.encode(), content_type="text/html; charset=utf-8")
    assert read_text(watched) == again  # as if the emptied page were served and parsed
    unchanged = parse_watched(PAGE.encode(), "", ("body[1]/ol[4]",))  # no such list
    assert read_text(unchanged) == read_text(shared)


def test_summed_sizes_answer_as_the_text_does() -> None:
    rng = random.Random(9)
    pieces = ["话", "  ", "\n", "主播：", "\u3000", "ab", " ", "好看吗"]
    for _ in range(60):
        html = "".join(
            f"<div>{rng.choice(pieces) * rng.randint(0, 40)}<span>{rng.choice(pieces) * 9}"
            f"</span><!--{rng.choice(pieces)}-->{rng.choice(pieces) * rng.randint(0, 60)}</div>"
            for _ in range(rng.randint(1, 6)))
        root = etree.fromstring(f"<html><body><section>{html}</section></body></html>",
                                etree.HTMLParser())
        reading = TreeReading(root, shipped_speech())
        for el in root.iter("div", "section", "span"):
            for most in (0, 5, 30, 120, 300):
                assert reading.longer_than(el, most) == (len(element_text(el)) > most)


def test_a_chat_deep_in_wrappers_is_read_as_one_near_the_top() -> None:
    chat = "".join(f"<div><span>用户{i}</span><span>：</span><span>第{i}句</span></div>"
                   for i in range(5))
    for depth in (1, 80):
        html = "<div class='level'>" * depth + chat + "</div>" * depth
        root = etree.fromstring(f"<html><body>{html}</body></html>", etree.HTMLParser())
        speakers = annotate(root.find("body"), shipped_speech(), set())
        assert sorted(s.author for s in speakers.values()) == [f"用户{i}" for i in range(5)]


def test_pack_records_keep_their_import_path() -> None:
    import rules.pack as pack
    import rules.spec as spec

    for name in ("RuleSpec", "Scope", "Exemption", "Example", "Near", "SOURCES"):
        assert getattr(pack, name) is getattr(spec, name)


def test_a_blocks_stripped_length_is_read_from_its_ends() -> None:
    from rules.text import _Builder

    rng = random.Random(12)
    for _ in range(300):
        builder = _Builder("", {})
        for _ in range(rng.randint(0, 8)):
            builder._add(rng.choice([" ", "\n", "\u3000", "营业执照", " 名称 ", "ab\n", ""]))
        first = rng.randint(0, len(builder.parts))
        start = sum(map(len, builder.parts[:first]))
        assert builder.stripped_length(first, start) == len("".join(builder.parts[first:]).strip())
