"""The leads index: SQLite (the source of truth) and Elasticsearch, behind one interface.

Leads are written by leads/ in SQLite; triggers queue every changed lead in
`leads_outbox` in the same transaction, and `LeadsSync.drain` sends them to
the Elasticsearch alias `<findings alias>-leads` in bulk. Both backends
answer `select(LeadFilter)` identically (tests/test_leads_contract.py).
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager
from dataclasses import asdict, fields
from typing import TYPE_CHECKING, Any, Protocol

from hongdun.config import Config
from hongdun.errors import BackendUnavailable
from leads import store
from leads.model import AWAITING_VERIFICATION, Lead
from leads.store import LeadFilter
from search.backend import backend_name, open_elastic

if TYPE_CHECKING:  # the Elasticsearch client is imported only when a backend needs it
    from elasticsearch import Elasticsearch

log = logging.getLogger("hongdun.search")
LEADS_MAPPING_VERSION = 1
_PAGE = 2000
_KEYWORD = ("lead_id", "target_id", "rule_id", "district", "platform", "severity", "status",
            "last_seen_sweep", "first_not_seen_sweep", "assignee", "duplicate_of")
_DATES = ("first_seen", "last_seen", "first_not_seen", "assigned_at", "verified_at",
          "closed_at", "updated_at")
OUTBOX = """
CREATE TABLE IF NOT EXISTS leads_outbox (lead_id TEXT PRIMARY KEY, gen INTEGER NOT NULL DEFAULT 1);
CREATE TRIGGER IF NOT EXISTS leads_outbox_insert AFTER INSERT ON leads BEGIN
    INSERT INTO leads_outbox (lead_id) VALUES (NEW.lead_id)
    ON CONFLICT(lead_id) DO UPDATE SET gen = gen + 1;
END;
CREATE TRIGGER IF NOT EXISTS leads_outbox_delete AFTER DELETE ON leads BEGIN
    INSERT INTO leads_outbox (lead_id) VALUES (OLD.lead_id)
    ON CONFLICT(lead_id) DO UPDATE SET gen = gen + 1;
END;
"""  # INSERT OR REPLACE fires the insert trigger (no recursive triggers): the id is queued


class LeadsIndex(Protocol):
    """A queryable index of leads."""

    name: str

    def index(self, leads: Iterable[Lead]) -> int: ...
    def select(self, flt: LeadFilter) -> list[Lead]: ...
    def count(self) -> int: ...
    def clear(self) -> None: ...


class SqliteLeads:
    """The leads table itself answers."""

    name = "sqlite"

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def index(self, leads: Iterable[Lead]) -> int:
        items = list(leads)
        with store.writing(self.conn):
            for lead in items:
                store.save(self.conn, lead)
        return len(items)

    def select(self, flt: LeadFilter) -> list[Lead]:
        return store.select(self.conn, flt)

    def count(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM leads").fetchone()[0])

    def clear(self) -> None:
        with store.writing(self.conn):
            self.conn.execute("DELETE FROM leads")


def index_body() -> dict[str, Any]:
    """Settings and the explicit mapping of the leads index."""
    props: dict[str, Any] = {name: {"type": "keyword"} for name in _KEYWORD}
    props.update({name: {"type": "date", "format": "strict_date_optional_time"}
                  for name in _DATES})
    props["due_at"] = {"type": "keyword"}  # YYYY-MM-DD compares as text, like SQLite
    props.update({"generation": {"type": "integer"}, "occurrences": {"type": "integer"},
                  "pressed": {"type": "boolean"},
                  "shop_name": {"type": "text", "analyzer": "standard",
                                "fields": {"raw": {"type": "keyword"}}},
                  "title_zh": {"type": "text", "analyzer": "standard"},
                  "reason": {"type": "text", "analyzer": "standard"}})
    return {"settings": {"number_of_shards": 1, "auto_expand_replicas": "0-1"},
            "mappings": {"dynamic": "strict",
                         "_meta": {"hongdun_mapping_version": LEADS_MAPPING_VERSION},
                         "properties": props}}


def es_query(flt: LeadFilter) -> dict[str, Any]:
    """The filter as an Elasticsearch bool query, in the SQLite store's semantics."""
    filters: list[dict[str, Any]] = [{"term": {name: getattr(flt, name)}}
                                     for name in ("status", "district", "assignee",
                                                  "target_id", "rule_id") if getattr(flt, name)]
    if flt.due_before:
        filters.append({"range": {"due_at": {"lt": flt.due_before}}})
        filters.append({"terms": {"status": list(AWAITING_VERIFICATION)}})
    return {"bool": {"filter": filters}} if filters else {"match_all": {}}


_SORT = [{"last_seen": "desc"}, {"lead_id": "desc"}]
_FIELDS = tuple(f.name for f in fields(Lead))


def _unavailable(client: Elasticsearch) -> AbstractContextManager[None]:
    """search.elastic's guard (client errors as BackendUnavailable), imported when first
    used: only an Elasticsearch backend builds an ElasticLeads."""
    from search.elastic import unavailable

    return unavailable(client)


class ElasticLeads:
    """Leads in Elasticsearch; implements LeadsIndex."""

    name = "elasticsearch"

    def __init__(self, client: Elasticsearch, alias: str) -> None:
        self.client = client
        self.alias = alias
        self._ready = False

    def ensure(self) -> None:
        if self._ready:
            return
        with _unavailable(self.client):
            if not self.client.indices.exists_alias(name=self.alias):
                name = f"{self.alias}-v{LEADS_MAPPING_VERSION}"
                if not self.client.indices.exists(index=name):
                    self.client.indices.create(index=name, **index_body())
                self.client.indices.put_alias(index=name, name=self.alias)
        self._ready = True

    def bulk(self, actions: Iterable[dict[str, Any]]) -> int:
        from elasticsearch import helpers

        self.ensure()
        with _unavailable(self.client):
            ok, errors = helpers.bulk(self.client, actions, index=self.alias,
                                      raise_on_error=False, refresh=True)
        bad = [e for e in errors if next(iter(e.values())).get("status") != 404]  # type: ignore[union-attr]
        if bad:
            raise BackendUnavailable(f"Elasticsearch rejected {len(bad)} leads: {bad[0]}")
        return int(ok)

    def index(self, leads: Iterable[Lead]) -> int:
        return self.bulk({"_op_type": "index", "_id": x.lead_id, "_source": asdict(x)}
                         for x in leads)

    def select(self, flt: LeadFilter) -> list[Lead]:
        self.ensure()
        out: list[Lead] = []
        after: list[Any] | None = None
        with _unavailable(self.client):
            while True:
                extra = {"search_after": after} if after else {}
                hits = self.client.search(index=self.alias, query=es_query(flt), sort=_SORT,
                                          size=_PAGE, **extra).body["hits"]["hits"]
                out += [Lead(**{k: h["_source"][k] for k in _FIELDS}) for h in hits]
                if len(hits) < _PAGE:
                    return out
                after = hits[-1]["sort"]

    def count(self) -> int:
        self.ensure()
        with _unavailable(self.client):
            return int(self.client.count(index=self.alias)["count"])

    def clear(self) -> None:
        with _unavailable(self.client):
            if self.client.indices.exists_alias(name=self.alias):
                for name in self.client.indices.get_alias(name=self.alias).body:
                    self.client.indices.delete(index=name)
        self._ready = False

    drop = clear


def install_outbox(conn: sqlite3.Connection) -> None:
    """Queue every lead write for Elasticsearch (and every lead already stored, once)."""
    if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'leads_outbox'").fetchone():
        return
    conn.executescript("BEGIN IMMEDIATE;" + OUTBOX + "INSERT OR IGNORE INTO leads_outbox "
                       "(lead_id) SELECT lead_id FROM leads; COMMIT;")


def _pending(conn: sqlite3.Connection) -> Iterator[list[tuple[str, int]]]:
    while rows := [(r[0], int(r[1])) for r in conn.execute(
            "SELECT lead_id, gen FROM leads_outbox ORDER BY lead_id LIMIT ?", (_PAGE,))]:
        yield rows
        if len(rows) < _PAGE:
            return


def drain(conn: sqlite3.Connection, index: ElasticLeads) -> int:
    """Send queued leads (and deletions) to Elasticsearch; return how many."""
    sent = 0
    for rows in _pending(conn):
        ids = [r[0] for r in rows]
        present = {x.lead_id: x for x in (store.lead_from_row(r) for r in conn.execute(
            f"SELECT * FROM leads WHERE lead_id IN ({', '.join('?' for _ in ids)})", ids))}
        index.bulk([{"_op_type": "index", "_id": i, "_source": asdict(present[i])}
                    if i in present else {"_op_type": "delete", "_id": i} for i in ids])
        with store.writing(conn):
            conn.executemany("DELETE FROM leads_outbox WHERE lead_id = ? AND gen = ?", rows)
        sent += len(rows)
    return sent


def open_leads_index(cfg: Config, conn: sqlite3.Connection,
                     backend: str | None = None) -> LeadsIndex:
    """The leads index inspectors query, as configured; with Elasticsearch, drained first."""
    if backend_name(cfg, backend) != "elasticsearch":
        return SqliteLeads(conn)
    findings = open_elastic(cfg, conn, timeout=10.0)
    index = ElasticLeads(findings.client, f"{cfg.get('elasticsearch_index')}-leads")
    install_outbox(conn)
    drain(conn, index)
    return index


def sync(cfg: Config, conn: sqlite3.Connection) -> None:
    """After a lead write: send the change to Elasticsearch if configured (best effort)."""
    if backend_name(cfg) != "elasticsearch":
        return
    try:
        open_leads_index(cfg, conn)
    except BackendUnavailable as exc:
        log.warning("%s; the leads outbox keeps the changes for the next sync", exc)
