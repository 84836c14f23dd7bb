"""Settle benchmark: how many script-built pages each settle wait captures incompletely.

Every page of the demo marketplace and of the held-out families that carries a
script (deferred-build shops, the spa family, live rooms) is opened in Chromium:
first for its reference text (network idle, then 3 s, read twice 1.5 s apart: a
page whose text still changes is "ever-changing" and counted apart), then once
per settle variant, each in a fresh page, reading the visible text as soon as the
variant says the page is ready. A capture is incomplete when its text differs from
the reference. Variants: the old wait (innerText unchanged for 1 s, polled), a
DOM-only quiet window (MutationObserver from the moment the settle starts), and
the crawler's settle (crawlers.browser: nothing in flight, no short timer due, DOM
unchanged for the quiet window) with quiet windows of 0, 100, 300 and 1000 ms.
Prints, per variant, the incomplete pages and the mean and 90th-percentile wait.

    .venv/bin/python bench/settle_bench.py [--concurrency 4]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from playwright.async_api import Browser, async_playwright

from crawlers.browser import LAUNCH_ARGS, SETTLE_INIT_JS, SETTLE_JS
from demo.families import HELD_OUT, build
from demo.server import DemoServer
from demo.site import Site, load_page_truth

LIMIT_MS = 10_000  # the crawler's cap: half the page timeout
OLD_SETTLE_JS = """
async ([settle, limit]) => {
  const start = Date.now();
  let last = -1, stableSince = Date.now();
  while (Date.now() - start < limit) {
    const len = document.body ? document.body.innerText.length : 0;
    if (len !== last) { last = len; stableSince = Date.now(); }
    else if (len > 0 && Date.now() - stableSince >= settle) break;
    await new Promise(r => setTimeout(r, 100));
  }
  return last;
}
"""
VARIANTS: dict[str, tuple[str, int, bool]] = {  # name: (script, quiet ms, init script)
    "old: innerText quiet 1000 ms": (OLD_SETTLE_JS, 1000, False),
    "DOM-only quiet 300 ms": (SETTLE_JS, 300, False),
    "settle quiet 0 ms": (SETTLE_JS, 0, True),
    "settle quiet 100 ms": (SETTLE_JS, 100, True),
    "settle quiet 300 ms": (SETTLE_JS, 300, True),
    "settle quiet 1000 ms": (SETTLE_JS, 1000, True),
}


def scripted_paths() -> list[str]:
    """Paths of every demo and family page that carries a script."""
    site = Site()
    paths = [p for p in load_page_truth()
             if b"<script" in site.respond(p, "", "http://127.0.0.1:1").body.lower()]
    for name in HELD_OUT:
        paths += [f"/f/{name}{p.path}" for p in build(name).pages if b"<script" in p.body.lower()]
    return paths


async def _text(browser: Browser, url: str, init: bool, script: str | None, quiet: int,
                reference: bool = False) -> tuple[str, str, float]:
    context = await browser.new_context()
    try:
        page = await context.new_page()
        if init:
            await page.add_init_script(SETTLE_INIT_JS)
        await page.goto(url, wait_until="load", timeout=30_000)
        started = time.perf_counter()
        if reference:
            await page.wait_for_load_state("networkidle")
            await page.wait_for_timeout(3000)
            first = await page.inner_text("body")
            await page.wait_for_timeout(1500)
            return first, await page.inner_text("body"), 0.0
        await page.evaluate(script, [quiet, LIMIT_MS])
        waited = time.perf_counter() - started
        return await page.inner_text("body"), "", waited
    finally:
        await context.close()


async def measure(concurrency: int) -> None:
    with DemoServer() as server:
        base = server.start()
        paths = scripted_paths()
        gate = asyncio.Semaphore(concurrency)
        async with async_playwright() as pw:
            browser = await pw.chromium.launch(executable_path="/usr/bin/chromium",
                                               args=LAUNCH_ARGS)

            async def one(path: str, *args: Any, **kwargs: Any) -> tuple[str, str, float]:
                async with gate:
                    return await _text(browser, base + path, *args, **kwargs)

            refs = await asyncio.gather(*(one(p, True, None, 0, reference=True) for p in paths))
            steady = [i for i, (a, b, _) in enumerate(refs) if a == b]
            print(f"{len(paths)} scripted pages; {len(paths) - len(steady)} ever-changing "
                  f"(text still changing after 3 s, e.g. live chat), {len(steady)} compared")
            for name, (script, quiet, init) in VARIANTS.items():
                got = await asyncio.gather(*(one(paths[i], init, script, quiet)
                                             for i in steady))
                waits = sorted(w for _, _, w in got)
                bad = [paths[i] for i, (text, _, _) in zip(steady, got, strict=True)
                       if text != refs[i][0]]
                p90 = waits[int(0.9 * (len(waits) - 1))] if waits else 0.0
                print(f"{name:<30} incomplete {len(bad):>3}/{len(steady)}  wait mean "
                      f"{statistics.mean(waits) if waits else 0:.2f}s p90 {p90:.2f}s"
                      + (f"  e.g. {', '.join(bad[:3])}" if bad else ""))
            await browser.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--concurrency", type=int, default=4)
    args = parser.parse_args()
    asyncio.run(measure(args.concurrency))


if __name__ == "__main__":
    main()
