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
def _table() -> dict[int, str]:
    """The one-for-one translation table (code point to simplified character).

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
    return table


def _in_gb2312(char: str) -> bool:
    try:
        char.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


_CHARACTER_REFERENCE = re.compile(rb"&#(\d+);")


FEW_CHARACTERS = 16  # distinct traditional characters replaced one by one; more: translate()


def _traditional_in(text: str, table: dict[int, str]) -> set[int]:
    """The mapped characters text holds: the GB2312 codec writes every character it cannot
    encode as &#N; (in C), and only those are looked up."""
    encoded = text.encode("gb2312", "xmlcharrefreplace")
    codes = map(int, set(_CHARACTER_REFERENCE.findall(encoded)))
    return {code for code in codes if code in table}


def fold(text: str) -> str:
    """text with traditional characters replaced by simplified ones (same length).

    Simplified text costs one encoding pass (nothing mapped is found). A text with a few
    distinct traditional characters has each replaced in one pass of str.replace; a text
    written in traditional characters is translated whole. Every mapped character is
    outside GB2312, so either way exactly the characters the codec stops at are folded.
    """
    table = _table()
    found = _traditional_in(text, table)
    if len(found) > FEW_CHARACTERS:
        return text.translate(table)
    for code in found:
        text = text.replace(chr(code), table[code])
    return text
