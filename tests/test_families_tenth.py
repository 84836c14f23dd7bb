"""The tenth sealed batch (jplive, kuangjia, yimei, muying): its shape, registry extracts,
every page served, a room's chat as a browser polls it from its JSONP feed, and an old
官网's licence in its framed 企业资质 page. Never its scores: the batch is sealed.
"""

from __future__ import annotations

import json
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, sync_playwright

from demo.families import HELD_OUT
from demo.families.corpus import Family
from demo.server import DemoServer
from tests.family_batches import (
    check_links_resolve,
    check_registry_extracts,
    check_served,
    check_shape,
)

CHROMIUM = "/usr/bin/chromium"
BATCH = ("jplive", "kuangjia", "yimei", "muying")


@pytest.fixture(scope="module")
def batch(family_build: Callable[[str], Family]) -> dict[str, Family]:
    return {name: family_build(name) for name in BATCH if name in HELD_OUT}


@pytest.fixture(scope="module")
def server() -> Iterator[DemoServer]:
    with DemoServer() as running:
        yield running


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """One Chromium for the module's browser tests, each in a context of its own."""
    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    """A fresh page in a fresh browser context (no cookies, storage or cache shared)."""
    context = browser.new_context()
    try:
        yield context.new_page()
    finally:
        context.close()


def test_the_batch_is_held_out_with_a_live_family_and_enough_decoys(
        batch: dict[str, Family]) -> None:
    assert "jplive" in batch
    assert {t.kind for t in batch["jplive"].targets} == {"livestream"}
    check_shape(batch)


def test_registry_extracts_are_fresh_import_and_back_the_deregistered_labels(
        batch: dict[str, Family], tmp_path: Path) -> None:
    check_registry_extracts(batch, tmp_path)


def test_every_page_and_asset_is_served(batch: dict[str, Family], server: DemoServer) -> None:
    check_served(batch, server.base_url)


def test_every_link_stays_in_the_family(batch: dict[str, Family]) -> None:
    check_links_resolve(batch)


def test_a_rooms_feed_is_served_as_chained_jsonp_scripts(server: DemoServer) -> None:
    base = f"{server.base_url}/f/jplive/sn/yuwan/feed/"
    n: int | None = 0
    lines = []
    while n is not None:
        with urllib.request.urlopen(f"{base}{n}.js", timeout=10) as resp:
            assert resp.headers["Content-Type"].startswith("text/javascript")
            text = resp.read().decode()
        assert text.startswith("window.__jpChunk(")
        chunk = json.loads(text[len("window.__jpChunk("):text.rindex(")")])
        lines += chunk["lines"]
        n = chunk["next"]
    assert len(lines) == 4 and set(lines[0]) == {"r", "n", "w"}


def test_a_room_polls_and_draws_its_chat(server: DemoServer, page: Page) -> None:
    url = f"{server.base_url}/f/jplive/sn/yuwan/"
    with urllib.request.urlopen(url, timeout=10) as resp:
        served = resp.read().decode()
    assert "jp-chat" in served and "yw8866" not in served  # the served HTML has no chat
    page.goto(url)
    page.wait_for_selector("html[data-jp=ended]", timeout=20_000)
    assert page.locator(".jp-chat li").count() == 4
    anchor = page.locator(".jp-chat li:has(img[alt='主播'])")
    assert anchor.count() == 2 and "yw8866" in anchor.nth(1).inner_text()
    page.goto(f"{server.base_url}/f/jplive/sn/shanlan/")
    page.wait_for_selector("html[data-jp=ended]", timeout=20_000)
    assert page.locator(".jp-chat li svg title").count() == 1
    assert "按个赔付" in page.inner_text(".jp-card q")


def test_an_old_site_shows_its_licence_only_in_a_framed_page(server: DemoServer,
                                                             page: Page) -> None:
    page.goto(f"{server.base_url}/f/kuangjia/hengtuo/")
    assert "统一社会信用代码" not in page.content()  # the frameset itself holds no licence
    left, main = page.frame(name="left"), page.frame(name="main")
    assert left is not None and main is not None
    left.click("a[href='zizhi.html']")
    main.wait_for_url("**/zizhi.html")
    assert "龙口市恒拓汽车配件有限公司" in main.inner_text("body")
    page.goto(f"{server.base_url}/f/kuangjia/furui/")
    page.click("a[href='zizhi.html']")
    content = page.frame(name="nr")
    assert content is not None
    content.wait_for_url("**/zizhi.html")
    assert "烟台福瑞保温材料有限公司" in content.inner_text("body")
