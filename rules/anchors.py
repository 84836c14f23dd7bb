"""Regexes run only where the shared automaton saw one of their opening words.

A pack regex that opens with literal words (`(?:微信|vx)…`, `签收…`) and every `near`
pair is matched with `pattern.match(text, at)` at the offsets where the automaton found
such a word, instead of being searched along the whole page: one pass over the text for
all rules, as issue 12's speed goal asks. A regex with no literal opening is searched.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rules.normalize import normalize

_META = set(".^$*+?{}[]\\|()")
_LEADING_GUARDS = ("(?<![a-z0-9])",)
_LATIN = re.compile(r"[a-z0-9]")
_GAP = "[^。！？!?；;\\n]"  # a near pair never spans a sentence end


@dataclass(frozen=True)
class Anchored:
    """A compiled regex and the literal words every match holds (or none: search everywhere).

    With `back` 0 a match starts at the anchor word; otherwise it may start up to `back`
    characters before it and is sought in that short window only.
    """

    pattern: re.Pattern[str]
    anchors: tuple[str, ...] = ()  # empty: search the whole text
    back: int = 0

    def matches_at(self, text: str, at: int, word: str) -> re.Match[str] | None:
        """The match this anchor occurrence (word found at offset at) belongs to, or None."""
        if not self.back:
            return self.pattern.match(text, at)
        for m in self.pattern.finditer(text, max(0, at - self.back),
                                       min(len(text), at + len(word) + 1)):
            if m.start() <= at < m.end():
                return m
        return None


def _literal(text: str) -> str | None:
    bare = text.replace("\\.", "").replace("\\-", "")
    if not text or set(bare) & _META:
        return None
    return text.replace("\\.", ".").replace("\\-", "-")


def anchors_of(pattern: str) -> tuple[str, ...]:
    """The literal words a match of pattern must open with, or () when they cannot be read."""
    body = pattern
    for guard in _LEADING_GUARDS:
        body = body.removeprefix(guard)
    if body.startswith("(?:"):
        depth = 0
        for i, ch in enumerate(body):
            if ch == "(" and (i == 0 or body[i - 1] != "\\"):
                depth += 1
            elif ch == ")" and body[i - 1] != "\\":
                depth -= 1
                if depth == 0:
                    if i + 1 < len(body) and body[i + 1] in "?*{":
                        return ()
                    words = [_literal(a) for a in body[3:i].split("|")]
                    return tuple(w for w in words if w) if all(words) else ()
        return ()
    run = ""
    for i, ch in enumerate(body):
        if ch in _META:
            if ch in "?*{" and run:
                run = run[:-1]
            break
        run = body[: i + 1]
    return (run,) if run else ()


def compile_regex(pattern: str) -> Anchored:
    """A pack regex (already written for normalised text) with its opening words."""
    return Anchored(re.compile(pattern), anchors_of(pattern))


def _alternatives(terms: tuple[str, ...]) -> tuple[str, list[str]]:
    words = sorted({normalize(t) for t in terms}, key=len, reverse=True)
    out = []
    for term in words:
        head = "(?<![a-z0-9])" if _LATIN.match(term[0]) else ""
        tail = "(?![a-z0-9])" if _LATIN.match(term[-1]) else ""
        out.append(head + re.escape(term) + tail)
    return "|".join(out), words


def compile_near(first: tuple[str, ...], then: tuple[str, ...], gap: int,
                 either_order: bool) -> list[Anchored]:
    """A near pair as regexes anchored on its `then` words (the rarer, longer side).

    first … then is sought in a window ending at each `then` word; then … first, when
    either order is allowed, is matched from each `then` word.
    """
    one, one_words = _alternatives(first)
    two, two_words = _alternatives(then)
    between = f"{_GAP}{{0,{gap}}}?"
    back = max(len(w) for w in one_words) + gap
    out = [Anchored(re.compile(f"(?:{one}){between}(?:{two})"), tuple(two_words), back)]
    if either_order:
        out.append(Anchored(re.compile(f"(?:{two}){between}(?:{one})"), tuple(two_words)))
    return out
