"""The sweep's database writes, off the reactor: findings, leads, then the captures row.

One writer thread does all three for a capture, as one job, and the captures one at a
time in the order they arrive, so:
- a capture's writes follow its ledger entry (the capture reaches this stage sealed and
  ledgered, evidence/seal.py) and its captures row is written last, after its findings
  and leads committed: the row's presence means every stage ran, and a capture killed
  before it is finished by the next sweep (evidence/recovery.py, crawlers/recovered.py);
- the sweep's own writers never race each other for SQLite's write lock (each
  transaction takes it first, BEGIN IMMEDIATE; the rules process's price history is the
  one other writer, and waits its turn on the busy timeout).
The reactor only hands the job over and awaits it. The queue is bounded: a capture's
target counts as in flight until the capture has left this stage (crawlers/inflight.py),
so at most that many jobs wait here, and while they do the spider admits no new target.
`hongdun/writer/queued_max` records the deepest the queue got in a sweep.
"""

from __future__ import annotations

import asyncio
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from scrapy.crawler import Crawler

from crawlers import hongdun_config, timing
from crawlers.pipelines import Assessed
from evidence import crashpoint
from evidence.custody import operator
from hongdun import clock, db
from leads import build
from leads.model import Sighting
from leads.office import open_office
from leads.store import writing
from search.backend import FindingsSink
from search.leads import sync as sync_leads


class WriterPipeline:
    """Commit each capture's findings (SQLite first, then any index), fold them into leads,
    and record the capture in the captures table, in the writer thread; at the end of the
    sweep, mark the leads it did not see."""

    def __init__(self, crawler: Crawler) -> None:
        self.cfg = hongdun_config(crawler.settings)
        # One connection for the three writes: each connection keeps its own page cache,
        # which another connection's commit invalidates, so three of them took turns
        # re-reading the same pages after each other's transactions.
        self.conn = db.connect(self.cfg.db_path)
        self.sink = FindingsSink(self.cfg, self.conn)
        self.office = open_office(self.cfg, self.conn)
        self.actor = f"sweep:{operator(self.cfg)}"
        self.crawler = crawler
        self.stats = crawler.stats
        self.thread = ThreadPoolExecutor(1, "db-writer")  # one writer: captures in order
        self.queued = 0

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> WriterPipeline:
        return cls(crawler)

    async def process_item(self, item: Any) -> Any:
        if not isinstance(item, Assessed):
            return item
        self.queued += 1
        if self.queued > (self.stats.get_value("hongdun/writer/queued_max") or 0):
            self.stats.set_value("hongdun/writer/queued_max", self.queued)
        try:
            stages, outcome = await asyncio.get_running_loop().run_in_executor(
                self.thread, self._write, item, time.monotonic())
        finally:
            self.queued -= 1
        timing.record_all(self.crawler, stages)
        self.stats.inc_value("hongdun/leads/opened", outcome.opened)
        self.stats.inc_value("hongdun/leads/occurrences", outcome.occurrences)
        for warning in outcome.warnings:
            self.crawler.spider.logger.warning(warning)  # type: ignore[union-attr]
        return item

    def _write(self, item: Assessed,
               queued: float) -> tuple[list[tuple[str, float, float]], build.Outcome]:
        """Run in the writer thread: the capture's three writes, in order; their intervals
        and what the leads made of it."""
        started = time.monotonic()
        stages = [("write/queue", queued, started)]
        self.sink.add(item.findings)
        stages.append(("store", started, time.monotonic()))
        outcome = self._leads(item)
        stages.append(("leads", stages[-1][2], time.monotonic()))
        c = item.capture
        crashpoint.reached("index")
        db.save_capture(self.conn, c.capture_id, c.sweep_id, c.target.target_id,
                        c.evidence_id, c.folder, c.captured_at, c.failure)
        stages.append(("captured", stages[-1][2], time.monotonic()))
        return stages, outcome

    def _leads(self, item: Assessed) -> build.Outcome:
        c, o = item.capture, self.office
        if c.failure is not None or not (item.findings or item.unjudged):
            return build.Outcome()  # record() would write nothing: no write transaction
        seen = build.CaptureSeen(c.capture_id, c.sweep_id, c.target.target_id, c.evidence_id,
                                 c.captured_at, c.failure, item.unjudged)
        with writing(o.conn):
            return build.record(o.conn, o.policy, o.members, seen,
                                [Sighting.of(f) for f in item.findings], clock.utc_now(),
                                self.actor)

    async def close_spider(self) -> None:
        """After the last capture's writes (Scrapy closes pipelines once no item is left):
        the sweep's leads close, the indexes are flushed, in the writer thread too."""
        outcome = await asyncio.get_running_loop().run_in_executor(self.thread, self._close)
        self.thread.shutdown(wait=True)
        self.stats.set_value("hongdun/leads/not_seen", outcome.not_seen)
        self.stats.set_value("hongdun/leads/not_judged", outcome.not_judged)

    def _close(self) -> build.Outcome:
        sweep_id = self.crawler.spider.sweep_id  # type: ignore[union-attr]
        with writing(self.office.conn):
            outcome = build.close_sweep(self.office.conn, sweep_id, clock.utc_now(), self.actor)
        sync_leads(self.cfg, self.office.conn)
        self.sink.close()
        return outcome
