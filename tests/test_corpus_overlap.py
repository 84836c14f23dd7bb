"""The real-wording corpora do not overlap: no paragraph twice, none both tuned on and held out.

The old sealed set (real_wording_sealed.yaml) and the fifth session's blind set
(real_wording_unseen.yaml) were each scored once, published and folded into the tuning corpus
with their sources and families, their split following the corpus's seed. What must still
hold: a paragraph is in the tuning corpus once, and no paragraph of a corpus scored as
first contact (the fresh corpus, all held out) is also in the tuning corpus, where it would be
tuned on.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from urllib.parse import urlparse

import pytest

from rules import corpus


def normalised(text: str) -> str:
    """Text compared without width, case, spaces, punctuation or symbols (NFKC first)."""
    folded = unicodedata.normalize("NFKC", text).lower()
    return "".join(c for c in folded if not (c.isspace() or unicodedata.category(c)[0] in "PSZ"))


@pytest.fixture(scope="module")
def tuning() -> list[corpus.Item]:
    return corpus.load(corpus.CORPUS_FILE)


def test_no_paragraph_repeats_in_the_tuning_corpus(tuning: list[corpus.Item]) -> None:
    counts = Counter(normalised(i.text) for i in tuning)
    repeated = [text for text, n in counts.items() if n > 1]
    assert not repeated, repeated[:3]


def test_no_fresh_paragraph_is_in_the_tuning_corpus(tuning: list[corpus.Item]) -> None:
    tuned = {normalised(i.text) for i in tuning}
    fresh = [normalised(i.text) for i in corpus.load(corpus.FRESH_FILE)]
    shared = [f for f in fresh if f in tuned]
    assert not shared, f"{len(shared)} fresh paragraphs are in the tuning corpus: {shared[:2]}"


def test_folded_items_keep_a_web_source_a_family_and_a_held_out_part(
        tuning: list[corpus.Item]) -> None:
    assert len(tuning) >= 800  # 732 before the unseen set's 69 paragraphs were folded in
    web = [i for i in tuning if urlparse(i.source).scheme in ("http", "https")]
    assert len({urlparse(i.source).netloc for i in web}) >= 250
    assert all(i.family in corpus.FAMILIES for i in tuning)
    held = [i for i in tuning if i.split == "held_out"]
    for rule_id in corpus.TEXT_RULES:
        assert sum(rule_id in i.rules for i in held) >= 10, rule_id
