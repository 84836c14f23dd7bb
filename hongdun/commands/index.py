"""`hongdun reindex` and `hongdun index status|drain`: keep the Elasticsearch index in step.

SQLite is the source of truth; these commands rebuild the Elasticsearch index
from it (new physical index, alias swap, no downtime), show how far behind the
index is (the outbox backlog), and push the backlog now.
"""

from __future__ import annotations

import argparse
import time
from typing import TYPE_CHECKING, Any

from hongdun import db
from hongdun.config import Config
from hongdun.errors import BackendUnavailable, UsageError
from search import mappings, outbox
from search.store import FindingsStore

if TYPE_CHECKING:  # the Elasticsearch client is imported by the commands that use it
    from search.elastic import ElasticIndex


def register(sub: Any) -> None:
    """Add `reindex` and `index status|drain` to the CLI."""
    p = sub.add_parser(
        "reindex", help="rebuild the Elasticsearch index from SQLite (重建检索索引)",
        description="重建 Elasticsearch 索引 / rebuild the Elasticsearch findings index from "
                    "the SQLite database into a new index, then swap the alias (no downtime).")
    p.set_defaults(handler=run_reindex)
    p = sub.add_parser("index", help="Elasticsearch index status and backlog (索引状态)")
    actions = p.add_subparsers(dest="index_command", metavar="ACTION")
    actions.required = True
    s = actions.add_parser("status", help="alias, mapping version, document counts, backlog")
    s.set_defaults(handler=run_status)
    d = actions.add_parser("drain", help="send the outbox backlog to Elasticsearch now")
    d.set_defaults(handler=run_drain)


def _index(cfg: Config, conn: Any) -> ElasticIndex:
    from search.backend import backend_name, open_elastic

    if backend_name(cfg) != "elasticsearch":
        raise UsageError("no Elasticsearch configured: set HONGDUN_ELASTICSEARCH_URL "
                         "(see docs/ELASTICSEARCH.md)")
    return open_elastic(cfg, conn, timeout=120.0)


def run_reindex(args: argparse.Namespace, cfg: Config) -> int:
    """Handler of `hongdun reindex`."""
    from search.sync import reindex  # the Elasticsearch client: only for the commands using it

    conn = db.connect(cfg.db_path)
    try:
        index = _index(cfg, conn)
        before = index.physical()
        started = time.monotonic()
        count = reindex(conn, index)
        seconds = time.monotonic() - started
        print(f"已重建索引 / reindexed {count} findings in {seconds:.1f} s "
              f"({count / max(seconds, 1e-9):.0f}/s): {index.alias} → {index.physical()[0]}"
              f"{' (was ' + ', '.join(before) + ')' if before else ''}")
        return 0
    finally:
        conn.close()


def run_drain(args: argparse.Namespace, cfg: Config) -> int:
    """Handler of `hongdun index drain`."""
    from search.sync import drain

    conn = db.connect(cfg.db_path)
    try:
        result = drain(conn, _index(cfg, conn))
        print(f"已发送 / sent {result.sent}, rejected {result.failed}, "
              f"待索引 / still queued {result.remaining}")
        return 0 if result.failed == 0 else 1
    finally:
        conn.close()


def run_status(args: argparse.Namespace, cfg: Config) -> int:
    """Handler of `hongdun index status`."""
    conn = db.connect(cfg.db_path)
    try:
        stored = FindingsStore(conn).count()
        from search.backend import backend_name

        if backend_name(cfg) != "elasticsearch":
            print(f"backend: sqlite (Elasticsearch not configured); {stored} findings")
            return 0
        index = _index(cfg, conn)
        backlog = outbox.backlog(conn)
        print(f"backend: elasticsearch {cfg.get('elasticsearch_url')}")
        print(f"SQLite (source of truth): {stored} findings")
        print(f"待索引 / backlog: {backlog.pending} queued"
              + (f", oldest {backlog.oldest}" if backlog.oldest else "")
              + (f", {backlog.failing} rejected, last: {backlog.last_error}"
                 if backlog.failing else "")
              + (" — `hongdun index drain` sends it now" if backlog.pending else ""))
        try:
            names = index.physical()
            version = index.mapping_version()
            docs = index.count() if names else 0
        except BackendUnavailable as exc:
            print(f"Elasticsearch: unreachable — {exc}")
            return 1
        state = "current" if version == mappings.MAPPING_VERSION else (
            f"outdated, run `hongdun reindex` (want v{mappings.MAPPING_VERSION})")
        print(f"alias: {index.alias} → {', '.join(names) or '(not created yet)'}"
              + (f"; mapping v{version} {state}" if names else ""))
        print(f"Elasticsearch: {docs} documents")
        return 0
    finally:
        conn.close()
