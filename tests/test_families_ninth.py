"""The ninth sealed batch (sselive, xcxmall, nongzi, jiaopei): its shape, registry extracts,
every page served, a room's chat as a browser plays it from its Server-Sent Events feed, and
a 小程序 shop's licence on its #/qualification route. Never its scores: the batch is sealed.
"""

from __future__ import annotations

import json
import urllib.request
from collections.abc import Callable
from pathlib import Path

import pytest
from playwright.sync_api import Page

from demo.families import HELD_OUT
from demo.families.corpus import Family
from demo.server import DemoServer
from tests.family_batches import (
    check_links_resolve,
    check_registry_extracts,
    check_served,
    check_shape,
)

BATCH = ("sselive", "xcxmall", "nongzi", "jiaopei")


@pytest.fixture(scope="module")
def batch(family_build: Callable[[str], Family]) -> dict[str, Family]:
    return {name: family_build(name) for name in BATCH}


def test_the_batch_is_held_out_with_a_live_family_and_enough_decoys(
        batch: dict[str, Family]) -> None:
    assert set(batch) <= set(HELD_OUT) and "sselive" in batch
    assert {t.kind for t in batch["sselive"].targets} == {"livestream"}
    check_shape(batch)


def test_registry_extracts_are_fresh_import_and_back_the_deregistered_labels(
        batch: dict[str, Family], tmp_path: Path) -> None:
    check_registry_extracts(batch, tmp_path)


def test_every_page_and_asset_is_served(batch: dict[str, Family],
                                        family_server: DemoServer) -> None:
    check_served(batch, family_server.base_url)


def test_every_link_stays_in_the_family(batch: dict[str, Family]) -> None:
    check_links_resolve(batch)


def test_a_rooms_feed_is_served_as_an_event_stream(batch: dict[str, Family],
                                                   family_server: DemoServer) -> None:
    url = f"{family_server.base_url}/f/sselive/vip/lanwu/chat.sse"
    with urllib.request.urlopen(url, timeout=10) as resp:
        assert resp.headers["Content-Type"].startswith("text/event-stream")
        events = resp.read().decode().split("\n\n")
    says = [e for e in events if e.startswith("event: say")]
    assert len(says) >= 4 and events[-2].startswith("event: bye")
    first = json.loads(says[0].split("data: ", 1)[1])
    assert set(first) == {"t", "k", "n", "w"}


def test_a_room_plays_its_chat_from_its_event_source(family_server: DemoServer,
                                                     family_page: Page) -> None:
    url = f"{family_server.base_url}/f/sselive/vip/lanwu/"
    with urllib.request.urlopen(url, timeout=10) as resp:
        served = resp.read().decode()
    assert "vx-log" in served and "lanwu1688" not in served  # the served HTML has no chat
    family_page.goto(url)
    family_page.wait_for_selector("html[data-vx=ended]", timeout=20_000)
    assert family_page.locator(".vx-line").count() == 4
    host = family_page.locator(".vx-line[data-tier=host]")
    assert host.count() == 2 and "私下转账" in host.nth(1).inner_text()
    assert family_page.locator(".vx-line[data-tier=aide] .vx-tag").get_attribute(
        "aria-label") == "副播"
    family_page.goto(f"{family_server.base_url}/f/sselive/vip/yishang/")
    family_page.wait_for_selector("html[data-vx=ended]", timeout=20_000)
    assert "概不退换" in family_page.inner_text(".vx-pin")


def test_a_mini_program_shows_its_licence_on_the_qualification_route(family_server: DemoServer,
                                                                     family_page: Page) -> None:
    family_page.goto(f"{family_server.base_url}/f/xcxmall/wx/maixiang/")
    family_page.wait_for_selector("html[data-mp-route='/']")
    assert "统一社会信用代码" not in family_page.inner_text("body")
    family_page.click("a.mp-tab[href='#/qualification']")
    family_page.wait_for_selector("html[data-mp-route='/qualification']")
    assert "烟台市芝罘区麦香坊烘焙店" in family_page.inner_text("table.mp-qual")
    family_page.goto(f"{family_server.base_url}/f/xcxmall/wx/anshui/#/goods/g1")
    family_page.wait_for_selector("html[data-mp-route='/goods/g1']")
    assert "概不退换" in family_page.inner_text(".mp-view")
