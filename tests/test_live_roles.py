"""Speaker roles in a room where a 连麦 guest, a 助播 and viewers speak (issue 9 §2).

A 连麦 guest (a co-host on the room's mic seat) speaking in the seller's room is on the
seller's side, like a 助播 or 场控; a viewer is not. Roles come from the page's badges, never
from names, both as the recorder reads a row (crawlers/live/roles.py) and as the rules read a
page (rules/speakers.py). Pure functions: no browser, milliseconds.
"""

from __future__ import annotations

import pytest
from lxml import html

from crawlers.live.roles import classify
from hongdun.speaker_roles import parse_speaker_roles, speaker_roles
from rules.engine import RuleSet
from rules.examples import build_capture
from rules.speakers import annotate, label_role
from rules.speech import shipped_speech

ROOM = """<div class="room"><ol class="rm-danmu" aria-label="弹幕">
<li class="rm-line rm-line_host"><i class="rm-tag rm-tag_host">主播</i><b class="rm-nick">晓晓</b>
  <span class="rm-words">今天的开衫福利价</span></li>
<li class="rm-line rm-line_guest"><i class="rm-tag rm-tag_guest">连麦嘉宾</i>
  <b class="rm-nick">小鹿</b><span class="rm-words">{guest}</span></li>
<li class="rm-line rm-line_viewer"><b class="rm-nick">奶糖</b>
  <span class="rm-words">{viewer}</span></li>
<li class="rm-line rm-line_viewer"><i class="rm-fans">灯牌3</i><b class="rm-nick">王阿姨</b>
  <span class="rm-words">158穿什么码</span></li>
</ol></div>"""
LURE = "想要内部价的加我微信转账，拉你进群"


def _roles(page: str) -> dict[str, str]:
    root = html.fromstring(page)
    return {speaker.author: speaker.role for speaker in annotate(root, shipped_speech()).values()
            if speaker.author}


def test_a_guest_on_the_mic_is_the_sellers_side_whatever_its_classes_say() -> None:
    roles = _roles(ROOM.format(guest="我都说不行，平台下单才有保障", viewer="1"))
    # "guest" in a class is no viewer: the badge says who speaks
    assert roles["晓晓"] == "anchor" and roles["小鹿"] == "anchor"
    assert roles["奶糖"] == "viewer" and roles["王阿姨"] == "viewer"


def test_the_recorder_reads_the_guest_badge_as_the_rooms_side() -> None:
    guest = {"badges": [{"text": "连麦嘉宾", "class": "rm-tag rm-tag_guest"}],
             "author_class": "rm-nick", "row_class": "rm-line rm-line_guest"}
    viewer = {"badges": [], "author_class": "rm-nick", "row_class": "rm-line rm-line_guest"}
    assert classify(guest) == "anchor"
    assert classify(viewer) == "viewer"


def test_a_guests_lure_is_the_sellers_and_a_viewers_is_not() -> None:
    rules = RuleSet.load()

    def lure(page: str) -> bool:
        found = rules.evaluate(build_capture(page))
        return any(f.rule_id == "live.offplatform_lure" for f in found)

    assert lure(ROOM.format(guest=LURE, viewer="1"))
    assert not lure(ROOM.format(guest="平台下单才有保障", viewer=LURE))


def test_a_short_chat_panel_under_its_heading_is_read_line_by_line() -> None:
    # two lines under a chat heading: fewer than MIN_CHAT_ITEMS items after the block's own
    # heading, a short list, each line its badge's speaker's
    short = ('<section><h3>弹幕</h3><div><b>主播</b><b>阿强</b><span>来了</span></div>'
             '<div><b>奶糖</b><span>好</span></div></section>')
    assert _roles(short) == {"阿强": "anchor", "奶糖": "viewer"}


def test_the_recorder_and_the_rules_read_the_one_role_list_to_the_same_side() -> None:
    # one list of role words (hongdun/data/speaker_roles.yaml) for both sides: a badge holding
    # any of its words is the same side's for the recorder (chat.jsonl `role`) as for the
    # rules' label reading. A badge naming the shop's own account (商家, 旗舰店: seller) is
    # the recorder's anchor, the seller's side.
    speech = shipped_speech()
    side = {"system": "platform", "platform": "platform", "viewer": "viewer"}
    for role, words in speaker_roles().labels.items():
        for word in words:
            recorded = classify({"badges": [{"text": word, "class": ""}], "author_class": "n"})
            assert side.get(recorded, "seller") == side.get(role, "seller"), word
            assert label_role(word, speech, exact=True) == role, word
    assert speech.roles == dict(speaker_roles().labels)
    assert speech.attribute_cues == dict(speaker_roles().tokens)


def test_a_role_list_naming_an_unknown_role_is_refused() -> None:
    with pytest.raises(ValueError, match="labels: unknown role 'guest'"):
        parse_speaker_roles({"labels": {"guest": ["嘉宾"]}, "tokens": {}})
    with pytest.raises(ValueError, match=r"tokens\.viewer must be a list of words"):
        parse_speaker_roles({"labels": {}, "tokens": {"viewer": "fans"}})
