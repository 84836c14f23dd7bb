"""Stage timings of a sweep, taken by the components that do the work.

The spider, the download handler and the pipelines call `record(crawler, stage,
start, end)` with `time.monotonic()` stamps around each stage of a page or a
capture (queueing, HTTP fetch, each browser step, image fetch, OCR, the parts of
sealing, rules, annotation, store, leads). It adds the seconds to the crawl stats
(`hongdun/seconds/<stage>`, so a sweep's record says where its time went) and
sends the `stage_timed` signal with the interval, which bench/sweep_bench.py
collects to show what overlaps and what serialises.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterable

from scrapy.crawler import Crawler

META_QUEUED = "hongdun_queued"  # request meta: monotonic time the request was made
stage_timed = object()  # signal: stage (str), start, end (monotonic seconds), where (str)

REACTOR = "reactor"  # ran on the reactor thread: it held up crawling meanwhile
WORKER = "worker"  # ran in a worker thread or process
BROWSER = "browser"  # awaited from the browser (the reactor was free)


def record(crawler: Crawler | None, stage: str, start: float, end: float | None = None,
           where: str = REACTOR) -> None:
    """Count one stage interval in the stats and announce it (end: now by default)."""
    if crawler is None or crawler.stats is None:
        return
    end = time.monotonic() if end is None else end
    crawler.stats.inc_value(f"hongdun/seconds/{stage}", round(end - start, 6), start=0.0)
    crawler.signals.send_catch_log(stage_timed, stage=stage, start=start, end=end, where=where)


def record_all(crawler: Crawler | None, stages: Iterable[tuple[str, float, float]],
               where: str = WORKER) -> None:
    """Record several (stage, start, end) intervals measured elsewhere (a worker thread)."""
    for stage, start, end in stages:
        record(crawler, stage, start, end, where)


def back_to_back(start: float, seconds: Counter[str]) -> list[tuple[str, float, float]]:
    """Durations summed per stage (one seal's write, hash, fsync ...) laid out as
    consecutive intervals from start, so they can be recorded like the others."""
    out, at = [], start
    for stage, took in seconds.items():
        out.append((stage, at, at + took))
        at += took
    return out
