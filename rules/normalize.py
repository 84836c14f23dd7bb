"""Normalised text for term matching: full-width to half-width, lower case, no spacing tricks.

`微 信`, `Ｖ　信`, `微\u200b信` and `微·信` all normalise to one string. Normalising
only maps a character to one character or drops it, so an offset in the
normalised text maps back to the original with the sorted list of dropped offsets.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

_ZERO_WIDTH = "\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\ufeff\u00ad\u180e"
# Characters sellers put between the characters of a word to dodge filters.
_FILLERS = " \t\r\f\v\u3000\u00a0\u2002\u2003\u2009\u202f·•・*_~^|`'\"-+/\\#@"

_WIDE_FILLERS = "－＋／＼＃＠｀＂＇＿～＾｜＊"


def _table() -> dict[int, int | None]:
    table: dict[int, int | None] = {}
    for code in range(0xFF01, 0xFF5F):  # full-width ASCII block
        table[code] = ord(chr(code - 0xFEE0).lower())
    for code in range(ord("A"), ord("Z") + 1):
        table[code] = code + 32
    for ch in _ZERO_WIDTH + _FILLERS:
        table[ord(ch)] = None
    for ch in _WIDE_FILLERS:  # full-width fillers drop too
        table[ord(ch)] = None
    table[ord("（")] = ord("(")
    table[ord("）")] = ord(")")
    return table


_TABLE = _table()
_DROPPED = re.compile("[" + re.escape(_ZERO_WIDTH + _FILLERS + _WIDE_FILLERS) + "]")


def normalize(text: str) -> str:
    """The matching form of text (one character per kept original character)."""
    return text.translate(_TABLE)


@dataclass(frozen=True)
class Normalized:
    """A text, its normalised form and the offsets of the characters normalising dropped."""

    original: str
    text: str
    dropped: tuple[int, ...]

    @classmethod
    def of(cls, original: str) -> Normalized:
        """Normalise original and remember what was dropped."""
        dropped = tuple(m.start() for m in _DROPPED.finditer(original))
        return cls(original, normalize(original), dropped)

    def to_original(self, index: int) -> int:
        """The original offset of the normalised character at index (or end of text)."""
        if index >= len(self.text):
            return len(self.original)
        pos = index
        while True:
            skipped = bisect.bisect_right(self.dropped, pos)
            candidate = index + skipped
            if candidate == pos:
                return pos
            pos = candidate

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original [start, end) of the normalised span [start, end)."""
        first = self.to_original(start)
        last = self.to_original(end - 1) + 1 if end > start else first
        return first, last
