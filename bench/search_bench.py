"""Benchmark the findings indexes: bulk indexing rate and inspector query latency.

    .venv/bin/python bench/search_bench.py --es-url http://127.0.0.1:9200 [--count 100000]

Indexing: N synthetic findings through the Elasticsearch backend
(ElasticIndex.index: document building + streaming_bulk) against a bare
helpers.bulk of the same prebuilt documents in the same run (the ratio), then
`hongdun reindex`'s path (SQLite → new index → alias swap), and the same N into
the SQLite store. Queries: ten typical inspector queries, p50/p95 on both.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from elasticsearch import Elasticsearch, helpers

from hongdun import db
from search import mappings, synthetic
from search.base import FindingQuery, FindingsIndex
from search.elastic import BULK_CHUNK, ElasticIndex
from search.store import FindingsStore
from search.sync import reindex

INDEX_ROUNDS = 3
QUERIES: list[tuple[str, FindingQuery]] = [
    ("text 2 chars 证照", FindingQuery(text="证照")),
    ("text 1 char 最", FindingQuery(text="最")),
    ("text phrase 营业执照", FindingQuery(text="营业执照")),
    ("text shop 长岛海参", FindingQuery(text="长岛海参")),
    ("text Latin prefix jy37", FindingQuery(text="jy37")),
    ("text + district + platform", FindingQuery(text="最佳", district="370602",
                                                platform="taobao")),
    ("text + rule + severity sort", FindingQuery(text="国家级", rule_id="AD-ABSOLUTE",
                                                 sort="severity")),
    ("filters + 14-day range", FindingQuery(status="new", since="2026-09-15T00:00:00.000Z",
                                            until="2026-09-29T00:00:00.000Z")),
    ("facets, no text", FindingQuery(facets=True)),
    ("text + facets", FindingQuery(text="海参", facets=True)),
]


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def bare_bulk(client: Elasticsearch, name: str, docs: list[dict[str, Any]]) -> int:
    """helpers.bulk of prebuilt documents into a fresh index; the baseline."""
    ok, _ = helpers.bulk(client, ({"_id": d["finding_id"], "_source": d} for d in docs),
                         index=name, chunk_size=BULK_CHUNK, refresh=False)
    client.indices.refresh(index=name)
    return ok


def latency(index: FindingsIndex, rounds: int) -> dict[str, dict[str, float]]:
    """p50/p95 milliseconds of each query (first page of 50), after one warm-up."""
    out: dict[str, dict[str, float]] = {}
    for label, query in QUERIES:
        index.search(query)
        samples = sorted(timed(lambda q=query: index.search(q))[0] * 1000 for _ in range(rounds))
        total = index.search(query).total
        out[label] = {"p50_ms": statistics.median(samples),
                      "p95_ms": samples[max(0, round(0.95 * len(samples)) - 1)],
                      "hits": total}
    return out


def run(es_url: str, count: int, rounds: int) -> dict[str, Any]:
    """Every measurement, as one dictionary."""
    client = Elasticsearch(es_url, request_timeout=300)
    findings = list(synthetic.findings(count, with_phrase=count // 10))
    results: dict[str, Any] = {
        "count": count,
        # the integ-test distribution has no GET / handler; ask the nodes
        "server": next(iter(client.nodes.info()["nodes"].values()))["version"]}
    tag = f"hongdun-bench-{os.getpid()}"
    backend = ElasticIndex(client, alias=f"{tag}-backend")
    bare = ElasticIndex(client, alias=f"{tag}-bare")
    with tempfile.TemporaryDirectory() as tmp:
        conn = db.connect(Path(tmp) / "hongdun.db")
        try:
            docs = [mappings.to_document(f) for f in findings]
            bare_rates, backend_rates = [], []
            for _ in range(INDEX_ROUNDS):  # alternate, best of each: the machine is shared
                bare.create_physical(f"{tag}-bare-v1")
                seconds, _ = timed(lambda: bare_bulk(client, f"{tag}-bare-v1", docs))
                bare_rates.append(count / seconds)
                client.indices.delete(index=f"{tag}-bare-v1")
                backend.drop()
                backend.ensure()
                seconds, _ = timed(lambda: backend.index(findings))
                backend_rates.append(count / seconds)
            results["es_bare_bulk_docs_per_s"] = max(bare_rates)
            results["es_backend_docs_per_s"] = max(backend_rates)
            results["es_backend_vs_bare"] = max(backend_rates) / max(bare_rates)
            results["es_rounds"] = {"bare": bare_rates, "backend": backend_rates}
            seconds, _ = timed(lambda: FindingsStore(conn).index(findings))
            results["sqlite_docs_per_s"] = count / seconds
            seconds, n = timed(lambda: reindex(conn, backend))
            assert n == count and backend.count() == count
            results["es_reindex_from_sqlite_docs_per_s"] = count / seconds
            results["latency_es"] = latency(backend, rounds)
            results["latency_sqlite"] = latency(FindingsStore(conn), rounds)
        finally:
            conn.close()
            backend.drop()
            client.options(ignore_status=404).indices.delete(index=f"{tag}-bare-v1")
            client.close()
    return results


def report(r: dict[str, Any]) -> str:
    """A plain-text table of the results."""
    lines = [f"findings: {r['count']}, Elasticsearch {r['server']}",
             f"bulk index, bare helpers.bulk : {r['es_bare_bulk_docs_per_s']:9.0f} docs/s",
             f"bulk index, through backend   : {r['es_backend_docs_per_s']:9.0f} docs/s "
             f"(ratio {r['es_backend_vs_bare']:.2f})",
             f"reindex from SQLite (es)      : "
             f"{r['es_reindex_from_sqlite_docs_per_s']:9.0f} docs/s",
             f"SQLite store index            : {r['sqlite_docs_per_s']:9.0f} docs/s",
             "", f"{'query':32} {'hits':>7} {'es p50':>8} {'es p95':>8} {'sql p50':>8} "
             f"{'sql p95':>8}  (ms)"]
    for label, _ in QUERIES:
        es, sq = r["latency_es"][label], r["latency_sqlite"][label]
        lines.append(f"{label:32} {es['hits']:7d} {es['p50_ms']:8.1f} {es['p95_ms']:8.1f} "
                     f"{sq['p50_ms']:8.1f} {sq['p95_ms']:8.1f}")
    return "\n".join(lines)


def main() -> int:
    """Parse arguments, run, print the table (and write JSON when asked)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--es-url", default=os.environ.get("HONGDUN_TEST_ES_URL")
                        or os.environ.get("HONGDUN_ELASTICSEARCH_URL"))
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args()
    if not args.es_url:
        print("search_bench: give --es-url or set HONGDUN_TEST_ES_URL (make es-up)",
              file=sys.stderr)
        return 2
    results = run(args.es_url, args.count, args.rounds)
    print(report(results))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
