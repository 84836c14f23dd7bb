"""Traditional characters read as simplified; a finding still quotes the page as published."""

from __future__ import annotations

from rules.engine import RuleSet
from rules.examples import build_capture
from rules.script import fold


def test_fold_maps_one_character_for_one_and_leaves_simplified_text_alone() -> None:
    for text in ("頸椎好輕松，重返5.0視力", "市場監管部門提醒", "烟台苹果 全网最低价", "The best"):
        assert len(fold(text)) == len(text)
    assert fold("頸椎好輕松") == "颈椎好轻松"
    assert fold("烟台苹果 全网最低价") == "烟台苹果 全网最低价"


def test_a_claim_in_traditional_characters_is_found_and_quoted_as_published() -> None:
    rules = RuleSet.load()
    claim = build_capture({"html": "<p>這款茶喝了可以降血糖，三個月後血壓恢復正常</p>"})
    found = rules.evaluate(claim, only=("ad.medical_claims",))
    assert len(found) == 1
    # two claims of one sentence (a reading lowered, a reading back to normal) are one match,
    # quoted in the characters the seller wrote
    assert found[0].matched_text == "降血糖，三個月後血壓恢復正常"
    assert "這款茶" in found[0].context
    warning = build_capture({"html": "<p>市場監管部門提醒：普通食品宣稱“降血壓”“抗癌”均屬違法</p>"})
    assert not rules.evaluate(warning, only=("ad.medical_claims",))
