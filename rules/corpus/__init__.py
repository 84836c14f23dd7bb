"""The real-wording corpus (rules/corpus/real_wording.yaml): load it and score the text rules on it.

Each item is one published paragraph, quoted exactly, with its source, the family of
publisher it comes from (regulator_report, news, legal_text, platform_rule,
consumer_education, quoted_ad, listing, live_script, complaint) and the rules it violates
(none for a decoy). Its split (tune or held_out) follows from a seeded hash of
its text, fixed before any tuning, so no one can move an item between parts; loading
refuses a file whose stored split disagrees with the rule. A file that says
`all_held_out: true` (the fresh corpus, collected after tuning) holds only held-out items.
A paragraph is judged as
`hongdun rules check --text` judges it: shown on the home page of an ordinary shop.
"""

from __future__ import annotations

import hashlib
import html
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import yaml

from hongdun.errors import InputFileError
from rules.engine import RuleSet
from rules.examples import build_capture

CORPUS_FILE = Path(__file__).parent / "real_wording.yaml"
# Collected after the rules were tuned on CORPUS_FILE and never tuned on: every item is
# held out (the file says `all_held_out: true`), so its score is a first-contact figure.
FRESH_FILE = Path(__file__).parent / "real_wording_fresh.yaml"
TEXT_RULES = ("ad.absolute_terms", "ad.medical_claims", "returns.refused", "live.offplatform_lure")
SPLITS = ("tune", "held_out")
DEFAULT_CATEGORY = "日用百货"
# Who published a paragraph: figures per family show whether the rules hold on wording
# from a kind of source they were not tuned on (the worst family is the one to fix).
FAMILIES = ("regulator_report", "news", "legal_text", "platform_rule", "consumer_education",
            "quoted_ad", "listing", "live_script", "complaint")
UNKNOWN_FAMILY = "unknown"


@dataclass(frozen=True)
class Item:
    """One quoted paragraph, where it was published, and the rules it violates."""

    text: str
    source: str
    rules: frozenset[str]
    kind: str
    split: str
    category: str = DEFAULT_CATEGORY
    family: str = UNKNOWN_FAMILY


@dataclass(frozen=True)
class Score:
    """Precision and recall of one rule on one part of the corpus."""

    rule_id: str
    split: str
    true_positives: int
    false_positives: int
    false_negatives: int

    @property
    def precision(self) -> float:
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 1.0

    @property
    def recall(self) -> float:
        wanted = self.true_positives + self.false_negatives
        return self.true_positives / wanted if wanted else 1.0


def split_of(seed: str, text: str) -> str:
    """The part an item belongs to: held_out when sha256(seed|text) is 0 mod 3."""
    value = int(hashlib.sha256(f"{seed}|{text}".encode()).hexdigest()[:8], 16)
    return "held_out" if value % 3 == 0 else "tune"


def _read(path: Path) -> dict:
    """The corpus document: a mapping with a seed and items, or InputFileError."""
    try:
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise InputFileError(f"{path}: cannot read corpus: {exc}") from None
    if not isinstance(doc, dict) or not isinstance(doc.get("items"), list) or not doc.get("seed"):
        raise InputFileError(f"{path}: a corpus is a mapping with 'seed' and 'items'")
    return doc


def sealed(path: Path) -> bool:
    """True when the file says `all_held_out: true`: wording never tuned on, all held out."""
    return _read(path).get("all_held_out") is True


def load(path: Path = CORPUS_FILE) -> list[Item]:
    """Read and validate the corpus; a wrong split, rule or field raises InputFileError."""
    doc = _read(path)
    all_held_out = doc.get("all_held_out") is True
    items = []
    for n, raw in enumerate(doc["items"], 1):
        if not isinstance(raw, dict) or not raw.get("text") or not raw.get("source"):
            raise InputFileError(f"{path}: item {n} needs text and source")
        rules = frozenset(raw.get("rules") or ())
        if not rules <= set(TEXT_RULES):
            bad = sorted(rules - set(TEXT_RULES))
            raise InputFileError(f"{path}: item {n}: unknown rule {bad[0]!r}")
        family = str(raw.get("family") or UNKNOWN_FAMILY)
        if family not in (*FAMILIES, UNKNOWN_FAMILY):
            raise InputFileError(f"{path}: item {n}: unknown family {family!r}")
        want = "held_out" if all_held_out else split_of(str(doc["seed"]), raw["text"])
        if raw.get("split") != want:
            raise InputFileError(f"{path}: item {n}: split {raw.get('split')!r} is not the "
                                 f"seeded {want!r}")
        items.append(Item(raw["text"], raw["source"], rules, str(raw.get("kind", "")), want,
                          str(raw.get("category") or DEFAULT_CATEGORY), family))
    return items


def paragraph_html(text: str) -> str:
    """A paragraph as a shop would show it: one <p> per line, text escaped."""
    return "".join(f"<p>{html.escape(line)}</p>" for line in text.splitlines() if line.strip())


def judge(rules: RuleSet, text: str, category: str = DEFAULT_CATEGORY) -> set[str]:
    """The text rules that fire on one paragraph shown on an ordinary shop's home page."""
    capture = build_capture({"html": paragraph_html(text), "target": {"category": category}})
    return {f.rule_id for f in rules.evaluate(capture, only=TEXT_RULES)}


def verdicts(rules: RuleSet, items: Iterable[Item]) -> list[tuple[Item, set[str]]]:
    """Every item with the text rules that fire on it."""
    return [(item, judge(rules, item.text, item.category)) for item in items]


def tally(judged: Iterable[tuple[Item, set[str]]], part: str) -> list[Score]:
    """Per-rule scores over judged items, each Score labelled with `part`."""
    counts = {r: [0, 0, 0] for r in TEXT_RULES}
    for item, got in judged:
        for rule_id in TEXT_RULES:
            c = counts[rule_id]
            c[0] += rule_id in got and rule_id in item.rules
            c[1] += rule_id in got and rule_id not in item.rules
            c[2] += rule_id not in got and rule_id in item.rules
    return [Score(r, part, *counts[r]) for r in TEXT_RULES]


def score(rules: RuleSet, items: Iterable[Item]) -> tuple[list[Score], list[tuple[Item, set[str]]]]:
    """Per-rule, per-split scores, and every item whose verdict differs from its labels."""
    return score_judged(verdicts(rules, items))


def score_judged(judged: list[tuple[Item, set[str]]]
                 ) -> tuple[list[Score], list[tuple[Item, set[str]]]]:
    """score() over items already judged."""
    scores = [s for split in SPLITS
              for s in tally([j for j in judged if j[0].split == split], split)]
    return scores, [(item, got) for item, got in judged if got != set(item.rules)]


def by_family(judged: Iterable[tuple[Item, set[str]]], split: str) -> dict[str, list[Score]]:
    """Per-family, per-rule scores on one split (each family judged as unseen wording)."""
    groups: dict[str, list[tuple[Item, set[str]]]] = {}
    for item, got in judged:
        if item.split == split:
            groups.setdefault(item.family, []).append((item, got))
    return {family: tally(group, family) for family, group in sorted(groups.items())}


def judged_rule(s: Score) -> bool:
    """True when the part holds a violation of the rule or the rule fired on it."""
    return s.true_positives + s.false_positives + s.false_negatives > 0


def worst(per_family: dict[str, list[Score]], rule_id: str) -> tuple[str, float] | None:
    """The family with the lowest of precision and recall for the rule, and that figure."""
    figures = [(min(s.precision, s.recall), family) for family, scores in per_family.items()
               for s in scores if s.rule_id == rule_id and judged_rule(s)]
    if not figures:
        return None
    low, family = min(figures)
    return family, low
