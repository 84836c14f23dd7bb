"""The inspector page and its API give the same answers, facets included, on both backends.

The real app (search.web.create_app) runs in process, once over SQLite and
once over the real Elasticsearch test server, on the same data directory.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from test_web import add_users, login

from hongdun import config, db
from search import synthetic
from search.backend import open_index
from search.elastic import ElasticIndex
from search.store import FindingsStore
from search.sync import reindex
from search.web import create_app

pytest_plugins = ["es_server"]  # es_url, es_alias
ORIGIN = "http://127.0.0.1"


@pytest.fixture
def both(tmp_path: Path, es_url: str, es_alias: str) -> Iterator[tuple[TestClient, TestClient]]:
    home = tmp_path / "home"
    conn = db.connect(home / "hongdun.db")
    FindingsStore(conn).index(synthetic.findings(1500, with_phrase=700))
    sqlite_cfg = config.load({"home": str(home)}, environ={})
    es_cfg = config.load({"home": str(home), "elasticsearch_url": es_url,
                          "elasticsearch_index": es_alias}, environ={})
    index = open_index(es_cfg, conn)
    assert isinstance(index, ElasticIndex)
    assert reindex(conn, index) == 1500
    add_users(sqlite_cfg)
    try:
        with TestClient(create_app(sqlite_cfg), base_url=ORIGIN) as sq, \
                TestClient(create_app(es_cfg), base_url=ORIGIN) as es:
            login(sq, "科长")
            login(es, "科长")
            yield sq, es
    finally:
        index.drop()
        conn.close()


def _answer(body: dict[str, Any]) -> tuple[Any, ...]:
    return (body["total"], [h["finding_id"] for h in body["hits"]], body["next_after"],
            body.get("facets"), sorted(body["highlights"]))


@pytest.mark.parametrize("params", [
    {"q": "证照", "facets": "1"},
    {"q": "最", "facets": "1", "sort": "severity"},
    {"q": "海参 最佳", "district": "370602", "facets": "1"},
    {"platform": "jd", "severity": "high", "facets": "1"},
    {"since": "2026-09-10", "until": "2026-09-20", "facets": "1"},
    {"q": "jy3", "rule": "AD-ABSOLUTE"},
])
def test_api_answers_match(both: tuple[TestClient, TestClient], params: dict[str, str]) -> None:
    sq, es = both
    a = sq.get("/api/findings", params={**params, "limit": 40}).json()
    b = es.get("/api/findings", params={**params, "limit": 40}).json()
    assert b["notice"] is None and a["total"] > 0
    assert _answer(a) == _answer(b)
    if a["next_after"]:
        nxt = {**params, "limit": 40, "after": a["next_after"]}
        assert _answer(sq.get("/api/findings", params=nxt).json()) == _answer(
            es.get("/api/findings", params=nxt).json())


def test_search_page_shows_elasticsearch_facets(both: tuple[TestClient, TestClient]) -> None:
    sq, es = both
    page = es.get("/findings", params={"q": "证照"})
    assert page.status_code == 200 and "检索服务不可用" not in page.text
    assert page.text.count("<mark>") >= 1
    body = es.get("/api/findings", params={"q": "证照", "facets": "1"}).json()
    for district, count in body["facets"]["district"].items():
        assert str(count) in page.text, district
    assert es.get("/healthz").json()["backend"] == "elasticsearch"
    assert sq.get("/healthz").json()["backend"] == "sqlite"
