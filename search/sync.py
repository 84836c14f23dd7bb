"""Keep Elasticsearch in step with SQLite: drain the outbox, or rebuild the index whole.

SQLite is the source of truth. `drain` sends queued findings (and deletions)
in bulk, then removes exactly the outbox rows it sent; `reindex` loads every
finding into a fresh physical index and swaps the alias, with no downtime.
`Drainer` is what a sweep uses: it drains now and then, and when the server is
down or slow it backs off and lets the outbox grow instead of stalling.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from hongdun.errors import BackendUnavailable
from search import mappings, outbox
from search.elastic import ElasticIndex, index_actions, unavailable
from search.store import finding_from_row

log = logging.getLogger("hongdun.search")
DRAIN_BATCH = 2000


@dataclass(frozen=True)
class DrainResult:
    """What one drain did."""

    sent: int  # documents indexed or deleted and acknowledged
    failed: int  # rejected by the server; still queued with their reason
    remaining: int  # still queued afterwards


def _actions(conn: sqlite3.Connection, ids: list[str]) -> Iterator[dict[str, Any]]:
    marks = ", ".join("?" for _ in ids)
    rows = conn.execute(f"SELECT * FROM findings WHERE finding_id IN ({marks})", ids)
    found = [finding_from_row(r) for r in rows]
    yield from index_actions(found)
    present = {f.finding_id for f in found}
    for fid in ids:
        if fid not in present:
            yield {"_op_type": "delete", "_id": fid}


def drain(conn: sqlite3.Connection, index: ElasticIndex, batch: int = DRAIN_BATCH,
          deadline: float | None = None) -> DrainResult:
    """Index queued findings in batches until the outbox is empty or time runs out.

    Raises BackendUnavailable when the server cannot be reached; what was
    acknowledged before that stays done, the rest stays queued.
    """
    outbox.install(conn)
    sent = failed = 0
    while True:
        rows = outbox.pending(conn, batch)
        if not rows:
            break
        _, errors = index.bulk(_actions(conn, [fid for fid, _ in rows]))
        outbox.record_failures(conn, errors)
        sent += outbox.acknowledge(conn, [r for r in rows if r[0] not in errors])
        failed += len(errors)
        if errors and len(errors) == len(rows):
            log.warning("Elasticsearch rejected a whole batch: %s", next(iter(errors.values())))
            break
        if len(rows) < batch or (deadline is not None and time.monotonic() > deadline):
            break
    return DrainResult(sent, failed, outbox.backlog(conn).pending)


def reindex(conn: sqlite3.Connection, index: ElasticIndex, batch: int = 5000) -> int:
    """Rebuild the index from SQLite into a new physical index and swap the alias."""
    outbox.install(conn)
    covered = outbox.snapshot(conn)
    name = index.fresh_name()
    index.create_physical(name, bulk_load=True)
    rows = conn.execute("SELECT * FROM findings ORDER BY captured_at, finding_id")

    def actions() -> Iterator[dict[str, Any]]:
        while chunk := rows.fetchmany(batch):
            yield from index_actions(finding_from_row(r) for r in chunk)

    try:
        ok, errors = index.bulk(actions(), index=name, refresh=False)
        if errors:
            fid, reason = next(iter(errors.items()))
            raise BackendUnavailable(f"reindex: Elasticsearch rejected {len(errors)} findings, "
                                     f"first {fid}: {reason}")
        body = mappings.index_body()["settings"]
        with unavailable(index.client):
            index.client.indices.put_settings(index=name, settings={
                "refresh_interval": body["refresh_interval"]})
            index.client.indices.refresh(index=name)
    except BaseException:
        with contextlib.suppress(Exception):  # best effort: the server may be gone
            index.client.options(ignore_status=404).indices.delete(index=name)
        raise
    index.swap_alias(name)
    outbox.acknowledge(conn, covered)
    return ok


class Drainer:
    """Drain the outbox during a sweep without ever stalling it for long."""

    def __init__(self, conn: sqlite3.Connection, index: ElasticIndex,
                 interval: float = 2.0, batch: int = DRAIN_BATCH,
                 backoff: tuple[float, float] = (5.0, 120.0)) -> None:
        self.conn = conn
        self.index = index
        self.interval = interval
        self.batch = batch
        self.budget = 5.0  # seconds of draining per write, so a long backlog is spread out
        self.backoff_min, self.backoff_max = backoff
        self.sent = 0
        self.outages = 0
        self.last_error: str | None = None
        self._backoff = 0.0
        self._next = 0.0  # monotonic time of the next allowed attempt
        self._queued = 0  # written since the last drain

    def written(self, count: int) -> None:
        """Note `count` newly written findings; drain if a batch is due (a few seconds at most)."""
        self._queued += count
        if self._queued >= self.batch or time.monotonic() >= self._next:
            self.drain(budget=self.budget)

    def drain(self, budget: float | None = None, force: bool = False) -> DrainResult | None:
        """Try a drain now unless backing off (or forced); None when the server is down."""
        now = time.monotonic()
        if now < self._next and self._backoff and not force:
            return None
        try:
            result = drain(self.conn, self.index, self.batch,
                           deadline=None if budget is None else now + budget)
        except BackendUnavailable as exc:
            self.outages += 1
            self.last_error = str(exc)
            self._backoff = min(max(self._backoff * 2, self.backoff_min), self.backoff_max)
            self._next = time.monotonic() + self._backoff
            log.warning("%s; outbox keeps the findings, retry in %.0f s", exc, self._backoff)
            return None
        if self.outages and self._backoff:
            log.info("Elasticsearch answers again; sent %d, %d still queued",
                     result.sent, result.remaining)
        self.sent += result.sent
        self._queued = 0
        self._backoff = 0.0
        self._next = time.monotonic() + self.interval
        return result
