"""Turn Chinese text into FTS5 tokens that serve one- and two-character queries.

FTS5's unicode61 tokenizer treats a run of Han characters as one word, and its
trigram tokenizer cannot match queries shorter than three characters. So the
index stores two token streams: every CJK character alone (the "uni" column)
and every overlapping CJK pair (the "bi" column); Latin words and digits are
lower-cased into both. A query of n ≥ 2 CJK characters becomes a phrase of its
n-1 pairs in "bi" (exact substring); a single character queries "uni".
"""

from __future__ import annotations

import re
import unicodedata

_CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_RUN = re.compile(rf"[{_CJK}]+|[0-9a-z]+")
_IS_CJK = re.compile(rf"[{_CJK}]")


def _runs(text: str) -> list[str]:
    return _RUN.findall(unicodedata.normalize("NFKC", text).lower())


def unigrams(text: str) -> str:
    """Space-separated tokens: each CJK character, each Latin word or number."""
    out: list[str] = []
    for run in _runs(text):
        out.extend(run if _IS_CJK.match(run) else [run])
    return " ".join(out)


def bigrams(text: str) -> str:
    """Space-separated tokens: overlapping CJK pairs (a lone character stays), Latin words."""
    out: list[str] = []
    for run in _runs(text):
        if not _IS_CJK.match(run) or len(run) == 1:
            out.append(run)
        else:
            out.extend(run[i : i + 2] for i in range(len(run) - 1))
    return " ".join(out)


def match_expression(query: str) -> str | None:
    """An FTS5 MATCH expression for a user query (all terms must match), or None if empty."""
    parts: list[str] = []
    for term in query.split():
        for run in _runs(term):
            if _IS_CJK.match(run) and len(run) == 1:
                parts.append(f'uni : "{run}"')
            elif _IS_CJK.match(run):
                pairs = " ".join(run[i : i + 2] for i in range(len(run) - 1))
                parts.append(f'bi : "{pairs}"')
            else:
                parts.append(f'bi : "{run}"*')
    return " AND ".join(parts) if parts else None
