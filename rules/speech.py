"""Who speaks and how warnings are worded: the `speech:` section of the packs, as typed data.

Speaker-role labels (主播, 场控, 系统消息 …), attribute cues of chat markup, platform names,
the speaker groups a rule's scope may name (`speakers: [seller]`), and the cue words of
the frames that quote a banned act without doing it (a report, a prohibition, a question,
a quotation). Inspectors extend these in rules/packs/speech.yaml; no list lives in Python.
The role labels and attribute cues start from the list the live recorder reads too
(hongdun/data/speaker_roles.yaml, `base_speech`); packs add to them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from hongdun.speaker_roles import speaker_roles

ROLES = ("seller", "anchor", "assistant", "viewer", "platform", "unknown")
FRAMES = ("quoted", "reported", "normative", "question", "enumerator", "examples",
          "usage_tip", "intact_only", "advisory", "review", "account", "told", "complaint")
# Cue lists the frame readers consult besides their own (rules/clauses.py): the answer
# that turns a question into a claim (and the yes that opens such an answer), the words of
# a usage condition (and of a pick among the goods' own variants under it), of goods no
# longer intact, and of the legal ground for refusing them, and the words by which a
# clause addresses the reader (我, 您, 本店: a narrated account never does), and the
# contrastive turns (而是, 但是) that end a negation's scope before the hit; the idioms that
# hold a cue and are none (不得不说); the words of reported speech (a teller, a seller-side
# party, a third-party mark, a speech verb, 据) and of a buyer's own purchase (rules/narration.py);
# the why-question words that presuppose what they ask (为什么…能降血糖？).
CUE_LISTS = (*FRAMES, "example_intro", "answer", "answer_yes", "usage_condition", "not_intact",
             "damaged", "intact_ground", "variant_pick", "variant", "address", "contrast",
             "idiom", "teller", "seller_party", "third_party", "told_verb", "hearsay",
             "purchase_subject", "purchase_verb", "presupposing", "reply_intro")
_SECTION_KEYS = frozenset({"roles", "attribute_cues", "platform_words", "groups", "frames",
                           "notice_words", "quote_pairs", "chat_cues", "chat_words",
                           "review_cues", "review_words", "level_marks"})


@dataclass(frozen=True)
class Speech:
    """Merged speech data of every loaded pack."""

    roles: dict[str, tuple[str, ...]] = field(default_factory=dict)  # role -> labels
    attribute_cues: dict[str, tuple[str, ...]] = field(default_factory=dict)  # role -> tokens
    platform_words: tuple[str, ...] = ()  # 平台, 官方, 淘宝 … : a label holding one is the platform
    notice_words: tuple[str, ...] = ()  # 提示, 提醒, 公告 …: with a platform word, a notice label
    groups: dict[str, tuple[str, ...]] = field(default_factory=dict)  # seller -> roles
    frames: dict[str, tuple[str, ...]] = field(default_factory=dict)  # frame -> cue words
    quote_pairs: tuple[str, ...] = ()  # "“”", "「」" …: opening and closing characters
    chat_cues: tuple[str, ...] = ()  # attribute tokens of a chat container (chat, danmu …)
    chat_words: tuple[str, ...] = ()  # heading words over a chat (弹幕, 互动, 评论 …)
    review_cues: tuple[str, ...] = ()  # attribute tokens of a buyers' review list
    review_words: tuple[str, ...] = ()  # heading words over buyers' reviews (评价, 买家秀 …)
    level_marks: tuple[str, ...] = ()  # marks of a level after a badge's role word (级, Lv …)
    cue_patterns: dict[str, re.Pattern[str]] = field(init=False, compare=False, repr=False)
    label_roles: dict[tuple[str, bool], str | None] = field(init=False, compare=False,
                                                           repr=False)  # memo of readings
    role_words: frozenset[str] = field(init=False, compare=False, repr=False)  # every label

    def __post_init__(self) -> None:
        object.__setattr__(self, "label_roles", {})
        object.__setattr__(self, "role_words",
                           frozenset(w for words in self.roles.values() for w in words))
        patterns = {name: re.compile("|".join(re.escape(c) for c in sorted(
            cues, key=len, reverse=True))) for name, cues in self.frames.items() if cues}
        object.__setattr__(self, "cue_patterns", patterns)

    def cue(self, frame: str, text: str) -> str | None:
        """The first cue word of a frame found in text, or None."""
        pattern = self.cue_patterns.get(frame)
        m = pattern.search(text) if pattern is not None else None
        return m.group() if m else None

    def cues(self, frame: str, text: str) -> set[str]:
        """Every distinct cue word of a frame found in text."""
        pattern = self.cue_patterns.get(frame)
        return {m.group() for m in pattern.finditer(text)} if pattern is not None else set()

    def expand(self, speakers: tuple[str, ...]) -> frozenset[str]:
        """Roles named by a scope's speakers, groups expanded ("*" stays "*")."""
        out: set[str] = set()
        for name in speakers:
            out.update(self.groups.get(name, (name,)))
        return frozenset(out)

    def merged(self, other: Speech) -> Speech:
        """The union of two packs' speech sections (lists concatenated, order kept)."""
        def union(a: dict[str, tuple[str, ...]], b: dict[str, tuple[str, ...]]
                  ) -> dict[str, tuple[str, ...]]:
            keys = list(dict.fromkeys([*a, *b]))
            return {k: tuple(dict.fromkeys([*a.get(k, ()), *b.get(k, ())])) for k in keys}
        return Speech(union(self.roles, other.roles),
                      union(self.attribute_cues, other.attribute_cues),
                      tuple(dict.fromkeys([*self.platform_words, *other.platform_words])),
                      tuple(dict.fromkeys([*self.notice_words, *other.notice_words])),
                      union(self.groups, other.groups), union(self.frames, other.frames),
                      tuple(dict.fromkeys([*self.quote_pairs, *other.quote_pairs])),
                      tuple(dict.fromkeys([*self.chat_cues, *other.chat_cues])),
                      tuple(dict.fromkeys([*self.chat_words, *other.chat_words])),
                      tuple(dict.fromkeys([*self.review_cues, *other.review_cues])),
                      tuple(dict.fromkeys([*self.review_words, *other.review_words])),
                      tuple(dict.fromkeys([*self.level_marks, *other.level_marks])))


def parse_speech(raw: Any, where: str) -> Speech:
    """Validate one pack's `speech:` mapping; raise ValueError(reason) naming the bad key."""
    if not isinstance(raw, dict):
        raise ValueError(f"{where}: speech must be a mapping")
    unknown = set(raw) - _SECTION_KEYS
    if unknown:
        raise ValueError(f"{where}: unknown speech key {sorted(unknown)[0]!r}")

    def words(value: Any, what: str) -> tuple[str, ...]:
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            raise ValueError(f"{where}: speech.{what} must be a list of non-empty strings")
        return tuple(value)

    def table(key: str, allowed: tuple[str, ...] | None) -> dict[str, tuple[str, ...]]:
        value = raw.get(key, {})
        if not isinstance(value, dict):
            raise ValueError(f"{where}: speech.{key} must be a mapping")
        for name in value:
            if allowed is not None and name not in allowed:
                raise ValueError(f"{where}: speech.{key}: unknown name {name!r} "
                                 f"(known: {', '.join(allowed)})")
        return {str(k): words(v, f"{key}.{k}") for k, v in value.items()}

    groups = table("groups", None)
    for name, members in groups.items():
        bad = [m for m in members if m not in ROLES]
        if bad:
            raise ValueError(f"{where}: speech.groups.{name}: unknown role {bad[0]!r}")
    def listed(key: str) -> tuple[str, ...]:
        return words(raw[key], key) if key in raw else ()

    pairs = listed("quote_pairs")
    if any(len(p) != 2 for p in pairs):
        raise ValueError(f"{where}: speech.quote_pairs: each is two characters, open and close")
    return Speech(table("roles", ROLES), table("attribute_cues", ROLES),
                  listed("platform_words"), listed("notice_words"), groups,
                  table("frames", CUE_LISTS), pairs, listed("chat_cues"), listed("chat_words"),
                  listed("review_cues"), listed("review_words"), listed("level_marks"))


def base_speech() -> Speech:
    """The speech every load starts from: the shared speaker-role words, before the packs."""
    shared = speaker_roles()
    return Speech(dict(shared.labels), dict(shared.tokens))


@lru_cache(maxsize=1)
def shipped_speech() -> Speech:
    """The speech section of the shipped packs (for readers that have no RuleSet at hand)."""
    import yaml

    speech = base_speech()
    for file in sorted((Path(__file__).parent / "packs").glob("*.yaml")):
        doc = yaml.safe_load(file.read_text(encoding="utf-8"))
        if isinstance(doc, dict) and "speech" in doc:
            speech = speech.merged(parse_speech(doc["speech"], str(file)))
    return speech
