"""Traditional Chinese characters read as simplified, one character for one, for matching.

Sellers in Hong Kong, Taiwan and on bilingual pages write 頸椎, 視力, 廣告法, 市場監管: the
rules' words are simplified, so a claim or a warning in traditional characters went unread.
Folding maps each traditional character to its simplified form (OpenCC's TSCharacters table,
first candidate) and keeps every other character, so offsets in the folded text are offsets
in the original and a finding still quotes the page as it was published.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def _table() -> tuple[dict[int, str], re.Pattern[str]]:
    """The one-for-one translation table and a pattern that finds any character it maps."""
    lines = resources.files("opencc_purepy").joinpath("dicts", "TSCharacters.txt").read_text(
        encoding="utf-8").splitlines()
    table: dict[int, str] = {}
    for line in lines:
        trad, _, simplified = line.partition("\t")
        first = simplified.split(" ")[0] if simplified else ""
        if len(trad) == 1 and len(first) == 1 and first != trad:
            table[ord(trad)] = first
    chars = "".join(re.escape(chr(c)) for c in sorted(table))
    return table, re.compile(f"[{chars}]")


def fold(text: str) -> str:
    """text with traditional characters replaced by simplified ones (same length)."""
    table, traditional = _table()
    return text.translate(table) if traditional.search(text) else text
