"""Watch live rooms for the detection bench as the sweep does, without the crawler.

`watch_rooms` opens the rooms in one Chromium, `at_once` at a time (each room its own
context and renderer, as the sweep's; AT_ONCE keeps Chromium under 1.5 GB), installs the
recorder before `goto` with the sweep's own watch options (crawlers.live.watch.watch_options:
the window, screencast frames), watches for the window and returns, per room, the folder
holding `live/` (the same files a sealed live capture has) and the DOM at the end of the
window. OCR of the frames is optional (it is the slow part). It runs in its own thread, so
it can be called while a sync Playwright is open in the caller's thread.
"""

from __future__ import annotations

import asyncio
import shutil
import threading
from dataclasses import replace
from pathlib import Path

from playwright.async_api import Browser, async_playwright
from scrapy.settings import Settings

from crawlers.browser import cap_dom
from crawlers.live.recorder import LiveRecorder, WatchOptions
from crawlers.live.watch import VIEWPORT, watch_options

DOM_MAX_CHARS = (4 << 20) // 2  # the crawler's cap_dom limit (HONGDUN_DOM_MAX_BYTES // 2)
AT_ONCE = 12  # rooms watched at once: Chromium peaked at 1.44 GB PSS (16: 1.63 GB, 8: 1.03 GB)
OPENING = 4  # rooms opened at once (context, page, recorder, goto)


async def _one(browser: Browser, url: str, folder: Path, options: WatchOptions,
               slots: tuple[asyncio.Semaphore, asyncio.Semaphore]) -> str:
    """One room's watch; a room whose page would not open (a busy machine's call deadline)
    is opened once more in a fresh folder, as a second sweep would."""
    watching, opening = slots
    async with watching:
        try:
            return await _watch(browser, url, folder, options, opening)
        except Exception:
            shutil.rmtree(folder, ignore_errors=True)
        return await _watch(browser, url, folder, options, opening)


async def _watch(browser: Browser, url: str, folder: Path, options: WatchOptions,
                 opening: asyncio.Semaphore) -> str:
    context = await browser.new_context(viewport=VIEWPORT)  # type: ignore[arg-type]
    try:
        async with opening:  # a few rooms open at a time; opening is the costly part
            page = await context.new_page()
            recorder = await LiveRecorder.prepare(page, folder / "live", options)
            await page.goto(url, wait_until="load", timeout=60_000)
        await recorder.watch()
        await cap_dom(page, DOM_MAX_CHARS)  # shadow roots written in, as the crawler does
        return await page.content()
    finally:
        await context.close()


async def _all(jobs: list[tuple[str, Path]], options: WatchOptions, chromium: str,
               at_once: int) -> list[str]:
    slots = (asyncio.Semaphore(max(1, at_once)), asyncio.Semaphore(OPENING))
    async with async_playwright() as pw:
        browser = await pw.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
        try:
            return list(await asyncio.gather(*(_one(browser, u, f, options, slots)
                                               for u, f in jobs)))
        finally:
            await browser.close()


def watch_rooms(jobs: list[tuple[str, Path]], seconds: float, chromium: str,
                ocr: bool = False, at_once: int = AT_ONCE) -> list[str]:
    """Watch each (url, folder) room for seconds, at_once rooms at a time, with the sweep's
    options (`hongdun sweep --watch seconds`); the DOM of each at the end."""
    # the sweep's options (its default window read, then this one set: tests watch shorter)
    options = replace(watch_options(Settings()), seconds=seconds)
    out: list[list[str]] = []
    failed: list[BaseException] = []

    def run() -> None:
        try:
            out.append(asyncio.run(_all(jobs, options, chromium, at_once)))
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
