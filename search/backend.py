"""Choose the findings index from configuration and write findings through it.

SQLite is always the source of truth: FindingsSink commits findings there
first. With the Elasticsearch backend configured (HONGDUN_BACKEND=elasticsearch
or HONGDUN_ELASTICSEARCH_URL set), SQLite triggers queue every written finding
in an outbox (search/outbox.py) and the sink drains it into Elasticsearch in
bulk; when the server is down the sweep goes on and the outbox waits.
"""

from __future__ import annotations

import logging
import re
import sqlite3
from collections.abc import Sequence
from typing import TYPE_CHECKING

from hongdun.config import Config
from hongdun.errors import UsageError
from hongdun.records import Finding
from search import outbox
from search.base import FindingsIndex
from search.store import FindingsStore

if TYPE_CHECKING:  # the Elasticsearch client is imported only when a backend needs it
    from search.elastic import ElasticIndex
    from search.sync import Drainer

BACKENDS = ("sqlite", "elasticsearch")
log = logging.getLogger("hongdun.search")


def backend_name(cfg: Config, explicit: str | None = None) -> str:
    """Which backend answers: an explicit choice, else elasticsearch if configured."""
    name = explicit or cfg.get("backend")
    if explicit is None and name == "sqlite" and cfg.get("elasticsearch_url"):
        name = "elasticsearch"
    if name not in BACKENDS:
        raise UsageError(f"backend must be one of {', '.join(BACKENDS)}, not {name!r}")
    return name


def open_elastic(cfg: Config, conn: sqlite3.Connection, timeout: float = 30.0,
                 retries: int = 1) -> ElasticIndex:
    """The Elasticsearch index, with the outbox triggers installed in SQLite."""
    from search.elastic import ElasticIndex, connect  # ~0.4 s of imports: only when asked

    outbox.install(conn)
    alias = cfg.get("elasticsearch_index")
    if not re.fullmatch(r"[a-z0-9][a-z0-9_.-]{0,200}", alias):
        raise UsageError(f"HONGDUN_ELASTICSEARCH_INDEX must be a lower-case index name, "
                         f"not {alias!r}")
    return ElasticIndex(connect(cfg, timeout=timeout, retries=retries), alias=alias)


def open_index(cfg: Config, conn: sqlite3.Connection,
               backend: str | None = None) -> FindingsIndex:
    """The index inspectors query, as configured (default: the SQLite store)."""
    if backend_name(cfg, backend) == "elasticsearch":
        return open_elastic(cfg, conn, timeout=10.0)
    return FindingsStore(conn)


class FindingsSink:
    """Where a sweep writes its findings: SQLite first, then any configured index."""

    def __init__(self, cfg: Config, conn: sqlite3.Connection) -> None:
        self.store = FindingsStore(conn)
        self.drainer: Drainer | None = None
        if backend_name(cfg) == "elasticsearch":
            from search.sync import Drainer

            # short timeouts, no retries: a slow server must not hold up a sweep
            self.drainer = Drainer(conn, open_elastic(cfg, conn, timeout=10.0, retries=0))

    def add(self, findings: Sequence[Finding]) -> None:
        """Commit findings to SQLite (triggers queue them for Elasticsearch), then drain."""
        self.store.index(findings)
        if self.drainer is not None:
            self.drainer.written(len(findings))

    def close(self) -> None:
        """Flush whatever is pending; called once when the sweep ends."""
        if self.drainer is None:
            return
        result = self.drainer.drain(budget=60.0, force=True)
        backlog = outbox.backlog(self.store.conn).pending
        if result is None or backlog:
            log.warning("Elasticsearch is %d findings behind; `hongdun index drain` or the "
                        "next sweep sends them", backlog)

    @property
    def stats(self) -> dict[str, int]:
        """Counters for the sweep summary: sent to Elasticsearch, outages, backlog."""
        if self.drainer is None:
            return {}
        return {"search/es/sent": self.drainer.sent,
                "search/es/outages": self.drainer.outages,
                "search/es/backlog": outbox.backlog(self.store.conn).pending}
