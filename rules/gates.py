"""Gate words of a regex with no literal opening: strings one of which every match holds.

A pack regex that cannot be anchored (rules.anchors: `[a-z0-9]{3,}(?:qq|163)\\.com`,
`1[3-9][0-9]{9}`, `(?:[1-6]|一)(?:天|日)无理由`) would be searched along every page. Its
gate words go into the engine's one automaton; the regex is searched, over the whole
text as before, only on a text where the automaton saw one of them. Any match holds a
gate word, so a text without one has no match: the verdicts are those of searching
every text. An anchored regex whose opening words are common (`(?:七|7)(?:天|日)无理由…`, a
near pair opened at 店铺 or 平台) is gated the same way by the words it must hold further
on. The words are read from the regex's parsed top-level sequence: the longest
run of adjacent items that each match one of a few literal strings (a literal, a small
character class, an alternation of such, an optional one).
"""

from __future__ import annotations

import re
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

from rules.anchors import Anchored

MAX_WORDS = 64  # gate words per regex: more would bloat the automaton for little gain
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)


def gate_words(pattern: re.Pattern[str], besides: tuple[str, ...] = ()) -> tuple[str, ...]:
    """Strings one of which every non-empty match of pattern holds, or () if none can be read;
    the rarest run of them other than one made only of `besides` (the regex's own anchors,
    which open it anyway)."""
    return _read(pattern, frozenset(besides))[0]


def opening_gates(pattern: re.Pattern[str]) -> tuple[str, ...]:
    """The gate words when every match of pattern opens with one of them and no match is
    empty (`(?<![0-9])1[3-9][0-9]{9}`: 13…19), else (). Such a regex need not be searched
    along the text: matching it where a gate word stands, left to right past each match,
    finds what searching finds."""
    words, opening = _read(pattern)
    if not opening:
        return ()
    try:
        shortest = sre_parse.parse(pattern.pattern, pattern.flags).getwidth()[0]
    except (re.error, TypeError, ValueError):
        return ()
    return words if shortest > 0 else ()


def opening_words(anchored: Anchored) -> tuple[str, ...]:
    """Words every match of the regex opens with, when the automaton should open it there
    instead of at its anchors: a regex matched from its anchor (back 0) whose anchors are
    commoner (7 for 7天无理由), or one with no anchors at all; () otherwise."""
    if anchored.back:
        return ()
    words = opening_gates(anchored.pattern)
    return () if set(words) <= set(anchored.anchors) else words


def _read(pattern: re.Pattern[str], besides: frozenset[str] = frozenset()
          ) -> tuple[tuple[str, ...], bool]:
    """The gate words of pattern (no run made only of `besides`), and whether they are read
    from the run of items a match opens with (only zero-width items before it)."""
    if pattern.flags & re.IGNORECASE:
        return (), False
    try:
        items = list(sre_parse.parse(pattern.pattern, pattern.flags))
    except (re.error, TypeError, ValueError):
        return (), False
    best: set[str] = set()
    run: set[str] | None = None
    leading = True  # the run still opens at the match's first character
    best_leading = False
    for op, arg in items:
        if op in _ZERO_WIDTH:
            continue  # a lookaround takes no characters: its neighbours stay adjacent
        words = _strings(op, arg)
        if words is None:
            run, leading = None, False
            continue
        run = words if run is None else {a + b for a in run for b in words}
        if len(run) > MAX_WORDS:
            run, leading = words, False
        if _rarer(run, best) and not run <= besides:
            best, best_leading = set(run), leading
    if not best or "" in best:
        return (), False
    return tuple(sorted(best)), best_leading


def _rarer(run: set[str], best: set[str]) -> bool:
    """Whether a run of gate words is rarer in text than the best so far: its shortest word
    is longer, or as long with fewer words (one 群 stands on fewer pages than any of nine
    digits, so a regex gated on 群 is skipped where it cannot match)."""
    if not best:
        return min(map(len, run)) > 0
    return (min(map(len, run)), -len(run)) > (min(map(len, best)), -len(best))


def _strings(op: Any, arg: Any) -> set[str] | None:
    """The strings one parsed item matches, when they are few; None otherwise."""
    if op == sre.LITERAL:
        return {chr(arg)}
    if op == sre.IN:
        chars: set[str] = set()
        for kind, value in arg:
            if kind == sre.LITERAL:
                chars.add(chr(value))
            elif kind == sre.RANGE and value[1] - value[0] < 16:
                chars.update(chr(c) for c in range(value[0], value[1] + 1))
            else:
                return None
        return chars
    if op == sre.SUBPATTERN:
        return _sequence(list(arg[-1]))
    if op == sre.BRANCH:
        out: set[str] = set()
        for branch in arg[1]:
            words = _sequence(list(branch))
            if words is None:
                return None
            out |= words
        return out if len(out) <= MAX_WORDS else None
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and arg[0] == 0 and arg[1] == 1:
        inner = _sequence(list(arg[2]))
        return None if inner is None else inner | {""}
    return None


def _sequence(items: list[tuple[Any, Any]]) -> set[str] | None:
    """Every string a whole parsed sequence matches, when they are few; None otherwise."""
    out = {""}
    for op, arg in items:
        if op in _ZERO_WIDTH:
            continue
        words = _strings(op, arg)
        if words is None:
            return None
        out = {a + b for a in out for b in words}
        if len(out) > MAX_WORDS:
            return None
    return out
