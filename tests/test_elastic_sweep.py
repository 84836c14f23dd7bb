"""A real sweep (the CLI, the crawler, the sealer, the rules) with Elasticsearch configured.

Twelve demo targets are swept over plain HTTP; every finding the sweep commits
to SQLite must be in Elasticsearch once when the sweep ends, with no backlog.
"""

from __future__ import annotations

from pathlib import Path

from conftest import run_hongdun
from elasticsearch import Elasticsearch

from demo.site import targets_csv
from hongdun import db
from search import outbox
from search.base import FindingQuery
from search.elastic import ElasticIndex
from search.store import FindingsStore

pytest_plugins = ["es_server"]  # es_url, es_alias


def test_sweep_feeds_elasticsearch_through_the_outbox(
        demo_url: str, tmp_path: Path, es_url: str, es_alias: str) -> None:
    home = tmp_path / "home"
    home.mkdir()
    rows = targets_csv(demo_url).splitlines()
    (home / "targets.csv").write_text("\n".join(rows[:13]) + "\n", encoding="utf-8")
    env = {"HONGDUN_ELASTICSEARCH_URL": es_url, "HONGDUN_ELASTICSEARCH_INDEX": es_alias}
    index = ElasticIndex(Elasticsearch(es_url, request_timeout=60), alias=es_alias)
    try:
        assert run_hongdun(home, "targets", "import", str(home / "targets.csv"),
                           env=env).returncode == 0
        swept = run_hongdun(home, "sweep", "--name", "es", "--no-browser", env=env)
        assert swept.returncode == 0, swept.stderr + swept.stdout
        conn = db.connect(home / "hongdun.db")
        try:
            stored = FindingsStore(conn).search(FindingQuery(limit=None))
            assert stored.total > 0
            assert outbox.backlog(conn).pending == 0
        finally:
            conn.close()
        indexed = index.search(FindingQuery(limit=None))
        assert [f.finding_id for f in indexed.hits] == [f.finding_id for f in stored.hits]
        assert indexed.hits == stored.hits and index.count() == stored.total
    finally:
        index.drop()
