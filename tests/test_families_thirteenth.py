"""The thirteenth batch (vdlive, shouqi, tuwen, xieyin): its shape, registry extracts,
every page served, and what is new about it: live rooms whose long-polled chat is patched as
vnodes into an aria-live list with the speaker only in an avatar's alt, 官网 whose licence sits
in a collapsed accordion region or in a JSON-LD Organization and the footer, shops whose copy
is only alt text, figcaptions and tooltips, and shops of template-filled custom elements whose
lures are spelt in 谐音. Its scores are test_families.py's (TWELFTH_FLOOR): scored once at
first contact, then published and tuned on.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from playwright.sync_api import Page

from demo.families import HELD_OUT, SEALED, TWELFTH_TUNED
from demo.families.corpus import Family
from demo.families.truth import read_truth
from demo.server import DemoServer
from tests.family_batches import (
    check_links_resolve,
    check_registry_extracts,
    check_served,
    check_shape,
    fetch,
)

BATCH = ("vdlive", "shouqi", "tuwen", "xieyin")


@pytest.fixture(scope="module")
def batch(family_build: Callable[[str], Family]) -> dict[str, Family]:
    return {name: family_build(name) for name in BATCH if name in HELD_OUT}



def test_the_batch_is_held_out_shaped_registered_and_served(
        batch: dict[str, Family], family_server: DemoServer, tmp_path: Path) -> None:
    """One live family and one of self-built sites among four; shape and decoys, fresh
    registry extracts backing the 注销/吊销 labels, every page and asset served, every link
    inside its family."""
    assert set(batch) == set(BATCH) == set(TWELFTH_TUNED)
    assert not set(BATCH) & set(SEALED)  # tuned on now: never sealed again
    assert {t.kind for t in batch["vdlive"].targets} == {"livestream"}
    assert {t.platform for t in batch["shouqi"].targets} == {"other"}
    check_shape(batch)
    check_registry_extracts(batch, tmp_path)
    check_links_resolve(batch)
    check_served(batch, family_server.base_url)


def test_a_rooms_chat_is_a_chain_of_poll_answers_absent_from_its_html(
        family_server: DemoServer) -> None:
    base = f"{family_server.base_url}/f/vdlive/vd/nvzhuang/"
    room, _ = fetch(base)
    assert "微信下单".encode() not in room and b'aria-live="polite"' in room
    url, seen = base + "poll/0.json", []
    while url:
        body, kind = fetch(url if url.startswith("http") else family_server.base_url + url)
        assert kind.startswith("application/json")
        answer = json.loads(body)
        seen.append(answer["cursor"])
        if any("微信下单" in m["text"] for m in answer["msgs"]):
            lure = next(m for m in answer["msgs"] if "微信下单" in m["text"])
            assert lure["tone"] == "teal" and lure["alt"] == "小鹿的助播"
        url = answer["next"]
    assert seen == list(range(len(seen))) and len(seen) >= 2


def test_a_room_draws_rows_with_avatars_and_colour_classes_only(
        family_server: DemoServer, family_page: Page) -> None:
    family_page.goto(f"{family_server.base_url}/f/vdlive/vd/texiao/")
    family_page.wait_for_selector("html[data-vd=done]", timeout=20_000)
    rows = family_page.locator("ul.vd-chat[role=log] > li.vd-row")
    assert rows.count() == 2
    host = family_page.locator("li.vd-tone-gold")
    assert host.locator("img.vd-ava").get_attribute("alt") == "毛衫大姐"
    assert "不退不换" in host.inner_text() and "毛衫大姐" not in host.inner_text()
    assert "一经售出概不退换" in family_page.inner_text(".vd-pin")
    assert family_page.locator(".vd-tone-grey img").get_attribute("alt")


def test_an_accordion_licence_is_hidden_until_its_button_is_pressed(
        batch: dict[str, Family], family_server: DemoServer, family_page: Page) -> None:
    target = next(t for t in batch["shouqi"].targets if t.path == "/sq/jiuzhuang/")
    url = f"{family_server.base_url}/f/shouqi/sq/jiuzhuang/about.html"
    assert target.uscc in fetch(url)[0].decode()  # served, but in a hidden region
    family_page.goto(url)
    assert target.uscc not in family_page.inner_text("body")
    button = family_page.locator("button[aria-controls=sq-pane-2]")
    assert button.get_attribute("aria-expanded") == "false"
    button.click()
    family_page.wait_for_selector("html[data-sq-fold=open]", timeout=10_000)
    assert button.get_attribute("aria-expanded") == "true"
    assert target.uscc in family_page.inner_text("#sq-pane-2")


def test_a_json_ld_site_names_the_firm_and_its_group_parent(
        batch: dict[str, Family], family_server: DemoServer) -> None:
    target = next(t for t in batch["shouqi"].targets if t.path == "/sq/guoyuan/")
    home = fetch(f"{family_server.base_url}/f/shouqi/sq/guoyuan/")[0].decode()
    start = home.index('<script type="application/ld+json">') + 35
    org = json.loads(home[start:home.index("</script>", start)])
    assert org["@type"] == "Organization" and org["taxID"] == target.uscc
    assert org["legalName"] == target.registered_name
    assert org["parentOrganization"]["taxID"] != target.uscc
    assert f"统一社会信用代码：{target.uscc}" in home  # the footer shows it too


def test_detail_copy_lives_in_alt_text_figcaptions_and_tooltips(
        family_server: DemoServer, family_page: Page) -> None:
    truth = read_truth("tuwen")
    assert truth["tw-02"]["rules"] == ["ad.medical_claims"]
    url = f"{family_server.base_url}/f/tuwen/tw/jiaosu/item/yuanjiang.html"
    family_page.goto(url)
    assert "癌症" not in family_page.inner_text("body")
    assert "癌症" in (family_page.locator(".tu-fig img").first.get_attribute("alt") or "")
    family_page.goto(f"{family_server.base_url}/f/tuwen/tw/chuangpin/item/sijiantao.html")
    tip = family_page.locator(".tu-tips .tu-tip[role=note]")
    assert tip.inner_text() == "福利" and "销量第一" in (tip.get_attribute("aria-label") or "")
    assert "销量第一" not in family_page.inner_text("body")
    family_page.goto(f"{family_server.base_url}/f/tuwen/tw/chaye/zhengzhao.html")
    assert "统一社会信用代码" in family_page.inner_text("figure figcaption")
    svg = fetch(f"{family_server.base_url}/f/tuwen/static/tu-long.svg")[0]
    assert b"<text" not in svg  # the long images carry no words of their own


def test_custom_elements_fill_their_templates_in_the_light_dom(
        family_server: DemoServer, family_page: Page) -> None:
    url = f"{family_server.base_url}/f/xieyin/xy/weixin/"
    served = fetch(url)[0].decode()
    assert 'data-words="[&quot;' in served and "<xy-goods" in served
    family_page.goto(url)
    family_page.wait_for_selector("html[data-xy=ready]", timeout=10_000)
    card = family_page.locator("xy-goods[data-filled='1'] article.xyk-card")
    assert "薇❤" in card.inner_text()
    assert family_page.evaluate("document.querySelector('xy-goods').shadowRoot") is None
    assert family_page.locator("slot").count() == 0
    family_page.goto(f"{family_server.base_url}/f/xieyin/xy/vxin/")
    family_page.wait_for_selector("html[data-xy=ready]", timeout=10_000)
    answers = family_page.locator("xy-ask li").all_inner_texts()
    assert any(a.startswith("卖家") and "加 V 信" in a for a in answers)
    family_page.goto(f"{family_server.base_url}/f/xieyin/xy/xiezi/dangan.html")
    family_page.wait_for_selector("html[data-xy=ready]", timeout=10_000)
    assert "统一社会信用代码" in family_page.inner_text("xy-licence")
