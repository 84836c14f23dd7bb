"""The SQLite findings store (search/store.py) and its CJK tokens (search/cjk.py) on a real db."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from hongdun import db
from hongdun.errors import UsageError
from hongdun.records import Box, Finding
from search import cjk
from search.base import FindingQuery
from search.store import FindingsStore, highlight


def make(n: int, matched: str, context: str = "", *, at: str = "2026-11-20T08:00:00.000Z",
         severity: str = "low", rule: str = "AD-ABSOLUTE", district: str = "370602",
         platform: str = "taobao", shop: str = "烟台苹果专卖店", status: str = "new") -> Finding:
    """A finding whose text and sort fields vary."""
    return Finding(
        finding_id=f"F{n:03d}", capture_id="C1", evidence_id="cd" * 32, target_id="yt-1",
        platform=platform, district=district, shop_name=shop, rule_id=rule,
        title_zh="违规用语", title_en="banned term", legal_basis="广告法第九条",
        severity=severity, certainty="suspected", matched_text=matched, context=context,
        url="https://shop.example.test/a", page_role="home", captured_at=at, status=status)


@pytest.fixture
def store(tmp_path: Path) -> FindingsStore:
    conn = db.connect(tmp_path / "hongdun.db")
    s = FindingsStore(conn)
    s.index([
        make(1, "加微信", "下单前加微信 VX8899 私聊", severity="high", rule="LURE",
             at="2026-11-28T01:00:00.000Z"),
        make(2, "根治", "野生海参根治高血压", severity="medium", rule="AD-MEDICAL",
             district="370611", platform="jd", at="2026-11-27T16:30:00.000Z"),
        make(3, "最", "全网最低价", at="2026-11-20T08:00:00.000Z"),
        make(4, "微商", "微 信 分开写不算", at="2026-11-20T08:00:00.000Z"),
        make(5, "<b>最好</b>", "烟台最好的海 参", severity="high", at="2026-11-19T08:00:00.000Z"),
    ])
    return s


def ids(store: FindingsStore, **kwargs: object) -> list[str]:
    return [f.finding_id for f in store.search(FindingQuery(limit=None, **kwargs)).hits]  # type: ignore[arg-type]


@pytest.mark.parametrize(("text", "expected"), [
    ("微信", ["F001"]),            # two characters: an exact bigram phrase
    ("海参", ["F002"]),            # "海 参" with a space in F005 is not the word 海参
    ("最", ["F003", "F005"]),      # one character
    ("微", ["F001", "F004"]),
    ("高血压", ["F002"]),          # three characters: two overlapping bigrams in order
    ("血高", []),
    ("vx8899", ["F001"]),
    ("VX88", ["F001"]),            # Latin is case-insensitive and prefix-matched
    ("ＶＸ８８９９", ["F001"]),     # full-width forms are folded (NFKC)
    ("最 海", ["F005"]),           # every term must match
    ("烟台苹果", ["F001", "F002", "F004", "F003", "F005"]),  # shop name is searchable
    ("AD-MEDICAL", ["F002"]),
])
def test_cjk_queries(store: FindingsStore, text: str, expected: list[str]) -> None:
    assert ids(store, text=text) == expected


@pytest.mark.parametrize("text", ['"', "AND OR NOT", "最*", "(微信", "bi : x", "'; DROP TABLE"])
def test_query_syntax_is_never_passed_through(store: FindingsStore, text: str) -> None:
    store.search(FindingQuery(text=text))  # must not raise sqlite3.OperationalError
    assert store.count() == 5


def test_match_expression_shapes() -> None:
    assert cjk.match_expression("最") == 'uni : "最"'
    assert cjk.match_expression("高血压") == 'bi : "高血 血压"'
    assert cjk.match_expression("VX 微信") == 'bi : "vx"* AND bi : "微信"'
    assert cjk.match_expression("  ") is None
    assert cjk.unigrams("海参ABC 12") == "海 参 abc 12"
    assert cjk.bigrams("海参鲍鱼 x") == "海参 参鲍 鲍鱼 x"


def test_filters_and_dates(store: FindingsStore) -> None:
    assert ids(store, district="370611") == ["F002"]
    assert ids(store, platform="jd", text="海参") == ["F002"]
    assert ids(store, rule_id="LURE") == ["F001"]
    assert ids(store, severity="high") == ["F001", "F005"]
    assert ids(store, since="2026-11-27T16:00:00.000Z") == ["F001", "F002"]
    assert ids(store, until="2026-11-20T08:00:00.000Z") == ["F005"]


def test_time_sort_and_cursor_with_ties(store: FindingsStore) -> None:
    everything = ids(store)
    assert everything == ["F001", "F002", "F004", "F003", "F005"]  # ties: higher id first
    seen: list[str] = []
    after = None
    while True:
        page = store.search(FindingQuery(limit=2, after=after))
        assert page.total == 5
        seen += [f.finding_id for f in page.hits]
        if page.next_after is None:
            break
        after = page.next_after
    assert seen == everything


def test_severity_sort_and_cursor(store: FindingsStore) -> None:
    everything = ids(store, sort="severity")
    assert everything == ["F001", "F005", "F002", "F004", "F003"]
    first = store.search(FindingQuery(sort="severity", limit=3))
    rest = store.search(FindingQuery(sort="severity", limit=3, after=first.next_after))
    assert [f.finding_id for f in first.hits + rest.hits] == everything
    assert rest.next_after is None


def test_facets_count_whole_match_set_by_beijing_day(store: FindingsStore) -> None:
    page = store.search(FindingQuery(limit=1, facets=True))
    assert page.facets is not None and len(page.hits) == 1
    assert page.facets.district == {"370602": 4, "370611": 1}
    assert page.facets.platform == {"taobao": 4, "jd": 1}
    assert page.facets.rule_id == {"AD-ABSOLUTE": 3, "AD-MEDICAL": 1, "LURE": 1}
    # 2026-11-27T16:30Z is 00:30 on 28 November in Beijing.
    assert page.facets.per_day == {"2026-11-19": 1, "2026-11-20": 2, "2026-11-28": 2}


def test_highlight_is_escaped_html_with_marks(store: FindingsStore) -> None:
    page = store.search(FindingQuery(text="最"))
    assert page.highlights["F005"] == (
        "&lt;b&gt;<mark>最</mark>好&lt;/b&gt; — 烟台<mark>最</mark>好的海 参")
    assert highlight("<script>", "") == "&lt;script&gt;"
    assert highlight("a<b", "<") == "a<mark>&lt;</mark>b"
    assert highlight("加VX8899", "ｖｘ") == "加<mark>VX</mark>8899"  # full-width query folded


def test_reindex_replaces_and_status_keeps_search_working(store: FindingsStore) -> None:
    store.index([make(3, "最高级", "国家级 最高级")])
    assert ids(store, text="最低价") == []  # old FTS row is gone
    assert ids(store, text="国家级") == ["F003"]
    updated = store.set_status("F001", "confirmed")
    assert updated.status == "confirmed"
    assert ids(store, text="微信", status="confirmed") == ["F001"]
    assert store.count() == 5
    conn: sqlite3.Connection = store.conn
    assert conn.execute("SELECT count(*) FROM findings_fts").fetchone()[0] == 5
    with pytest.raises(KeyError):
        store.set_status("F999", "confirmed")


def test_box_round_trips(store: FindingsStore) -> None:
    boxed = replace(make(6, "唯一"), box=Box(1.5, 2, 30, 40), annotated="derived/F006.png")
    store.index([boxed])
    assert store.get("F006") == boxed


def test_clear(store: FindingsStore) -> None:
    store.clear()
    assert store.count() == 0 and ids(store, text="微信") == []


def test_bad_queries_are_usage_errors() -> None:
    with pytest.raises(UsageError, match="sort must be one of"):
        FindingQuery(sort="price")
    with pytest.raises(UsageError, match="limit must be a positive number"):
        FindingQuery(limit=0)
