"""The seventh session's batch (haichan, bzlive, jianding, minsu), built blind and sealed, now
tuned on (SIXTH_TUNED): its shape, registry extracts, every page served, and a room's
shadow-DOM chat as a browser sees it. Its scores are test_families.py's (SIXTH_FLOOR).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright

from demo.families import HELD_OUT, SEALED, SIXTH_TUNED
from demo.families.corpus import Family
from demo.server import DemoServer
from tests.family_batches import (
    check_links_resolve,
    check_registry_extracts,
    check_served,
    check_shape,
)

CHROMIUM = "/usr/bin/chromium"
BATCH = ("haichan", "bzlive", "jianding", "minsu")  # by name: SEALED holds the next batch


@pytest.fixture(scope="module")
def batch(family_build: Callable[[str], Family]) -> dict[str, Family]:
    return {name: family_build(name) for name in BATCH}


@pytest.fixture(scope="module")
def server() -> Iterator[DemoServer]:
    with DemoServer() as running:
        yield running


def test_the_batch_is_held_out_with_a_family_of_live_rooms_and_enough_decoys(
        batch: dict[str, Family]) -> None:
    assert set(batch) == set(SIXTH_TUNED) and set(batch) <= set(HELD_OUT)
    assert not set(batch) & set(SEALED)  # tuned on now: never sealed again
    assert any({t.kind for t in f.targets} == {"livestream"} for f in batch.values())
    check_shape(batch)


def test_registry_extracts_are_fresh_import_and_back_the_deregistered_labels(
        batch: dict[str, Family], tmp_path: Path) -> None:
    check_registry_extracts(batch, tmp_path)


def test_every_page_and_asset_is_served(batch: dict[str, Family], server: DemoServer) -> None:
    check_served(batch, server.base_url)


def test_every_link_stays_in_the_family(batch: dict[str, Family]) -> None:
    check_links_resolve(batch)


def test_a_room_plays_its_chat_into_a_shadow_root_with_badges_a_pin_and_captions(
        server: DemoServer) -> None:
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        try:
            page = browser.new_page()
            page.goto(f"{server.base_url}/f/bzlive/bili/yuguang/")
            page.wait_for_selector("html[data-chat-state=quiet]", timeout=20_000)
            chat = page.locator("bzl-chat").evaluate("e => e.shadowRoot.textContent")
            assert "官方" in chat and "提督" in chat and "场控" in chat
            assert "不退不换" not in page.locator("bzl-chat").inner_html()  # rows are shadowed
            assert "不退不换" in page.inner_text(".bzl-pin")
            assert "牟平本地晒" in page.inner_text(".bzl-cc-lines")
        finally:
            browser.close()
