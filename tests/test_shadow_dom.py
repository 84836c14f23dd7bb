"""Shadow roots in the capture and the rules, in a real Chromium.

A local HTTP server (tests/shadow_pages.py) serves pages whose text lives in shadow roots
(open, closed, nested, attached after load, ordinary and inert templates, a hostile page
with very many or very deep roots). The crawler's init scripts go in before any page
script (watch_settle); cap_dom seals the roots as declarative shadow DOM; page.content()
is what scrapy-playwright hands the crawler to seal as page.html; the rules read it, and a
real sweep seals and judges one. The live recorder's side: tests/test_shadow_live.py.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.async_api import Page
from shadow_pages import findings, in_browser, serve, sweep_one

from crawlers.browser import cap_dom, read_page, watch_settle
from crawlers.shadow import LIMITS
from hongdun.records import Capture, PageCapture, Target
from rules.engine import RuleSet
from rules.speech import shipped_speech
from rules.text import page_text

AT = "2026-12-03T02:00:00.000Z"


@pytest.fixture(scope="module")
def base() -> Iterator[str]:
    with serve() as url:
        yield url


def _sealed(url: str, wait_for: str = "", max_chars: int = 2_000_000
            ) -> tuple[str, str | None, dict[str, Any]]:
    """The page as the crawler seals it: init scripts first, settled, shadow roots
    written (cap_dom), then page.content(); with cap_dom's note and the page's layout."""
    async def work(page: Page) -> tuple[str, str | None, dict[str, Any]]:
        await watch_settle(page)
        await page.goto(url)
        if wait_for:
            await page.wait_for_function(wait_for, timeout=10_000)
        _, images, blocks = await read_page(page, 200, 5000)
        note = await cap_dom(page, max_chars)
        return await page.content(), note, {"blocks": blocks, "images": images,
                                            "leak": await page.evaluate("window.leak")}
    return in_browser(work)


def test_open_root_is_sealed_with_its_slotted_light_dom_in_place(base: str) -> None:
    html, note, _ = _sealed(base + "/open")
    assert note is None
    assert ('<div id="h"><template shadowrootmode="open"><p>开放根里的字</p>'
            '<slot name="s"></slot><p hidden="">藏起来的字</p></template>'
            '<span slot="s">插槽里的字</span></div>') in html
    text = page_text(html).text
    assert "开放根里的字" in text and "插槽里的字" in text
    assert "藏起来的字" not in text  # hidden inside a root stays hidden


def test_closed_root_is_kept_without_changing_what_the_page_gets(base: str) -> None:
    html, _, seen = _sealed(base + "/closed")
    assert seen["leak"] is True  # the page got a closed root: host.shadowRoot stays null
    assert ('<section id="h"><template shadowrootmode="closed"><p>这款面膜销量第一，全网最低价</p>'
            in html)
    pt = page_text(html)
    seg = pt.segment_at(pt.text.index("这款面膜销量第一，全网最低价"))
    assert seg is not None and seg.path == "body/section[1]/template[1]/p[1]"
    # the layout names the element as the sealed DOM does: a finding there gets its box
    assert any(b.path == seg.path for b in seen["blocks"])
    # an image inside the root is seen (a licence image there is fetched and read)
    assert [i.alt for i in seen["images"] if i.src.endswith("/lic.png")] == ["营业执照"]


def test_nested_roots_are_sealed_in_order(base: str) -> None:
    html, note, _ = _sealed(base + "/nested")
    assert note is None
    assert ('<template shadowrootmode="open"><p>第一层</p><x-b><template shadowrootmode="closed">'
            '<p>第二层</p><x-c><template shadowrootmode="open"><p>第三层</p>') in html
    text = page_text(html).text
    assert text.index("第一层") < text.index("第二层") < text.index("第三层")


def test_root_attached_after_load_is_sealed(base: str) -> None:
    html, _, _ = _sealed(base + "/late", wait_for="performance.now() > 1500")
    assert "后挂上的字" in page_text(html).text


def test_ordinary_and_inert_templates_stay_unread(base: str) -> None:
    html, _, _ = _sealed(base + "/template")
    text = page_text(html).text
    assert "店内正文" in text
    assert "模板里全网第一" not in text and "惰性模板销量第一" not in text
    # the page's own inert template is renamed, so no browser attaches it on reopening
    assert 'data-hongdun-inert-shadowrootmode="open"' in html


def test_hostile_page_is_bounded_and_says_what_it_dropped(base: str) -> None:
    started = time.monotonic()
    html, note, _ = _sealed(base + "/many")
    took = time.monotonic() - started
    assert note == (f"shadow roots not sealed: {30000 - LIMITS.max_roots} over the limit of "
                    f"{LIMITS.max_roots} roots ({LIMITS.max_roots} roots sealed as declarative "
                    "shadow DOM)")
    assert html.count("<template shadowrootmode") == LIMITS.max_roots
    html, note, _ = _sealed(base + "/deep")
    assert note is not None and f"1 nested deeper than {LIMITS.max_depth}" in note
    assert html.count("<template shadowrootmode") == LIMITS.max_depth
    assert time.monotonic() - started < 60, took


def test_a_page_that_breaks_the_sealing_keeps_its_capture_with_a_note(base: str) -> None:
    html, note, _ = _sealed(base + "/broken")
    assert note is not None and note.startswith("shadow roots not sealed: ")
    assert "no inserting here" in note
    assert "正文" in page_text(html).text


def test_roots_over_the_dom_size_limit_are_counted(base: str) -> None:
    _, note, _ = _sealed(base + "/nested", max_chars=20)
    assert note is not None and "3 over the DOM size limit" in note


def test_rules_find_a_banned_claim_inside_a_closed_root_of_the_sealed_page(base: str) -> None:
    html, _, _ = _sealed(base + "/closed")
    target = Target("t-1", "taobao", "storefront", base + "/closed", "烟台市芝罘区示例商行",
                    "92370613MA3C5K7BXW", "370602", "日用百货")
    page = PageCapture("home", target.url, target.url, 200,
                       (("Content-Type", "text/html; charset=utf-8"),), html.encode("utf-8"),
                       (b"png",), True, AT, AT)
    found = RuleSet.load().evaluate(Capture("c-1", target, "s-1", "/tmp/c-1", "e" * 64, AT, (),
                                            (page,), None))
    claims = [f for f in found if f.rule_id == "ad.absolute_terms"]
    assert claims and claims[0].matched_text in "这款面膜销量第一，全网最低价"




def test_speaker_regions_are_read_inside_a_declarative_root() -> None:
    chat = ("<chat-box><template shadowrootmode=\"closed\"><style>i{color:red}</style><ul>"
            "<li><i>主播</i><em>果果</em><span>加我微信 gg12345 便宜</span></li>"
            "<li><em>小李</em><span>加我微信 li99999 拼单</span></li>"
            "<li><i>场控</i><em>阿强</em><span>私聊转账打八折</span></li>"
            "<li hidden><em>阿强</em><span>藏着的话</span></li>"
            "</ul></template></chat-box>")
    text = page_text(f"<html><body><h1>果果的店</h1>{chat}</body></html>",
                     speech=shipped_speech())
    said = {text.text[r.start:r.end].strip(): (r.role, r.author) for r in text.regions}
    assert said["主播果果加我微信 gg12345 便宜"] == ("anchor", "果果")
    assert said["小李加我微信 li99999 拼单"] == ("viewer", "小李")
    assert said["场控阿强私聊转账打八折"][0] == "assistant"
    assert "藏着的话" not in text.text
    # the same chat in an ordinary template is not shown, so not read
    inert = chat.replace(' shadowrootmode="closed"', "")
    assert "加我微信" not in page_text(f"<html><body>{inert}</body></html>",
                                   speech=shipped_speech()).text




def test_a_sweep_seals_a_closed_root_and_the_rules_find_its_claim(base: str,
                                                                  tmp_path: Path) -> None:
    home = tmp_path / "home"
    sweep_one(home, f"t-1,taobao,storefront,{base}/shop,烟台市芝罘区示例商行,92370613MA3C5K7BXW,"
                    "370602,日用百货")
    (sealed,) = home.glob("evidence/*/*/pages/01-home/page.html")
    assert ('<shop-ad id="h"><template shadowrootmode="closed"><p>这款面膜销量第一，全网最低价</p>'
            '</template></shop-ad>') in sealed.read_text(encoding="utf-8")
    claims = [f for f in findings(home) if f.rule_id == "ad.absolute_terms"]
    assert claims and claims[0].places[0].box is not None  # marked on the screenshot too




def test_a_hosts_light_children_are_read_only_through_a_slot() -> None:
    def shown(root: str, light: str) -> str:
        return page_text(f"<html><body><div><template shadowrootmode=\"open\">{root}"
                         f"</template>{light}</div><p>页尾</p></body></html>").text

    light = "默认的字<span slot=s>具名的字</span><b slot=t>无槽的字</b>"
    assert shown("<p>根</p>", light).split() == ["根", "页尾"]  # no slot: nothing shown
    both = shown("<slot name=s></slot><slot></slot>", light)
    assert "默认的字" in both and "具名的字" in both and "无槽的字" not in both
    named = shown("<slot name=s></slot><x-n><template shadowrootmode=open><slot></slot>"
                  "</template></x-n>", light)
    assert "具名的字" in named and "默认的字" not in named  # a nested root's slot is its own


def test_chat_rows_drawn_by_components_with_their_own_css_keep_their_speakers() -> None:
    def row(badge: str, nick: str, said: str) -> str:
        return ("<li><chat-msg><template shadowrootmode=\"open\"><style>.n{color:red}</style>"
                f"{badge}<em class=n>{nick}</em><span>{said}</span></template></chat-msg></li>")

    rows = (row("<i>主播</i>", "果果", "加我微信 gg12345 便宜"),
            row("", "小李", "加我微信 li99999 拼单"), row("<i>场控</i>", "阿强", "私聊转账打八折"))
    html = f"<html><body><h1>果果的店</h1><ul>{''.join(rows)}</ul></body></html>"
    text = page_text(html, speech=shipped_speech())
    assert [(r.role, r.author) for r in text.regions] == [
        ("anchor", "果果"), ("viewer", "小李"), ("assistant", "阿强")]
    assert "color" not in text.text




