"""Sweep benchmark: Hongdun's full sweep against a bare Scrapy crawl of the same pages.

In one process and one reactor, it crawls the demo marketplace twice per mode:
- browser mode: Hongdun (render, screenshots, rules, sealing, indexing) against a
  bare Scrapy + scrapy-playwright spider that opens the same pages and takes the
  same full-page screenshots;
- HTTP mode: Hongdun with --no-browser against a bare Scrapy spider fetching the
  same pages.
It prints pages per second of each, the ratio, and the peak memory (RSS of this
process and its Chromium children) during each crawl.

    .venv/bin/python bench/sweep_bench.py [--rounds 1]
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import scrapy
from scrapy.crawler import CrawlerRunner
from scrapy.settings import Settings
from scrapy.utils.reactor import install_reactor
from scrapy_playwright.page import PageMethod

from crawlers.run import new_sweep_id, sweep_settings
from crawlers.spiders.storefront import StorefrontSpider
from demo.server import DemoServer
from demo.site import targets_csv
from hongdun import config
from hongdun.targets import parse_targets


def tree_rss_mb(pid: int) -> float:
    """Resident memory of a process and all its descendants, in MB (from /proc)."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(entry))
        rss[int(entry)] = int(fields[21]) * os.sysconf("SC_PAGE_SIZE")
    total, stack = 0, [pid]
    while stack:
        p = stack.pop()
        total += rss.get(p, 0)
        stack.extend(children.get(p, []))
    return total / 1e6


class BareSpider(scrapy.Spider):
    """The baseline: fetch each page (in the browser with a screenshot, or over HTTP)."""

    name = "bare"

    def __init__(self, urls: list[str], browser: bool, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.urls, self.browser = urls, browser

    async def start(self) -> Any:
        for url in self.urls:
            meta = ({"playwright": True, "playwright_page_methods": [
                PageMethod("screenshot", full_page=True, type="png")]} if self.browser else {})
            yield scrapy.Request(url, meta=meta, dont_filter=True)

    def parse(self, response: Any) -> Iterator[Any]:
        self.crawler.stats.inc_value("bare/pages")
        yield from ()


def _sampler(peak: list[float]) -> Any:
    from twisted.internet import task

    def sample() -> None:
        peak[0] = max(peak[0], tree_rss_mb(os.getpid()))

    loop = task.LoopingCall(sample)
    loop.start(0.2)
    return loop


async def _timed(runner: CrawlerRunner, spider: Any, stat: str, **kwargs: Any) -> dict[str, Any]:
    peak = [0.0]
    loop = _sampler(peak)
    crawler = runner.create_crawler(spider)
    start = time.perf_counter()
    await runner.crawl(crawler, **kwargs)  # a Deferred: go() runs under ensureDeferred
    seconds = time.perf_counter() - start
    loop.stop()
    pages = int(crawler.stats.get_value(stat, 0))
    return {"pages": pages, "seconds": seconds, "pps": pages / seconds, "peak_mb": peak[0]}


def _page_urls(home: Path) -> list[str]:
    urls: list[str] = []
    for visit in sorted((home / "evidence").rglob("visit.json")):
        for page in json.loads(visit.read_text("utf-8"))["pages"]:
            urls.append(page["requested_url"])
    return urls


async def bench(rounds: int) -> list[dict[str, Any]]:
    results = []
    with DemoServer() as server:
        base = server.start()
        targets = parse_targets(targets_csv(base))
        for browser in (True, False):
            for _ in range(rounds):
                home = Path(tempfile.mkdtemp(prefix="hongdun-bench-"))
                cfg = config.load({"home": str(home),  # the demo is on loopback: allow it
                                   "allow_private": base.removeprefix("http://")})
                sweep_id = new_sweep_id()
                settings = sweep_settings(cfg, sweep_id=sweep_id, name="bench",
                                          screenshots=browser)
                runner = CrawlerRunner(settings)
                ours = await _timed(runner, StorefrontSpider, "hongdun/pages",
                                    targets=targets, sweep_id=sweep_id)
                bare_settings = Settings()
                bare_settings.setmodule("crawlers.settings", priority="project")
                bare_settings.setdict({"ITEM_PIPELINES": {}, "EXTENSIONS": {},
                                       "DOWNLOADER_MIDDLEWARES": {},
                                       "PLAYWRIGHT_LAUNCH_OPTIONS":
                                           settings.getdict("PLAYWRIGHT_LAUNCH_OPTIONS"),
                                       "LOG_LEVEL": "ERROR"}, priority="cmdline")
                bare = await _timed(CrawlerRunner(bare_settings), BareSpider, "bare/pages",
                                    urls=_page_urls(home), browser=browser)
                results.append({"mode": "browser" if browser else "http", "hongdun": ours,
                                "bare": bare, "ratio": ours["pps"] / bare["pps"]})
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=1)
    args = parser.parse_args()
    install_reactor("twisted.internet.asyncioreactor.AsyncioSelectorReactor")
    from twisted.internet import defer, reactor

    outcome: list[dict[str, Any]] = []

    async def go() -> None:
        try:
            outcome.extend(await bench(args.rounds))
        finally:
            reactor.stop()  # type: ignore[attr-defined]

    reactor.callWhenRunning(lambda: defer.ensureDeferred(go()))  # type: ignore[attr-defined]
    reactor.run()  # type: ignore[attr-defined]
    for r in outcome:
        h, b = r["hongdun"], r["bare"]
        print(f"{r['mode']:<8} hongdun {h['pages']} pages {h['pps']:.2f}/s "
              f"({h['pps'] * 60:.0f}/min, peak {h['peak_mb']:.0f} MB) | bare {b['pages']} pages "
              f"{b['pps']:.2f}/s (peak {b['peak_mb']:.0f} MB) | ratio {r['ratio']:.2f}")


if __name__ == "__main__":
    main()
