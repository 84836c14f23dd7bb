"""`hongdun reindex`, `hongdun index status|drain` and `hongdun findings --backend/--facets`.

Run through the real console entry point against the real test server.
"""

from __future__ import annotations

from pathlib import Path

from conftest import run_hongdun
from elasticsearch import Elasticsearch

from hongdun import db
from search import mappings, synthetic
from search.elastic import ElasticIndex
from search.store import FindingsStore

pytest_plugins = ["es_server"]  # es_url, es_alias


def test_reindex_status_drain_and_findings_on_both_backends(
        tmp_path: Path, es_url: str, es_alias: str) -> None:
    home = tmp_path / "home"
    conn = db.connect(home / "hongdun.db")
    FindingsStore(conn).index(synthetic.findings(400, with_phrase=150))
    env = {"HONGDUN_ELASTICSEARCH_URL": es_url, "HONGDUN_ELASTICSEARCH_INDEX": es_alias}
    try:
        status = run_hongdun(home, "index", "status", env=env)
        assert status.returncode == 0, status.stderr
        assert "SQLite (source of truth): 400 findings" in status.stdout
        assert "backlog: 400 queued" in status.stdout  # existing findings were queued

        done = run_hongdun(home, "reindex", env=env)
        assert done.returncode == 0, done.stderr
        assert "reindexed 400 findings" in done.stdout
        assert f"{es_alias}-v{mappings.MAPPING_VERSION}" in done.stdout
        status = run_hongdun(home, "index", "status", env=env)
        assert "backlog: 0 queued" in status.stdout
        assert f"mapping v{mappings.MAPPING_VERSION} current" in status.stdout
        assert "Elasticsearch: 400 documents" in status.stdout

        FindingsStore(conn).set_status(synthetic.findings(1).__next__().finding_id, "closed")
        drained = run_hongdun(home, "index", "drain", env=env)
        assert drained.returncode == 0 and "sent 1," in drained.stdout

        args = ("findings", "-q", "证照", "--facets", "--limit", "500")
        es = run_hongdun(home, *args, "--backend", "elasticsearch", env=env)
        sq = run_hongdun(home, *args, "--backend", "sqlite", env=env)
        assert es.returncode == 0 and sq.returncode == 0, es.stderr + sq.stderr
        assert es.stdout == sq.stdout
        assert "共 150 条线索" in es.stdout and "区县 district: " in es.stdout
        assert "每日 per day" in es.stdout and "芝罘区(370602)" in es.stdout
    finally:
        conn.close()
        ElasticIndex(Elasticsearch(es_url), alias=es_alias).drop()


def test_unreachable_server_is_one_line_and_nonzero(tmp_path: Path) -> None:
    env = {"HONGDUN_ELASTICSEARCH_URL": "http://127.0.0.1:9"}
    done = run_hongdun(tmp_path / "home", "reindex", env=env)
    assert done.returncode == 1
    assert done.stderr.startswith("hongdun: Elasticsearch at http://127.0.0.1:9 unreachable")
    assert len(done.stderr.strip().splitlines()) == 1
    status = run_hongdun(tmp_path / "home", "index", "status", env=env)
    assert status.returncode == 1 and "unreachable" in status.stdout
    none = run_hongdun(tmp_path / "home", "index", "drain",
                       env={"HONGDUN_ELASTICSEARCH_URL": ""})
    assert none.returncode == 2 and "no Elasticsearch configured" in none.stderr
