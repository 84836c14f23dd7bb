"""The settle wait scrolls a tall page: a licence that loads only when its footer is seen.

A shop (chaguan's kind) fetches its licence block when the footer scrolls into view, by an
IntersectionObserver. Rendered without scrolling, the capture has no licence and the shop
is accused of hiding it. read_page with the profile's scroll_pages scrolls a viewport at a
time after the settle, back to the top, and settles again, in real Chromium.
"""

from __future__ import annotations

import asyncio

from playwright.async_api import Route, async_playwright

from crawlers import browser
from crawlers.profiles import Profiles

CHROMIUM = "/usr/bin/chromium"
SHOP = "http://lazy-footer.test/"
PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>某某茶庄</title></head>
<body><h1>某某茶庄</h1><div style="height:3200px">明前龙井 ¥128</div>
<footer id="foot">加载中</footer><script>
new IntersectionObserver(async (seen, obs) => {
  if (!seen.some(e => e.isIntersecting)) return;
  obs.disconnect();
  const data = await (await fetch('/zizhi.json')).json();
  document.getElementById('foot').textContent = '营业执照 统一社会信用代码 ' + data.uscc;
}).observe(document.getElementById('foot'));
</script></body></html>"""


async def _serve(route: Route) -> None:
    if route.request.url.endswith("/zizhi.json"):
        await route.fulfill(status=200, content_type="application/json",
                            body='{"uscc": "92370613MA3C5K7BXW"}')
    else:
        await route.fulfill(status=200, content_type="text/html; charset=utf-8", body=PAGE)


async def _render(scrolls: int) -> tuple[dict[str, object], str, float]:
    async with async_playwright() as pw:
        chromium = await pw.chromium.launch(executable_path=CHROMIUM, args=browser.LAUNCH_ARGS)
        try:
            page = await chromium.new_page(viewport={"width": 1280, "height": 800})
            await page.route("http://lazy-footer.test/**", _serve)
            await browser.watch_settle(page)
            await page.goto(SHOP, wait_until="load")
            settle, _, _ = await browser.read_page(page, 300, 8000, scrolls)
            return settle, await page.content(), await page.evaluate("window.scrollY")
        finally:
            await chromium.close()


def test_a_footer_loaded_when_seen_is_captured_and_the_page_left_at_its_top() -> None:
    scrolls = Profiles.load().generic.scroll_pages
    assert scrolls > 0
    settle, html, at = asyncio.run(_render(scrolls))
    assert settle["settled"] is True
    assert "92370613MA3C5K7BXW" in html and at == 0


def test_without_scrolling_the_footer_is_never_loaded() -> None:
    settle, html, _ = asyncio.run(_render(0))
    assert settle["settled"] is True and "92370613MA3C5K7BXW" not in html
