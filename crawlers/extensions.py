"""Crawl extensions riding on Scrapy signals: the sweep record and the progress line.

SweepRecorder writes the `sweeps` row when the crawl opens and fills in its
counts when it closes, read from the crawl stats; SweepProgress prints one
progress line every few seconds while the crawl runs.
"""

from __future__ import annotations

import json
import sys
import time
from typing import Any

from scrapy import Spider, signals
from scrapy.crawler import Crawler
from twisted.internet import task

from crawlers import hongdun_config
from hongdun import db
from hongdun.clock import utc_now


def counts(stats: dict[str, Any]) -> dict[str, int]:
    """The sweep's headline numbers, read from the crawl stats."""
    failures = sum(v for k, v in stats.items() if k.startswith("capture/failed/"))
    return {
        "targets": int(stats.get("hongdun/targets", 0)),
        "pages": int(stats.get("hongdun/pages", 0)),
        "captures": int(stats.get("hongdun/captures", 0)),
        "findings": int(stats.get("hongdun/findings", 0)),
        "failures": int(failures),
        "not_reached": int(stats.get("hongdun/not_reached", 0)),
    }


class SweepRecorder:
    """Record each sweep (plan, planned time, start, end, counts) in the database."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        cfg = hongdun_config(crawler.settings)
        self.conn = db.connect(cfg.db_path)
        crawler.signals.connect(self.opened, signal=signals.spider_opened)
        crawler.signals.connect(self.closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SweepRecorder:
        return cls(crawler)

    def opened(self, spider: Spider) -> None:
        settings = self.crawler.settings
        with self.conn:
            self.conn.execute(
                "INSERT OR REPLACE INTO sweeps (sweep_id, name, plan, planned_at, started_at, "
                "status) VALUES (?, ?, ?, ?, ?, 'running')",
                (spider.sweep_id, settings.get("HONGDUN_SWEEP_NAME") or spider.sweep_id,
                 settings.get("HONGDUN_PLAN"), settings.get("HONGDUN_PLANNED_AT"), utc_now()))

    def closed(self, spider: Spider, reason: str) -> None:
        unfinished = getattr(spider, "unfinished", list)()
        if unfinished:  # targets dropped by the deadline, or under way when it closed
            self.crawler.stats.set_value("hongdun/not_reached", len(unfinished))
            self.crawler.stats.set_value("hongdun/not_reached_targets", unfinished)
        stats = self.crawler.stats.get_stats()
        if self.crawler.stats.get_value("hongdun/deadline_reached") and reason == "finished":
            reason = "deadline"
        status = "finished" if reason == "finished" else f"stopped: {reason}"
        numbers = counts(stats)
        with self.conn:
            self.conn.execute(
                "UPDATE sweeps SET finished_at = ?, status = ?, targets = ?, pages = ?, "
                "captures = ?, findings = ?, failures = ?, stats_json = ? WHERE sweep_id = ?",
                (utc_now(), status, numbers["targets"], numbers["pages"], numbers["captures"],
                 numbers["findings"], numbers["failures"],
                 json.dumps(stats, default=str, sort_keys=True), spider.sweep_id))


class SweepProgress:
    """Print a progress line to stderr while the sweep runs."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.interval = crawler.settings.getfloat("HONGDUN_PROGRESS_INTERVAL", 2.0)
        self.started = time.monotonic()
        self.loop: task.LoopingCall | None = None
        crawler.signals.connect(self.opened, signal=signals.spider_opened)
        crawler.signals.connect(self.closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SweepProgress:
        return cls(crawler)

    def line(self) -> str:
        n = counts(self.crawler.stats.get_stats())
        return (f"巡查 sweep: {n['captures']}/{n['targets']} targets sealed, "
                f"{n['pages']} pages, {n['findings']} findings, {n['failures']} failures, "
                f"{time.monotonic() - self.started:.0f}s")

    def opened(self, spider: Spider) -> None:
        self.started = time.monotonic()
        self.loop = task.LoopingCall(self.tick)
        self.loop.start(self.interval, now=False)

    def tick(self) -> None:
        end = "\r" if sys.stderr.isatty() else "\n"
        sys.stderr.write(self.line() + end)
        sys.stderr.flush()

    def closed(self, spider: Spider, reason: str) -> None:
        if self.loop and self.loop.running:
            self.loop.stop()
        if sys.stderr.isatty():
            sys.stderr.write("\n")
