"""Who speaks in a Q&A thread (咨询问答, 答疑, FAQ): the answer given by the shop, clinic or
doctor is the seller's, the asking user's question is a viewer's; read from structure (a
badge, a role attribute, the thread's heading or marks), never from one family's classes."""

from __future__ import annotations

import pytest

from rules.engine import RuleSet
from rules.examples import build_capture
from rules.speech import shipped_speech
from rules.text import page_text

LURE = ("live.offplatform_lure",)


@pytest.fixture(scope="module")
def rules() -> RuleSet:
    return RuleSet.load()


def roles(html: str) -> list[tuple[str, str]]:
    text = page_text(html, speech=shipped_speech())
    return [(r.role, r.author) for r in text.regions]


def lures(rules: RuleSet, html: str) -> set[str]:
    capture = build_capture({"html": html, "target": {"category": "医疗美容"}})
    return {place.matched_text for f in rules.evaluate(capture, only=LURE) for place in f.places}


# A thread whose speakers are told only by a role attribute (no badge word): the doctor
# answers for the clinic, the askers are viewers, whatever their names say.
ATTRIBUTED = """<section class="consult-faq"><h4>患者提问</h4>
<div class="row" data-role="asker"><i>小林</i><span>加我微信 lin12345 发下价目表？</span></div>
<div class="row" data-role="doctor"><i>王主任</i><span>加微信 wang0535 转账订金</span></div>
<div class="row" data-role="asker"><i>阿梅</i><span>好的</span></div></section>"""


def test_a_role_attribute_names_the_answering_doctor_and_the_asking_users() -> None:
    assert roles(ATTRIBUTED) == [("viewer", "小林"), ("anchor", "王主任"), ("viewer", "阿梅")]


def test_the_doctors_answer_lures_and_the_users_own_id_does_not(rules: RuleSet) -> None:
    got = lures(rules, ATTRIBUTED)
    assert any("wang0535" in m for m in got) and not any("lin12345" in m for m in got)


# A two-line thread under a 问答 heading, speakers told by badges: the shop's "official"
# reply is the shop's (not the platform's, though 官方 is a platform word); 平台答 is the
# platform's.
BADGED = """<h5>商品问答</h5><div><p><em>买家问</em><span>能私下转账便宜点吗？</span></p>
<p><em>官方回复</em><span>私下转账再减五十，加vx shop0535</span></p></div>"""
PLATFORM = """<h5>答疑</h5><div><p><em>网友问</em><span>可以加微信吗？</span></p>
<p><em>平台答</em><span>请在本页咨询，勿加微信私下转账。</span></p></div>"""


def test_badges_in_a_short_thread_name_the_shop_and_the_platform() -> None:
    assert roles(BADGED) == [("viewer", "买家问"), ("anchor", "官方回复")]
    assert roles(PLATFORM) == [("viewer", "网友问"), ("platform", "平台答")]


def test_only_the_shops_answer_is_judged(rules: RuleSet) -> None:
    assert any("shop0535" in m for m in lures(rules, BADGED))
    assert lures(rules, PLATFORM) == set()
