"""The tenth blind real-wording set (rules/corpus/real_wording_blind10.yaml) as data.

Modelled on the ninth set's test: the file loads with the project's loader, is sealed (every
item held out), names a web source and a publisher family for every paragraph, keeps its
violations per text rule and more decoys than violations, and shares no paragraph with any
other corpus file in rules/corpus/ (normalised containment both ways, whatever files are
there). It never scores the rules: the lead scores the set once, for a held-out figure.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from pathlib import Path
from urllib.parse import urlparse

import pytest
import yaml

from rules import corpus

BLIND10 = Path(corpus.__file__).parent / "real_wording_blind10.yaml"
# Floors at the counts collected (see the file's header): a later edit may add, not lose.
# Returns stay at 6, below the 12 asked: most return pages and refusal quotes found were
# already in other corpus files.
FLOORS = {"items": 235, "violations": 60, "families": 9}
RULE_FLOORS = {"ad.absolute_terms": 15, "ad.medical_claims": 15, "returns.refused": 6,
               "live.offplatform_lure": 25}


def folded(text: str) -> str:
    """NFKC and lower case, keeping no space, punctuation, symbol or control character."""
    text = unicodedata.normalize("NFKC", text).lower()
    return "".join(ch for ch in text if unicodedata.category(ch)[0] not in "PSZC")


def test_sealed_with_every_item_held_out() -> None:
    assert corpus.sealed(BLIND10)
    assert {item.split for item in corpus.load(BLIND10)} == {"held_out"}


@pytest.fixture(scope="module")
def loaded() -> list[corpus.Item]:
    return corpus.load(BLIND10)


def test_floors_hold_and_decoys_outnumber_violations(loaded: list[corpus.Item]) -> None:
    counts = Counter(rule for item in loaded for rule in item.rules)
    counts["items"] = len(loaded)
    counts["violations"] = sum(1 for item in loaded if item.rules)
    counts["families"] = len({item.family for item in loaded})
    floors = {**FLOORS, **RULE_FLOORS}
    short = {key: (counts[key], floor) for key, floor in floors.items() if counts[key] < floor}
    assert not short, short
    assert counts["items"] - counts["violations"] >= counts["violations"]


def test_each_paragraph_has_a_web_source_and_a_known_family(loaded: list[corpus.Item]) -> None:
    unsourced = [
        item.source for item in loaded
        if urlparse(item.source).scheme not in ("http", "https") or not urlparse(item.source).netloc
    ]
    assert not unsourced, unsourced[:3]
    assert {item.family for item in loaded} <= set(corpus.FAMILIES)


def test_paragraphs_are_distinct_and_apart_from_every_other_corpus_file(
        loaded: list[corpus.Item]) -> None:
    ours = [folded(item.text) for item in loaded]
    assert all(ours), "a paragraph folds to nothing"
    assert len(set(ours)) == len(ours), "a paragraph repeats within the set"
    theirs = [
        folded(raw["text"])
        for path in sorted(BLIND10.parent.glob("*.yaml")) if path != BLIND10
        for raw in yaml.safe_load(path.read_text(encoding="utf-8"))["items"] if raw.get("text")
    ]
    assert theirs, "no other corpus file to compare with"
    overlapping = sum(1 for a in ours if any(a in b or b in a for b in theirs))
    assert overlapping == 0, f"{overlapping} paragraphs also appear in another corpus file"
