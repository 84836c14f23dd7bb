"""The engine's speed plumbing decides as the plain reading does: a quotation's marks read
once per line, a prefilter that skips a line with no marks (rules.clauses)."""

from __future__ import annotations

from rules.clauses import _sentence, enclosing_quote, enclosing_quotes
from rules.speech import shipped_speech

TEXTS = (
    "据报道，当事人宣称“全网最低价，假一赔十”。另有买家说'最好用'。",
    '他说"本品最佳"，又说「国家级产品」。\n下一行“没有合上',
    "本店全网最低价，欢迎选购。\n“第一行”\n第二行全网最低”",
    "主播：‘加我微信’，买家：“好的”、店员：“收到”。",
    "《最好的时光》是一部电影；没有任何引号的一句话最佳。",
)


def test_quotations_read_once_per_line_are_those_read_pair_by_pair() -> None:
    pairs = shipped_speech().quote_pairs
    assert pairs
    seen = 0
    for text in TEXTS:
        for start in range(len(text) - 1):
            end = start + 2
            plain = sorted((q for q in (enclosing_quote(text, start, end, (p,)) for p in pairs)
                            if q is not None), key=lambda q: q[0], reverse=True)
            line = _sentence(text, start, end, "\n")
            assert enclosing_quotes(text, start, end, pairs) == plain, (text, start)
            assert enclosing_quotes(text, start, end, pairs, line) == plain, (text, start)
            seen += bool(plain)
    assert seen > 10  # the texts do hold quotations around many spans


def test_a_line_without_marks_holds_no_quotation() -> None:
    text = "没有任何引号的一句话全网最低价。"
    assert enclosing_quotes(text, 10, 14, shipped_speech().quote_pairs) == []
    assert enclosing_quotes(text, 10, 14, ()) == []
