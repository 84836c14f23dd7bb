"""Elasticsearch stopped mid-sweep and restarted: the sweep goes on, nothing lost or doubled.

This stops and restarts the real test server through scripts/es.sh, so it only
runs against the server that script manages (the one `make test` starts).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from elasticsearch import Elasticsearch

from hongdun import config, db
from search import outbox, synthetic
from search.backend import FindingsSink, open_index
from search.base import FindingQuery
from search.elastic import ElasticIndex
from search.store import FindingsStore
from search.sync import drain

pytest_plugins = ["es_server"]  # es_url, es_alias, es_control


def test_outage_mid_sweep_then_restart_drains_everything_once(
        tmp_path: Path, es_url: str, es_alias: str,
        es_control: Callable[..., str]) -> None:
    assert es_control("url") == es_url, "the outage test needs the server scripts/es.sh runs"
    conn = db.connect(tmp_path / "hongdun.db")
    cfg = config.load({"home": str(tmp_path), "elasticsearch_url": es_url,
                       "elasticsearch_index": es_alias}, environ={})
    data = list(synthetic.findings(900, with_phrase=900))
    sink = FindingsSink(cfg, conn)
    assert sink.drainer is not None
    sink.drainer.backoff_min, sink.drainer.backoff_max = 1.0, 2.0
    sink.drainer.interval = 0.0  # drain after every capture
    try:
        for i in range(0, 300, 15):  # the sweep's first captures: indexed as they come
            sink.add(data[i:i + 15])
        assert outbox.backlog(conn).pending == 0

        es_control("down")
        started = time.monotonic()
        for i in range(300, 600, 15):  # the server is gone: the sweep must not notice
            sink.add(data[i:i + 15])
            time.sleep(0.05)
        sink.close()  # end of sweep while still down: no exception, backlog kept
        assert time.monotonic() - started < 30
        assert sink.drainer.outages >= 1 and "unreachable" in (sink.drainer.last_error or "")
        assert FindingsStore(conn).count() == 600  # SQLite has everything
        assert outbox.backlog(conn).pending == 300

        assert es_control("up") == es_url  # restarted on the same port, data kept
        sink = FindingsSink(cfg, conn)  # the next sweep drains the backlog with its own
        for i in range(600, 900, 15):
            sink.add(data[i:i + 15])
        sink.close()
        assert outbox.backlog(conn).pending == 0

        index = open_index(cfg, conn)
        assert isinstance(index, ElasticIndex)
        assert index.count() == 900
        every = index.search(FindingQuery(text="证照信息", limit=None))
        found = [f.finding_id for f in every.hits]
        assert every.total == 900 and len(found) == len(set(found)) == 900
        assert set(found) == {f.finding_id for f in data}
        assert FindingsStore(conn).search(FindingQuery(limit=None)).hits == (
            index.search(FindingQuery(limit=None)).hits)
    finally:
        es_control("up")  # leave the server running for the other tests
        index = open_index(cfg, conn)
        assert isinstance(index, ElasticIndex)
        index.drop()
        conn.close()


def test_hung_server_costs_one_timeout_then_the_sweep_goes_on(
        tmp_path: Path, es_url: str, es_alias: str,
        es_control: Callable[..., str]) -> None:
    assert es_control("url") == es_url, "the hung-server test needs the server scripts/es.sh runs"
    conn = db.connect(tmp_path / "hongdun.db")
    cfg = config.load({"home": str(tmp_path), "elasticsearch_url": es_url,
                       "elasticsearch_index": es_alias}, environ={})
    data = list(synthetic.findings(330, with_phrase=330))
    sink = FindingsSink(cfg, conn)
    assert sink.drainer is not None
    sink.drainer.interval = 0.0
    sink.drainer.backoff_min = 60.0  # one timeout, then no retry during this short sweep
    try:
        sink.add(data[:30])
        assert outbox.backlog(conn).pending == 0
        es_control("pause")  # SIGSTOP: connections open, nothing answers
        try:
            started = time.monotonic()
            for i in range(30, 330, 30):
                sink.add(data[i:i + 30])
            adding = time.monotonic() - started
            sink.close()  # one more attempt, one more timeout
            total = time.monotonic() - started
        finally:
            es_control("resume")
        assert adding < 20 and total < 40, (adding, total)  # 10 s timeout, then back off
        assert sink.drainer.outages >= 1 and "Timeout" in (sink.drainer.last_error or "")
        assert FindingsStore(conn).count() == 330
        assert outbox.backlog(conn).pending == 300

        index = open_index(cfg, conn)
        assert isinstance(index, ElasticIndex)
        assert drain(conn, index).remaining == 0
        found = [f.finding_id for f in index.search(FindingQuery(limit=None)).hits]
        assert len(found) == len(set(found)) == 330 == index.count()  # requests that timed
        # out may have been applied after SIGCONT: same ids, so nothing is doubled
    finally:
        ElasticIndex(Elasticsearch(es_url), alias=es_alias).drop()
        conn.close()
