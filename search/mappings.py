"""The Elasticsearch mapping of a finding, its version, and Finding ⇄ document conversion.

The index inspectors query is the alias `hongdun-findings`; it points at one
physical index named `hongdun-findings-v<MAPPING_VERSION>` (plus a suffix when
rebuilt), so a mapping change builds a new index and swaps the alias.

Chinese: the integ-test distribution has no analysis-common module (no cjk,
ngram or whitespace tokenizer for custom analyzers), but its built-in `standard`
analyzer splits every Han character into its own token, and a phrase query over
those tokens finds any substring. The `runs` field holds the searchable text as
an array of runs exactly as search.cjk cuts them (a run of Han characters, or a
Latin word / number, NFKC and lower-cased); array elements are 100 positions
apart, so a phrase never spans two runs. That gives SQLite's semantics exactly:
one character → a term, two or more → a phrase inside one run, Latin → a prefix.
"""

from __future__ import annotations

import json
from dataclasses import fields
from typing import Any

from hongdun.records import Box, Finding, Place
from search import cjk
from search.base import SEVERITY_RANK
from search.store import searchable_text

MAPPING_VERSION = 2  # 2: findings carry every matched place
DEFAULT_ALIAS = "hongdun-findings"

_KEYWORDS = ("finding_id", "capture_id", "evidence_id", "target_id", "platform", "district",
             "rule_id", "severity", "certainty", "status", "page_role", "legal_basis",
             "screenshot", "annotated")
_TEXTS = ("shop_name", "title_zh", "title_en", "matched_text", "context")
_MEMO_LIMIT = 50_000
_FIELDS = tuple(f.name for f in fields(Finding) if f.name not in ("box", "places"))


def index_name(alias: str, version: int = MAPPING_VERSION) -> str:
    """The physical index name for a mapping version, e.g. hongdun-findings-v1."""
    return f"{alias}-v{version}"


def index_body() -> dict[str, Any]:
    """Settings and explicit mappings for a new findings index."""
    text = {"type": "text", "analyzer": "standard"}
    properties: dict[str, Any] = {name: {"type": "keyword"} for name in _KEYWORDS}
    properties.update({name: dict(text) for name in _TEXTS})
    properties["shop_name"]["fields"] = {"raw": {"type": "keyword", "ignore_above": 512}}
    properties["url"] = {"type": "keyword", "ignore_above": 4096,
                         "fields": {"text": {"type": "text", "analyzer": "standard"}}}
    properties["captured_at"] = {"type": "date", "format": "strict_date_optional_time"}
    properties["severity_rank"] = {"type": "byte"}
    properties["runs"] = {"type": "text", "analyzer": "standard",
                          "position_increment_gap": 100}
    properties["box"] = {"type": "object", "enabled": False}
    properties["places"] = {"type": "object", "enabled": False}
    return {
        "settings": {
            "number_of_shards": 1,
            "auto_expand_replicas": "0-1",
            "refresh_interval": "1s",
        },
        "mappings": {
            "dynamic": "strict",
            "_meta": {"hongdun_mapping_version": MAPPING_VERSION},
            "properties": properties,
        },
    }


def search_runs(finding: Finding, memo: dict[str, list[str]] | None = None) -> list[str]:
    """The searchable text cut into runs the way the SQLite index cuts it.

    store.searchable_text joins its parts with spaces and no run spans a space,
    so the runs of the whole are the runs of each part in turn; `memo` keeps the
    runs of the parts that repeat across findings (shop, titles, rule, match).
    """
    if memo is None:
        return cjk._runs(searchable_text(finding))
    if len(memo) > _MEMO_LIMIT:
        memo.clear()
    out: list[str] = []
    for part in (finding.shop_name, finding.title_zh, finding.title_en, finding.rule_id,
                 finding.matched_text):
        runs = memo.get(part)
        if runs is None:
            runs = memo[part] = cjk._runs(part)
        out.extend(runs)
    out.extend(cjk._runs(finding.context))
    out.extend(cjk._runs(finding.url))
    return out


def to_document(finding: Finding, memo: dict[str, list[str]] | None = None) -> dict[str, Any]:
    """The Elasticsearch source of a finding (document id = finding_id)."""
    doc = {name: getattr(finding, name) for name in _FIELDS}  # asdict() is 10x slower
    box = finding.box
    doc["box"] = None if box is None else {"x": box.x, "y": box.y, "width": box.width,
                                           "height": box.height}
    doc["places"] = [_place(p) for p in finding.places]
    doc["severity_rank"] = SEVERITY_RANK[finding.severity]
    doc["runs"] = search_runs(finding, memo)
    return doc


def _place(place: Place) -> dict[str, Any]:
    box = place.box
    return {"matched_text": place.matched_text, "context": place.context,
            "page_role": place.page_role, "url": place.url, "certainty": place.certainty,
            "box": None if box is None else {"x": box.x, "y": box.y, "width": box.width,
                                             "height": box.height}}


def from_document(source: dict[str, Any]) -> Finding:
    """Rebuild a Finding from a document's source."""
    values = {k: v for k, v in source.items()
              if k not in ("severity_rank", "runs", "box", "places")}
    box = source.get("box")
    return Finding(**values, box=Box(**box) if box else None,
                   places=tuple(Place.of(p) for p in source.get("places") or ()))


def dumps(doc: dict[str, Any]) -> str:
    """Compact JSON of a document, for size estimates."""
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":"))
