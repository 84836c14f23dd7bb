"""`hongdun findings`: search findings from the command line, as a table or as JSON Lines.

Filters mean what they mean on the inspector page (search.views.build_query);
queries go through search.backend.open_index, so the configured backend answers.
Crawled text is untrusted: control and bidi characters are neutralised before
they reach a terminal.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import asdict, replace
from typing import Any, TextIO

from hongdun import db
from hongdun.config import Config
from hongdun.records import PLATFORMS, SEVERITIES, STATUSES, Finding
from search import labels
from search.base import SORTS, FindingQuery, FindingsIndex, SearchPage
from search.facet_text import facet_lines
from search.views import build_query

CHUNK = 500  # hits fetched per round trip when streaming every match
TABLE_DEFAULT_LIMIT = 50


def register(sub: Any) -> None:
    """Add the `findings` command to the CLI."""
    p = sub.add_parser(
        "findings", help="search findings (table, or JSON Lines with --json)",
        description="检索线索 / search findings. Chinese queries match one- and two-character "
                    "words (微信, 海参, 最). Dates are Beijing (北京时间) calendar days.")
    p.add_argument("--query", "-q", default="", metavar="TEXT", help="full-text query")
    p.add_argument("--rule", metavar="ID", help="rule id, e.g. AD-ABSOLUTE")
    p.add_argument("--district", metavar="CODE", help="6-digit division code or name (芝罘区)")
    p.add_argument("--platform", choices=PLATFORMS)
    p.add_argument("--severity", choices=SEVERITIES)
    p.add_argument("--status", choices=STATUSES)
    p.add_argument("--since", metavar="YYYY-MM-DD", help="captured on or after this day")
    p.add_argument("--until", metavar="YYYY-MM-DD", help="captured on or before this day")
    p.add_argument("--sort", choices=SORTS, default="time",
                   help="time: newest first (default); severity: highest first")
    p.add_argument("--limit", type=int, metavar="N",
                   help=f"at most N findings (default: every match with --json, "
                        f"{TABLE_DEFAULT_LIMIT} in the table)")
    p.add_argument("--json", action="store_true", help="print JSON Lines, one finding a line")
    p.add_argument("--backend", choices=("sqlite", "elasticsearch"),
                   help="which index answers (default: elasticsearch if configured)")
    p.add_argument("--facets", action="store_true",
                   help="also print counts by district, rule, platform and day (table only)")
    p.set_defaults(handler=run)


def query_from_args(args: argparse.Namespace, limit: int | None) -> FindingQuery:
    """The FindingQuery the command-line options describe."""
    params = {"q": args.query, "rule": args.rule, "district": args.district,
              "platform": args.platform, "severity": args.severity, "status": args.status,
              "since": args.since, "until": args.until, "sort": args.sort}
    return build_query(params, limit=limit)


def iter_hits(index: FindingsIndex, query: FindingQuery, limit: int | None,
              first: SearchPage | None = None) -> Iterator[Finding]:
    """Every hit of query (at most limit), fetched page by page with the cursor."""
    remaining = limit
    page = first
    after = query.after
    while True:
        if page is None:
            size = CHUNK if remaining is None else min(CHUNK, remaining)
            page = index.search(replace(query, limit=size, after=after, facets=False))
        for hit in page.hits:
            yield hit
            if remaining is not None:
                remaining -= 1
                if remaining == 0:
                    return
        if page.next_after is None or not page.hits:
            return
        after, page = page.next_after, None


def finding_line(finding: Finding) -> str:
    """One JSON Lines record for a finding."""
    return json.dumps(asdict(finding), ensure_ascii=False, sort_keys=True)


def run(args: argparse.Namespace, cfg: Config) -> int:
    """Handler of `hongdun findings`."""
    limit = args.limit if args.limit is not None else (None if args.json else TABLE_DEFAULT_LIMIT)
    query = query_from_args(args, limit)  # validates limit and every filter
    conn = db.connect(cfg.db_path)
    try:
        from search.backend import open_index  # the Elasticsearch client: only when asked

        index = open_index(cfg, conn, args.backend)
        out = sys.stdout
        if args.json:
            for hit in iter_hits(index, query, limit):
                out.write(finding_line(hit) + "\n")
            return 0
        first = index.search(replace(query, limit=min(CHUNK, limit or CHUNK),
                                     facets=args.facets))
        hits = list(iter_hits(index, query, limit, first))
        write_table(out, hits, first.total, terminal_width())
        if first.facets is not None:
            out.write("".join(clean(line) + "\n" for line in facet_lines(first.facets)))
        return 0
    finally:
        conn.close()


# -- the table --------------------------------------------------------------------------------

def terminal_width() -> int:
    """Columns available for the table (COLUMNS, the terminal, or 120 when piped)."""
    return max(60, shutil.get_terminal_size(fallback=(120, 24)).columns)


def clean(text: str) -> str:
    """Crawled text made safe for a terminal: control, format and bidi characters become spaces."""
    return "".join(" " if unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp") else c
                   for c in text)


def width(text: str) -> int:
    """Display width: East Asian wide and full-width characters take two columns."""
    return sum(2 if unicodedata.east_asian_width(c) in ("W", "F") else 1 for c in text)


def fit(text: str, columns: int) -> str:
    """Truncate to columns with an ellipsis, then pad with spaces to exactly columns."""
    if width(text) > columns:
        out, used = [], 0
        for c in text:
            w = width(c)
            if used + w > columns - 1:
                break
            out.append(c)
            used += w
        text = "".join(out) + "…"
    return text + " " * (columns - width(text))


def table_rows(hits: Sequence[Finding]) -> list[list[str]]:
    """Cells of each row: id, 北京时间, shop, rule, severity, matched text."""
    return [[clean(f.finding_id), labels.beijing(f.captured_at, seconds=False),
             clean(f.shop_name), clean(f.rule_id),
             labels.SEVERITIES_ZH[f.severity] + " " + f.severity,
             clean(f.matched_text)] for f in hits]


HEADERS = ("编号 id", "时间 (北京时间)", "店铺 shop", "规则 rule", "级别", "匹配内容 matched text")
CAPS = (24, 16, 18, 20, 9)  # widest each fixed column may grow
SHRINK = ((2, 8), (3, 8), (0, 6))  # (column, narrowest) given up, in order, on narrow terminals
MIN_TEXT = 12


def write_table(out: TextIO, hits: Sequence[Finding], total: int, columns: int) -> None:
    """Print a Chinese-first table truncated to columns, then the total."""
    rows = table_rows(hits)
    sizes = [min(cap, max([width(h), *(width(r[i]) for r in rows)]))
             for i, (h, cap) in enumerate(zip(HEADERS, CAPS, strict=False))]
    for i, smallest in SHRINK:  # narrow terminal: give the matched text room first
        short = MIN_TEXT - (columns - sum(sizes) - 2 * len(sizes))
        if short > 0:
            sizes[i] -= min(short, max(0, sizes[i] - smallest))
    sizes.append(max(MIN_TEXT, columns - sum(sizes) - 2 * len(sizes)))
    def line(cells: Sequence[str]) -> str:
        return "  ".join(fit(c, s) for c, s in zip(cells, sizes, strict=True)).rstrip()
    if rows:
        out.write(line(HEADERS) + "\n")
        out.write("  ".join("-" * s for s in sizes)[:columns] + "\n")
        for row in rows:
            out.write(line(row) + "\n")
    else:
        out.write("没有符合条件的线索 / no findings match\n")
    shown = f"，显示 {len(rows)} 条" if len(rows) < total else ""
    out.write(f"共 {total} 条线索{shown} / {total} findings"
              f"{f', {len(rows)} shown' if shown else ''}\n")
