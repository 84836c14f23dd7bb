"""The fourteenth blind real-wording set (rules/corpus/real_wording_blind14.yaml) as data.

It loads with the project's loader, is sealed (every item held out), keeps a source and a
publisher family with every paragraph, holds enough violations and decoys per text rule,
and shares no paragraph with any other corpus file in rules/corpus/ (normalised
containment both ways, whatever files are there). It never scores the rules: the set is
scored once, by the lead, for a held-out figure.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from pathlib import Path
from urllib.parse import urlparse

import pytest
import yaml

from rules import corpus

BLIND14 = Path(corpus.__file__).parent / "real_wording_blind14.yaml"
# Floors at the counts collected (see the file's header): a later edit may add, not lose.
# About one in three candidates was already in other corpus files; the kept paragraphs lean on
# shop pages and advertorial landing pages no earlier set had used.
# The set fell short of 15 refusals of the 7-day return.
MIN_ITEMS = 200
MIN_ALL_VIOLATIONS = 79
MIN_VIOLATIONS = {
    "ad.absolute_terms": 16,
    "ad.medical_claims": 45,
    "returns.refused": 8,
    "live.offplatform_lure": 18,
}


def normalised(text: str) -> str:
    """NFKC, lower case, without spaces, punctuation, symbols or control characters."""
    folded = unicodedata.normalize("NFKC", text).lower()
    return "".join(c for c in folded if unicodedata.category(c)[0] not in "PSZC")


@pytest.fixture(scope="module")
def items() -> list[corpus.Item]:
    return corpus.load(BLIND14)


def test_the_set_is_sealed_and_every_item_held_out(items: list[corpus.Item]) -> None:
    assert corpus.sealed(BLIND14)
    assert {item.split for item in items} == {"held_out"}


def test_counts_per_rule_and_decoys(items: list[corpus.Item]) -> None:
    assert len(items) >= MIN_ITEMS
    per_rule = Counter(rule for item in items for rule in item.rules)
    for rule_id, floor in MIN_VIOLATIONS.items():
        assert per_rule[rule_id] >= floor, rule_id
    violations = sum(1 for item in items if item.rules)
    decoys = sum(1 for item in items if not item.rules)
    assert violations >= MIN_ALL_VIOLATIONS
    assert decoys >= violations


def test_every_item_names_its_source_and_publisher_family(items: list[corpus.Item]) -> None:
    for item in items:
        url = urlparse(item.source)
        assert url.scheme in ("http", "https") and url.netloc, item.source
        assert item.family in corpus.FAMILIES, item.source
    assert len({item.family for item in items}) >= 6


def test_no_paragraph_repeats_within_the_set(items: list[corpus.Item]) -> None:
    texts = [normalised(item.text) for item in items]
    assert all(texts), "an item normalises to nothing"
    assert len(set(texts)) == len(texts)


def test_no_paragraph_is_shared_with_another_corpus_file(items: list[corpus.Item]) -> None:
    others = []
    for path in sorted(BLIND14.parent.glob("*.yaml")):
        if path != BLIND14:
            doc = yaml.safe_load(path.read_text(encoding="utf-8"))
            others += [normalised(raw["text"]) for raw in doc["items"] if raw.get("text")]
    assert others, "no other corpus file to compare with"
    ours = [normalised(item.text) for item in items]
    shared = sum(1 for mine in ours if any(mine in theirs or theirs in mine for theirs in others))
    assert shared == 0, f"{shared} paragraphs also appear in another corpus file"
