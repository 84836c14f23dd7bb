"""Keep the sweep process's C heap from holding what it freed (glibc malloc).

A browser sweep moves multi-megabyte buffers through Python on several threads: full-page
screenshots (base64 from the Playwright driver, then PNG bytes), DOMs, licence images for
OCR, WARC records. glibc serves a large allocation from mmap only up to a threshold that
rises each time such a chunk is freed (up to 32 MB), after which the buffers come from the
heap arenas (one per thread that contended), and the memory they leave behind stays
resident: bench/scale_bench.py's browser sweep showed the process's arenas grow to some
650 MB with about 100 MB of it in use. So, once per process when a sweep starts:
- large allocations (M_MMAP_THRESHOLD fixed at 256 KB, which also stops the threshold
  from rising) go to mmap and back to the system when freed;
- at most two arenas (M_ARENA_MAX), so the threads' freed memory is shared, not scattered;
and while it runs, `HeapTrim` hands the heap's free pages back (malloc_trim) every few
seconds. Elsewhere than glibc, nothing happens.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
from functools import cache
from typing import Any

from scrapy import signals
from scrapy.crawler import Crawler
from twisted.internet import task

log = logging.getLogger(__name__)

M_MMAP_THRESHOLD = -3  # glibc mallopt parameters (malloc.h)
M_ARENA_MAX = -8
MMAP_THRESHOLD = 256 * 1024
ARENA_MAX = 2
TRIM_EVERY_S = 5.0


@cache
def _libc() -> Any:
    """glibc, or None where the C library has no mallopt/malloc_trim."""
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        libc.mallopt, libc.malloc_trim  # noqa: B018  # both present, or AttributeError
    except (OSError, AttributeError):
        return None
    return libc


def tune() -> bool:
    """Set the thresholds above for this process; whether the C library took them."""
    libc = _libc()
    if libc is None:
        return False
    return bool(libc.mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD)) and bool(
        libc.mallopt(M_ARENA_MAX, ARENA_MAX))


def trim() -> bool:
    """Hand the heap's free pages back to the system; whether any were."""
    libc = _libc()
    return bool(libc.malloc_trim(0)) if libc is not None else False


class HeapTrim:
    """Extension: tune the heap when the crawler is built, trim it while the spider runs."""

    def __init__(self, crawler: Crawler) -> None:
        self.tuned = tune()
        self.loop = task.LoopingCall(trim)
        crawler.signals.connect(self.opened, signal=signals.spider_opened)
        crawler.signals.connect(self.closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> HeapTrim:
        return cls(crawler)

    def opened(self) -> None:
        if self.tuned:
            self.loop.start(TRIM_EVERY_S, now=False)

    def closed(self) -> None:
        if self.loop.running:
            self.loop.stop()
