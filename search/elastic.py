"""The Elasticsearch findings index: same FindingsIndex interface and answers as SQLite.

ElasticIndex reads and writes through the alias (default `hongdun-findings`),
creating `hongdun-findings-v1` behind it on first use. Queries, facets and
cursors are built in search.esquery; the outbox drain and full reindex live in
search.sync. Every transport failure becomes BackendUnavailable with one line.
"""

from __future__ import annotations

import contextlib
import json
import queue
import threading
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any, TypeVar

from elasticsearch import ApiError, Elasticsearch, TransportError, helpers

from hongdun.config import Config
from hongdun.errors import BackendUnavailable, UsageError
from hongdun.records import Finding
from search import esquery, mappings
from search.base import FindingQuery, SearchPage

BULK_CHUNK = 1000
_T = TypeVar("_T")
_PAGE = 5000  # hits per request when a query asks for every match


def connect(cfg: Config, *, timeout: float = 30.0, retries: int = 1) -> Elasticsearch:
    """A client for the configured cluster (URL, API key or user/password, CA file)."""
    url = cfg.get("elasticsearch_url")
    if not url:
        raise UsageError("the elasticsearch backend needs HONGDUN_ELASTICSEARCH_URL")
    if not url.startswith(("http://", "https://")):
        raise UsageError(f"HONGDUN_ELASTICSEARCH_URL must be http(s)://…, not {url!r}")
    # retries cover a dropped connection; a timeout is not retried, so a hung server
    # costs one timeout before callers fall back (the inspector page to SQLite)
    options: dict[str, Any] = {"request_timeout": timeout, "max_retries": retries,
                               "retry_on_timeout": False}
    if cfg.get("elasticsearch_api_key"):
        options["api_key"] = cfg.get("elasticsearch_api_key")
    elif cfg.get("elasticsearch_user"):
        options["basic_auth"] = (cfg.get("elasticsearch_user"),
                                 cfg.get("elasticsearch_password"))
    if cfg.get("elasticsearch_ca"):
        if not Path(cfg.get("elasticsearch_ca")).is_file():
            raise UsageError(f"HONGDUN_ELASTICSEARCH_CA: no such file "
                             f"{cfg.get('elasticsearch_ca')!r}")
        options["ca_certs"] = cfg.get("elasticsearch_ca")
    try:
        return Elasticsearch(url, **options)
    except (ValueError, OSError) as exc:
        raise UsageError(f"bad Elasticsearch settings: {exc}") from None


@contextlib.contextmanager
def unavailable(client: Elasticsearch) -> Iterator[None]:
    """Turn transport and API failures into a one-line BackendUnavailable."""
    try:
        yield
    except ApiError as exc:
        raise BackendUnavailable(f"Elasticsearch refused: {exc.message} ({exc.meta.status})"
                                 ) from None
    except TransportError as exc:
        where = ", ".join(str(n.base_url) for n in client.transport.node_pool.all())
        raise BackendUnavailable(f"Elasticsearch at {where} unreachable: "
                                 f"{type(exc).__name__}: {exc.message}") from None


class ElasticIndex:
    """Findings in Elasticsearch; implements search.base.FindingsIndex."""

    name = "elasticsearch"

    def __init__(self, client: Elasticsearch, alias: str = mappings.DEFAULT_ALIAS,
                 refresh: bool = True) -> None:
        self.client = client
        self.alias = alias
        self.refresh = refresh  # make writes searchable before index() returns
        self.url = ", ".join(str(n.base_url) for n in client.transport.node_pool.all())
        self._ready = False

    # -- the alias and its physical index ------------------------------------
    def physical(self) -> list[str]:
        """The physical indices the alias points at (empty when it does not exist)."""
        with unavailable(self.client):
            if not self.client.indices.exists_alias(name=self.alias):
                return []
            return sorted(self.client.indices.get_alias(name=self.alias).body)

    def mapping_version(self) -> int | None:
        """The mapping version of the index behind the alias, or None if there is none."""
        names = self.physical()
        if not names:
            return None
        with unavailable(self.client):
            body = self.client.indices.get_mapping(index=names[0]).body
        meta = body[names[0]]["mappings"].get("_meta", {})
        return int(meta.get("hongdun_mapping_version", 0))

    def ensure(self) -> None:
        """Create `<alias>-v<version>` and point the alias at it, unless the alias exists."""
        if self._ready:
            return
        if not self.physical():
            name = mappings.index_name(self.alias)
            with unavailable(self.client):
                if not self.client.indices.exists(index=name):
                    self.client.indices.create(index=name, **mappings.index_body())
                self.client.indices.put_alias(index=name, name=self.alias)
        self._ready = True

    def fresh_name(self) -> str:
        """An unused physical name for the current mapping version: -v1, else -v1-2, -v1-3, …"""
        base = mappings.index_name(self.alias)
        candidate, n = base, 1
        with unavailable(self.client):
            while self.client.indices.exists(index=candidate):
                n += 1
                candidate = f"{base}-{n}"
        return candidate

    def create_physical(self, name: str, bulk_load: bool = False) -> None:
        """Create a physical index with the current mapping (refresh off while bulk loading)."""
        body = mappings.index_body()
        if bulk_load:
            body["settings"]["refresh_interval"] = "-1"
        with unavailable(self.client):
            self.client.indices.create(index=name, **body)

    def swap_alias(self, new: str) -> list[str]:
        """Atomically point the alias at `new`; drop and return the indices it left."""
        old = [n for n in self.physical() if n != new]
        actions: list[Mapping[str, Any]] = [{"add": {"index": new, "alias": self.alias}}]
        actions += [{"remove": {"index": n, "alias": self.alias}} for n in old]
        with unavailable(self.client):
            self.client.indices.update_aliases(actions=actions)
            for name in old:
                self.client.indices.delete(index=name)
        self._ready = True
        return old

    def drop(self) -> None:
        """Delete the alias and every physical index behind it (tests, `clear`)."""
        names = self.physical()
        with unavailable(self.client):
            for name in names:
                self.client.indices.delete(index=name)
        self._ready = False

    # -- writing -------------------------------------------------------------
    def bulk(self, actions: Iterable[dict[str, Any]], index: str | None = None,
             refresh: bool | None = None) -> tuple[int, dict[str, str]]:
        """Send index/delete actions with streaming_bulk; return (ok count, id → error)."""
        self.ensure()
        target = index or self.alias
        ok, failed = 0, {}
        with unavailable(self.client):
            for success, item in helpers.streaming_bulk(
                    self.client, prefetched(actions), index=target, chunk_size=BULK_CHUNK,
                    max_retries=3, initial_backoff=1, raise_on_error=False,
                    raise_on_exception=True):
                op, result = next(iter(item.items()))
                if success or (op == "delete" and result.get("status") == 404):
                    ok += 1
                else:
                    failed[str(result.get("_id"))] = _reason(result)
            if self.refresh if refresh is None else refresh:
                self.client.indices.refresh(index=target)
        return ok, failed

    def index(self, findings: Iterable[Finding]) -> int:
        """Add or replace findings (document id = finding_id); return how many were written."""
        ok, failed = self.bulk(index_actions(findings))
        if failed:
            fid, reason = next(iter(failed.items()))
            raise BackendUnavailable(f"Elasticsearch rejected {len(failed)} findings, "
                                     f"first {fid}: {reason}")
        return ok

    def clear(self) -> None:
        """Remove every finding: replace the index behind the alias with an empty one."""
        name = self.fresh_name()
        self.create_physical(name)
        self.swap_alias(name)

    # -- reading -------------------------------------------------------------
    def count(self) -> int:
        """How many findings the index holds."""
        self.ensure()
        with unavailable(self.client):
            return int(self.client.count(index=self.alias)["count"])

    def search(self, query: FindingQuery) -> SearchPage:
        """Run a query; hits in the query's sort order, ties broken by finding_id."""
        self.ensure()
        body = esquery.request(query, size=query.limit or _PAGE)
        with unavailable(self.client):
            response = self.client.search(index=self.alias, **body).body
            page = esquery.page(query, response)
            if query.limit is not None:
                return page
            hits = list(page.hits)
            highlights = dict(page.highlights)
            batch = response["hits"]["hits"]
            while len(batch) == _PAGE:
                body = esquery.request(query, size=_PAGE, aggregations=False,
                                       after=batch[-1]["sort"])
                response = self.client.search(index=self.alias, **body).body
                more = esquery.page(query, response)
                hits.extend(more.hits)
                highlights.update(more.highlights)
                batch = response["hits"]["hits"]
        return SearchPage(tuple(hits), page.total, None, highlights, page.facets)


def prefetched(items: Iterable[_T], depth: int = 4 * BULK_CHUNK) -> Iterator[_T]:
    """Iterate items built ahead in a thread, so building documents overlaps the bulk I/O."""
    buffer: queue.Queue[tuple[list[_T], BaseException | None, bool]] = queue.Queue(
        maxsize=max(1, depth // 500))
    stop = threading.Event()

    def put(entry: tuple[list[_T], BaseException | None, bool]) -> bool:
        while not stop.is_set():
            try:
                buffer.put(entry, timeout=0.2)
                return True
            except queue.Full:
                continue
        return False  # the consumer went away

    def produce() -> None:
        chunk: list[_T] = []
        try:
            for item in items:
                chunk.append(item)
                if len(chunk) == 500:
                    if not put((chunk, None, False)):
                        return
                    chunk = []
            put((chunk, None, True))
        except BaseException as exc:  # handed to the consumer, raised there
            put(([], exc, True))

    worker = threading.Thread(target=produce, name="hongdun-bulk-prefetch", daemon=True)
    worker.start()
    try:
        while True:
            chunk, error, last = buffer.get()
            yield from chunk
            if error is not None:
                raise error
            if last:
                return
    finally:
        stop.set()
        worker.join(timeout=5)


def index_actions(findings: Iterable[Finding]) -> Iterator[dict[str, Any]]:
    """Bulk index actions for findings, document id = finding_id, source as JSON bytes."""
    memo: dict[str, list[str]] = {}
    for f in findings:
        # serialised here, in the prefetch thread, so the sending thread only sends bytes
        source = json.dumps(mappings.to_document(f, memo), ensure_ascii=False,
                            separators=(",", ":")).encode("utf-8", "surrogatepass")
        yield {"_op_type": "index", "_id": f.finding_id, "_source": source}


def _reason(result: Mapping[str, Any]) -> str:
    error = result.get("error")
    if isinstance(error, Mapping):
        return f"{error.get('type')}: {error.get('reason')}"
    return str(error or f"status {result.get('status')}")


