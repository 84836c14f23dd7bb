"""The Elasticsearch backend on the real test server: analysis, mapping, alias, outbox, reindex.

Outage behaviour (server stopped mid-sweep) is in reliability/test_elastic_outage.py; the
answers themselves are in the shared contract, test_search_contract.py.
"""

from __future__ import annotations

import threading
from dataclasses import replace
from pathlib import Path

import pytest
from elasticsearch import Elasticsearch

from hongdun import config, db
from hongdun.errors import BackendUnavailable, UsageError
from search import cjk, mappings, outbox, synthetic
from search.backend import FindingsSink, backend_name, open_index
from search.base import FindingQuery
from search.elastic import ElasticIndex, connect
from search.store import FindingsStore, searchable_text
from search.sync import drain, reindex

pytest_plugins = ["es_server"]  # es_url, es_client, es_index, es_alias


def _cfg(home: Path, url: str, alias: str, **more: str) -> config.Config:
    return config.load({"home": str(home), "elasticsearch_url": url,
                        "elasticsearch_index": alias, **more}, environ={})


def test_standard_analyzer_cuts_han_characters_and_phrases_find_substrings(
        es_client: Elasticsearch, es_index: ElasticIndex) -> None:
    tokens = es_client.indices.analyze(analyzer="standard", text="营业执照ABC12")["tokens"]
    assert [t["token"] for t in tokens] == ["营", "业", "执", "照", "abc12"]
    assert [t["position"] for t in tokens] == [0, 1, 2, 3, 4]
    base = next(synthetic.findings(1))
    es_index.index([replace(base, finding_id="a", matched_text="未公示营业执照", context="无"),
                    replace(base, finding_id="b", matched_text="营业，执照", context="无")])
    runs = es_client.search(index=es_index.alias, query={"match_phrase": {"runs": "业执"}})
    assert [h["_id"] for h in runs["hits"]["hits"]] == ["a"]  # no phrase across a run gap
    whole = es_client.search(index=es_index.alias,
                             query={"match_phrase": {"matched_text": "业执"}})
    assert {h["_id"] for h in whole["hits"]["hits"]} == {"a", "b"}  # why `runs` exists
    assert [f.finding_id for f in es_index.search(FindingQuery(text="业执")).hits] == ["a"]
    assert es_index.search(FindingQuery(text="照")).total == 2


def test_explicit_mapping_behind_a_versioned_alias(es_client: Elasticsearch,
                                                   es_index: ElasticIndex) -> None:
    v = mappings.MAPPING_VERSION
    assert es_index.physical() == [f"{es_index.alias}-v{v}"]
    assert es_index.mapping_version() == v
    props = es_client.indices.get_mapping(index=es_index.alias).body[
        f"{es_index.alias}-v{v}"]["mappings"]["properties"]
    for name in ("finding_id", "platform", "district", "rule_id", "severity", "status"):
        assert props[name]["type"] == "keyword", name
    assert props["captured_at"]["type"] == "date"
    for name in ("shop_name", "title_zh", "matched_text", "context", "runs"):
        assert props[name]["type"] == "text" and props[name]["analyzer"] == "standard"
    base = next(synthetic.findings(1))
    with pytest.raises(BackendUnavailable, match="rejected 1 findings"):
        es_index.index([replace(base, captured_at="2026-11-28 10:00:00")])  # strict date


def test_reindex_swaps_the_alias_without_downtime(tmp_path: Path, es_url: str,
        es_alias: str) -> None:
    conn = db.connect(tmp_path / "hongdun.db")
    cfg = _cfg(tmp_path, es_url, es_alias)
    index = open_index(cfg, conn)
    assert isinstance(index, ElasticIndex)
    try:
        FindingsStore(conn).index(synthetic.findings(3000, with_phrase=1000))
        assert drain(conn, index).sent == 3000
        stop, seen, errors = threading.Event(), [], []

        def watch() -> None:
            client = Elasticsearch(es_url, request_timeout=30)
            while not stop.is_set():
                try:
                    seen.append(client.count(index=index.alias)["count"])
                except Exception as exc:  # any failure is downtime
                    errors.append(exc)

        watcher = threading.Thread(target=watch)
        watcher.start()
        try:
            assert reindex(conn, index) == 3000
            assert index.physical() == [f"{index.alias}-v{mappings.MAPPING_VERSION}-2"]
            assert reindex(conn, index) == 3000
            assert index.physical() == [f"{index.alias}-v{mappings.MAPPING_VERSION}"]
        finally:
            stop.set()
            watcher.join()
        assert not errors and seen and set(seen) == {3000}
        assert index.search(FindingQuery(text="证照信息")).total == 1000
        assert outbox.backlog(conn).pending == 0
    finally:
        index.drop()
        conn.close()


def test_outbox_follows_every_write_and_drain_applies_it(tmp_path: Path, es_url: str,
        es_alias: str) -> None:
    conn = db.connect(tmp_path / "hongdun.db")
    store = FindingsStore(conn)
    early = list(synthetic.findings(10, prefix="E"))
    store.index(early)  # written before Elasticsearch was configured
    index = open_index(_cfg(tmp_path, es_url, es_alias), conn)
    assert isinstance(index, ElasticIndex)
    try:
        assert outbox.backlog(conn).pending == 10  # installing queues what exists
        store.index(synthetic.findings(20))
        assert outbox.backlog(conn).pending == 30
        assert drain(conn, index) .sent == 30 and index.count() == 30
        before = dict(outbox.snapshot(conn))
        assert before == {}
        store.set_status(early[0].finding_id, "confirmed")
        (fid, gen), = outbox.pending(conn, 10)
        store.set_status(early[0].finding_id, "dismissed")  # written again while "in flight"
        assert outbox.acknowledge(conn, [(fid, gen)]) == 0  # stale generation stays queued
        drain(conn, index)
        hit, = index.search(FindingQuery(status="dismissed", target_id=early[0].target_id)).hits
        assert hit.finding_id == early[0].finding_id
        store.clear()
        assert outbox.backlog(conn).pending == 30
        result = drain(conn, index)
        assert (result.sent, result.remaining, index.count()) == (30, 0, 0)
    finally:
        index.drop()
        conn.close()


def test_rejected_findings_stay_queued_with_the_reason(tmp_path: Path, es_url: str,
        es_alias: str) -> None:
    conn = db.connect(tmp_path / "hongdun.db")
    index = open_index(_cfg(tmp_path, es_url, es_alias), conn)
    assert isinstance(index, ElasticIndex)
    try:
        good = list(synthetic.findings(5))
        bad = replace(good[0], finding_id="BAD", captured_at="2026-11-28 10:00:00")
        FindingsStore(conn).index([*good, bad])
        result = drain(conn, index)
        assert (result.sent, result.failed, result.remaining) == (5, 1, 1)
        backlog = outbox.backlog(conn)
        assert backlog.failing == 1 and "captured_at" in (backlog.last_error or "")
    finally:
        index.drop()
        conn.close()


def test_sink_writes_sqlite_first_then_elasticsearch(tmp_path: Path, es_url: str,
        es_alias: str) -> None:
    conn = db.connect(tmp_path / "hongdun.db")
    cfg = _cfg(tmp_path, es_url, es_alias)
    sink = FindingsSink(cfg, conn)
    try:
        data = list(synthetic.findings(120))
        for i in range(0, 120, 12):  # one capture's findings at a time
            sink.add(data[i:i + 12])
        sink.close()
        assert FindingsStore(conn).count() == 120
        assert outbox.backlog(conn).pending == 0
        assert open_index(cfg, conn).count() == 120
        assert sink.stats["search/es/sent"] == 120
    finally:
        open_index(cfg, conn).drop()  # type: ignore[attr-defined]
        conn.close()


def test_configuration_errors_are_one_line(tmp_path: Path) -> None:
    cfg = config.load({"home": str(tmp_path)}, environ={})
    assert backend_name(cfg) == "sqlite"
    with pytest.raises(UsageError, match="needs HONGDUN_ELASTICSEARCH_URL"):
        connect(cfg)
    with pytest.raises(UsageError, match="must be http"):
        connect(_cfg(tmp_path, "ftp://x", "a"))
    with pytest.raises(UsageError, match="lower-case index name"):
        open_index(_cfg(tmp_path, "http://127.0.0.1:9", "Bad Name"), db.connect(tmp_path / "d"))
    assert backend_name(_cfg(tmp_path, "http://127.0.0.1:9", "a")) == "elasticsearch"
    assert backend_name(_cfg(tmp_path, "http://127.0.0.1:9", "a"), "sqlite") == "sqlite"
    down = open_index(_cfg(tmp_path, "http://127.0.0.1:9", "a"), db.connect(tmp_path / "d"))
    with pytest.raises(BackendUnavailable, match=r"^Elasticsearch at http://127.0.0.1:9 unreach"):
        down.search(FindingQuery(text="证照"))


def test_document_runs_are_exactly_the_sqlite_runs() -> None:
    odd = next(synthetic.findings(1))
    samples = [*synthetic.findings(2000),
               replace(odd, shop_name="Ａｂｃ①店", title_zh="㈱株式\u0301", matched_text="e\u0301x",
                       context="\u0301开头 ＪＹ３７ 结尾ǅ", url="https://例子.cn/ＡＢ")]
    memo: dict[str, list[str]] = {}
    for f in samples:
        assert mappings.search_runs(f, memo) == cjk._runs(searchable_text(f)), f.finding_id


def test_a_bad_ca_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="HONGDUN_ELASTICSEARCH_CA: no such file"):
        connect(_cfg(tmp_path, "https://127.0.0.1:9", "a",
                     elasticsearch_ca=str(tmp_path / "missing.pem")))


def test_an_older_mapping_is_reported_and_reindex_upgrades_it(
        tmp_path: Path, es_url: str, es_alias: str, es_client: Elasticsearch) -> None:
    body = mappings.index_body()
    body["mappings"]["_meta"] = {"hongdun_mapping_version": 0}
    es_client.indices.create(index=f"{es_alias}-v0", **body)
    es_client.indices.put_alias(index=f"{es_alias}-v0", name=es_alias)
    conn = db.connect(tmp_path / "hongdun.db")
    index = open_index(_cfg(tmp_path, es_url, es_alias), conn)
    assert isinstance(index, ElasticIndex)
    try:
        assert index.mapping_version() == 0
        FindingsStore(conn).index(synthetic.findings(50))
        assert reindex(conn, index) == 50
        v = mappings.MAPPING_VERSION
        assert index.physical() == [f"{es_alias}-v{v}"] and index.mapping_version() == v
        assert not es_client.indices.exists(index=f"{es_alias}-v0")
    finally:
        index.drop()
        conn.close()
