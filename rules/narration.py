"""Frames of narration: a paragraph that tells of the act instead of doing it.

A news story, a buyer's complaint, a consumer notice or a review tells what a seller said
or did; the seller's own page says it to the reader. Each reader here is a small pure
function over a rules.clauses.Reading, its cue words taken from the packs' `speech.frames`
data: `review` (a buyer's purchase told), `account` (third parties narrated), `told` (a third
party's words given in reported speech: 据…称, 专家介绍, 该店客服表示) and `complaint` (a
buyer's own purchase, and what the seller's side said: 我买的…客服说…).
"""

from __future__ import annotations

import re
from functools import lru_cache

from rules.clauses import Reading
from rules.speech import Speech

REVIEW_CUES = 2  # distinct marks of a buyer's purchase experience in one paragraph line
ACCOUNT_CUES = 2  # distinct marks of a report, a rule or a narration, in one paragraph line
_REGISTERS = ("account", "reported", "normative")  # the cue lists that mark those registers
TOLD_REACH = 8  # characters at most between a teller and its speech verb (主播反复强调)
TELLER_MARK_REACH = 4  # characters at most between a third-party mark and the party (该店客服)
HEARSAY_REACH = 12  # characters at most between 据 and its verb (据当地媒体报道)
_STOPS = "。！？!?；;\n"


def review(r: Reading, speech: Speech) -> str | None:
    """The line is a buyer's review (收到货…物流很快…回购, 好评): the buyer's own experience,
    told in the words of a purchase, not the seller's advertising. Page text only: in a
    live room the speaker is known, and an anchor praising 回购 and 物流 is still selling."""
    if r.source != "page":
        return None
    found = speech.cues("review", r.text[slice(*r.line)])
    if len(found) < REVIEW_CUES:
        return None
    return f"买家评价 a buyer's review ({', '.join(sorted(found))})"



def account(r: Reading, speech: Speech) -> str | None:
    """The paragraph is an account of the act, not the act: a report, a rule or a narration
    of third parties (a news story, a consumer's story, a notice on sellers in general). Its
    line holds two distinct marks of those registers wherever they stand (消费者王丽（化名）,
    一位用户, 对方, 近日, 回复称; 数据显示, 记者了解; 依法, 不得), and the hit's clause offers
    the reader nothing in the first or second person (加我, 您, 本店). A seller's page speaks
    as 我/本店 to 你/您; it does not tell of 一位消费者."""
    line = r.text[slice(*r.line)]
    found = set().union(*(speech.cues(name, line) for name in _REGISTERS))
    if len(found) < ACCOUNT_CUES or _addresses_reader(r, speech):
        return None
    return f"第三方经过的叙述 a third party's act narrated ({', '.join(sorted(found))})"


def _addresses_reader(r: Reading, speech: Speech) -> bool:
    """The hit's clause speaks to the reader as the seller (我, 您, 本店), the narrator's own
    我国, 我市 and the other register words set aside."""
    clause = r.text[slice(*r.clause)]
    for name in _REGISTERS:
        pattern = speech.cue_patterns.get(name)
        clause = pattern.sub("", clause) if pattern is not None else clause
    return speech.cue("address", clause) is not None


def _any_of(words: tuple[str, ...]) -> str:
    """A regex alternation of the words, the longest first (so 该店客服 is read before 客服)."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=8)
def _told_pattern(tellers: tuple[str, ...], parties: tuple[str, ...], marks: tuple[str, ...],
                  verbs: tuple[str, ...], hearsay: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for the three shapes of reported speech: 据…称, an outside teller and its
    verb (专家介绍), a seller-side party marked as a third party and its verb (该店客服称)."""
    gap = f"[^{re.escape(_STOPS)}]"
    shapes = []
    if hearsay and verbs:
        shapes.append(f"(?:{_any_of(hearsay)}){gap}{{0,{HEARSAY_REACH}}}?(?:{_any_of(verbs)})")
    if tellers and verbs:
        shapes.append(f"(?:{_any_of(tellers)}){gap}{{0,{TOLD_REACH}}}?(?:{_any_of(verbs)})")
    if parties and marks and verbs:
        shapes.append(f"(?:{_any_of(marks)}){gap}{{0,{TELLER_MARK_REACH}}}?(?:{_any_of(parties)})"
                      f"{gap}{{0,{TOLD_REACH}}}?(?:{_any_of(verbs)})")
    return re.compile("|".join(shapes) or "(?!)")


def _teller_before(r: Reading, speech: Speech, parties: tuple[str, ...],
                   marks: tuple[str, ...]) -> str | None:
    """The reported-speech opening before the hit: in its sentence, or in the opening
    sentence of its line (据报道，…。其中称…)."""
    f = speech.frames
    pattern = _told_pattern(f.get("teller", ()), parties, marks, f.get("told_verb", ()),
                            f.get("hearsay", ()))
    lo = r.sentence[0]
    m = pattern.search(r.text, lo, r.start) or (pattern.search(r.opening) if r.opening else None)
    return m.group() if m else None


def told(r: Reading, speech: Speech) -> str | None:
    """The hit is a third party's words in reported speech, without quotation marks: 据…称
    (据当事人称，其蜂蜜能降血糖), an outside voice and its verb (专家介绍, 该文章称), or the
    seller's side marked as a third party (该店客服表示, 涉事主播称). Page text only (in a chat
    the speaker is known), and the hit's clause offers the reader nothing as the seller."""
    if r.source == "chat":
        return None
    f = speech.frames
    found = _teller_before(r, speech, f.get("seller_party", ()), f.get("third_party", ()))
    if not found or _addresses_reader(r, speech):
        return None
    return f"转述 reported speech ({found})"


@lru_cache(maxsize=8)
def _purchase_pattern(subjects: tuple[str, ...], verbs: tuple[str, ...]) -> re.Pattern[str]:
    """The buyer's own purchase: 我 (never 我们, 我家, 我司: the seller's plural) and a
    buying verb in one sentence (我在直播间买的, 我下单后, 本人购买了)."""
    return re.compile(f"(?:{_any_of(subjects)})(?![们家司店厂])[^{re.escape(_STOPS)}]{{0,10}}?"
                      f"(?:{_any_of(verbs)})")


def complaint(r: Reading, speech: Speech) -> str | None:
    """A buyer's complaint: the line tells the buyer's own purchase (我买的…, 我下单后…) and the
    hit is what the seller's side said, its party and verb before it (客服说, 主播称, 对方回复).
    A seller's page never tells of buying from itself; its 我们客服 is no buyer's."""
    if r.source == "chat":
        return None
    f = speech.frames
    subjects, verbs = f.get("purchase_subject", ()), f.get("purchase_verb", ())
    if not subjects or not verbs:
        return None
    line_lo, _ = r.line
    if not _purchase_pattern(subjects, verbs).search(r.text, line_lo, r.start):
        return None
    pattern = _told_pattern((*f.get("seller_party", ()), *f.get("teller", ())), (), (),
                            f.get("told_verb", ()), ())
    m = pattern.search(r.text, line_lo, r.start)
    return f"买家投诉的叙述 a buyer's complaint ({m.group()})" if m else None
