"""A sweep holds a bounded number of visits open or in its pipelines, and still ends whole.

Each sweep runs in a child process (one Twisted reactor per process), as `hongdun sweep`
does, over the first demo storefronts with HONGDUN_VISITS_IN_FLIGHT=2: without the
browser, and with it (every rendered page sealed with its screenshot and layout, every
kept image with its OCR reading, whether read or taken from an earlier page).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]

SWEEP = """
import json, sys, tempfile
sys.path.insert(0, {root!r})
from scrapy.crawler import CrawlerRunner
from scrapy.utils.reactor import install_reactor
install_reactor("twisted.internet.asyncioreactor.AsyncioSelectorReactor")
from twisted.internet import defer, reactor
from bench.sweep_bench import shops
from crawlers.run import new_sweep_id, sweep_settings
from crawlers.spiders.storefront import StorefrontSpider
from demo.site import targets_csv
from hongdun import config
from hongdun.targets import parse_targets

base = {base!r}
targets = shops(parse_targets(targets_csv(base)))[:{size}]
home = tempfile.mkdtemp()
cfg = config.load({{"home": home, "allow_private": base.removeprefix("http://")}})
sweep_id = new_sweep_id()
settings = sweep_settings(cfg, sweep_id=sweep_id, name="flow", screenshots={browser})
settings.set("HONGDUN_VISITS_IN_FLIGHT", 2, priority="cmdline")
out = {{}}
drivers = set()  # Playwright driver processes seen under this one while it crawled

def look():
    import psutil
    for p in psutil.Process().children():  # the driver is this one's child; its own forks are not
        try:
            if "playwright" in " ".join(p.cmdline()) and "chrom" not in p.name():
                drivers.add(p.pid)
        except psutil.Error:  # it ended meanwhile
            pass

async def go():
    from twisted.internet import task
    sampler = task.LoopingCall(look)
    sampler.start(0.2)
    try:
        crawler = CrawlerRunner(settings).create_crawler(StorefrontSpider)
        await crawler.crawl(targets=targets, sweep_id=sweep_id)
        out.update(crawler.stats.get_stats())
        out["hongdun/test/drivers"] = len(drivers)
    finally:
        if sampler.running:
            sampler.stop()
        reactor.stop()

reactor.callWhenRunning(lambda: defer.ensureDeferred(go()))
reactor.run()
print(json.dumps({{"targets": len(targets), "home": home, **{{k: v for k, v in out.items()
                                               if k.startswith("hongdun/")
                                               and isinstance(v, int)}}}}))
"""


def _sweep(base: str, size: int, browser: bool) -> dict[str, Any]:
    script = SWEEP.format(root=str(ROOT), base=base, size=size, browser=browser)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            timeout=600, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    stats: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    return stats


def test_visits_in_flight_are_bounded_and_every_target_is_sealed(demo_url: str) -> None:
    stats = _sweep(demo_url, 7, browser=False)
    assert stats["hongdun/visits_in_flight_max"] == 2
    assert stats["hongdun/captures"] == stats["targets"] == 7
    assert stats["hongdun/test/drivers"] == 0  # --no-browser: no Playwright driver at all


def test_rendered_pages_keep_screenshot_layout_and_image_readings(demo_url: str) -> None:
    stats = _sweep(demo_url, 4, browser=True)
    assert stats["hongdun/captures"] == stats["targets"] == 4
    assert stats["hongdun/test/drivers"] == 1  # one driver serves both schemes (guard.py)
    assert stats["hongdun/visits_in_flight_max"] == 2
    pages = [p for v in Path(stats["home"], "evidence").rglob("visit.json")
             for p in json.loads(v.read_text(encoding="utf-8"))["pages"]]
    rendered = [p for p in pages if p["rendered"] and not p["error"]]
    assert rendered and all(p["screenshots"] and p["layout"] for p in rendered)
    with_images = [p for p in rendered if p["images"]]
    assert with_images, "the demo's licence pages show licence images"
    assert all(p["ocr"] for p in with_images)
    assert stats["hongdun/ocr_images"] == sum(len(p["images"]) for p in with_images)
