"""Translate a FindingQuery into an Elasticsearch request and a response into a SearchPage.

The semantics mirror search/store.py term for term: every query term must
match; one Han character is a term query on `runs`, two or more a phrase
inside one run, a Latin word or number a prefix. Filters are keyword terms,
the date range is [since, until), sorts and cursors follow search.base.sort_key,
and the per-day histogram counts days in UTC+8 like SQLite's date(…, '+8 hours').
"""

from __future__ import annotations

import html
import re
from datetime import datetime
from typing import Any

from search import cjk, mappings
from search.base import Facets, FindingQuery, SearchPage, sort_key
from search.store import highlight

_FILTERS = ("rule_id", "district", "platform", "severity", "status", "target_id")
_TERMS_FACETS = ("district", "rule_id", "platform")
_FACET_SIZE = 10_000
_HIGHLIGHTED = ("matched_text", "context")
_ADJACENT_MARKS = re.compile(r"</mark><mark>")


def text_clauses(text: str, field: str) -> list[dict[str, Any]]:
    """One clause per run of each query term, in the store's semantics."""
    clauses: list[dict[str, Any]] = []
    for term in text.split():
        for run in cjk._runs(term):
            if cjk._IS_CJK.match(run) and len(run) == 1:
                clauses.append({"term": {field: run}})
            elif cjk._IS_CJK.match(run):
                clauses.append({"match_phrase": {field: {"query": run,
                                                         "analyzer": "standard"}}})
            else:
                clauses.append({"prefix": {field: run}})
    return clauses


def millis(stamp: str) -> int:
    """Epoch milliseconds of an ISO-8601 stamp (what a date sort value is)."""
    moment = datetime.fromisoformat(stamp)
    return int(moment.timestamp() * 1000) if moment.tzinfo else int(
        datetime.fromisoformat(stamp + "+00:00").timestamp() * 1000)


def es_after(query: FindingQuery, after: tuple[str, ...]) -> list[Any]:
    """A base.sort_key cursor as Elasticsearch search_after values."""
    if query.sort == "severity":
        rank, at, fid = after
        return [int(rank), millis(at), fid]
    at, fid = after
    return [millis(at), fid]


def bool_query(query: FindingQuery) -> dict[str, Any]:
    """The query part: text clauses must match, filters and date range filter."""
    filters: list[dict[str, Any]] = []
    for name in _FILTERS:
        value = getattr(query, name)
        if value:
            filters.append({"term": {name: value}})
    if query.districts is not None:  # the user's scope; an empty list matches nothing
        filters.append({"terms": {"district": list(query.districts)}})
    bounds: dict[str, str] = {}
    if query.since:
        bounds["gte"] = query.since
    if query.until:
        bounds["lt"] = query.until
    if bounds:
        filters.append({"range": {"captured_at": bounds}})
    must = text_clauses(query.text, "runs")
    if not must and not filters:
        return {"match_all": {}}
    return {"bool": {"must": must, "filter": filters}}


def _highlight(text: str) -> dict[str, Any]:
    fields: dict[str, Any] = {
        name: {"number_of_fragments": 0,
               "highlight_query": {"bool": {"should": text_clauses(text, name)}}}
        for name in _HIGHLIGHTED
    }
    return {"pre_tags": ["<mark>"], "post_tags": ["</mark>"], "encoder": "html",
            "require_field_match": False, "fields": fields}


def _aggregations() -> dict[str, Any]:
    order = [{"_count": "desc"}, {"_key": "asc"}]
    aggs: dict[str, Any] = {
        name: {"terms": {"field": name, "size": _FACET_SIZE, "order": order}}
        for name in _TERMS_FACETS
    }
    aggs["per_day"] = {"date_histogram": {
        "field": "captured_at", "calendar_interval": "day", "time_zone": "+08:00",
        "format": "yyyy-MM-dd", "min_doc_count": 1}}
    return aggs


def request(query: FindingQuery, size: int, aggregations: bool = True,
            after: list[Any] | None = None) -> dict[str, Any]:
    """Keyword arguments for client.search(index=..., **request)."""
    if query.sort == "severity":
        sort: list[Any] = [{"severity_rank": "desc"}, {"captured_at": "desc"},
                           {"finding_id": "desc"}]
    else:
        sort = [{"captured_at": "desc"}, {"finding_id": "desc"}]
    body: dict[str, Any] = {
        "query": bool_query(query), "sort": sort, "size": size,
        "track_total_hits": True, "source_excludes": ["runs", "severity_rank"],
    }
    if after is None and query.after:
        after = es_after(query, query.after)
    if after is not None:
        body["search_after"] = after
    if query.text:
        body["highlight"] = _highlight(query.text)
    if query.facets and aggregations:
        body["aggregations"] = _aggregations()
    return body


def _snippet(hit: dict[str, Any], finding: Any, text: str) -> str:
    marked = hit.get("highlight", {})
    if not marked:  # the store's own marker, e.g. when a prefix hit only the url
        return highlight(f"{finding.matched_text} — {finding.context}", text)
    parts = [
        "".join(marked[name]) if name in marked else html.escape(getattr(finding, name))
        for name in _HIGHLIGHTED
    ]
    return _ADJACENT_MARKS.sub("", " — ".join(parts))


def facets(aggs: dict[str, Any]) -> Facets:
    """Facet counts from the aggregations of a response."""
    def terms(name: str) -> dict[str, int]:
        return {b["key"]: int(b["doc_count"]) for b in aggs[name]["buckets"]}

    days = {b["key_as_string"]: int(b["doc_count"]) for b in aggs["per_day"]["buckets"]
            if b["doc_count"]}
    return Facets(terms("district"), terms("rule_id"), terms("platform"), days)


def page(query: FindingQuery, response: dict[str, Any]) -> SearchPage:
    """A SearchPage from one search response."""
    raw = response["hits"]["hits"]
    hits = tuple(mappings.from_document(h["_source"]) for h in raw)
    more = query.limit is not None and len(hits) == query.limit
    next_after = sort_key(hits[-1], query.sort) if hits and more else None
    highlights = {f.finding_id: _snippet(h, f, query.text)
                  for h, f in zip(raw, hits, strict=True)} if query.text else {}
    aggs = response.get("aggregations")
    return SearchPage(hits, int(response["hits"]["total"]["value"]), next_after, highlights,
                      facets(aggs) if aggs else None)
