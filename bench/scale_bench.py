"""Scale benchmark: does a sweep keep its rate and its memory as the target list grows?

Synthetic targets are the demo marketplace's shops (storefronts: a live room is watched
for a fixed window) repeated under fresh target ids
(each visit fetches its shop's 3-5 real pages), in one process against one demo
server. For each size, a full Hongdun sweep (everything on, as `hongdun sweep`)
runs in a fresh data directory; it prints pages per second, the peak memory of the
process tree (this process and its Chromium children: PSS, shared pages counted once,
and the summed RSS beside it), its steady state (the
median of the samples over the middle half of the run) and the growth from the
previous size, then the machines a nightly sweep of 100,000 shops needs at the
measured rate. A bare baseline (bench/sweep_bench.py) is not repeated here.

    .venv/bin/python bench/scale_bench.py [--sizes 100,1000,10000] [--browser-sizes 100,1000]
"""

from __future__ import annotations

import argparse
import math
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from scrapy.crawler import CrawlerRunner
from scrapy.utils.reactor import install_reactor

from bench.stage_profile import load_average
from bench.sweep_bench import pss_by_part, shops, synthetic, tree_rss_mb
from crawlers.run import new_sweep_id, sweep_settings
from crawlers.spiders.storefront import StorefrontSpider
from demo.server import DemoServer
from demo.site import targets_csv
from hongdun import config
from hongdun.records import Target
from hongdun.targets import parse_targets

SHOPS = 100_000  # Yantai's online sellers, order of magnitude (city plan: >= 15 % of entities)
NIGHT_HOURS = 8.0  # a nightly window, 22:00-06:00
MAX_RSS_MB = 1500  # the memory bound with the browser


def left_open(stats: dict[str, Any]) -> dict[str, int]:
    """What a browser sweep left open, from its stats: browser contexts still held when the
    handler closed (every visit closes its own), and the most pages and contexts open at once
    (bounded by the visits in flight, at any size of sweep: one that grows with the sweep
    is a leak)."""
    if not stats.get("playwright/page_count/max_concurrent"):
        return {}
    return {"contexts left open": int(stats.get("hongdun/contexts_left_open", 0)),
            "most pages at once": int(stats["playwright/page_count/max_concurrent"]),
            "most contexts at once": int(stats.get("playwright/context_count/max_concurrent", 0))}


async def sweep(base: str, targets: list[Target], browser: bool,
                concurrency: int) -> dict[str, Any]:
    """One full sweep; its rate and memory samples."""
    from twisted.internet import task

    home = Path(tempfile.mkdtemp(prefix="hongdun-scale-"))
    cfg = config.load({"home": str(home), "concurrency": str(concurrency),
                       "allow_private": base.removeprefix("http://")})
    sweep_id = new_sweep_id()
    settings = sweep_settings(cfg, sweep_id=sweep_id, name="scale", screenshots=browser)
    settings.set("CONCURRENT_REQUESTS", concurrency, priority="cmdline")
    samples: list[tuple[float, float, float]] = []  # (time, PSS, summed RSS)
    parts: dict[str, float] = {}  # PSS by kind of process at the peak

    def sample() -> None:
        now = pss_by_part(os.getpid())
        if sum(now.values()) > max((mb for _, mb, _ in samples), default=0.0):
            parts.update(now)
        samples.append((time.perf_counter(), sum(now.values()), tree_rss_mb(os.getpid())))

    loop = task.LoopingCall(sample)
    loop.start(1.0)
    runner = CrawlerRunner(settings)
    crawler = runner.create_crawler(StorefrontSpider)
    load = load_average()
    start = time.perf_counter()
    await runner.crawl(crawler, targets=targets, sweep_id=sweep_id)
    seconds = time.perf_counter() - start
    loop.stop()
    middle = [mb for t, mb, _ in samples if start + seconds / 4 <= t <= start + 3 * seconds / 4]
    pages = int(crawler.stats.get_value("hongdun/pages", 0))
    return {"targets": len(targets), "pages": pages, "seconds": seconds,
            "pps": pages / seconds, "peak": max(mb for _, mb, _ in samples),
            "rss": max(mb for _, _, mb in samples),
            "steady": statistics.median(middle or [mb for _, mb, _ in samples]), "load": load,
            "captures": int(crawler.stats.get_value("hongdun/captures", 0)), "parts": parts,
            "left": left_open(crawler.stats.get_stats())}


async def bench(sizes: list[int], browser_sizes: list[int],
                concurrency: int) -> list[tuple[str, dict[str, Any]]]:
    out: list[tuple[str, dict[str, Any]]] = []
    with DemoServer() as server:
        base = server.start()
        demo = shops(parse_targets(targets_csv(base)))
        for mode, chosen in (("http", sizes), ("browser", browser_sizes)):
            for size in chosen:
                result = await sweep(base, synthetic(demo, size), mode == "browser",
                                     concurrency)
                out.append((mode, result))
                print_row(mode, result, [r for m, r in out[:-1] if m == mode])
    return out


def print_row(mode: str, r: dict[str, Any], before: list[dict[str, Any]]) -> None:
    prev = before[-1] if before else None
    growth = (f"rate x{r['pps'] / prev['pps']:.2f}, steady RSS x{r['steady'] / prev['steady']:.2f}"
              if prev else "-")
    print(f"{mode:<8}{r['targets']:>7} targets {r['pages']:>7} pages {r['seconds']:>8.1f}s "
          f"{r['pps']:>7.2f} pages/s  peak PSS {r['peak']:>6.0f} MB (summed RSS {r['rss']:.0f})  "
          f"steady PSS {r['steady']:>6.0f} MB"
          f"  load {r['load']}  growth: {growth}", flush=True)
    print("          at the peak: " + ", ".join(f"{k} {v:.0f} MB" for k, v in r["parts"].items()),
          flush=True)
    if r["left"]:
        print("          left open at the end: " + ", ".join(
            f"{k} {v}" for k, v in sorted(r["left"].items())), flush=True)


def machines(results: list[tuple[str, dict[str, Any]]]) -> None:
    """Machines for SHOPS shops x 3-5 pages in NIGHT_HOURS, at each mode's largest run."""
    for mode in ("browser", "http"):
        runs = [r for m, r in results if m == mode]
        if not runs:
            continue
        r = runs[-1]
        per_shop = r["pages"] / r["targets"]
        per_machine = r["pps"] * NIGHT_HOURS * 3600
        for pages_per_shop in (3, per_shop, 5):
            need = SHOPS * pages_per_shop
            print(f"{mode}: {SHOPS} shops x {pages_per_shop:.1f} pages = {need:.0f} pages a "
                  f"night at {r['pps']:.2f} pages/s per machine: "
                  f"{math.ceil(need / per_machine)} machine(s) like this one "
                  f"({need / r['pps'] / 3600:.1f} machine-hours)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100,1000,10000", help="--no-browser sweep sizes")
    parser.add_argument("--browser-sizes", default="100,1000", help="browser sweep sizes")
    parser.add_argument("--concurrency", type=int, default=8)
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    browser_sizes = [int(s) for s in args.browser_sizes.split(",") if s.strip()]
    install_reactor("twisted.internet.asyncioreactor.AsyncioSelectorReactor")
    from twisted.internet import defer, reactor

    results: list[tuple[str, dict[str, Any]]] = []

    async def go() -> None:
        try:
            results.extend(await bench(sizes, browser_sizes, args.concurrency))
        finally:
            reactor.stop()  # type: ignore[attr-defined]

    reactor.callWhenRunning(lambda: defer.ensureDeferred(go()))  # type: ignore[attr-defined]
    reactor.run()  # type: ignore[attr-defined]
    machines(results)
    worst = max((r["peak"] for m, r in results if m == "browser"), default=0.0)
    if worst:
        print(f"peak PSS with the browser {worst:.0f} MB (bound {MAX_RSS_MB} MB): "
              f"{'within' if worst < MAX_RSS_MB else 'OVER'}")


if __name__ == "__main__":
    main()
