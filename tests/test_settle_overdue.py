"""The settle wait on a busy machine: a page's build timer that is past due but not yet run
still counts as pending, so read_page never reads a JS-rendered shop before it is built.

Under load the renderer runs a page's 800 ms build timer late; the settle probe once counted
only timers due within the last 50 ms, saw nothing pending on a DOM quiet since parsing, and
read the spinner (demo pdd-04: the licence image never captured, the mismatch missed). Here
the page holds its main thread past its timer's due time, then the settle wait starts in the
same task, before the timer can run: the overdue timer must keep it waiting.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest
from playwright.async_api import async_playwright

from crawlers import browser
from demo.server import DemoServer

CHROMIUM = "/usr/bin/chromium"

# Schedule the build 10 ms ahead, hold the main thread 300 ms (a busy machine), then run
# read_page's own script in the same task: the timer is overdue and has not run.
_BUSY_THEN_READ = """
async ([read, quiet, limit]) => {
  setTimeout(() => {
    const img = document.createElement('img');
    img.alt = '营业执照'; img.width = 700; img.height = 490;
    document.body.appendChild(img);
  }, 10);
  const start = performance.now();
  while (performance.now() - start < 300) {}
  return await (eval(read))([quiet, limit]);
}
"""


@pytest.fixture(scope="module")
def base() -> Iterator[str]:
    with DemoServer() as server:
        yield server.start()


async def _read_busy_page(base: str) -> tuple[dict[str, object], list[object]]:
    async with async_playwright() as pw:
        chromium = await pw.chromium.launch(executable_path=CHROMIUM,
                                            args=browser.LAUNCH_ARGS)
        try:
            page = await chromium.new_page()
            await browser.watch_settle(page)
            await page.goto(base + "/", wait_until="load")
            await page.wait_for_timeout(400)  # the DOM quiet for longer than the quiet window
            settle, images, _ = await page.evaluate(
                _BUSY_THEN_READ, [browser._READ_JS, 300, 5000])
            return settle, images
        finally:
            await chromium.close()


def test_an_overdue_build_timer_keeps_the_settle_waiting(base: str) -> None:
    settle, images = asyncio.run(_read_busy_page(base))
    assert settle["settled"] is True
    assert any("营业执照" in str(i["alt"]) for i in images), (settle, images)  # type: ignore[index]
