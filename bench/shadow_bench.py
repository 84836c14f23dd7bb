"""Shadow-root benchmark: what the root keeper and the sealing cost a page, as ratios.

For pages attaching N shadow roots (half of them closed, each with a line of text):
1. the page's own attach loop timed in the page (performance.now()), bare and with the
   keeper (crawlers/shadow.py SHADOW_INIT_JS) installed before its script: the ratio is
   the keeper's overhead on the page's own work;
2. sealing (SERIALISE_JS, then outerHTML as page.content() reads it) against a bare
   outerHTML of the same page, both timed in the page: the ratio is what the capture
   pays for the roots, and how much the bounds hold it (N over the root limit).
Each figure is the median of --runs fresh pages, in one Chromium, in one process.

    .venv/bin/python bench/shadow_bench.py [--runs 5] [--roots 100,2000,30000]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from playwright.async_api import Browser, Route, async_playwright

from crawlers.browser import LAUNCH_ARGS
from crawlers.shadow import LIMITS, SERIALISE_JS, SHADOW_INIT_JS, serialise_args

URL = "http://shadow.bench/"
PAGE = """<!doctype html><html><body><div id=box></div><script>
const t0 = performance.now(), box = document.getElementById('box');
for (let i = 0; i < __ROOTS__; i++) {
  const d = document.createElement('div');
  d.attachShadow({mode: i % 2 ? 'open' : 'closed'}).innerHTML = '<p>第' + i + '行</p>';
  box.appendChild(d);
}
window.took = performance.now() - t0;
</script></body></html>"""
BARE = """() => { const t0 = performance.now();
  const n = document.documentElement.outerHTML.length; return [performance.now() - t0, n]; }"""
SEAL = f"""(args) => {{ const t0 = performance.now(); ({SERIALISE_JS.strip()})(args);
  const n = document.documentElement.outerHTML.length; return [performance.now() - t0, n]; }}"""


async def _one(browser: Browser, roots: int, keeper: bool) -> tuple[float, float, float, int]:
    """(attach ms, bare outerHTML ms, seal+outerHTML ms, sealed chars) of one fresh page."""
    page = await browser.new_page()
    try:
        body = PAGE.replace("__ROOTS__", str(roots))

        async def serve(route: Route) -> None:
            await route.fulfill(status=200, content_type="text/html; charset=utf-8", body=body)

        await page.route(URL, serve)
        if keeper:
            await page.add_init_script(SHADOW_INIT_JS)
        await page.goto(URL, wait_until="load")
        took = float(await page.evaluate("window.took"))
        bare_ms, _ = await page.evaluate(BARE)
        seal_ms, chars = await page.evaluate(SEAL, serialise_args((4 << 20) // 2))
        return took, float(bare_ms), float(seal_ms), int(chars)
    finally:
        await page.close()


async def _run(counts: list[int], runs: int) -> None:
    async with async_playwright() as pw:
        browser = await pw.chromium.launch(executable_path="/usr/bin/chromium", args=LAUNCH_ARGS)
        try:
            print(f"limits: {LIMITS.max_roots} roots, {LIMITS.max_depth} deep; median of {runs}")
            print(f"{'roots':>7} {'attach bare':>12} {'keeper':>8} {'ratio':>6} "
                  f"{'outerHTML':>10} {'sealed':>8} {'ratio':>6} {'chars':>9}")
            for n in counts:
                bare = [await _one(browser, n, False) for _ in range(runs)]
                kept = [await _one(browser, n, True) for _ in range(runs)]
                a0 = statistics.median(b[0] for b in bare)
                a1 = statistics.median(k[0] for k in kept)
                s0 = statistics.median(k[1] for k in kept)
                s1 = statistics.median(k[2] for k in kept)
                print(f"{n:>7} {a0:>10.1f}ms {a1:>6.1f}ms {a1 / max(a0, 1e-3):>6.2f} "
                      f"{s0:>8.1f}ms {s1:>6.1f}ms {s1 / max(s0, 1e-3):>6.1f} {kept[-1][3]:>9}")
        finally:
            await browser.close()


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print its table; exit 0."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--roots", default="100,2000,30000")
    args = parser.parse_args(argv)
    asyncio.run(_run([int(x) for x in args.roots.split(",")], args.runs))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
