"""Spider middleware: a sweep first finishes the captures an interrupted sweep sealed but
never carried through its later stages.

A sweep killed after sealing a capture (and ledgering it, or recovery ledgering it at
start-up, evidence/recovery.py) but before its captures row leaves evidence whose rules,
findings, leads or index write may not have run. `FinishRecovered.process_start` yields
each such capture, rebuilt from its sealed folder, before the spider's own requests, so it
goes through the same item pipelines as a fresh capture (rules → annotate → findings →
leads → captures row). Every stage is idempotent: finding ids derive from the capture id,
findings and rows are inserted or replaced, a lead occurrence is keyed by its capture.
The capture keeps its own sweep id. Counted as `evidence/recovery/finished`.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from typing import Any

from scrapy.crawler import Crawler

from crawlers import hongdun_config
from evidence import recovery
from evidence.reopen import reopen
from hongdun.config import Config
from hongdun.errors import HongdunError

log = logging.getLogger(__name__)


class FinishRecovered:
    """Yield the sealed-but-unprocessed captures of HOME ahead of the sweep's requests."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> FinishRecovered:
        return cls(crawler)

    async def process_start(self, start: AsyncIterator[Any]) -> AsyncIterator[Any]:
        """The recovered captures, then everything the spider starts with."""
        for capture in backlog(hongdun_config(self.crawler.settings)):
            self.crawler.stats.inc_value("evidence/recovery/finished")
            log.info("finishing sealed capture %s (interrupted before its captures row)",
                     capture.capture_id)
            yield capture
        async for item in start:
            yield item


def backlog(cfg: Config) -> list[Any]:
    """The Captures (pages read back from the sealed files) of sealed, ledgered folders
    with no captures row, oldest first. A folder that no longer matches its manifest is
    left as it is, for `hongdun ledger verify` to report."""
    captures = []
    for folder in recovery.unprocessed(cfg):
        try:
            captures.append(reopen(folder))
        except HongdunError as exc:
            log.warning("cannot finish %s: %s", folder.name, exc)
    return captures
