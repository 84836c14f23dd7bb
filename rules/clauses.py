"""Clause-level reading of a hit: is the banned act done, or quoted, reported, forbidden, asked?

A seller who writes 全网最低价 makes the claim; a regulator who writes 当事人宣称“全网最低价”,
a platform rule that says 不得使用“最佳”, a buyer who asks 全网最低价在哪 and a list item
第一、… do not. Nor does a consumption tip (开瓶醒酒后香气最佳), a refusal limited to goods
no longer intact (拆封后不退，未拆封7天内可退) or a hedged health note (可能…因人而异，遵医嘱).
Each frame is a small pure function over the unit's original text and the
hit's original span, with its cue words taken from the packs' `speech.frames` data.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rules.speech import Speech
from rules.view import Unit

_SENTENCE_END = "。！？!?；;\n"
_CLAUSE_END = _SENTENCE_END + "，,：:"
_PERIOD_END = "。！？!?\n"  # a period: sentences joined by semicolons are one report
QUOTE_REACH = 10  # characters either side of a quotation where its reporting cue may stand
ANSWER_REACH = 6  # characters after a question mark where the speaker's own answer opens


@lru_cache(maxsize=8)
def _stop_patterns(stops: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    chars = "[" + re.escape(stops) + "]"
    return re.compile(f"(?s).*{chars}"), re.compile(chars)


def _sentence(text: str, start: int, end: int, stops: str = _SENTENCE_END) -> tuple[int, int]:
    """[lo, hi) of the sentence (or clause) holding [start, end), at most 300 chars each way."""
    last, first = _stop_patterns(stops)
    floor, ceiling = max(0, start - 300), min(len(text), end + 300)
    m = last.match(text, floor, start)
    n = first.search(text, end, ceiling)
    return (m.end() if m else floor), (n.start() if n else ceiling)


def enclosing_quote(text: str, start: int, end: int, pairs: tuple[str, ...],
                    line: tuple[int, int] | None = None) -> tuple[int, int] | None:
    """Offsets of the quotation marks around [start, end) on its line, or None.

    A quotation may hold whole sentences (“…不方便。”), so it is sought on the line
    (`line`: its bounds when the caller has them, else read here).
    """
    lo, hi = line if line is not None else _sentence(text, start, end, "\n")
    for pair in pairs:
        opening, closing = pair[0], pair[1]
        if opening == closing:  # straight quotes: count them before the hit
            if text.count(opening, lo, start) % 2 == 1:
                after = text.find(closing, end, hi)
                if after >= 0:
                    return text.rfind(opening, lo, start), after
            continue
        open_at = text.rfind(opening, lo, start)
        if open_at < 0 or text.find(closing, open_at + 1, start) >= 0:
            continue
        close_at = text.find(closing, end, hi)
        if close_at >= 0:
            return open_at, close_at
    return None


class Reading:
    """One hit in its unit, with its sentence and clause bounds computed once for all frames
    (each when a frame first asks; plain attributes: a reading lives in one call)."""

    __slots__ = ("_bounds", "_opening", "end", "source", "start", "text")

    def __init__(self, unit: Unit, start: int, end: int) -> None:
        self.text, self.start, self.end = unit.folded, start, end  # 監管 reads 监管
        self.source = unit.source
        self._bounds: dict[str, tuple[int, int]] = {}  # stop characters → [lo, hi)
        self._opening: str | None = None

    def _around(self, stops: str) -> tuple[int, int]:
        """[lo, hi) of the stretch between stops around the hit, read once per kind."""
        found = self._bounds.get(stops)
        if found is None:
            found = self._bounds[stops] = _sentence(self.text, self.start, self.end, stops)
        return found

    @property
    def sentence(self) -> tuple[int, int]:
        return self._around(_SENTENCE_END)

    @property
    def clause(self) -> tuple[int, int]:
        return self._around(_CLAUSE_END)

    @property
    def line(self) -> tuple[int, int]:
        return self._around("\n")

    @property
    def period(self) -> tuple[int, int]:
        return self._around(_PERIOD_END)

    @property
    def opening(self) -> str:
        """The first sentence of the hit's paragraph line when the hit is not in it: the
        sentence that sets the paragraph's register (经查，当事人…。其宣传…)."""
        if self._opening is None:
            lo = self.line[0]
            first_end = _sentence(self.text, lo, lo)[1]
            self._opening = self.text[lo:first_end] if first_end <= self.start else ""
        return self._opening


@lru_cache(maxsize=8)
def _mark_patterns(pairs: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Any opening mark, any closing mark of the quotation pairs (one character class each)."""
    return (re.compile("[" + re.escape("".join(p[0] for p in pairs)) + "]"),
            re.compile("[" + re.escape("".join(p[1] for p in pairs)) + "]"))


def enclosing_quotes(text: str, start: int, end: int, pairs: tuple[str, ...],
                     line: tuple[int, int] | None = None) -> list[tuple[int, int]]:
    """Every quotation around [start, end) on its line, innermost first (‘特价不退不换’ in a
    buyer's “…对方甩一句‘…’…” is quoted twice: the reporting cue may stand by either). The
    line is read once for every pair of marks."""
    found: list[tuple[int, int]] = []
    line = line if line is not None else _sentence(text, start, end, "\n")
    opening, closing = _mark_patterns(pairs) if pairs else (None, None)
    if opening is None or closing is None or not opening.search(text, line[0], start) or \
            not closing.search(text, end, line[1]):
        return found  # no mark opens before the hit or none closes after it on the line
    for pair in pairs:
        quote = enclosing_quote(text, start, end, (pair,), line)
        if quote is not None:
            found.append(quote)
    return sorted(found, key=lambda q: q[0], reverse=True)


def _listed_quote(text: str, quote: tuple[int, int], pairs: tuple[str, ...]) -> bool:
    """The quotation is one of a list of quotations each given to its own party (甲'…'、乙'…'):
    a writer enumerating what several parties said. A name stands between the 、 and the
    next quotation; a seller's run of its own slogans (“…”、“…”) names no one between them."""
    marks = re.escape("".join(dict.fromkeys(c for p in pairs for c in p)))
    after = text[quote[1] + 1: quote[1] + 1 + QUOTE_REACH]
    before = text[max(0, quote[0] - QUOTE_REACH): quote[0]]
    party = f"、[^{marks}、，,。；;]{{1,{QUOTE_REACH - 2}}}"
    return bool(re.match(f"{party}[{marks}]", after) or re.search(f"[{marks}]{party}$", before))


def quoted(r: Reading, speech: Speech) -> str | None:
    """The hit sits inside quotation marks with a reporting cue next to a quotation around it,
    or inside one of a list of quotations."""
    text = r.text
    for quote in enclosing_quotes(text, r.start, r.end, speech.quote_pairs, r.line):
        if text[quote[0]] == "《":
            return "书名号内的标题 a title in 《》"
        lo, hi = _sentence(text, *quote, "\n")
        near = text[max(lo, quote[0] - QUOTE_REACH): quote[0]] + " " + \
            text[quote[1] + 1: min(hi, quote[1] + 1 + QUOTE_REACH)]
        cue = speech.cue("quoted", near)
        if cue:
            return f"引述 quoted ({cue})"
        if _listed_quote(text, quote, speech.quote_pairs):
            return "引述 one of a list of quotations"
    return None



def _governing_cue(r: Reading, speech: Speech, frame: str) -> str | None:
    """A frame's cue in the hit's period (its sentence with the semicolon-joined items of the
    same report or rule), or in the opening sentence of its paragraph, which governs the
    sentences after it (经查，当事人在网店宣传其产品。其中称…最佳…)."""
    lo, hi = r.period
    return speech.cue(frame, without_idioms(r.text[lo:hi], speech)) or (
        speech.cue(frame, without_idioms(r.opening, speech)) if r.opening else None)


def without_idioms(text: str, speech: Speech) -> str:
    """The text without the idioms that hold a cue word and are no cue (不得不说 is no rule,
    禁止外传 no prohibition of the act: the seller's own aside)."""
    pattern = speech.cue_patterns.get("idiom")
    return pattern.sub("", text) if pattern is not None and text else text


def reported(r: Reading, speech: Speech) -> str | None:
    """The sentence reports what a third party said or did (当事人…宣称…, 经查…, 法院认为…)."""
    cue = _governing_cue(r, speech, "reported")
    return f"转述 reported ({cue})" if cue else None


def normative(r: Reading, speech: Speech) -> str | None:
    """The sentence states a prohibition, a rule or a legal exemption about the act."""
    cue = _governing_cue(r, speech, "normative")
    return f"规范表述 rule or prohibition ({cue})" if cue else None


def question(r: Reading, speech: Speech) -> str | None:
    """The clause asks (…吗, …在哪) or the sentence ends in a question mark.

    A question the speaker answers at once (哪个最好？那就是本品！; 能降血糖吗？当然能; 顾客问
    能不能降血糖，我们说可以) is a claim, not a question: an answer word near the question
    mark, or a yes opening the reply (after its 我们说, 答：) in the sentence's next clause.
    Nor is a hit that holds a number or id of five digits or more: the id is handed over,
    nor a why-question (为什么我们的茶能降血糖？): it presupposes what it asks about.
    """
    text = r.text
    if _HANDED_ID.search(text, r.start, r.end):
        return None  # 加一下qq：565678150 能合作吗？ hands the id over whatever it asks
    if speech.cue("presupposing", text[r.sentence[0]:r.start]):
        return None  # 为什么我们的茶能降血糖？ asks why, and so asserts that it does
    cues = speech.frames.get("question", ())
    hi = r.sentence[1]
    if hi < len(text) and text[hi] in "?？" and _answered(text[hi + 1: hi + 1 + ANSWER_REACH],
                                                        speech):
        return None
    if hi < len(text) and text[hi] in "?？" and ("?" in cues or "？" in cues):
        return "提问 a question"
    c_lo, c_hi = r.clause
    clause = text[c_lo:c_hi].rstrip("。！!~～ ")
    if clause and clause[-1] in cues:
        return f"提问 a question ({clause[-1]})"
    cue = speech.cue("question", clause)
    if not cue or len(cue) < 2:
        return None
    if c_hi < hi and _answered(_reply(text[c_hi + 1: hi], speech), speech):
        return None  # 顾客问能不能降血糖，我们说可以，…: the next clause answers it yes
    return f"提问 a question ({cue})"


_HANDED_ID = re.compile(r"[0-9]{5,}")  # a number or id inside the hit itself: given, not asked


def _reply(rest: str, speech: Speech) -> str:
    """The words of a reply after what introduces it (我们说, 答：)."""
    rest = rest.lstrip()
    intro = speech.cue("reply_intro", rest[:8])
    return rest[len(intro):] if intro and rest.startswith(intro) else rest


def _answered(reply: str, speech: Speech) -> bool:
    """The words after a question mark answer it: an answer word (那就是), or a reply that
    opens with a yes (能！, 当然可以); a bare 能 inside 不能 is no yes, so a yes must open it."""
    reply = reply.lstrip()
    return bool(speech.cue("answer", reply)) or reply.startswith(
        tuple(speech.frames.get("answer_yes", ())))


def enumerator(r: Reading, speech: Speech) -> str | None:
    """An ordinal at the head of its line or sentence numbering a list (第一、执法数量多).

    Only an ordinal (第一, 第1) numbers a list: a claim at the head of a line followed by a
    comma (全网最低，今晚下单) is still a claim.
    """
    text, at = r.text, r.start
    if not text[r.start:r.end].lstrip().startswith("第"):
        return None
    while at > 0 and text[at - 1] in " \t":
        at -= 1
    if at > 0 and text[at - 1] not in _SENTENCE_END:
        return None
    marks = speech.frames.get("enumerator", ())
    return "序号 a list number" if r.end < len(text) and text[r.end] in marks else None


LIST_ITEMS = 3  # list separators in a sentence that make it an enumeration of examples
WORD_LIST_ITEMS = 6  # items of a bare word list (抗菌、抑菌、除菌、…等)
WORD_LIST_ITEM = 6  # characters at most in each of its items


def examples(r: Reading, speech: Speech) -> str | None:
    """The hit is one item of a list of examples (比如：最佳、最优秀、最好、最大等; 如V我、看个性
    签名、二维码等): a run of items joined by 、, opened by 如/比如/包括 before the hit and closed
    by 等 or 之类. A seller's own list of effects (具有润肺、调节血脂、防治…等功效) opens with
    no such word: it is a claim."""
    lo, hi = r.sentence
    sentence = r.text[lo:hi].rstrip(" 。！!;；")
    if _word_list(sentence, speech):
        return "词表 a bare list of words"
    if sentence.count("、") < LIST_ITEMS or not speech.cue("example_intro", r.text[lo:r.start]):
        return None
    closer = speech.cue("examples", sentence[r.end - lo:])
    return f"举例列表 a list of examples ({closer})" if closer else None


def _word_list(sentence: str, speech: Speech) -> bool:
    """A sentence that is only a list of short words closed by 等 (抗菌、抑菌、…、瘦腿等): a
    glossary of banned words, with no verb or 功效 to make it a claim about goods."""
    closers = tuple(speech.frames.get("examples", ()))
    body = sentence.rstrip("。 ")
    if not closers or not body.endswith(closers):
        return False
    for closer in closers:
        body = body.removesuffix(closer)
    items = [item.strip() for item in body.rstrip("等").split("、")]
    return len(items) >= WORD_LIST_ITEMS and all(0 < len(i) <= WORD_LIST_ITEM for i in items)


def usage_tip(r: Reading, speech: Speech) -> str | None:
    """最佳/最好 as the predicate of a consumption tip (开瓶醒酒30分钟后，香气表现最佳): the
    clause states a usage condition and the word ends it, so it says when or how the goods
    are best used, not that they are the best (SAMR 2023 guide: 消费提示). Under a condition
    the word may also pick one of the shop's own variants (3岁以上儿童最佳的是大颗粒款): which
    of its goods suits whom, a comparison inside the range."""
    text = r.text
    c_lo, c_hi = r.clause
    condition = speech.cue("usage_condition", text[c_lo:r.start])
    rest = text[r.end:c_hi].strip(" 。！!~～")
    if not condition or (rest and not _picks_a_variant(rest, speech)):
        return None
    return f"使用提示 usage tip ({condition})"


def _picks_a_variant(rest: str, speech: Speech) -> bool:
    """The words after the superlative name one of the goods' own variants (的是大颗粒款)."""
    opening = next((c for c in speech.frames.get("variant_pick", ()) if rest.startswith(c)), None)
    return opening is not None and speech.cue("variant", rest[len(opening):]) is not None


def intact_only(r: Reading, speech: Speech) -> str | None:
    """The refusal covers only goods no longer intact: damaged by the buyer, or opened or
    used where the notice keeps the return for intact goods or names the legal ground
    (影响卫生, 下单时确认) — 网络购买商品七日无理由退货暂行办法 第七条、第八条."""
    lo, hi = r.sentence
    sentence = r.text[lo:hi]
    damaged = speech.cue("damaged", sentence)
    if damaged:
        return f"非完好商品 goods damaged by the buyer ({damaged})"
    # 未拆封 names intact goods, not opened ones: "未拆封也不退" refuses the intact too
    intact = speech.cue_patterns.get("intact_ground")
    opened = speech.cue("not_intact", intact.sub("", sentence) if intact else sentence)
    ground = speech.cue("intact_ground", r.text[slice(*r.line)]) if opened else None
    if not ground:
        return None
    return f"仅限拆封或使用后的商品 opened or used goods only ({opened}; {ground})"


ADVISORY_CUES = 2  # distinct hedges a health note carries (可能…因人而异…遵医嘱)


def advisory(r: Reading, speech: Speech) -> str | None:
    """The sentence is hedged health information (可能有辅助作用，因人而异，需遵医嘱; 尚无
    研究证明), the register of a doctor's answer, not a seller's claim of effect."""
    lo, hi = r.sentence
    found = speech.cues("advisory", r.text[lo:hi])
    if len(found) < ADVISORY_CUES:
        return None
    return f"健康提示 hedged health information ({', '.join(sorted(found))})"
