"""Where the writer thread's time goes (crawlers/writer.py, issue 12).

One --no-browser sweep of the demo shops (N targets, as bench/scale_bench.py builds them)
runs with every SQLite statement of the writer thread timed: wall seconds and the
thread's own CPU seconds (time.thread_time), per statement kind (BEGIN IMMEDIATE, the
findings inserts, the leads reads and writes, COMMIT). The jobs the writer received are
kept and replayed afterwards into a fresh data directory, the same writes in the same
order, three ways:
- `thread, idle`: in one writer thread while the main thread waits (no GIL contention);
- `thread, busy`: in one writer thread while the main thread runs pure Python, as the
  reactor does in a sweep (the GIL contended);
- `main`: in the calling thread, as the writes ran on the reactor before they had a thread.
Wall minus CPU is time the thread waited: for the GIL, a SQLite lock or the disk.

    .venv/bin/python bench/writer_profile.py [--targets 200]
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import threading
import time
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from types import SimpleNamespace
from typing import Any, ClassVar

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from scrapy.crawler import CrawlerRunner
from scrapy.settings import Settings
from scrapy.utils.reactor import install_reactor

from bench.sweep_bench import shops, synthetic
from crawlers.pipelines import Assessed
from crawlers.run import new_sweep_id, sweep_settings
from crawlers.spiders.storefront import StorefrontSpider
from crawlers.writer import WriterPipeline
from demo.server import DemoServer
from demo.site import targets_csv
from hongdun import config, db
from hongdun.targets import parse_targets

Timings = dict[str, list[tuple[float, float]]]  # statement kind -> (wall, cpu) seconds


def kind(sql: str) -> str:
    """A statement's kind: its first words and table."""
    words = sql.split()
    head = " ".join(words[:2]).upper()
    if head.startswith(("BEGIN", "COMMIT", "ROLLBACK")):
        return head
    for word in words:
        if word.lower() in {"findings", "findings_fts", "leads", "lead_occurrences",
                            "lead_findings", "lead_unjudged", "lead_events", "captures",
                            "leads_outbox", "findings_outbox"}:
            return f"{words[0].upper()} {word.lower()}"
    return words[0].upper() if words else "?"


class Timed(sqlite3.Connection):
    """A connection that times its statements when run in a thread being watched."""

    watched: ClassVar[dict[int, Timings]] = {}  # thread id -> timings (the bench's one registry)

    def _timed(self, method: Any, sql: str, *args: Any) -> Any:
        timings = Timed.watched.get(threading.get_ident())
        if timings is None:
            return method(sql, *args)
        wall, cpu = time.perf_counter(), time.thread_time()
        try:
            return method(sql, *args)
        finally:
            timings[kind(sql)].append((time.perf_counter() - wall, time.thread_time() - cpu))

    def execute(self, sql: str, *args: Any) -> Any:  # type: ignore[override]
        return self._timed(super().execute, sql, *args)

    def executemany(self, sql: str, *args: Any) -> Any:  # type: ignore[override]
        return self._timed(super().executemany, sql, *args)


def _timed_connect(path: Any, *args: Any, **kwargs: Any) -> sqlite3.Connection:
    return _connect(path, *args, factory=Timed, **kwargs)


_connect = sqlite3.connect
db.sqlite3.connect = _timed_connect  # type: ignore[attr-defined]  # the bench's own process


class Jobs:
    """The writer's jobs of one sweep, timed as they ran, kept for the replays."""

    def __init__(self) -> None:
        self.items: list[Assessed] = []
        self.jobs: list[tuple[float, float]] = []  # (wall, cpu) of each whole job
        self.timings: Timings = defaultdict(list)

    def watch(self) -> None:
        original = WriterPipeline._write

        def write(pipeline: WriterPipeline, item: Assessed, queued: float) -> Any:
            Timed.watched[threading.get_ident()] = self.timings
            self.items.append(item)
            wall, cpu = time.perf_counter(), time.thread_time()
            try:
                return original(pipeline, item, queued)
            finally:
                self.jobs.append((time.perf_counter() - wall, time.thread_time() - cpu))

        WriterPipeline._write = write  # type: ignore[method-assign]


async def sweep(base: str, size: int, jobs: Jobs) -> tuple[int, float]:
    home = Path(tempfile.mkdtemp(prefix="hongdun-writer-"))
    cfg = config.load({"home": str(home), "allow_private": base.removeprefix("http://")})
    sweep_id = new_sweep_id()
    settings = sweep_settings(cfg, sweep_id=sweep_id, name="writer", screenshots=False)
    targets = synthetic(shops(parse_targets(targets_csv(base))), size)
    jobs.watch()
    crawler = CrawlerRunner(settings).create_crawler(StorefrontSpider)
    start = time.perf_counter()
    await crawler.crawl(targets=targets, sweep_id=sweep_id)
    return int(crawler.stats.get_value("hongdun/pages", 0)), time.perf_counter() - start


def replay(items: list[Assessed], how: str) -> tuple[list[tuple[float, float]], Timings]:
    """The same writes into a fresh data directory, in a thread (main idle or busy) or here."""
    home = tempfile.mkdtemp(prefix="hongdun-replay-")
    settings = Settings({"HONGDUN_HOME": home})
    pipeline = WriterPipeline(SimpleNamespace(settings=settings, stats=None))  # type: ignore[arg-type]
    timings: Timings = defaultdict(list)
    jobs: list[tuple[float, float]] = []

    def run() -> None:
        Timed.watched[threading.get_ident()] = timings
        for item in items:
            wall, cpu = time.perf_counter(), time.thread_time()
            _ORIGINAL_WRITE(pipeline, item, time.monotonic())
            jobs.append((time.perf_counter() - wall, time.thread_time() - cpu))

    if how == "main":
        run()
        return jobs, timings
    with ThreadPoolExecutor(1, "db-writer") as pool:
        done = pool.submit(run)
        if how == "busy":
            while not done.done():
                sum(i * i for i in range(200))  # pure Python, the GIL held, as the reactor
        done.result()
    return jobs, timings


_ORIGINAL_WRITE = WriterPipeline._write


def ms(pairs: list[tuple[float, float]]) -> str:
    if not pairs:
        return "-"
    wall = statistics.mean(w for w, _ in pairs) * 1e3
    cpu = statistics.mean(c for _, c in pairs) * 1e3
    return f"{wall:6.2f} wall {cpu:6.2f} cpu"


def table(name: str, jobs: list[tuple[float, float]], timings: Timings) -> None:
    total_wall = sum(w for w, _ in jobs)
    sql_wall = sum(w for pairs in timings.values() for w, _ in pairs)
    print(f"\n== {name}: {len(jobs)} jobs, per job {ms(jobs)} ms "
          f"(SQL statements {sql_wall / max(len(jobs), 1) * 1e3:.2f} ms wall, all "
          f"{total_wall:.2f} s)")
    for k, pairs in sorted(timings.items(), key=lambda kv: -sum(w for w, _ in kv[1])):
        per_job = sum(w for w, _ in pairs) / max(len(jobs), 1) * 1e3
        print(f"  {k:<32}{len(pairs):>7} x {ms(pairs)} ms  = {per_job:6.2f} ms/job")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--targets", type=int, default=200)
    args = parser.parse_args()
    install_reactor("twisted.internet.asyncioreactor.AsyncioSelectorReactor")
    from twisted.internet import defer, reactor

    jobs = Jobs()
    result: list[Any] = []

    async def go() -> None:
        try:
            with DemoServer() as server:
                result.append(await sweep(server.start(), args.targets, jobs))
        finally:
            reactor.stop()  # type: ignore[attr-defined]

    reactor.callWhenRunning(lambda: defer.ensureDeferred(go()))  # type: ignore[attr-defined]
    reactor.run()  # type: ignore[attr-defined]
    pages, seconds = result[0]
    print(f"sweep: {pages} pages in {seconds:.1f}s ({pages / seconds:.1f} pages/s), "
          f"switch interval {sys.getswitchinterval() * 1e3:.0f} ms")
    table("in the sweep (writer thread beside the reactor)", jobs.jobs, jobs.timings)
    WriterPipeline._write = _ORIGINAL_WRITE  # type: ignore[method-assign]
    for how in ("thread, idle", "thread, busy", "main"):
        table(f"replay: {how}", *replay(jobs.items, how.split(", ")[-1]))
    switch = sys.getswitchinterval()
    sys.setswitchinterval(0.0005)  # the GIL handed over 10x sooner: the waits shrink if GIL
    table("replay: thread, busy, switch interval 0.5 ms", *replay(jobs.items, "busy"))
    sys.setswitchinterval(switch)


if __name__ == "__main__":
    main()
