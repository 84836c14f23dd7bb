"""The demo pages in a real Chromium: JS-built shops, live-room chat, licence images."""

from __future__ import annotations

import urllib.request

import pytest
from playwright.sync_api import Browser

from demo.catalog import all_shops
from demo.pages import licence_path
from demo.server import DemoServer


@pytest.fixture(scope="module")
def base(family_server: DemoServer) -> str:
    return family_server.base_url


@pytest.fixture(scope="module")
def browser(family_browser: Browser) -> Browser:
    """The module's Chromium (tests/conftest.py), under the name these tests read."""
    return family_browser


def test_js_shop_shows_its_licence_only_after_rendering(base: str, browser: Browser) -> None:
    shop = next(s for s in all_shops() if s.style == "js" and s.display == "text")
    assert shop.licence is not None
    raw = urllib.request.urlopen(base + shop.root, timeout=10).read().decode()
    assert shop.licence.name not in raw and shop.intro not in raw, "plain HTTP must see nothing"
    # Without its script the page shows no licence (deterministic, where reading the DOM
    # "before the script ran" raced the script on a loaded machine).
    bare = browser.new_page(java_script_enabled=False)
    bare.goto(base + shop.root, wait_until="load")
    assert shop.licence.name not in bare.inner_text("body")
    bare.close()
    page = browser.new_page()
    page.goto(base + shop.root, wait_until="domcontentloaded")
    page.wait_for_selector("html[data-ready='1']", timeout=5000)
    text = page.inner_text("body")
    assert shop.licence.name in text and shop.licence.uscc in text and shop.intro in text
    page.close()


def test_js_linked_entry_appears_late_and_leads_to_the_licence(base: str,
                                                               browser: Browser) -> None:
    shop = next(s for s in all_shops() if s.style == "js-linked" and s.display == "text")
    assert shop.licence is not None
    link = f'a[href="{licence_path(shop)}"]'
    bare = browser.new_page(java_script_enabled=False)  # the entry is the script's alone
    bare.goto(base + shop.root, wait_until="load")
    assert bare.query_selector(link) is None
    bare.close()
    page = browser.new_page()
    page.goto(base + shop.root, wait_until="domcontentloaded")
    page.wait_for_selector(link, timeout=5000).click()
    page.wait_for_load_state("load")
    assert shop.licence.uscc in page.inner_text("main")
    page.close()


def test_live_room_chat_is_time_stamped_dom(base: str, browser: Browser) -> None:
    live = [s for s in all_shops() if s.kind == "livestream"]
    assert len(live) >= 2
    page = browser.new_page()
    for shop in live:
        page.goto(base + shop.root, wait_until="domcontentloaded")
        rows = page.query_selector_all("#chat li")
        assert len(rows) >= len(shop.chat)
        first = rows[0]
        assert first.query_selector("time").inner_text() == shop.chat[0][0]
        assert shop.chat[0][2] in first.inner_text()
    page.wait_for_function(f"document.querySelectorAll('#chat li').length > {len(live[-1].chat)}",
                           timeout=5000)
    page.close()


def test_licence_images_load_in_the_browser(base: str, browser: Browser) -> None:
    shop = next(s for s in all_shops() if s.display == "image" and s.style == "linked")
    page = browser.new_page()
    page.goto(base + shop.root)
    page.click(f'a[href="{licence_path(shop)}"]')
    page.wait_for_load_state("load")
    width = page.eval_on_selector("img.lic-img", "img => img.naturalWidth")
    assert width == 1400
    page.close()
