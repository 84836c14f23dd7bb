"""Item pipelines: the one-way flow from a fetched Visit to stored findings.

Visit → OcrPipeline (read licence images) → SealPipeline (evidence: files,
manifest, signature, ledger) → RulesPipeline (findings) → AnnotatePipeline
(marked screenshot copies) → WriterPipeline (crawlers/writer.py: findings in
SQLite and any configured index, findings folded into leads, then the captures row,
written last: a capture without one is finished by the next sweep,
crawlers/recovered.py). Each stage does one job, is idempotent, and counts what it
did in the crawl stats. Blocking work runs off the reactor thread, so the reactor
keeps fetching meanwhile: OCR and annotation in worker threads, sealing (hashing,
WARC, fsync) in its own thread, one capture at a time, the rules in their own
process (pure Python: a thread would hold the GIL the reactor needs,
crawlers/judging.py), the database writes in one writer thread, one capture at a
time. Every queue is bounded by the visits in flight (crawlers/inflight.py): when the
pipelines fall behind, no new target begins.
"""

from __future__ import annotations

import asyncio
import logging
import sys
import threading
import time
from collections import Counter
from collections.abc import AsyncIterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem, NotConfigured
from scrapy.utils.defer import deferred_from_coro

from crawlers import hongdun_config, timing
from crawlers.judging import RulesWorker
from evidence import recovery
from evidence.annotate import annotate
from evidence.seal import DiskFull, Sealer
from hongdun.records import Capture, Finding, PageCapture, Unjudged, Visit
from rules.engine import RuleSet

log = logging.getLogger(__name__)
SEAL_GROUP_MAX = 16  # visits sealed in one group at most (one wait for the disk)


@dataclass(frozen=True)
class Assessed:
    """A sealed capture with the findings the rules made of it."""

    capture: Capture
    findings: tuple[Finding, ...]
    unjudged: tuple[Unjudged, ...] = ()  # rules that gave no verdict on it, and why


class OcrPipeline:
    """Read text off the images kept with each page, before sealing, so OCR is sealed too."""

    def __init__(self, crawler: Crawler) -> None:
        if not crawler.settings.getbool("HONGDUN_OCR", True):
            raise NotConfigured("HONGDUN_OCR is off")
        try:
            from crawlers.live.ocr import ocr_frames
            from evidence import ocr
        except ImportError as exc:  # the OCR engine is an optional install
            raise NotConfigured(f"OCR engine not installed ({exc.name})") from None
        self.ocr = ocr
        self.ocr_frames = ocr_frames
        self.crawler = crawler
        self.stats = crawler.stats
        self.max_pixels = crawler.settings.getint("HONGDUN_IMAGE_MAX_PIXELS", ocr.MAX_PIXELS)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> OcrPipeline:
        return cls(crawler)

    async def process_item(self, item: Any) -> Any:
        if not isinstance(item, Visit):
            return item
        for page in item.pages:  # a watched room: the text burned into its frames
            if page.live_dir and (Path(page.live_dir) / "frames.jsonl").exists():
                runs = await asyncio.to_thread(self.ocr_frames, Path(page.live_dir),
                                               reasons=("interval",))
                self.stats.inc_value("hongdun/live/ocr_runs", len(runs))
        if not any(p.images for p in item.pages):
            return item
        started = time.monotonic()
        pages, reused = await asyncio.to_thread(self._read, item.pages)
        timing.record(self.crawler, "ocr", started, None, timing.WORKER)
        self.stats.inc_value("hongdun/ocr_images", sum(len(p.images) for p in pages))
        self.stats.inc_value("hongdun/ocr_reused", reused)
        return replace(item, pages=pages)

    def _read(self, pages: tuple[PageCapture, ...]) -> tuple[tuple[PageCapture, ...], int]:
        """Every page's images read; an image whose bytes a page of the same visit already
        showed (a licence on the home and the licence page) takes that reading, not a new
        one: the engine gives identical bytes identical text."""
        read: dict[bytes, str] = {}
        out, reused = [], 0
        for page in pages:
            known = tuple(replace(i, ocr_text=read[i.body])
                          if i.ocr_text is None and i.body in read else i for i in page.images)
            reused += sum(a is not b for a, b in zip(known, page.images, strict=True))
            page = self.ocr.read_images(replace(page, images=known), max_pixels=self.max_pixels)
            for image in page.images:
                read.setdefault(image.body, image.ocr_text or "")
            out.append(page)
        return tuple(out), reused


def without_pixels(pages: tuple[PageCapture, ...]) -> tuple[PageCapture, ...]:
    """The pages of a sealed capture with their screenshots' bytes let go, each kept as an
    empty placeholder: from sealing on the sealed files are the screenshots, full-page PNGs
    as shot (annotation reads them from the folder, evidence/annotate.py), so the captures
    in flight through the rules process, annotation and the writer hold no pixels, and no
    pixels are pickled to the rules process. A rule sees that a page has a screenshot and
    its artefact path, as before."""
    return tuple(replace(p, screenshots=tuple(b"" for _ in p.screenshots))
                 if any(p.screenshots) else p for p in pages)


class SealPipeline:
    """Seal every visit as evidence, failed ones included.

    Group commit: the visits that arrive while a group is being sealed wait and are sealed
    together next (at most SEAL_GROUP_MAX), in one wait for the disk (evidence/seal.py,
    `Sealer.seal_group`), so under load the disk's waits are shared instead of queueing
    one capture behind another's; a lone visit is a group of one, sealed at once."""

    def __init__(self, crawler: Crawler) -> None:
        cfg = hongdun_config(crawler.settings)
        self.recovery = recovery.recover(cfg)  # before our Sealer holds the sealing lock
        self.sealer = Sealer(cfg)
        self.lock = threading.Lock()
        self.executor = ThreadPoolExecutor(1, "seal")  # one group at a time, in order
        self.waiting: list[tuple[Visit, asyncio.Future[Capture]]] = []
        self.sealing: asyncio.Task[None] | None = None
        self.crawler = crawler
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SealPipeline:
        return cls(crawler)

    def open_spider(self) -> None:
        """Count what start-up recovery did, and say it in one line when it did anything."""
        for key, value in self.recovery.stats().items():
            self.stats.set_value(key, value)
        if self.recovery.changed:
            log.warning("%s", self.recovery.line())
            print(self.recovery.line(), file=sys.stderr, flush=True)

    def _seal(self, visits: list[Visit], times: Counter[str]) -> list[Capture | Exception]:
        waiting = time.monotonic()
        with self.lock:
            times["seal/lock-wait"] += time.monotonic() - waiting
            return self.sealer.seal_group(visits, times)

    async def _drain(self) -> None:
        """Seal the waiting visits, a group at a time, until none is left."""
        loop = asyncio.get_running_loop()
        while self.waiting:
            group = self.waiting[:SEAL_GROUP_MAX]
            del self.waiting[:SEAL_GROUP_MAX]
            started, times = time.monotonic(), Counter[str]()
            try:
                outcomes: list[Capture | BaseException] = list(await loop.run_in_executor(
                    self.executor, self._seal, [v for v, _ in group], times))
            except asyncio.CancelledError:  # the loop is going away: so are the waits
                for _, future in group + self.waiting:
                    future.cancel()
                raise
            except Exception as exc:  # every visit of the group hears it
                outcomes = [exc] * len(group)
            finally:
                timing.record_all(self.crawler, timing.back_to_back(started, times))
                self.stats.max_value("hongdun/seal/group_max", len(group))
            for (_, future), outcome in zip(group, outcomes, strict=True):
                if future.done():
                    continue
                if isinstance(outcome, BaseException):
                    future.set_exception(outcome)
                else:
                    future.set_result(outcome)

    def _drained(self, task: asyncio.Task[None]) -> None:
        self.sealing = None
        if self.waiting:  # arrived as the last group ended
            self.sealing = asyncio.get_running_loop().create_task(self._drain())
            self.sealing.add_done_callback(self._drained)

    async def process_item(self, item: Any) -> Any:
        if not isinstance(item, Visit):
            return item
        future: asyncio.Future[Capture] = asyncio.get_running_loop().create_future()
        self.waiting.append((item, future))
        if self.sealing is None:
            self.sealing = asyncio.get_running_loop().create_task(self._drain())
            self.sealing.add_done_callback(self._drained)
        try:
            capture = await future
        except DiskFull as exc:  # stop the sweep: every later seal would fail the same way
            if not self.stats.get_value("hongdun/fatal"):
                self.stats.set_value("hongdun/fatal", str(exc))
                deferred_from_coro(self.crawler.engine.close_spider_async(reason="disk-full"))
            raise DropItem(str(exc)) from None
        self.stats.inc_value("hongdun/captures")
        if capture.failure:
            self.stats.inc_value("hongdun/captures_failed")
        return replace(capture, pages=without_pixels(capture.pages))

    async def close_spider(self) -> None:
        """Close the sweep's evidence: retry queued time-stamps, write the WACZ, sign the
        tree head. Runs even when the sweep was interrupted, over what was sealed."""
        sweep_id = self.crawler.spider.sweep_id  # type: ignore[union-attr]
        if self.stats.get_value("hongdun/captures"):
            head = await asyncio.get_running_loop().run_in_executor(
                self.executor, self.sealer.close_sweep, sweep_id)
            self.stats.set_value("hongdun/tree_size", head.tree_size)
        self.executor.shutdown(wait=False)


class RulesPipeline:
    """Run every loaded rule over each sealed capture, with the price history kept from
    earlier sweeps (each capture's observed prices are added to it) and the registry, in
    the rules processes (crawlers/judging.py; setting rules_workers, default one): each
    capture goes to the next free one, so with several, different shops' captures are
    judged side by side. One shop's captures are judged one after another, in the order
    they arrive (capture order: sealing is in order, recovered captures come oldest
    first): a capture waits, off the reactor, until the rules are done with its shop's
    previous one, whose prices are then in the history it reads (price.fictitious_original
    compares with the 7-day low), so a verdict never depends on which worker was faster."""

    def __init__(self, crawler: Crawler) -> None:
        rules = RuleSet.load()  # here too: a bad rule pack stops the sweep before it starts
        config = hongdun_config(crawler.settings)
        ids = tuple(r.spec.id for r in rules.rules)
        self.workers = [RulesWorker(config.db_path, ids, config.number("rules_timeout"))
                        for _ in range(int(config.number("rules_workers")))]
        # the workers free for a capture; one that judges is out of the queue meanwhile
        self.idle: asyncio.Queue[RulesWorker] = asyncio.Queue()
        for worker in self.workers:
            self.idle.put_nowait(worker)
        # per shop (target id), set once the rules are done with its latest capture sent
        # here: its next capture waits for it. Only shops with a capture in the rules have
        # an entry, so it is bounded as the captures in flight are (crawlers/inflight.py).
        self.shop_done: dict[str, asyncio.Event] = {}
        self.crawler = crawler
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RulesPipeline:
        return cls(crawler)

    @asynccontextmanager
    async def after_its_shop(self, capture: Capture) -> AsyncIterator[None]:
        """Hold the capture until the rules are done with its shop's previous capture (a
        verdict, or unjudged after a failure or the time limit: never held for good)."""
        shop = capture.target.target_id
        previous, done = self.shop_done.get(shop), asyncio.Event()
        self.shop_done[shop] = done
        try:
            if previous is not None:
                await previous.wait()
            yield
        finally:
            done.set()
            if self.shop_done.get(shop) is done:
                del self.shop_done[shop]

    async def process_item(self, item: Any) -> Any:
        if not isinstance(item, Capture):
            return item
        started = time.monotonic()
        async with self.after_its_shop(item):
            worker = await self.idle.get()
            try:
                judged, failed, turn = await worker.judge_timed(item)
            finally:
                self.idle.put_nowait(worker)
        # "rules": from the capture's arrival, its waits for its shop and a worker included;
        # "rules/judge": the worker's own time on it (its cover of the wall: how busy the
        # one process is)
        timing.record(self.crawler, "rules/judge", turn, None, timing.WORKER)
        timing.record(self.crawler, "rules", started, None, timing.WORKER)
        if failed:
            self.stats.inc_value("hongdun/rules_failed")
        for finding in judged.findings:
            self.stats.inc_value(f"hongdun/findings/{finding.rule_id}")
        self.stats.inc_value("hongdun/findings", len(judged.findings))
        self.stats.inc_value("hongdun/unjudged", len(judged.unjudged))
        return Assessed(item, judged.findings, judged.unjudged)

    def close_spider(self) -> None:
        for worker in self.workers:
            worker.close()


class AnnotatePipeline:
    """Write a marked copy of the screenshot for every finding; originals stay untouched."""

    def __init__(self, crawler: Crawler | None = None) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> AnnotatePipeline:
        return cls(crawler)

    async def process_item(self, item: Any) -> Any:
        if not isinstance(item, Assessed) or not item.findings:
            return item
        started = time.monotonic()
        findings = await asyncio.to_thread(
            lambda: tuple(annotate(item.capture, f) for f in item.findings))
        timing.record(self.crawler, "annotate", started, None, timing.WORKER)
        return replace(item, findings=findings)
