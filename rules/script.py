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
def _table() -> tuple[dict[int, str], frozenset[str]]:
    """The one-for-one translation table, and the characters it maps.

    A character GB2312 holds (乾, 著, 於 …) is written in simplified text too (乾隆, 著名), so
    it is left as it is; every other character mapped is outside GB2312, which lets fold
    look only where the GB2312 codec stops.
    """
    lines = resources.files("opencc_purepy").joinpath("dicts", "TSCharacters.txt").read_text(
        encoding="utf-8").splitlines()
    table: dict[int, str] = {}
    for line in lines:
        trad, _, simplified = line.partition("\t")
        first = simplified.split(" ")[0] if simplified else ""
        if len(trad) == 1 and len(first) == 1 and first != trad and not _in_gb2312(trad):
            table[ord(trad)] = first
    return table, frozenset(chr(c) for c in table)


def _in_gb2312(char: str) -> bool:
    try:
        char.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


_CHARACTER_REFERENCE = re.compile(rb"&#(\d+);")


def _has_traditional(text: str, table: dict[int, str]) -> bool:
    """True when text holds a mapped character: the GB2312 codec writes every character it
    cannot encode as &#N; (in C), and only those are looked up."""
    encoded = text.encode("gb2312", "xmlcharrefreplace")
    return any(int(n) in table for n in _CHARACTER_REFERENCE.findall(encoded))


def fold(text: str) -> str:
    """text with traditional characters replaced by simplified ones (same length).

    Only the runs the GB2312 codec stops at (a traditional character, an emoji, a ¥) are
    looked at and folded, so simplified text costs one encoding pass.
    """
    table, mapped = _table()
    if not _has_traditional(text, table):
        return text
    pieces: list[str] = []
    at = kept = 0
    while at < len(text):
        try:
            text[at:].encode("gb2312")
        except UnicodeEncodeError as exc:
            lo, hi = at + exc.start, at + exc.end
            if not mapped.isdisjoint(text[lo:hi]):
                pieces += (text[kept:lo], text[lo:hi].translate(table))
                kept = hi
            at = hi
        else:
            break
    return "".join((*pieces, text[kept:]))
