"""The findings store: SQLite is the source of truth and, by default, the index.

FindingsStore keeps findings in the `findings` table with an FTS5 shadow
(`findings_fts`) fed by search.cjk, and answers FindingQuery with filters,
cursor paging and facets. Writes go through one connection.
"""

from __future__ import annotations

import html
import json
import re
import sqlite3
import unicodedata
from collections.abc import Iterable
from dataclasses import asdict, fields, replace

from hongdun.records import Box, Finding, Place
from search import cjk
from search.base import Facets, FindingQuery, SearchPage, sort_key

_COLUMNS = [f.name for f in fields(Finding) if f.name not in ("box", "places")]
_FILTERS = ("rule_id", "district", "platform", "severity", "status", "target_id")
_RANK_SQL = "CASE severity WHEN 'high' THEN 3 WHEN 'medium' THEN 2 ELSE 1 END"


def finding_from_row(row: sqlite3.Row) -> Finding:
    """Rebuild a Finding from a findings-table row."""
    values = {name: row[name] for name in _COLUMNS}
    box = json.loads(row["box_json"]) if row["box_json"] else None
    places = json.loads(row["places_json"]) if row["places_json"] else []
    return Finding(**values, box=Box(**box) if box else None,
                   places=tuple(Place.of(p) for p in places))


def searchable_text(finding: Finding) -> str:
    """The text an inspector's query is matched against."""
    return " ".join(
        (finding.shop_name, finding.title_zh, finding.title_en, finding.rule_id,
         finding.matched_text, finding.context, finding.url)
    )


def highlight(text: str, query: str) -> str:
    """HTML-escaped text with each query term wrapped in <mark>."""
    terms = [unicodedata.normalize("NFKC", t) for t in query.split() if t]  # as FTS folds them
    if not terms:
        return html.escape(text)
    pattern = re.compile("|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True)),
                         re.IGNORECASE)
    out, last = [], 0
    for m in pattern.finditer(text):
        out.append(html.escape(text[last : m.start()]))
        out.append(f"<mark>{html.escape(m.group(0))}</mark>")
        last = m.end()
    out.append(html.escape(text[last:]))
    return "".join(out)


class FindingsStore:
    """Findings in SQLite with FTS5 search; implements search.base.FindingsIndex."""

    name = "sqlite"

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    # -- writing -------------------------------------------------------------
    def index(self, findings: Iterable[Finding]) -> int:
        """Insert or replace findings and their FTS rows in one transaction (none for none:
        most captures have no finding, and an empty write transaction still takes the write
        lock from the other writers)."""
        findings = list(findings)
        if not findings:
            return 0
        count = 0
        placeholders = ", ".join("?" for _ in _COLUMNS)
        with self.conn:
            # IMMEDIATE: the write lock first. A deferred BEGIN reads, then must upgrade, and
            # fails at once (no busy wait) when another writer (the rules' price history,
            # the leads) committed meanwhile: a capture's findings lost to "database is locked".
            self.conn.execute("BEGIN IMMEDIATE")
            for f in findings:
                row = asdict(f)
                box, places = row.pop("box"), row.pop("places")
                # FTS rows share the findings rowid: deleting by finding_id (an UNINDEXED
                # column) would scan the whole FTS table for every write
                old = self.conn.execute(
                    "SELECT rowid FROM findings WHERE finding_id = ?", (f.finding_id,)
                ).fetchone()
                if old is not None:
                    self.conn.execute("DELETE FROM findings_fts WHERE rowid = ? AND finding_id = ?",
                                      (old[0], f.finding_id))
                rowid = self.conn.execute(
                    f"INSERT OR REPLACE INTO findings ({', '.join(_COLUMNS)}, box_json, "
                    f"places_json) VALUES ({placeholders}, ?, ?)",
                    [row[c] for c in _COLUMNS] + [json.dumps(box) if box else None,
                                                  json.dumps(places, ensure_ascii=False)
                                                  if places else None],
                ).lastrowid
                text = searchable_text(f)
                self.conn.execute(
                    "INSERT INTO findings_fts (rowid, finding_id, uni, bi) VALUES (?, ?, ?, ?)",
                    (rowid, f.finding_id, cjk.unigrams(text), cjk.bigrams(text)),
                )
                count += 1
        return count

    def set_status(self, finding_id: str, status: str) -> Finding:
        """Change a finding's triage status; return the updated finding."""
        current = self.get(finding_id)
        if current is None:
            raise KeyError(finding_id)
        updated = replace(current, status=status)
        self.index([updated])
        return updated

    def clear(self) -> None:
        with self.conn:
            self.conn.execute("DELETE FROM findings")
            self.conn.execute("DELETE FROM findings_fts")

    # -- reading -------------------------------------------------------------
    def get(self, finding_id: str) -> Finding | None:
        row = self.conn.execute(
            "SELECT * FROM findings WHERE finding_id = ?", (finding_id,)
        ).fetchone()
        return finding_from_row(row) if row else None

    def count(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM findings").fetchone()[0])

    def _where(self, query: FindingQuery) -> tuple[str, list[object]]:
        clauses: list[str] = []
        params: list[object] = []
        expression = cjk.match_expression(query.text)
        if expression:
            clauses.append(
                "finding_id IN (SELECT finding_id FROM findings_fts WHERE findings_fts MATCH ?)"
            )
            params.append(expression)
        for name in _FILTERS:
            value = getattr(query, name)
            if value:
                clauses.append(f"{name} = ?")
                params.append(value)
        if query.districts is not None:  # the user's scope: none at all matches nothing
            clauses.append(f"district IN ({', '.join('?' for _ in query.districts)})"
                           if query.districts else "0")
            params.extend(query.districts)
        if query.since:
            clauses.append("captured_at >= ?")
            params.append(query.since)
        if query.until:
            clauses.append("captured_at < ?")
            params.append(query.until)
        return (" AND ".join(clauses) or "1"), params

    def search(self, query: FindingQuery) -> SearchPage:
        where, params = self._where(query)
        total = int(self.conn.execute(f"SELECT count(*) FROM findings WHERE {where}", params)
                    .fetchone()[0])
        page_where, page_params = where, list(params)
        if query.sort == "severity":
            order = f"{_RANK_SQL} DESC, captured_at DESC, finding_id DESC"
            if query.after:
                rank, at, fid = query.after
                page_where += f" AND ({_RANK_SQL}, captured_at, finding_id) < (?, ?, ?)"
                page_params += [int(rank), at, fid]
        else:
            order = "captured_at DESC, finding_id DESC"
            if query.after:
                at, fid = query.after
                page_where += " AND (captured_at, finding_id) < (?, ?)"
                page_params += [at, fid]
        sql = f"SELECT * FROM findings WHERE {page_where} ORDER BY {order}"
        if query.limit is not None:
            sql += f" LIMIT {int(query.limit)}"
        hits = tuple(finding_from_row(r) for r in self.conn.execute(sql, page_params))
        more = query.limit is not None and len(hits) == query.limit
        next_after = sort_key(hits[-1], query.sort) if hits and more else None
        highlights = {
            f.finding_id: highlight(f"{f.matched_text} — {f.context}", query.text)
            for f in hits
        } if query.text else {}
        facets = self._facets(where, params) if query.facets else None
        return SearchPage(hits, total, next_after, highlights, facets)

    def _facets(self, where: str, params: list[object]) -> Facets:
        def terms(column: str) -> dict[str, int]:
            rows = self.conn.execute(
                f"SELECT {column}, count(*) FROM findings WHERE {where} "
                f"GROUP BY {column} ORDER BY count(*) DESC, {column}", params)
            return {r[0]: r[1] for r in rows}

        days = self.conn.execute(
            f"SELECT date(captured_at, '+8 hours') AS d, count(*) FROM findings WHERE {where} "
            "GROUP BY d ORDER BY d", params)
        return Facets(terms("district"), terms("rule_id"), terms("platform"),
                      {r[0]: r[1] for r in days})

