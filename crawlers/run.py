"""Run one sweep in this process: a real Scrapy CrawlerProcess over a list of targets.

Hongdun's configuration becomes Scrapy settings here, once. The Twisted reactor
cannot be restarted, so one process runs one sweep; the scheduler starts a
child process per sweep.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from secrets import token_hex

from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings

from crawlers.browser import launch_args
from crawlers.extensions import counts
from crawlers.live.video import use_bundled_ffmpeg
from crawlers.spiders.storefront import StorefrontSpider
from crawlers.ssrf import AddressGuard
from hongdun import db
from hongdun.clock import utc_now
from hongdun.config import Config
from hongdun.errors import HongdunError
from hongdun.records import Target
from hongdun.watch import DEFAULT_WATCH_S

# --no-browser: the page budget on Scrapy's HTTP handler (crawlers/httpfetch.py).
PLAIN_HTTP_HANDLERS = {"http": "crawlers.httpfetch.GuardedHttpHandler",
                       "https": "crawlers.httpfetch.GuardedHttpHandler"}


@dataclass(frozen=True)
class SweepSummary:
    """What a finished sweep did, for the closing summary line."""

    sweep_id: str
    status: str
    targets: int
    pages: int
    captures: int
    findings: int
    failures: int
    not_reached: int
    seconds: float
    failure_reasons: dict[str, int]
    findings_by_rule: dict[str, int]


def new_sweep_id() -> str:
    stamp = utc_now()[:19].replace("-", "").replace(":", "")
    return f"s-{stamp}Z-{token_hex(2)}"


def sweep_settings(cfg: Config, *, sweep_id: str, name: str, plan: str | None = None,
                   planned_at: str | None = None, screenshots: bool = True,
                   deadline: float | None = None, watch: float | None = None) -> Settings:
    """Scrapy settings for a sweep, from the project settings plus Hongdun's configuration.

    The crawl's full log goes to HOME/logs/SWEEP_ID.log; the terminal shows only
    the progress line and the summary.
    """
    settings = Settings()
    settings.setmodule("crawlers.settings", priority="project")
    timeout = cfg.number("page_timeout")
    launch = dict(settings.getdict("PLAYWRIGHT_LAUNCH_OPTIONS"))
    launch["executable_path"] = cfg.get("chromium")
    guard = AddressGuard.from_setting(cfg.get("allow_private"))  # validates the allow-list
    launch["args"] = launch_args(int(cfg.number("renderer_heap_mb")), guard)
    settings.setdict({
        "HONGDUN_HOME": str(cfg.home),
        "LOG_FILE": str(log_path(cfg, sweep_id)),
        "LOG_LEVEL": "INFO",
        "HONGDUN_SWEEP_NAME": name,
        "HONGDUN_PLAN": plan,
        "HONGDUN_PLANNED_AT": planned_at,
        "HONGDUN_SCREENSHOTS": screenshots,
        "HONGDUN_PAGE_TIMEOUT": timeout,
        "DOWNLOAD_TIMEOUT": timeout,
        "PLAYWRIGHT_DEFAULT_NAVIGATION_TIMEOUT": timeout * 1000,
        "CONCURRENT_REQUESTS_PER_DOMAIN": int(cfg.number("concurrency")),
        "PLAYWRIGHT_LAUNCH_OPTIONS": launch,
        "HONGDUN_PAGE_BUDGET": cfg.number("page_budget"),
        "HONGDUN_SWEEP_DEADLINE": deadline or 0,
        "HONGDUN_ALLOW_PRIVATE": cfg.get("allow_private"),
        "DOWNLOAD_MAXSIZE": int(cfg.number("download_maxsize")),
        "DOWNLOAD_WARNSIZE": int(cfg.number("download_warnsize")),
        "HONGDUN_DOM_MAX_BYTES": int(cfg.number("dom_max_bytes")),
        "HONGDUN_SCREENSHOT_MAX_HEIGHT": int(cfg.number("screenshot_max_height")),
        "HONGDUN_IMAGE_MAX_PIXELS": int(cfg.number("image_max_pixels")),
        "HONGDUN_CHAT_MAX_LINES": int(cfg.number("chat_max_lines")),  # for the live recorder
        "HONGDUN_WATCH_SECONDS": watch or DEFAULT_WATCH_S,
    }, priority="cmdline")
    if not screenshots:  # nothing to render: Scrapy's own HTTP, no Playwright driver at all
        settings.set("DOWNLOAD_HANDLERS", PLAIN_HTTP_HANDLERS, priority="cmdline")
    use_bundled_ffmpeg(cfg.home / "playwright")  # session.webm: before Playwright starts
    return settings


def log_path(cfg: Config, sweep_id: str) -> Path:
    """Where a sweep's crawl log is written."""
    folder = cfg.home / "logs"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / f"{sweep_id}.log"


def run_sweep(cfg: Config, targets: list[Target], settings: Settings,
              sweep_id: str) -> SweepSummary:
    """Crawl the targets to completion (or until Ctrl-C/SIGTERM) and summarise the sweep."""
    process = CrawlerProcess(settings)
    crawler = process.create_crawler(StorefrontSpider)
    process.crawl(crawler, targets=targets, sweep_id=sweep_id)
    process.start()
    fatal = crawler.stats.get_value("hongdun/fatal")  # e.g. the disk filled while sealing
    if fatal:
        raise HongdunError(str(fatal))
    return summarise(db.connect(cfg.db_path), sweep_id)


def summarise(conn: sqlite3.Connection, sweep_id: str) -> SweepSummary:
    """Read a sweep's record back as a summary."""
    row = conn.execute("SELECT * FROM sweeps WHERE sweep_id = ?", (sweep_id,)).fetchone()
    if row is None:
        raise LookupError(sweep_id)
    stats = json.loads(row["stats_json"] or "{}")
    start = stats.get("start_time")
    seconds = float(stats.get("elapsed_time_seconds", 0.0)) if start else 0.0
    numbers = counts(stats)
    return SweepSummary(
        sweep_id, row["status"], seconds=seconds,
        failure_reasons={k.split("/", 2)[2]: int(v) for k, v in stats.items()
                         if k.startswith("capture/failed/")},
        findings_by_rule={k.split("/", 2)[2]: int(v) for k, v in stats.items()
                          if k.startswith("hongdun/findings/")},
        **numbers)
