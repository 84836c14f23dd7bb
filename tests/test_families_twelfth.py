"""The twelfth batch (fanti, guangbo, fanpa, jiazai): its shape, registry extracts, every
page served, and what is new about it: 跨境/港澳 shops written in traditional characters, live
rooms whose chat reaches the page only as BroadcastChannel messages from a hidden hub frame,
官网 whose licence captions exist only as CSS generated content (or as SVG text, or in a
<template> modal), and catalogues whose rule-breaking goods load only by 加载更多 or on page 2.
Its scores are test_families.py's (ELEVENTH_FLOOR): scored once at first contact, then
published and tuned on.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from playwright.sync_api import Page

from demo.families import ELEVENTH_TUNED, HELD_OUT, SEALED
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

BATCH = ("fanti", "guangbo", "fanpa", "jiazai")


@pytest.fixture(scope="module")
def batch(family_build: Callable[[str], Family]) -> dict[str, Family]:
    return {name: family_build(name) for name in BATCH if name in HELD_OUT}



def test_the_batch_is_held_out_shaped_registered_and_served(
        batch: dict[str, Family], family_server: DemoServer, tmp_path: Path) -> None:
    """One live family and one of self-built sites among four; shape and decoys, fresh
    registry extracts backing the 注销/吊销 labels, every page and asset served, every link
    inside its family."""
    assert set(batch) == set(BATCH) == set(ELEVENTH_TUNED)
    assert not set(BATCH) & set(SEALED)  # tuned on now: never sealed again
    assert {t.kind for t in batch["guangbo"].targets} == {"livestream"}
    assert {t.platform for t in batch["fanpa"].targets} == {"other"}
    check_shape(batch)
    check_registry_extracts(batch, tmp_path)
    check_links_resolve(batch)
    check_served(batch, family_server.base_url)


def test_traditional_shops_write_the_licence_in_traditional_characters(
        batch: dict[str, Family], family_server: DemoServer) -> None:
    body, _ = fetch(f"{family_server.base_url}/f/fanti/tc/haiwei/zizhi.html")
    text = body.decode()
    assert 'lang="zh-Hant-HK"' in text
    assert "統一社會信用代碼" in text and "營業執照信息" in text
    assert "统一社会信用代码" not in text and "营业执照" not in text
    target = batch["fanti"].targets[0]
    assert target.registered_name == "烟台海韵跨境电子商务有限公司"
    assert target.registered_name not in text and "煙臺海韻跨境電子商務有限公司" in text
    assert target.uscc in text
    lure, _ = fetch(f"{family_server.base_url}/f/fanti/tc/yingyou/")
    assert "WhatsApp" in lure.decode() and "轉數快" in lure.decode()
    paths = {p.path for p in batch["fanti"].pages}
    assert "/tc/yingyou/zizhi.html" not in paths  # the 代購 shop shows no licence at all


def test_a_rooms_served_html_holds_no_chat_and_its_feed_is_ndjson(
        batch: dict[str, Family], family_server: DemoServer) -> None:
    base = f"{family_server.base_url}/f/guangbo/gb/weixin/"
    room, _ = fetch(base)
    hub, _ = fetch(base + "hub.html")
    assert b"ytxm2024" not in room and b"ytxm2024" not in hub
    assert b'<iframe class="bc_hub"' in room and b"hidden" in room
    feed, kind = fetch(base + "msgs.ndjson")
    assert kind.startswith("application/x-ndjson")
    lines = [json.loads(line) for line in feed.decode().splitlines()]
    assert lines[-1]["t"] == "end" and [m["at"] for m in lines] == sorted(m["at"] for m in lines)
    assert any("ytxm2024" in m.get("text", "") and m["role"] == "host" for m in lines)


def test_a_room_draws_broadcast_messages_as_table_rows(family_server: DemoServer,
                                                       family_page: Page) -> None:
    family_page.goto(f"{family_server.base_url}/f/guangbo/gb/zhuye/")
    family_page.wait_for_selector("html[data-gb=done]", timeout=20_000)
    rows = family_page.locator(".bc_log tbody tr")
    assert rows.count() == 3
    lure = family_page.locator(".bc_log tbody tr[data-role=assistant]")
    assert lure.locator("th").inner_text() == "助理" and "V我" in lure.inner_text()
    hub = family_page.frame_locator("iframe.bc_hub")
    assert hub.locator("body").inner_text() == ""  # the hub shows nothing of the chat
    family_page.goto(f"{family_server.base_url}/f/guangbo/gb/butui/")
    family_page.wait_for_selector("html[data-gb=done]", timeout=20_000)
    assert "不退不换" in family_page.inner_text(".bc_pin")


def test_css_captions_exist_only_as_generated_content(family_server: DemoServer,
                                                      family_page: Page) -> None:
    url = f"{family_server.base_url}/f/fanpa/ws/fensi/about.html"
    served = fetch(url)[0].decode()
    assert "统一社会信用代码" not in served and "龙口市金禾粉丝有限公司" in served
    css = fetch(f"{family_server.base_url}/f/fanpa/static/fp-lic.css")[0].decode()
    assert "统一社会信用代码" not in css and r"\7EDF " in css
    family_page.goto(url)
    assert "统一社会信用代码" not in family_page.inner_text(".k-lic")
    caption = family_page.evaluate(
        "getComputedStyle(document.querySelector('.k-uscc'), '::before').content")
    assert caption == '"统一社会信用代码："'


def test_an_svg_licence_splits_its_code_over_tspans(batch: dict[str, Family],
                                                    family_server: DemoServer,
                                                    family_page: Page) -> None:
    target = next(t for t in batch["fanpa"].targets if t.path == "/ws/ligao/")
    url = f"{family_server.base_url}/f/fanpa/ws/ligao/zizhi.html"
    served = fetch(url)[0].decode()
    assert "<svg" in served and target.uscc not in served
    family_page.goto(url)
    texts = family_page.locator("svg.fp-svg text").all_text_contents()
    assert any(t == f"统一社会信用代码：{target.uscc}" for t in texts)


def test_a_template_licence_shows_only_when_its_button_is_clicked(
        family_server: DemoServer, family_page: Page) -> None:
    family_page.goto(f"{family_server.base_url}/f/fanpa/ws/yingtao/")
    name = "烟台市福山区樱桃谷果品专业合作社"
    assert name not in family_page.inner_text("body")
    family_page.click("button.fp-open")
    family_page.wait_for_selector("html[data-fp-modal=open]", timeout=10_000)
    assert name in family_page.inner_text(".fp-modal[role=dialog]")


def test_page_two_goods_load_only_by_load_more_or_next_page(
        family_server: DemoServer, family_page: Page) -> None:
    truth = read_truth("jiazai")
    qingshui = truth["jz-02"]["pages"]  # type: ignore[index]
    assert qingshui["/f/jiazai/jz/qingshui/"]["rules"] == []
    assert qingshui["/f/jiazai/jz/qingshui/list-2.html"]["rules"] == [
        "ad.medical_claims", "live.offplatform_lure"]
    base = f"{family_server.base_url}/f/jiazai/jz/nadou/"
    assert "溶栓".encode() not in fetch(base)[0]
    family_page.goto(base)
    assert family_page.locator(".yl-card").count() == 1
    family_page.click("button.yl-more")
    family_page.wait_for_selector("html[data-jz-more=loaded]", timeout=10_000)
    assert family_page.locator(".yl-card").count() == 2
    assert "溶栓" in family_page.inner_text(".yl-list")
    family_page.goto(f"{family_server.base_url}/f/jiazai/jz/qingshui/")
    family_page.click("a.yl-pager__next")
    family_page.wait_for_url(re.compile(r".*/list-2\.html$"))
    assert "qdl2025" in family_page.inner_text(".yl-list")
