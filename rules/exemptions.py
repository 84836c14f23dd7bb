"""A rule's exemption windows around one hit, read with one automaton pass near the hit.

An exemption clears a hit when one of its words stands in its window: `covering` (a
longer word overlapping the hit), `before` / `after` (within so many characters, not
past the clause), `sentence` (within so many characters in the sentence), `paragraph`
(within so many characters either way, across sentences: a narration's voice), `authors`
(the chat author's name) or `frame` (rules.clauses reads the clause). Every word of a
rule's exemptions is in one Aho-Corasick automaton; for a hit it runs once over the
stretch of text that holds all the windows, and each exemption then asks whether one
of its words was found inside its own window; an exemption's `unless` words in the hit's
sentence keep the hit standing, save those holding one of its own words (能不能 holds 不能:
the question's 不能 negates nothing), which void only the word inside them. The verdict,
and the word it names, are those of reading each window for each word in turn, exemption
by exemption.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from ahocorasick_rs import AhoCorasick, MatchKind

from rules.frames import in_frame
from rules.normalize import normalize
from rules.pack import Exemption
from rules.speech import Speech
from rules.view import Unit

_SENTENCE_END = re.compile(r"[。！？!?；;\n]")
_CLAUSE_END = re.compile(r"[。！？!?；;\n，,：:]")
_LAST_SENTENCE_END = re.compile(r"(?s).*[。！？!?；;\n]")
_LAST_CLAUSE_END = re.compile(r"(?s).*[。！？!?；;\n，,：:]")
_BLOCK_END = re.compile(r"\n")  # page text puts each block (a paragraph, a chat line) on a line
_LAST_BLOCK_END = re.compile(r"(?s).*\n")
_UNWINDOWED = ("frame", "authors")  # every other kind reads a window of the text


def _bounds(text: str, start: int, end: int, last: re.Pattern[str],
            first: re.Pattern[str]) -> tuple[int, int]:
    """The sentence (or clause) around [start, end), at most 200 characters each way."""
    lo = max(0, start - 200)
    m = last.match(text, lo, start)
    lo = m.end() if m else lo
    n = first.search(text, end, end + 200)
    return lo, (n.start() if n else min(len(text), end + 200))


class _Span:
    """One hit being judged: its sentence and clause, and the exemption words near it, each
    read when an exemption first needs it (plain attributes: a span lives in one thread)."""

    __slots__ = ("_block", "_clause", "_sentence", "end", "matched", "near", "start", "text",
                 "unit")

    def __init__(self, unit: Unit, start: int, end: int) -> None:
        self.unit, self.start, self.end = unit, start, end
        self.text = unit.norm.text
        self.matched = self.text[start:end]
        # per exemption: (word, at, length) of each of its words near the hit
        self.near: dict[int, list[tuple[int, int, int]]] | None = None
        self._sentence: tuple[int, int] | None = None
        self._clause: tuple[int, int] | None = None
        self._block: tuple[int, int] | None = None

    @property
    def sentence(self) -> tuple[int, int]:
        if self._sentence is None:
            self._sentence = _bounds(self.text, self.start, self.end, _LAST_SENTENCE_END,
                                     _SENTENCE_END)
        return self._sentence

    @property
    def block(self) -> tuple[int, int]:
        """The block (paragraph) around the hit: a paragraph window never leaves it."""
        if self._block is None:
            self._block = _bounds(self.text, self.start, self.end, _LAST_BLOCK_END, _BLOCK_END)
        return self._block

    @property
    def clause(self) -> tuple[int, int]:
        if self._clause is None:
            self._clause = _bounds(self.text, self.start, self.end, _LAST_CLAUSE_END,
                                   _CLAUSE_END)
        return self._clause


@dataclass(frozen=True)
class Exemptions:
    """One rule's exemptions (terms already normalised), in order, with their words' automaton."""

    items: tuple[Exemption, ...]
    longest: tuple[int, ...]  # per exemption: its longest word (0: none)
    reach: int  # how far from a hit exemption words are read (longest word; a paragraph window)
    automaton: AhoCorasick | None  # over `words`, the same library as the engine's
    words: tuple[tuple[int, tuple[tuple[int, int], ...]], ...]  # (length, (exemption, index))
    order: tuple[int, ...]  # what clears() reads: the windows first, then the clause frames
    windowed: tuple[bool, ...]  # per exemption: whether it reads a window of the text
    wide: tuple[tuple[str, ...], ...]  # per exemption: unless words voiding it in the sentence
    masks: tuple[tuple[str, ...], ...]  # per exemption: unless words voiding its word inside

    @classmethod
    def of(cls, items: Iterable[Exemption]) -> Exemptions:
        items = tuple(items)
        words: dict[str, list[tuple[int, int]]] = {}
        for k, ex in enumerate(items):
            if ex.kind not in _UNWINDOWED:
                for n, term in enumerate(ex.terms):
                    words.setdefault(term, []).append((k, n))
        automaton = None
        if words and all(words):  # an empty word stands everywhere: read windows plainly
            automaton = AhoCorasick(list(words), matchkind=MatchKind.Standard)
        frames = [k for k, ex in enumerate(items) if ex.kind == "frame"]
        longest = tuple(max(map(len, ex.terms), default=0) for ex in items)
        reach = max([len(w) for w in words] + [ex.window + n for ex, n in zip(items, longest,
                                                                           strict=True)
                                               if ex.kind == "paragraph"], default=0)
        masks = tuple(tuple(u for u in ex.unless if any(t and t in u for t in ex.terms))
                      for ex in items)
        return cls(items, longest, reach, automaton,
                   tuple((len(word), tuple(refs)) for word, refs in words.items()),
                   tuple([k for k in range(len(items)) if k not in frames] + frames),
                   tuple(ex.kind not in _UNWINDOWED for ex in items),
                   tuple(tuple(u for u in ex.unless if u not in m)
                         for ex, m in zip(items, masks, strict=True)), masks)

    def reason(self, unit: Unit, start: int, end: int,
               speech: Speech | None = None) -> str | None:
        """The reason an exemption clears the normalised span [start, end), or None."""
        span = _Span(unit, start, end)
        for k in range(len(self.items)):
            reason = self._holds(k, span, speech)
            if reason:
                return reason
        return None

    def clears(self, unit: Unit, start: int, end: int, speech: Speech | None = None) -> bool:
        """Whether reason() would clear the span: the same exemptions, read cheapest first
        (the windows, then the clause frames), so a clause is read only for a hit that no
        window clears."""
        span = _Span(unit, start, end)
        if self.automaton is None:
            return any(self._holds(k, span, speech) for k in self.order)
        near = self._near_of(span)
        for k in self.order:
            if self.windowed[k] and k not in near:
                continue  # none of its words near the hit: its window holds none
            if self._holds(k, span, speech):
                return True
        return False

    def _near_of(self, span: _Span) -> dict[int, list[tuple[int, int, int]]]:
        """The exemption words near the span, read once per span."""
        if span.near is None:
            span.near = self._near(span.text, span.start, span.end,
                                   min(span.sentence[0], span.clause[0]),
                                   max(span.sentence[1], span.clause[1]))
        return span.near

    def _holds(self, k: int, span: _Span, speech: Speech | None) -> str | None:
        """The reason exemption k clears the span, or None."""
        ex, unit, start, end = self.items[k], span.unit, span.start, span.end
        if ex.only_for and not any(t in span.matched for t in ex.only_for):
            return None
        masked: tuple[tuple[int, int], ...] = ()
        if ex.unless:  # "本店所有商品（含生鲜）一律不退": the exempt goods do not cover all goods
            lo, hi = span.sentence
            if any(t in span.text[lo:hi] for t in self.wide[k]):
                return None
            masked = _occurrences(span.text, lo, hi, self.masks[k])
        if ex.kind == "frame":
            if speech is None:
                return None
            return in_frame(unit, *unit.norm.span(start, end), ex.terms, speech)
        text = span.text
        sentence = span.block if ex.kind == "paragraph" else span.sentence
        if ex.kind == "authors":
            author = normalize(unit.author) if unit.source == "chat" else ""
            found = next((t for t in ex.terms if t in author), None)
        elif self.automaton is None:
            found = _plain(text, start, end, ex, self.longest[k], sentence, span.clause,
                           masked)
        else:
            mine = self._near_of(span).get(k)  # none of its words near: none in its window
            found = self._first(k, ex, mine, start, end, len(text), sentence,
                                span.clause, masked) if mine else None
        if found is not None and ex.kind == "before" and speech is not None and \
                _turned(text, start, found, self.items[k].window + self.longest[k], speech):
            return None
        return (ex.reason or f"{ex.kind} {found}") if found is not None else None

    def _near(self, text: str, start: int, end: int, lo: int,
              hi: int) -> dict[int, list[tuple[int, int, int]]]:
        """Every exemption word found in the stretch that holds all windows of the hit, by
        exemption: (word, at, length)."""
        assert self.automaton is not None
        lo = max(0, min(lo, start - self.reach))
        hi = min(len(text), max(hi, end + self.reach))
        words = self.words
        near: dict[int, list[tuple[int, int, int]]] = {}
        for w, at, _ in self.automaton.find_matches_as_indexes(text[lo:hi], overlapping=True):
            size, refs = words[w]
            for k, n in refs:
                near.setdefault(k, []).append((n, lo + at, size))
        return near

    def _first(self, k: int, ex: Exemption, near: list[tuple[int, int, int]],
               start: int, end: int, length: int, sentence: tuple[int, int],
               clause: tuple[int, int], masked: tuple[tuple[int, int], ...] = ()
               ) -> str | None:
        """The first of exemption k's words (in its order) found inside its window, none
        inside a masking unless word."""
        lo, hi = _window(ex, self.longest[k], start, end, sentence, clause)
        best: int | None = None
        for n, at, size in near:
            if (best is not None and n >= best) or _inside(at, at + size, masked):
                continue
            if ex.kind == "covering":  # text[max(0, start-size+1) : end+size-1] holds it
                inside = at + size > start and at < end and at + size <= length
            else:
                inside = lo <= at and at + size <= hi
            if inside:
                best = n
        return ex.terms[best] if best is not None else None


def _turned(text: str, start: int, word: str, reach: int, speech: Speech) -> bool:
    """A contrastive turn (而是, 但是) stands between the nearest `before` word and the hit: the
    word's scope ended there (不是喝的也不是洗头，而是针对偏头痛: the claim after 而是 stands)."""
    turns = speech.frames.get("contrast", ())
    if not turns:
        return False
    at = text.rfind(word, max(0, start - reach - len(word)), start)
    return at >= 0 and any(t in text[at + len(word): start] for t in turns)


def _window(ex: Exemption, longest: int, start: int, end: int, sentence: tuple[int, int],
            clause: tuple[int, int]) -> tuple[int, int]:
    """[lo, hi) of a before / after / sentence exemption's window (covering: per word)."""
    if ex.kind == "before":
        return max(clause[0], start - ex.window - longest), start
    if ex.kind == "after":
        return end, min(clause[1], end + ex.window + longest)
    if ex.kind == "paragraph":  # `sentence` is the hit's block here
        return max(sentence[0], start - ex.window), min(sentence[1], end + ex.window)
    return max(sentence[0], start - ex.window), min(sentence[1], end + ex.window)


def _plain(text: str, start: int, end: int, ex: Exemption, longest: int,
           sentence: tuple[int, int], clause: tuple[int, int],
           masked: tuple[tuple[int, int], ...] = ()) -> str | None:
    """The first of an exemption's words in its window, window by window (no automaton),
    none inside a masking unless word."""
    if ex.kind == "covering":
        return next((t for t in ex.terms if any(
            not _inside(a, b, masked) for a, b in _occurrences(
                text, max(0, start - len(t) + 1), end + len(t) - 1, (t,)))), None)
    lo, hi = _window(ex, longest, start, end, sentence, clause)
    return next((t for t in ex.terms if any(not _inside(a, b, masked) for a, b in
                                            _occurrences(text, lo, hi, (t,)))), None)


def _occurrences(text: str, lo: int, hi: int, words: Iterable[str]) -> tuple[tuple[int, int], ...]:
    """[start, end) of every occurrence of the words inside text[lo:hi]."""
    out: list[tuple[int, int]] = []
    for word in words:
        at = text.find(word, lo, hi) if word else -1
        while at >= 0:
            out.append((at, at + len(word)))
            at = text.find(word, at + 1, hi)
    return tuple(out)


def _inside(start: int, end: int, ranges: tuple[tuple[int, int], ...]) -> bool:
    return any(lo <= start and end <= hi for lo, hi in ranges)


def in_sentence(text: str, start: int, end: int, words: Iterable[str]) -> bool:
    """Whether the sentence around text[start:end] holds one of the words."""
    lo, hi = _bounds(text, start, end, _LAST_SENTENCE_END, _SENTENCE_END)
    return any(w in text[lo:hi] for w in words)
