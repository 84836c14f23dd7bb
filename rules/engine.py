"""The rule engine: load every pack, scan a capture once, and turn matches into Findings
(rules.findings writes them).

All term lists of all rules compile into one Aho-Corasick automaton over
normalised text; regexes run on the same normalised text; structured checks
(rules.checks) read the parsed capture. Exemptions and negations are context
windows around each hit. `RuleSet.evaluate` is pure apart from its EvalContext.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from ahocorasick_rs import AhoCorasick, MatchKind

from hongdun.clock import bureau_day
from hongdun.errors import InputFileError
from hongdun.records import Capture, Finding, Unjudged
from rules.anchors import Anchored, compile_near, compile_regex
from rules.checks import CHECKS
from rules.exemptions import Exemptions, in_sentence
from rules.findings import finding, finding_id
from rules.gates import gate_words, opening_words
from rules.judged import unjudged
from rules.licence import RegistryLookup
from rules.normalize import normalize
from rules.pack import Exemption, RuleSpec, load_pack_file
from rules.prices import PriceHistory, fictitious_original
from rules.speech import Speech, base_speech
from rules.view import CaptureView, Hit, PageView, Unit

__all__ = ["EvalContext", "Judgement", "RuleSet", "finding_id"]

PACKS_DIR = Path(__file__).parent / "packs"
ALL_CHECKS = {**CHECKS, "fictitious_original": fictitious_original}
_LATIN = re.compile(r"[a-z0-9]")
# One automaton pass over a unit: term spans per rule, where each anchored regex may
# start (rule, regex) → [(offset, word)], and the gated regexes whose gate word it holds.
_Scan = tuple[dict[int, list[tuple[int, int]]], dict[tuple[int, int], list[tuple[int, str]]],
              set[tuple[int, int]]]


@dataclass(frozen=True)
class EvalContext:
    """What evaluation may read beyond the capture: the per-item price history, the registry."""

    price_history: PriceHistory | None = None
    record_prices: bool = True  # store this capture's observed prices after judging them
    registry: RegistryLookup | None = None  # 市场主体登记 records (hongdun.registry.Registry)


@dataclass(frozen=True)
class Judgement:
    """What the rules made of one capture: the findings, and the rules that gave no verdict."""

    findings: tuple[Finding, ...]
    unjudged: tuple[Unjudged, ...]


@dataclass(frozen=True)
class _Rule:
    """A spec with its regexes compiled and its terms normalised once."""

    spec: RuleSpec
    regex: tuple[Anchored, ...] = field(default=())
    certain: frozenset[str] = frozenset()
    exemptions: Exemptions = field(default_factory=lambda: Exemptions.of(()))
    speakers: frozenset[str] = frozenset({"*"})  # roles whose words the rule judges

    @classmethod
    def of(cls, spec: RuleSpec, speech: Speech) -> _Rule:
        exemptions = tuple(
            replace(e, terms=e.terms if e.kind == "frame" else tuple(map(normalize, e.terms)),
                    only_for=tuple(map(normalize, e.only_for)),
                    unless=tuple(map(normalize, e.unless)))
            for e in spec.exemptions)
        patterns = [compile_regex(p) for p in spec.regex]  # text is lower-cased
        for n in spec.near:
            patterns += compile_near(n.first, n.then, n.gap, n.either_order)
        return cls(spec, tuple(patterns), frozenset(normalize(t) for t in spec.certain_terms),
                   Exemptions.of(exemptions), speech.expand(spec.scope.speakers))

    def judges(self, role: str) -> bool:
        """Whether words of this speaker role are within the rule's scope."""
        return "*" in self.speakers or role in self.speakers


def exempted(unit: Unit, start: int, end: int, exemptions: Iterable[Exemption],
             speech: Speech | None = None) -> str | None:
    """The reason an exemption (terms already normalised) clears the span [start, end), or None."""
    return Exemptions.of(exemptions).reason(unit, start, end, speech)


def _within_name(text: str, start: int, end: int, name: str) -> bool:
    """True when [start, end) of text lies inside an occurrence of the speaker's name."""
    at = text.find(name, max(0, end - len(name)), start + len(name))
    return 0 <= at <= start and at + len(name) >= end


def _merged(spans: list[tuple[int, int, bool]]) -> list[tuple[int, int, bool]]:
    """Overlapping spans joined ("全网最低" + "最低价" = "全网最低价"); certain if any part is."""
    out: list[tuple[int, int, bool]] = []
    for start, end, sure in sorted(spans):
        if out and start < out[-1][1]:
            last = out[-1]
            out[-1] = (last[0], max(last[1], end), last[2] or sure)
        else:
            out.append((start, end, sure))
    return out


class RuleSet:
    """Every loaded rule, with one shared automaton for their term lists."""

    def __init__(self, specs: list[RuleSpec], speech: Speech | None = None) -> None:
        if not specs:
            raise InputFileError("no rules loaded: an empty rule set would pass everything")
        seen: dict[str, RuleSpec] = {}
        for spec in specs:
            if spec.id in seen:
                raise InputFileError(f"{spec.file}:{spec.line}: duplicate rule id {spec.id} "
                                     f"(first in {seen[spec.id].file}:{seen[spec.id].line})")
            seen[spec.id] = spec
        self.speech = speech if speech is not None else Speech()
        self.rules = tuple(_Rule.of(s, self.speech) for s in specs)
        table: dict[str, tuple[list[int], list[tuple[int, int]], list[tuple[int, int]]]] = {}
        gated: set[tuple[int, int]] = set()
        walked: set[tuple[int, int]] = set()
        for index, rule in enumerate(self.rules):
            for term in rule.spec.terms:
                rules_of = table.setdefault(normalize(term), ([], [], []))[0]
                if index not in rules_of:
                    rules_of.append(index)
            for n, anchored in enumerate(rule.regex):
                openers = opening_words(anchored)
                if openers and not anchored.anchors:
                    walked.add((index, n))
                for word in openers or anchored.anchors:
                    table.setdefault(word, ([], [], []))[1].append((index, n))
                # never its own opening words alone: the automaton opens it there anyway
                gates = gate_words(anchored.pattern, anchored.anchors)
                for word in gates:
                    table.setdefault(word, ([], [], []))[2].append((index, n))
                if gates:
                    gated.add((index, n))
        # Word k of the automaton: (word, rules whose term it is, (rule, regex) it opens,
        # (rule, regex) it lets be run at all: rules.gates).
        self.words = tuple((key, tuple(indexes), tuple(anchors), tuple(gates))
                           for key, (indexes, anchors, gates) in table.items() if key)
        self.gated = frozenset(gated)  # regexes run only on a text holding a gate word
        self.walked = frozenset(walked)  # unanchored, matched left to right at their gates
        # Per word: whether it opens and whether it closes with a Latin letter or digit (a
        # term hit then must not be inside a longer Latin word), read once, not per hit.
        self.latin_ends = tuple((bool(_LATIN.match(w[0])), bool(_LATIN.match(w[-1])))
                                for w, *_ in self.words)
        self.opens = tuple(bool(anchors or gates) for _, _, anchors, gates in self.words)
        self.automaton = (AhoCorasick([w for w, *_ in self.words], matchkind=MatchKind.Standard)
                          if self.words else None)

    @classmethod
    def load(cls, packs_dir: Path | None = None) -> RuleSet:
        """Load every rules/packs/*.yaml (or packs_dir); a bad pack raises InputFileError."""
        folder = PACKS_DIR if packs_dir is None else Path(packs_dir)
        if not folder.is_dir():
            raise InputFileError(f"{folder}: no such rule pack folder")
        files = sorted(folder.glob("*.yaml"))
        if not files:
            raise InputFileError(f"{folder}: no *.yaml rule packs")
        specs: list[RuleSpec] = []
        speech = base_speech()  # the shared role words (hongdun/data), then the packs'
        for file in files:
            found, more = load_pack_file(file, frozenset(ALL_CHECKS))
            specs.extend(found)
            speech = speech.merged(more)
        return cls(specs, speech)

    @property
    def specs(self) -> tuple[RuleSpec, ...]:
        return tuple(r.spec for r in self.rules)

    def rule(self, rule_id: str) -> RuleSpec:
        """The spec of one rule by id (KeyError if unknown)."""
        for r in self.rules:
            if r.spec.id == rule_id:
                return r.spec
        raise KeyError(rule_id)

    def scan_terms(self, unit: Unit) -> dict[int, list[tuple[int, int]]]:
        """Run the shared automaton over a unit: rule index → normalised spans."""
        return self._scan(unit)[0]

    def word_matches(self, text: str) -> list[tuple[int, int, int]]:
        """Every occurrence of every automaton word in (normalised) text, overlapping ones
        included: (word index, start, end) in characters."""
        if self.automaton is None:
            return []
        found: list[tuple[int, int, int]] = self.automaton.find_matches_as_indexes(
            text, overlapping=True)
        return found

    def _scan(self, unit: Unit) -> _Scan:
        """One automaton pass: term spans per rule, where each anchored regex may start, and
        the gated regexes whose gate word the text holds. An opening or gate word's
        occurrences are gathered first and handed to its regexes once per word (the order
        of a regex's starts is no matter: candidates keeps a set)."""
        out: dict[int, list[tuple[int, int]]] = {}
        starts: dict[tuple[int, int], list[tuple[int, str]]] = {}
        opened: set[tuple[int, int]] = set()
        text = unit.norm.text
        words, latin_ends, length, opens = self.words, self.latin_ends, len(text), self.opens
        at_word: dict[int, list[int]] = {}
        for k, start, end in self.word_matches(text):
            if opens[k]:
                seen = at_word.get(k)
                if seen is None:
                    at_word[k] = [start]
                else:
                    seen.append(start)
            indexes = words[k][1]
            if not indexes:
                continue
            head, tail = latin_ends[k]
            if (head and start > 0 and _LATIN.match(text[start - 1])) or (
                    tail and end < length and _LATIN.match(text[end])):
                continue  # a Latin term inside a longer word ("vx" in "lvxe")
            for index in indexes:
                out.setdefault(index, []).append((start, end))
        for k, at in at_word.items():
            term, _, anchors, gates = words[k]
            opened.update(gates)
            for ref in anchors:
                starts.setdefault(ref, []).extend([(s, term) for s in at])
        return out, starts, opened

    def _active(self, capture: Capture, only: frozenset[str] | None) -> list[int]:
        day = bureau_day(capture.captured_at)
        target = capture.target
        return [i for i, r in enumerate(self.rules)
                if (only is None or r.spec.id in only) and r.spec.in_force(day)
                and target.kind in r.spec.scope.kinds
                and not r.spec.scope.excludes(target)
                and (r.spec.scope.has_category(target.category)
                     or r.spec.scope.only_beyond(target.category))]

    def _text_hits(self, active: list[int], page: PageView) -> dict[int, list[Hit]]:
        hits: dict[int, list[Hit]] = {}
        wanted = [i for i in active if self.rules[i].spec.scope.has_role(page.role)
                  and (self.rules[i].spec.terms or self.rules[i].regex)]
        if not wanted:
            return hits
        for unit in page.units:
            for i, found in self.unit_hits(wanted, unit).items():
                hits.setdefault(i, []).extend(found)
        return hits

    def unit_hits(self, wanted: list[int], unit: Unit) -> dict[int, list[Hit]]:
        """Term and regex hits of the wanted rules in one unit, after exemptions."""
        hits: dict[int, list[Hit]] = {}
        scan = self._scan(unit)
        for i in wanted:
            found = self.candidates(i, unit, scan)
            if found:
                placed = self.placed(i, unit, self.kept(i, unit, found))
                if placed:
                    hits[i] = placed
        return hits

    def candidates(self, i: int, unit: Unit, scan: _Scan) -> set[tuple[int, int]]:
        """Rule i's term and regex spans in the unit's normalised text, before exemptions."""
        rule = self.rules[i]
        if unit.source not in rule.spec.scope.sources or (
                unit.source == "chat" and not rule.judges(unit.role)):
            return set()
        spans, starts, opened = scan
        text = unit.norm.text
        found = set(spans.get(i, ()))
        for n, anchored in enumerate(rule.regex):
            if (i, n) in self.gated and (i, n) not in opened:
                continue  # no gate word in the text: the regex cannot match
            if (i, n) in self.walked:  # what finditer finds, tried only at its gate words
                end = 0
                for at in sorted({at for at, _ in starts.get((i, n), ())}):
                    m = anchored.pattern.match(text, at) if at >= end else None
                    if m is not None:
                        found.add(m.span())
                        end = m.end()
                continue
            if not anchored.anchors:
                found.update(m.span() for m in anchored.pattern.finditer(text)
                             if m.end() > m.start())
                continue
            for at, word in starts.get((i, n), ()):
                m = anchored.matches_at(text, at, word)
                if m is not None and m.end() > m.start():
                    found.add(m.span())
        return found

    def kept(self, i: int, unit: Unit, found: Iterable[tuple[int, int]],
             frames: bool = True) -> list[tuple[int, int, bool]]:
        """The spans no exemption of rule i clears, each marked certain or not (frames=False
        leaves the clause frames unread: the bench times the windows alone with it)."""
        rule, text = self.rules[i], unit.norm.text
        speech = self.speech if frames else None
        return [(s, e, text[s:e] in rule.certain) for s, e in found
                if not rule.exemptions.clears(unit, s, e, speech)]

    def placed(self, i: int, unit: Unit, kept: list[tuple[int, int, bool]]) -> list[Hit]:
        """Kept spans merged, mapped to the original text, and kept if the rule judges their
        speaker."""
        rule, out = self.rules[i], []
        for start, end, sure in _merged(kept):
            o_start, o_end = unit.norm.span(start, end)
            role, author = unit.speaker_at(o_start)
            if not rule.judges(role):
                continue  # a viewer's or the platform's words, not the seller's conduct
            if author and _within_name(unit.text, o_start, o_end, author):
                continue  # the speaker's name (明目健康馆), not words it says
            note = f"发言人 speaker {role} {author}".strip() if role != "seller" else ""
            out.append(Hit(unit, o_start, o_end, certainty="certain" if sure else None,
                           note=note))
        return out

    def match_text(self, text: str, source: str = "page") -> list[tuple[str, str]]:
        """(rule id, matched text) of every term/regex rule in one plain text (benches, tools)."""
        wanted = [i for i, r in enumerate(self.rules) if r.spec.terms or r.regex]
        unit = Unit(0, source, text)
        return [(self.rules[i].spec.id, h.matched_text)
                for i, found in self.unit_hits(wanted, unit).items() for h in found]

    def evaluate(self, capture: Capture, context: EvalContext | None = None,
                 only: Iterable[str] | None = None) -> list[Finding]:
        """Judge one capture with every rule in force and in scope; failed captures give []."""
        return list(self.judge(capture, context, only).findings)

    def judge(self, capture: Capture, context: EvalContext | None = None,
              only: Iterable[str] | None = None) -> Judgement:
        """The findings on one capture, and the rules that could not judge it (and why)."""
        if capture.failure is not None or not capture.pages:
            return Judgement((), ())
        ctx = context or EvalContext()
        view = CaptureView(capture, self.speech)
        active = self._active(capture, frozenset(only) if only is not None else None)
        per_rule: dict[int, list[Hit]] = {}
        # the shop's own names (明目保健 in a shop's title) are names, not words it advertises
        names = tuple(n for n in (capture.target.shop_name, capture.target.registered_name)
                      if len(n) >= 2)
        for page in view.pages:
            if page.page.ok or page.live:  # a watched room cut short: what it recorded
                for i, hits in self._text_hits(active, page).items():
                    per_rule.setdefault(i, []).extend(
                        h for h in hits
                        if not any(_within_name(h.unit.text, h.start, h.end, n) for n in names))
        for i in active:
            check = self.rules[i].spec.check
            if check is not None:
                per_rule.setdefault(i, []).extend(ALL_CHECKS[check](view, ctx))
            scope = self.rules[i].spec.scope
            if per_rule.get(i) and scope.only_beyond(capture.target.category):
                per_rule[i] = [h for h in per_rule[i] if in_sentence(  # names goods beyond it
                    h.unit.folded, h.start, h.end, scope.exclude_categories_unless)]
        if ctx.record_prices and ctx.price_history is not None:
            ctx.price_history.record(view)
        return Judgement(
            tuple(finding(view, self.rules[i].spec, per_rule[i])
                  for i in sorted(per_rule) if per_rule[i]),
            unjudged(view, [self.rules[i].spec for i in active if not per_rule.get(i)]))
