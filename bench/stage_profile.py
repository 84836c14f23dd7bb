"""Per-stage profile of a crawl from the intervals its components recorded (crawlers/timing.py).

`Profile` collects the `stage_timed` signal of one crawler; `table` prints, per
stage: how many intervals, the total seconds, seconds per page, the wall time
the stage covered (the union of its intervals), its mean parallelism (total /
covered: 1.0 means it never overlapped itself, it serialised) and the share of
the crawl's wall time it covered. The last lines say how long the reactor
thread was busy in Hongdun's own code (time no download could progress) and how
much of the wall the worker threads covered.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any

from scrapy.crawler import Crawler

from crawlers import timing

ORDER = ("queue", "fetch", "render/new-page", "render/navigation",
         "render/read_page", "render/screenshot", "render/dom-limit",
         "render/content", "image-fetch", "page-close", "context-close", "links", "ocr",
         "seal/lock-wait", "seal/write", "seal/hash", "seal/warc", "seal/environment",
         "seal/sign", "seal/fsync", "seal/ledger", "rules", "rules/judge", "annotate",
         "write/queue", "store", "leads", "captured")


def covered(spans: list[tuple[float, float]]) -> float:
    """Seconds of the union of intervals."""
    total, end = 0.0, float("-inf")
    for start, stop in sorted(spans):
        if stop <= end:
            continue
        total += stop - max(start, end)
        end = stop
    return total


@dataclass
class Profile:
    """The stage intervals one crawler announced."""

    spans: dict[str, list[tuple[float, float]]] = field(default_factory=dict)
    where: dict[str, str] = field(default_factory=dict)

    def attach(self, crawler: Crawler) -> Profile:
        crawler.signals.connect(self._on_stage, signal=timing.stage_timed)
        return self

    def _on_stage(self, stage: str, start: float, end: float, where: str, **_: Any) -> None:
        self.spans.setdefault(stage, []).append((start, end))
        self.where[stage] = where

    def busy(self, where: str) -> float:
        """Wall seconds during which some stage of that kind (reactor, worker) ran."""
        return covered([s for stage, spans in self.spans.items()
                        if self.where[stage] == where for s in spans])

    def table(self, wall: float, pages: int) -> list[str]:
        """The profile as printable lines."""
        lines = [f"{'stage':<20}{'where':>8}{'n':>6}{'total s':>9}{'ms/page':>9}"
                 f"{'cover s':>9}{'par':>6}{'%wall':>7}"]
        names = [s for s in ORDER if s in self.spans] + sorted(set(self.spans) - set(ORDER))
        for stage in names:
            spans = self.spans[stage]
            total = sum(b - a for a, b in spans)
            cover = covered(spans)
            lines.append(f"{stage:<20}{self.where[stage]:>8}{len(spans):>6}{total:>9.2f}"
                         f"{total / max(pages, 1) * 1000:>9.1f}{cover:>9.2f}"
                         f"{total / cover if cover else 0:>6.1f}{cover / wall * 100:>6.0f}%")
        reactor, worker = self.busy(timing.REACTOR), self.busy(timing.WORKER)
        lines.append(f"reactor thread busy in Hongdun code {reactor:.1f}s of {wall:.1f}s wall "
                     f"({reactor / wall * 100:.0f}%); worker threads covered {worker:.1f}s "
                     f"({worker / wall * 100:.0f}%)")
        return lines


def load_average() -> str:
    """The 1/5/15-minute load averages, for the record of a run on a shared machine."""
    one, five, fifteen = os.getloadavg()
    return f"{one:.2f}/{five:.2f}/{fifteen:.2f}"
