"""Watch live rooms for the detection bench as the sweep does, without the crawler.

`watch_rooms` opens every room at once in one Chromium, installs the recorder before
`goto`, watches for the window and returns, per room, the folder holding `live/` (the
same files a sealed live capture has) and the DOM at the end of the window. OCR of the
frames is optional (it is the slow part). It runs in its own thread, so it can be
called while a sync Playwright is open in the caller's thread.
"""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path

from playwright.async_api import Browser, async_playwright

from crawlers.browser import cap_dom
from crawlers.live.recorder import LiveRecorder, WatchOptions
from crawlers.live.watch import VIEWPORT

DOM_MAX_CHARS = (4 << 20) // 2  # the crawler's cap_dom limit (HONGDUN_DOM_MAX_BYTES // 2)


async def _one(browser: Browser, url: str, folder: Path, seconds: float) -> str:
    context = await browser.new_context(viewport=VIEWPORT)  # type: ignore[arg-type]
    try:
        page = await context.new_page()
        recorder = await LiveRecorder.prepare(page, folder / "live",
                                              WatchOptions(seconds=seconds))
        await page.goto(url, wait_until="load", timeout=60_000)
        await recorder.watch()
        await cap_dom(page, DOM_MAX_CHARS)  # shadow roots written in, as the crawler does
        return await page.content()
    finally:
        await context.close()


async def _all(jobs: list[tuple[str, Path]], seconds: float, chromium: str) -> list[str]:
    async with async_playwright() as pw:
        browser = await pw.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
        try:
            return list(await asyncio.gather(*(_one(browser, u, f, seconds) for u, f in jobs)))
        finally:
            await browser.close()


def watch_rooms(jobs: list[tuple[str, Path]], seconds: float, chromium: str,
                ocr: bool = False) -> list[str]:
    """Watch each (url, folder) room at once for seconds; the DOM of each at the end."""
    out: list[list[str]] = []
    failed: list[BaseException] = []

    def run() -> None:
        try:
            out.append(asyncio.run(_all(jobs, seconds, chromium)))
        except BaseException as exc:  # re-raised in the caller's thread
            failed.append(exc)

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    if failed:
        raise failed[0]
    if ocr:
        from crawlers.live.ocr import ocr_frames

        for _, folder in jobs:
            ocr_frames(folder / "live", reasons=("interval",))
    return out[0]
