"""The eighth sealed batch (ddlive, liangzhao, mengchong, shiguang): its shape, registry
extracts, every page served, a room's recycled chat list as a browser plays it, and a 官网's
licence behind its badge and its fetch() tab. Its scores are in tests/test_families.py
(SEVENTH_FLOOR): the batch was published after first contact and is tuned on now.
"""

from __future__ import annotations

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

BATCH = ("ddlive", "liangzhao", "mengchong", "shiguang")
SEEN = """window.__seen = [];
new MutationObserver(ms => ms.forEach(m => {
  const t = (m.target.nodeType === 3 ? m.target.parentNode : m.target).textContent;
  if (t) window.__seen.push(t);
})).observe(document, {subtree: true, childList: true, characterData: true});"""


@pytest.fixture(scope="module")
def batch(family_build: Callable[[str], Family]) -> dict[str, Family]:
    return {name: family_build(name) for name in BATCH}


def test_the_batch_is_held_out_with_live_rooms_a_self_built_family_and_enough_decoys(
        batch: dict[str, Family]) -> None:
    assert set(batch) <= set(HELD_OUT)
    assert {t.kind for t in batch["ddlive"].targets} == {"livestream"}
    assert {t.platform for t in batch["liangzhao"].targets} == {"other"}
    check_shape(batch)


def test_registry_extracts_are_fresh_import_and_back_the_deregistered_labels(
        batch: dict[str, Family], tmp_path: Path) -> None:
    check_registry_extracts(batch, tmp_path)


def test_every_page_and_asset_is_served(batch: dict[str, Family],
                                        family_server: DemoServer) -> None:
    check_served(batch, family_server.base_url)


def test_every_link_stays_in_the_family(batch: dict[str, Family]) -> None:
    check_links_resolve(batch)


def test_a_room_plays_its_chat_into_twenty_recycled_rows(batch: dict[str, Family],
                                                        family_server: DemoServer,
                                                        family_page: Page) -> None:
    feed = batch["ddlive"].assets["/duoduo/lanwan/feed.tsv"][0].decode().splitlines()
    first, last = feed[0].split("\t")[3], feed[-1].split("\t")[3]
    family_page.add_init_script(SEEN)
    family_page.goto(f"{family_server.base_url}/f/ddlive/duoduo/lanwan/")
    family_page.wait_for_selector("html[data-ddv=ended]", timeout=20_000)
    assert family_page.locator(".ddv-row").count() == 20 and len(feed) >= 30
    chat = family_page.inner_text(".ddv-scroller")
    assert last in chat and first not in chat  # the first line's row was reused
    assert family_page.locator(".ddv-row[data-seat='3']").count() >= 1  # the 助理's line
    seen = family_page.evaluate("window.__seen.join('\\n')")
    assert "降血糖" in seen and "降血糖" not in family_page.inner_text("body")  # 口播 replaced
    family_page.locator(".ddv-scroller").evaluate("e => { e.scrollTop = 0; }")
    family_page.wait_for_function(
        "t => document.querySelector('.ddv-scroller').innerText.includes(t)", arg=first)
    top = family_page.locator(".ddv-row[data-seat='1']:not([hidden])")
    assert top.first.get_attribute("aria-label") == "平台消息"
    assert family_page.locator(".ddv-row").count() == 20


def test_a_firms_licence_sits_in_its_badge_dialog_and_its_fetched_tab(family_server: DemoServer,
                                                                      family_page: Page) -> None:
    family_page.goto(f"{family_server.base_url}/f/liangzhao/maitian/")
    assert "统一社会信用代码" not in family_page.inner_text("body")  # the dialog is closed
    family_page.click(".lz-seal")
    assert "烟台市芝罘区麦田手作烘焙坊" in family_page.inner_text("#lz-cert")
    family_page.goto(f"{family_server.base_url}/f/liangzhao/shanqian/")
    assert family_page.locator("#lz-pane-zz").inner_text() == ""
    family_page.click("[data-lz-pane=lz-pane-zz]")
    family_page.wait_for_selector("#lz-pane-zz table")
    assert "栖霞市山前家庭农场" in family_page.inner_text("#lz-pane-zz")


def test_a_framed_room_plays_its_list_inside_a_same_origin_iframe(family_server: DemoServer,
                                                                  family_page: Page) -> None:
    family_page.goto(f"{family_server.base_url}/f/ddlive/mtlive/yuhuo/")
    family_page.wait_for_selector("html[data-ddv=ended]", timeout=20_000)
    assert family_page.locator(".ddv-row").count() == 0  # no rows in the room page itself
    frame = family_page.frame_locator("iframe.ddv-chatframe")
    assert frame.locator(".ddv-row").count() == 20
    assert "周末也能用" in frame.locator(".ddv-scroller").inner_text()
    assert "点评4.8分" in family_page.inner_text(".ddv-voice")  # the strip is the room's
