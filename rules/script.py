"""Traditional Chinese characters read as simplified, one character for one, for matching.

Sellers in Hong Kong, Taiwan and on bilingual pages write 頸椎, 視力, 廣告法, 市場監管: the
rules' words are simplified, so a claim or a warning in traditional characters went unread.
Folding maps each traditional character to its simplified form (OpenCC's TSCharacters table,
first candidate) and keeps every other character, so offsets in the folded text are offsets
in the original and a finding still quotes the page as it was published.
"""

from __future__ import annotations

import codecs
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def _table() -> tuple[dict[int, str], frozenset[str]]:
    """The one-for-one translation table, and the characters it maps.

    A character GB2312 holds (乾, 著, 於 …) is written in simplified text too (乾隆, 著名), so
    it is left as it is; every other character mapped is outside GB2312, which lets a page
    of simplified text be passed over by one encoding pass (see fold).
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


class _Traditional(Exception):
    """Raised from inside the codec's pass at the first mapped character."""


def _spot(exc: UnicodeError) -> tuple[str, int]:
    """Codec error handler: a run GB2312 cannot encode either holds a mapped character
    (stop) or not (emoji, rare characters: skip it and encode on)."""
    if not isinstance(exc, UnicodeEncodeError):
        raise exc
    if not _table()[1].isdisjoint(exc.object[exc.start:exc.end]):
        raise _Traditional
    return "", exc.end


codecs.register_error("hongdun-traditional", _spot)


def _has_traditional(text: str) -> bool:
    """True when text holds a mapped character, found in one pass of the GB2312 codec: only
    the runs it cannot encode are looked at."""
    try:
        text.encode("gb2312", "hongdun-traditional")
    except _Traditional:
        return True
    return False


def fold(text: str) -> str:
    """text with traditional characters replaced by simplified ones (same length)."""
    return text.translate(_table()[0]) if _has_traditional(text) else text
