"""Sweep benchmark: Hongdun's full sweep against a bare Scrapy crawl of the same shops.

In one process and one reactor, against the demo marketplace, at equal concurrency
(--concurrency pages at once in all and per domain, AutoThrottle as the project
sets it, on by default), it runs, interleaved so that load drift on a shared
machine falls on both alike (bare, sweep, bare, sweep ...):
- browser mode: Hongdun (HTTP fetch, render of the captured bytes, settle,
  layout, screenshot, images, OCR, sealing, rules, annotation, store, leads)
  against a bare Scrapy + scrapy-playwright spider that opens each shop's home
  page in the browser, waits for network idle plus a 1.5 s settle, takes a
  full-page screenshot and follows the same licence, about and item links
  (crawlers.pages.pages_to_follow);
- both over the demo's storefront targets (live rooms are watched for a fixed window,
  not crawled: see `shops`);
- HTTP mode: `hongdun sweep --no-browser` against a bare Scrapy spider fetching
  and following the same pages.
It prints pages per second of each run, the median ratio per mode, the load
average, the peak memory of this process and its Chromium children (summed RSS, and
PSS, which counts their shared pages once), and the
per-stage profile of the last sweep of each mode (bench/stage_profile.py): the
stages' own timestamps, not a profiler run.

    .venv/bin/python bench/sweep_bench.py [--rounds 3] [--concurrency 8] [--modes browser,http]
                                          [--targets N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import scrapy
from scrapy.crawler import CrawlerRunner
from scrapy.settings import Settings
from scrapy.utils.misc import load_object
from scrapy.utils.reactor import install_reactor
from scrapy_playwright.page import PageMethod

from bench.stage_profile import Profile, load_average
from crawlers.pages import pages_to_follow, role_limits
from crawlers.profiles import Profiles
from crawlers.run import new_sweep_id, sweep_settings
from crawlers.spiders.storefront import StorefrontSpider
from demo.server import DemoServer
from demo.site import targets_csv
from hongdun import config
from hongdun.records import Target
from hongdun.targets import parse_targets

BARE_SETTLE_MS = 1500


def shops(targets: list[Target]) -> list[Target]:
    """The storefront targets: a live room is watched for a fixed window (--watch), a time
    the room sets and a bare crawl does not spend, so rooms are left out of both crawls."""
    return [t for t in targets if t.kind != "livestream"]


def synthetic(targets: list[Target], size: int) -> list[Target]:
    """size targets: the demo shops in turn, each copy under its own target id."""
    return [replace(targets[n % len(targets)],
                    target_id=f"{targets[n % len(targets)].target_id}-s{n // len(targets)}")
            for n in range(size)]


def tree_pss_mb(pid: int) -> float:
    """Proportional memory (PSS) of a process and its descendants, in MB: memory shared
    between them (Chromium's forked zygote, fonts, libraries) counted once, not per process."""
    return sum(pss_by_part(pid).values())


ROLES = ("python", "rules worker", "driver", "renderers", "browser", "other")


def role(pid: int, root: int, cmd: bytes) -> str:
    """The role of a process of the sweep's tree, from its command line: this process
    ("python"), the spawned rules process (crawlers/judging.py, a Python child started by
    multiprocessing), the Playwright driver (node), Chromium's renderers, the rest of
    Chromium (browser, GPU, zygote, utility processes), or anything else ("other": the
    multiprocessing resource tracker, a shell)."""
    argv = cmd.split(b"\0")
    program = argv[0].rsplit(b"/", 1)[-1]
    if pid == root:
        return "python"
    if b"multiprocessing.spawn" in cmd:
        return "rules worker"
    if b"chromium" in program or b"chrome" in program:
        # a Chromium child may rewrite its command line into one space-joined string
        return "renderers" if b"--type=renderer" in cmd else "browser"
    if program == b"node" or b"run-driver" in argv:
        return "driver"
    return "other"


def pss_by_part(pid: int) -> dict[str, float]:
    """PSS in MB of the process tree under pid, by role (ROLES, see `role`)."""
    parts = dict.fromkeys(ROLES, 0.0)
    for proc in _tree(pid):
        try:
            with open(f"/proc/{proc}/smaps_rollup") as f:
                kb = next(int(line.split()[1]) for line in f if line.startswith("Pss:"))
            with open(f"/proc/{proc}/cmdline", "rb") as f:
                cmd = f.read()
        except (OSError, StopIteration, ValueError):
            continue
        parts[role(proc, pid, cmd)] += kb / 1e3
    return parts


def _tree(pid: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    children.setdefault(int(f.read().rsplit(")", 1)[1].split()[1]),
                                        []).append(int(entry))
            except OSError:
                continue
    out, stack = [], [pid]
    while stack:
        p = stack.pop()
        out.append(p)
        stack.extend(children.get(p, []))
    return out


def tree_rss_mb(pid: int) -> float:
    """Resident memory of a process and all its descendants, in MB (from /proc); shared
    pages count once per process that maps them (an upper bound: see tree_pss_mb)."""
    total = 0
    for proc in _tree(pid):
        try:
            with open(f"/proc/{proc}/stat") as f:
                total += int(f.read().rsplit(")", 1)[1].split()[21]) * os.sysconf("SC_PAGE_SIZE")
        except (OSError, IndexError, ValueError):
            continue
    return total / 1e6


class BareSpider(scrapy.Spider):
    """The baseline: each shop's home page and the pages it leads to, nothing kept."""

    name = "bare"

    def __init__(self, targets: list[Target], browser: bool, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.targets, self.browser = targets, browser
        self.profiles = Profiles.load()

    def _request(self, url: str, role: str, target: Target, seen: set[str],
                 roles: list[str]) -> scrapy.Request:
        seen.add(url)
        roles.append(role)
        meta: dict[str, Any] = {}
        if self.browser:
            meta = {"playwright": True, "playwright_page_methods": [
                PageMethod("wait_for_load_state", "networkidle"),
                PageMethod("wait_for_timeout", BARE_SETTLE_MS),
                PageMethod("screenshot", full_page=True, type="png")]}
        return scrapy.Request(url, meta=meta, dont_filter=True, priority=0 if role == "home"
                              else 10, cb_kwargs={"role": role, "target": target,
                                                  "seen": seen, "roles": roles})

    async def start(self) -> Any:
        for target in self.targets:
            yield self._request(target.url, "home", target, set(), [])

    def parse(self, response: Any, role: str, target: Target, seen: set[str],
              roles: list[str]) -> Iterator[Any]:
        self.crawler.stats.inc_value("bare/pages")
        profile = self.profiles.for_target(target)
        limits = role_limits(profile)
        for url, follow in pages_to_follow(response.text, response.url, role, target.url,
                                           profile):
            if url not in seen and roles.count(follow) < limits.get(follow, 1 << 30):
                yield self._request(url, follow, target, seen, roles)


def children_cpu_s(pid: int) -> dict[int, float]:
    """CPU seconds (user + system) so far of each descendant of pid (from /proc)."""
    tick = os.sysconf("SC_CLK_TCK")
    out = {}
    for proc in _tree(pid):
        if proc == pid:
            continue
        try:
            with open(f"/proc/{proc}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            out[proc] = (int(fields[11]) + int(fields[12])) / tick
        except (OSError, IndexError, ValueError):
            continue
    return out


class Sampler(threading.Thread):
    """This process tree's memory every half second, in a thread of its own: the walk of
    /proc (every process's stat, the tree's smaps_rollup) took a third of the reactor
    thread's busy samples (py-spy) when it ran there as a LoopingCall, a pause every
    tick in both crawls' fetching. Its reads release the GIL, so the reactor goes on."""

    def __init__(self) -> None:
        super().__init__(name="memory-sampler", daemon=True)
        self.peak_rss = self.peak_pss = 0.0
        self.parts: dict[str, float] = {}  # PSS by role at the moment of the peak
        self.cpu: dict[int, float] = {}  # CPU seconds of each child process, last seen
        self._done = threading.Event()

    def run(self) -> None:
        while True:
            self.peak_rss = max(self.peak_rss, tree_rss_mb(os.getpid()))
            now = pss_by_part(os.getpid())
            if sum(now.values()) > self.peak_pss:
                self.peak_pss, self.parts = sum(now.values()), now
            self.cpu.update(children_cpu_s(os.getpid()))
            if self._done.wait(0.5):
                return

    def stop(self) -> None:
        self._done.set()
        self.join()


async def timed(runner: CrawlerRunner, spider: Any, stat: str,
                **kwargs: Any) -> tuple[dict[str, Any], Profile]:
    """Run one crawl; its pages, seconds, rate, peak memory, and its stage profile."""
    sampler = Sampler()
    before = children_cpu_s(os.getpid())
    sampler.start()
    own = os.times()
    crawler = runner.create_crawler(spider)
    profile = Profile().attach(crawler)
    load = load_average()
    start = time.perf_counter()
    await runner.crawl(crawler, **kwargs)  # a Deferred: go() runs under ensureDeferred
    seconds = time.perf_counter() - start
    spent = os.times()
    sampler.stop()
    pages = int(crawler.stats.get_value(stat, 0))
    children = sum(cpu - before.get(pid, 0.0) for pid, cpu in sampler.cpu.items())
    return ({"pages": pages, "seconds": seconds, "pps": pages / seconds,
             "peak_mb": sampler.peak_rss, "pss_mb": sampler.peak_pss, "parts": sampler.parts,
             "load": load, "cpu_ms": (spent.user + spent.system - own.user - own.system)
             / max(pages, 1) * 1000, "children_cpu_ms": children / max(pages, 1) * 1000},
            profile)


def bare_settings(sweep: Settings, concurrency: int, browser: bool = True) -> Settings:
    """Plain Scrapy + scrapy-playwright (plain Scrapy alone in HTTP mode, as --no-browser
    starts no browser either): the project's politeness, none of its components."""
    settings = Settings()
    handler = ("scrapy_playwright.handler.ScrapyPlaywrightDownloadHandler" if browser else
               "scrapy.core.downloader.handlers.http11.HTTP11DownloadHandler")
    settings.setdict({
        "TWISTED_REACTOR": sweep.get("TWISTED_REACTOR"),
        "DOWNLOAD_HANDLERS": {"http": handler, "https": handler},
        "PLAYWRIGHT_LAUNCH_OPTIONS": sweep.getdict("PLAYWRIGHT_LAUNCH_OPTIONS"),
        "PLAYWRIGHT_MAX_PAGES_PER_CONTEXT": concurrency,
        "CONCURRENT_REQUESTS": concurrency, "CONCURRENT_REQUESTS_PER_DOMAIN": concurrency,
        "USER_AGENT": sweep.get("USER_AGENT"), "ROBOTSTXT_OBEY": False,
        "TELNETCONSOLE_ENABLED": False, "LOG_LEVEL": "ERROR",
        **{k: sweep.get(k) for k in sweep if k.startswith("AUTOTHROTTLE_")},
    }, priority="cmdline")
    return settings


COMPONENTS = ("ITEM_PIPELINES", "DOWNLOADER_MIDDLEWARES", "SPIDER_MIDDLEWARES", "EXTENSIONS")


def warm(*settings: Settings) -> None:
    """Import every component the crawls name (their modules only, nothing is built), so
    the first round's crawl does not time a one-off import (scrapy-playwright's handler,
    the leads and search modules: seconds at load 30) that a long sweep pays once."""
    for each in settings:
        paths = [*each.getdict("DOWNLOAD_HANDLERS").values()]
        for name in COMPONENTS:
            paths += list(each.getwithbase(name))
        for path in paths:
            if path:
                load_object(path)


async def bench(rounds: int, concurrency: int, modes: list[str],
                size: int) -> list[dict[str, Any]]:
    """Interleaved bare and Hongdun crawls per mode; a result per round, printed as it ends."""
    results = []
    with DemoServer() as server:
        base = server.start()
        demo = shops(parse_targets(targets_csv(base)))
        targets = synthetic(demo, size) if size > len(demo) else demo[: size or None]
        for mode in modes:
            browser = mode == "browser"
            for _ in range(rounds):
                home = Path(tempfile.mkdtemp(prefix="hongdun-bench-"))
                cfg = config.load({"home": str(home), "concurrency": str(concurrency),
                                   "allow_private": base.removeprefix("http://")})
                sweep_id = new_sweep_id()
                settings = sweep_settings(cfg, sweep_id=sweep_id, name="bench",
                                          screenshots=browser)
                settings.set("CONCURRENT_REQUESTS", concurrency, priority="cmdline")
                warm(settings, bare_settings(settings, concurrency, browser))
                bare, _ = await timed(CrawlerRunner(bare_settings(settings, concurrency, browser)),
                                      BareSpider, "bare/pages", targets=targets,
                                      browser=browser)
                ours, profile = await timed(CrawlerRunner(settings), StorefrontSpider,
                                            "hongdun/pages", targets=targets,
                                            sweep_id=sweep_id)
                results.append({"mode": mode, "hongdun": ours, "bare": bare,
                                "ratio": ours["pps"] / bare["pps"], "profile": profile})
                print_run(results[-1])
    return results


def print_run(r: dict[str, Any]) -> None:
    """One round: both crawls' rates, memory and load."""
    h, b = r["hongdun"], r["bare"]
    print(f"{r['mode']:<8} bare {b['pages']} pages {b['pps']:.2f}/s (peak RSS {b['peak_mb']:.0f}"
          f" PSS {b['pss_mb']:.0f} MB, load {b['load']}) | hongdun {h['pages']} pages "
          f"{h['pps']:.2f}/s (peak RSS {h['peak_mb']:.0f} PSS {h['pss_mb']:.0f} MB, load "
          f"{h['load']}) | ratio {r['ratio']:.2f}", flush=True)
    print("  hongdun at its peak PSS: " + ", ".join(f"{k} {v:.0f} MB"
                                                  for k, v in h["parts"].items()), flush=True)
    print(f"  CPU ms per page (this process, the demo server's threads included | child "
          f"processes, sampled every 0.5 s): bare {b['cpu_ms']:.1f} | {b['children_cpu_ms']:.1f};"
          f" hongdun {h['cpu_ms']:.1f} | {h['children_cpu_ms']:.1f} (the rules process)",
          flush=True)


def report(outcome: list[dict[str, Any]], concurrency: int) -> None:
    """The median ratio per mode, and the last sweep's profile per mode."""
    for mode in dict.fromkeys(r["mode"] for r in outcome):
        runs = [r for r in outcome if r["mode"] == mode]
        ratio = statistics.median(r["ratio"] for r in runs)
        print(f"\n== {mode}: median ratio hongdun/bare {ratio:.2f} over {len(runs)} "
              f"interleaved rounds at concurrency {concurrency}, load now {load_average()}")
        last = runs[-1]["hongdun"]
        print(f"profile of the last sweep ({last['pages']} pages, {last['seconds']:.1f}s):")
        for line in runs[-1]["profile"].table(last["seconds"], last["pages"]):
            print("  " + line)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--modes", default="browser,http")
    parser.add_argument("--targets", type=int, default=0,
                        help="the first N demo targets, the shops repeated under new ids "
                             "past their number (default: each shop once)")
    args = parser.parse_args()
    install_reactor("twisted.internet.asyncioreactor.AsyncioSelectorReactor")
    from twisted.internet import defer, reactor

    outcome: list[dict[str, Any]] = []
    modes = [m.strip() for m in args.modes.split(",") if m.strip()]

    async def go() -> None:
        try:
            outcome.extend(await bench(args.rounds, args.concurrency, modes, args.targets))
        finally:
            reactor.stop()  # type: ignore[attr-defined]

    reactor.callWhenRunning(lambda: defer.ensureDeferred(go()))  # type: ignore[attr-defined]
    reactor.run()  # type: ignore[attr-defined]
    report(outcome, args.concurrency)


if __name__ == "__main__":
    main()
