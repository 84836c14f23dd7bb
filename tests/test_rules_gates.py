"""Gate words of unanchored regexes: every match holds one, so skipping a text without any
changes no verdict (rules.gates)."""

from __future__ import annotations

import re

from rules.engine import RuleSet
from rules.gates import gate_words, opening_gates
from rules.view import Unit


def test_gate_words_are_read_from_literal_runs() -> None:
    assert gate_words(re.compile(r"(?<![0-9])(?:[1-2]|一)(?:天|日)无理由")) == (
        "1天无理由", "1日无理由", "2天无理由", "2日无理由", "一天无理由", "一日无理由")
    assert gate_words(re.compile(r"[a-z0-9]{3,}(?:qq|163)\.(?:com|cn)")) == (
        "163.cn", "163.com", "qq.cn", "qq.com")
    assert gate_words(re.compile(r"no\.?1x")) == ("no.1x", "no1x")


def test_no_gate_where_none_can_be_read() -> None:
    assert gate_words(re.compile(r"[a-z]+\d*")) == ()
    assert gate_words(re.compile(r"(?:ab)?")) == ()  # may match nothing: no word holds
    assert gate_words(re.compile(r"abc", re.IGNORECASE)) == ()


def test_every_match_of_a_pack_regex_holds_one_of_its_gate_words() -> None:
    rules = RuleSet.load()
    samples = ["加我qq号 abc12qq.com 或 13912345678", "本店支持3天无理由退货",
               "进群123456789群，签名有微信，跳过平台私下交易，不给您办理退款",
               "no.1brand numberonein",
               "两日无理由 yeah.net xyzgmail.com 19900001111"]
    gated = 0
    for rule in rules.rules:
        for anchored in rule.regex:
            words = gate_words(anchored.pattern, anchored.anchors)  # as the engine reads them
            gated += bool(words)
            for text in samples:
                for m in anchored.pattern.finditer(text):
                    assert not words or any(w in m.group() for w in words), (m.group(), words)
    assert gated >= 1


def test_opening_gates_only_when_every_match_opens_with_one() -> None:
    assert opening_gates(re.compile(r"(?<![0-9])1[3-9][0-9]{9}(?![0-9])")) == tuple(
        f"1{d}" for d in range(3, 10))
    assert opening_gates(re.compile(r"[a-z0-9]{3,}(?:qq|163)\.com")) == ()  # words later on
    assert opening_gates(re.compile(r"[a-z]*(?:ab)")) == ()
    assert opening_gates(re.compile(r"ab(?:cd)?")) == ("ab",)


def test_regexes_opened_at_their_gates_find_what_searching_finds() -> None:
    rules = RuleSet.load()
    assert rules.walked  # the phone number, N天无理由 and no.1 regexes
    text = ("电话13912345678139123456781391234567 no.1brandno.1in 三天无理由退货 "
            "7天无理由不支持 七日无理由：否 12345678901 15900001111")
    unit = Unit(0, "page", text)
    scan = rules._scan(unit)
    norm = unit.norm.text
    for i, rule in enumerate(rules.rules):
        for n, anchored in enumerate(rule.regex):
            if (i, n) not in rules.walked:
                continue
            searched = {m.span() for m in anchored.pattern.finditer(norm)}
            assert searched <= rules.candidates(i, unit, scan)


def test_the_rarest_run_gates_and_a_regex_is_not_gated_on_its_own_anchors() -> None:
    # one literal later on is rarer than any of nine digits it opens with: gated on 群
    assert gate_words(re.compile(r"(?<![0-9])[1-9][0-9]{5,11}[^。]{0,10}群")) == ("群",)
    # a run as long with fewer words wins; the anchors' own run is passed over
    pattern = re.compile(r"(?:签名|简介|首页)[^。]{0,8}?(?:微信|qq)")
    assert gate_words(pattern) == ("qq", "微信")
    assert gate_words(pattern, ("签名", "简介", "首页", "qq", "微信")) == ()
    near = re.compile(r"(?:跳过|绕过)[^。]{0,2}?(?:平台|店铺|订单)")
    assert gate_words(near, ("平台", "店铺", "订单")) == ("绕过", "跳过")


def test_a_regex_gated_on_a_rarer_word_is_searched_not_walked_at_its_digits() -> None:
    rules = RuleSet.load()
    digits = {str(d) for d in range(1, 10)}
    openers = {w for w, _, anchors, _ in rules.words if anchors}
    assert not digits & openers  # no single digit floods the automaton as an opening word
    text = "加群123456789群，电话13912345678"
    unit = Unit(0, "page", text)
    scan = rules._scan(unit)
    for i, rule in enumerate(rules.rules):
        for n, anchored in enumerate(rule.regex):
            if (i, n) in rules.gated and not anchored.anchors:
                searched = {m.span() for m in anchored.pattern.finditer(unit.norm.text)
                            if m.end() > m.start()}
                assert searched <= rules.candidates(i, unit, scan)
