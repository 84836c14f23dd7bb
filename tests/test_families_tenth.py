"""The tenth batch (jplive, kuangjia, yimei, muying; NINTH_TUNED): its shape, registry
extracts, every page served, a room's chat as a browser polls it from its JSONP feed, and an
old 官网's licence in its framed 企业资质 page. Its scores are tests/test_families.py's.
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

BATCH = ("jplive", "kuangjia", "yimei", "muying")


@pytest.fixture(scope="module")
def batch(family_build: Callable[[str], Family]) -> dict[str, Family]:
    return {name: family_build(name) for name in BATCH if name in HELD_OUT}


def test_the_batch_is_held_out_with_a_live_family_and_enough_decoys(
        batch: dict[str, Family]) -> None:
    assert "jplive" in batch
    assert {t.kind for t in batch["jplive"].targets} == {"livestream"}
    check_shape(batch)


def test_registry_extracts_are_fresh_import_and_back_the_deregistered_labels(
        batch: dict[str, Family], tmp_path: Path) -> None:
    check_registry_extracts(batch, tmp_path)


def test_every_page_and_asset_is_served(batch: dict[str, Family],
                                        family_server: DemoServer) -> None:
    check_served(batch, family_server.base_url)


def test_every_link_stays_in_the_family(batch: dict[str, Family]) -> None:
    check_links_resolve(batch)


def test_a_rooms_feed_is_served_as_chained_jsonp_scripts(family_server: DemoServer) -> None:
    base = f"{family_server.base_url}/f/jplive/sn/yuwan/feed/"
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


def test_a_room_polls_and_draws_its_chat(family_server: DemoServer, family_page: Page) -> None:
    url = f"{family_server.base_url}/f/jplive/sn/yuwan/"
    with urllib.request.urlopen(url, timeout=10) as resp:
        served = resp.read().decode()
    assert "jp-chat" in served and "yw8866" not in served  # the served HTML has no chat
    family_page.goto(url)
    family_page.wait_for_selector("html[data-jp=ended]", timeout=20_000)
    assert family_page.locator(".jp-chat li").count() == 4
    anchor = family_page.locator(".jp-chat li:has(img[alt='主播'])")
    assert anchor.count() == 2 and "yw8866" in anchor.nth(1).inner_text()
    family_page.goto(f"{family_server.base_url}/f/jplive/sn/shanlan/")
    family_page.wait_for_selector("html[data-jp=ended]", timeout=20_000)
    assert family_page.locator(".jp-chat li svg title").count() == 1
    assert "按个赔付" in family_page.inner_text(".jp-card q")


def test_an_old_site_shows_its_licence_only_in_a_framed_page(family_server: DemoServer,
                                                             family_page: Page) -> None:
    family_page.goto(f"{family_server.base_url}/f/kuangjia/hengtuo/")
    assert "统一社会信用代码" not in family_page.content()  # the frameset itself holds no licence
    left, main = family_page.frame(name="left"), family_page.frame(name="main")
    assert left is not None and main is not None
    left.click("a[href='zizhi.html']")
    main.wait_for_url("**/zizhi.html")
    assert "龙口市恒拓汽车配件有限公司" in main.inner_text("body")
    family_page.goto(f"{family_server.base_url}/f/kuangjia/furui/")
    family_page.click("a[href='zizhi.html']")
    content = family_page.frame(name="nr")
    assert content is not None
    content.wait_for_url("**/zizhi.html")
    assert "烟台福瑞保温材料有限公司" in content.inner_text("body")
