"""Normalised text for term matching: full-width to half-width, lower case, no spacing tricks.

`微 信`, `Ｖ　信`, `微\u200b信` and `微·信` all normalise to one string. Normalising
only maps a character to one character or drops it, so an offset in the
normalised text maps back to the original with the sorted list of dropped offsets.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass
from functools import cached_property

_ZERO_WIDTH = "\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\ufeff\u00ad\u180e"
# Characters sellers put between the characters of a word to dodge filters.
_FILLERS = " \t\r\f\v\u3000\u00a0\u2002\u2003\u2009\u202f·•・*_~^|`'\"-/\\#@❤♥♡★☆✨❥"

_WIDE_FILLERS = "－／＼＃＠｀＂＇＿～＾｜＊"


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
    for plus in "➕+＋":
        table[ord(plus)] = ord("加")  # "➕微信", "+V" read as 加微信, 加v
    table[ord("（")] = ord("(")
    table[ord("）")] = ord(")")
    return table


_TABLE = _table()
_DROPPED = re.compile("[" + re.escape(_ZERO_WIDTH + _FILLERS + _WIDE_FILLERS) + "]")


_WIDE = re.compile("[\uff01-\uff5e➕+]")
_WIDE_MAP = {chr(k): chr(v) for k, v in _TABLE.items() if v is not None and (k > 0x7F or k == 43)}


def normalize(text: str) -> str:
    """The matching form of text (one character per kept original character)."""
    return _folded(_DROPPED.sub("", text))


def _folded(out: str) -> str:
    """Width and case folded, of a text whose dropped characters are already gone."""
    if out.isascii():
        return out.lower().replace("+", "加")
    lowered = out.lower()
    if len(lowered) != len(out):  # a few non-ASCII letters lower-case to two characters
        return out.translate(_TABLE)
    for wide in set(_WIDE.findall(lowered)):  # a few distinct ones, each replaced in one pass
        lowered = lowered.replace(wide, _WIDE_MAP[wide])
    return lowered


def _kept_before(pieces: list[str]) -> list[int]:
    """From the kept runs between removed characters: the kept characters before each."""
    return list(itertools.accumulate(map(len, pieces[:-1])))


@dataclass(frozen=True)
class Normalized:
    """A text, its normalised form and the dropped offsets (split out with the form by of())."""

    original: str
    text: str

    @classmethod
    def of(cls, original: str, folded: str | None = None) -> Normalized:
        """Normalise original; offsets map back through the dropped characters (the kept
        runs between them are split out once, for both). `folded`: the same text with
        characters replaced one for one (rules.script.fold), normalised in its stead; the
        offsets are the same, as no dropped character is ever replaced."""
        pieces = _DROPPED.split(original if folded is None else folded)
        norm = cls(original, _folded("".join(pieces)))
        object.__setattr__(norm, "kept_before", _kept_before(pieces))
        return norm

    @cached_property
    def kept_before(self) -> list[int]:
        """For each original character normalising removed, in order: how many kept
        characters come before it (a non-decreasing list, read by bisection)."""
        return _kept_before(_DROPPED.split(self.original))

    @property
    def dropped(self) -> list[int]:
        """Sorted offsets of the original characters normalising removed."""
        return [kept + n for n, kept in enumerate(self.kept_before)]

    def to_original(self, index: int) -> int:
        """The original offset of the normalised character at index (or end of text): the
        index plus the removed characters before it, those with at most index kept before."""
        if index >= len(self.text):
            return len(self.original)
        return index + bisect.bisect_right(self.kept_before, index)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original [start, end) of the normalised span [start, end)."""
        first = self.to_original(start)
        last = self.to_original(end - 1) + 1 if end > start else first
        return first, last
