"""One contract for every findings index: SQLite (the reference) and Elasticsearch.

The same 12,000 synthetic findings (10,050 of them carrying 证照信息) go into
both backends. Each test runs per backend against an independent oracle in
plain Python, and a final battery asserts that both backends return identical
pages: totals, hits in order, cursors and facets.
"""

from __future__ import annotations

import html
import re
import uuid
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from elasticsearch import Elasticsearch

from hongdun import db
from hongdun.records import Box, Finding, Place
from search import cjk, synthetic
from search.base import SEVERITY_RANK, Facets, FindingQuery, FindingsIndex, sort_key
from search.elastic import ElasticIndex
from search.store import FindingsStore, searchable_text

pytest_plugins = ["es_server"]  # es_url
PHRASE_COUNT = 10_050


def _specials(base: list[Finding]) -> list[Finding]:
    """Hand-made findings for the edges of Chinese and Latin matching."""
    a, b, c = base[0], base[1], base[2]
    return [
        replace(a, finding_id="X-boundary", shop_name="测试商店", matched_text="商店，执照",
                context="商店，执照；海参礼盒"),
        replace(b, finding_id="X-fullwidth", matched_text="ＪＹ３７０６００１", context="全角编号"),
        replace(c, finding_id="X-mixed", matched_text="烟台abc12海参", context="混排文字",
                captured_at=c.captured_at),
        replace(a, finding_id="X-places", matched_text="最低价", context="全网最低价",
                places=(Place("最低价", "全网最低价", "home", a.url, Box(1.0, 2.0, 30.0, 12.5)),
                        Place("第一", "销量第一", "product", a.url + "/p/1"))),
    ]


DATA: list[Finding] = list(synthetic.findings(12_000, with_phrase=PHRASE_COUNT))
DATA += _specials(DATA)


# -- the oracle ------------------------------------------------------------------------------

def _split(f: Finding) -> tuple[list[str], list[str]]:
    runs = cjk._runs(searchable_text(f))
    return ([r for r in runs if cjk._IS_CJK.match(r)],
            [r for r in runs if not cjk._IS_CJK.match(r)])


RUNS = {f.finding_id: _split(f) for f in DATA}


def _text_matches(f: Finding, text: str) -> bool:
    """Each query run is a substring of a Han run, or a Latin run's prefix."""
    han, latin = RUNS[f.finding_id]
    for term in text.split():
        for run in cjk._runs(term):
            if cjk._IS_CJK.match(run):
                if not any(run in r for r in han):
                    return False
            elif not any(r.startswith(run) for r in latin):
                return False
    return True


def oracle(query: FindingQuery) -> list[Finding]:
    """Every match of query in sort order, computed without any index."""
    out = [f for f in DATA if _text_matches(f, query.text)
           and all(not getattr(query, n) or getattr(f, n) == getattr(query, n)
                   for n in ("rule_id", "district", "platform", "severity", "status",
                             "target_id"))
           and (not query.since or f.captured_at >= query.since)
           and (not query.until or f.captured_at < query.until)
           and (query.districts is None or f.district in query.districts)]
    return sorted(out, key=lambda f: sort_key(f, query.sort), reverse=True)


def oracle_facets(hits: list[Finding]) -> Facets:
    """Facet counts of a match set (days in UTC+8)."""
    def day(f: Finding) -> str:
        return (datetime.fromisoformat(f.captured_at) + timedelta(hours=8)).strftime("%Y-%m-%d")

    return Facets(dict(Counter(f.district for f in hits)), dict(Counter(f.rule_id for f in hits)),
                  dict(Counter(f.platform for f in hits)), dict(Counter(day(f) for f in hits)))


# -- the two backends, loaded once per module -------------------------------------------------

@pytest.fixture(scope="module")
def sqlite_index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FindingsStore]:
    conn = db.connect(Path(tmp_path_factory.mktemp("contract")) / "hongdun.db")
    store = FindingsStore(conn)
    assert store.index(DATA) == len(DATA)
    yield store
    conn.close()


@pytest.fixture(scope="module")
def elasticsearch_index(es_url: str) -> Iterator[ElasticIndex]:
    client = Elasticsearch(es_url, request_timeout=120)
    index = ElasticIndex(client, alias=f"hongdun-test-contract-{uuid.uuid4().hex[:10]}")
    index.ensure()
    assert index.index(DATA) == len(DATA)
    yield index
    index.drop()
    client.close()


@pytest.fixture(params=["sqlite", "elasticsearch"])
def index(request: pytest.FixtureRequest) -> FindingsIndex:
    return request.getfixturevalue(f"{request.param}_index")


def ids(hits: tuple[Finding, ...] | list[Finding]) -> list[str]:
    return [f.finding_id for f in hits]


DAY = DATA[0].captured_at[:10]
CASES = [
    FindingQuery(),
    FindingQuery(text="证照信息"),
    FindingQuery(text="证照"),  # two characters
    FindingQuery(text="照"),  # one character
    FindingQuery(text="海参"),
    FindingQuery(text="最"),
    FindingQuery(text="店执"),  # spans a punctuation boundary: no match anywhere
    FindingQuery(text="商店"),
    FindingQuery(text="jy3706"),  # full-width ＪＹ３７０６ is NFKC-folded
    FindingQuery(text="ＪＹ３７"),
    FindingQuery(text="烟台abc"),
    FindingQuery(text="abc1"),
    FindingQuery(text="证照 最佳"),
    FindingQuery(text="不存在的词"),
    FindingQuery(text="Business licence"),
    FindingQuery(text="证照", platform="taobao", district="370602"),
    FindingQuery(rule_id="AD-ABSOLUTE", severity="high"),
    FindingQuery(status="confirmed", sort="severity"),
    FindingQuery(text="海参", sort="severity"),
    FindingQuery(since="2026-09-10T00:00:00.000Z", until="2026-09-20T00:00:00.000Z"),
    FindingQuery(text="国家级", since=f"{DAY}T00:00:00.000Z", platform="jd"),
    FindingQuery(text="海参", districts=("370602", "370611")),  # an inspector's scope
    FindingQuery(districts=("370602",), district="370611"),  # outside the scope: nothing
    FindingQuery(districts=()),  # a user with no districts sees nothing
]


@pytest.mark.parametrize("query", CASES, ids=[repr(q.text or "-") + str(i)
                                              for i, q in enumerate(CASES)])
def test_every_match_in_order(index: FindingsIndex, query: FindingQuery) -> None:
    expected = oracle(query)
    page = index.search(replace(query, limit=None))
    assert page.total == len(expected)
    assert ids(page.hits) == ids(expected)
    assert page.next_after is None


def test_the_edges_are_exercised() -> None:
    counts = {q.text: len(oracle(q)) for q in CASES if q.text}
    assert counts["证照信息"] == PHRASE_COUNT
    assert counts["店执"] == 0 and counts["不存在的词"] == 0
    assert counts["jy3706"] >= 1 and counts["ＪＹ３７"] >= 1 and counts["烟台abc"] == 1
    assert 0 < counts["海参"] < len(DATA) and 0 < counts["照"] < len(DATA)


@pytest.mark.parametrize("query", [FindingQuery(), FindingQuery(text="证照"),
                                   FindingQuery(text="最", severity="low"),
                                   FindingQuery(text="不存在的词")])
def test_facets(index: FindingsIndex, query: FindingQuery) -> None:
    page = index.search(replace(query, facets=True, limit=5))
    assert page.facets == oracle_facets(oracle(query))
    assert len(page.hits) == min(5, page.total)


@pytest.mark.parametrize(("sort", "size"), [("time", 1000), ("severity", 333)])
def test_deep_paging_to_the_end(index: FindingsIndex, sort: str, size: int) -> None:
    query = FindingQuery(text="证照信息", sort=sort, limit=size)
    expected = ids(oracle(query))
    assert len(expected) == PHRASE_COUNT
    seen: list[str] = []
    after = None
    for _ in range(PHRASE_COUNT // size + 2):
        page = index.search(replace(query, after=after))
        assert page.total == PHRASE_COUNT
        seen += ids(page.hits)
        after = page.next_after
        if after is None:
            break
    assert seen == expected  # every match once, in order, nothing after the end
    assert len(set(seen)) == PHRASE_COUNT


def test_highlights_mark_the_query(index: FindingsIndex) -> None:
    page = index.search(FindingQuery(text="证照 最佳", limit=20))
    assert page.hits
    for f in page.hits:
        marked = page.highlights[f.finding_id]
        spans = re.findall(r"<mark>(.*?)</mark>", marked)
        assert "证照" in "".join(spans) and "最佳" in "".join(spans)
        assert re.sub(r"</?mark>", "", marked) == html.escape(f"{f.matched_text} — {f.context}")


def test_severity_sort_puts_high_first(index: FindingsIndex) -> None:
    page = index.search(FindingQuery(text="海参", sort="severity", limit=200))
    ranks = [SEVERITY_RANK[f.severity] for f in page.hits]
    assert ranks == sorted(ranks, reverse=True) and ranks[0] == 3


def test_count(index: FindingsIndex) -> None:
    assert index.count() == len(DATA)


BATTERY = [replace(q, limit=limit, facets=True) for q in CASES for limit in (1, 50)]


def test_both_backends_give_the_same_answers(sqlite_index: FindingsStore,
                                             elasticsearch_index: ElasticIndex) -> None:
    for query in BATTERY:
        a, b = sqlite_index.search(query), elasticsearch_index.search(query)
        assert (a.total, ids(a.hits), a.next_after, a.facets) == (
            b.total, ids(b.hits), b.next_after, b.facets), query
        assert a.hits == b.hits  # every field of every finding survives the round trip
        assert a.highlights.keys() == b.highlights.keys()
        if a.next_after:
            nxt = replace(query, after=a.next_after, facets=False)
            assert ids(sqlite_index.search(nxt).hits) == ids(elasticsearch_index.search(nxt).hits)
