"""Provisional speaker roles of chat rows, from raw structural hints and the role words.

The words that name each role are the list the rules read too (hongdun/data/speaker_roles.yaml,
hongdun/speaker_roles.py); roles.yaml holds what is the recorder's own (rule order, the shared
roles by its names, a few words of its own, text prefixes, defaults). The recorder keeps the
raw hints (badge texts and classes, the author element's and the row's classes and
attributes, the style) with every line, so a better structural classifier can assign roles
later; this one is small, data-driven and pure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from hongdun.speaker_roles import SpeakerRoles, speaker_roles

ROLES = ("anchor", "assistant", "viewer", "system", "unknown")
_TOKEN = re.compile(r"[A-Za-z]+")


@dataclass(frozen=True)
class RoleWords:
    """The classifier's data: rule order and the words that point at each role."""

    order: tuple[str, ...]
    badge_words: dict[str, tuple[str, ...]]
    class_words: dict[str, frozenset[str]]
    text_prefixes: dict[str, tuple[str, ...]]
    with_author: str
    without_author: str

    def __post_init__(self) -> None:
        for role in (*self.order, self.with_author, self.without_author, *self.badge_words,
                     *self.class_words):
            if role not in ROLES:
                raise ValueError(f"roles.yaml: unknown role {role!r}")


@lru_cache(maxsize=1)
def load_words() -> RoleWords:
    """The shared role words with the recorder's own (crawlers/live/roles.yaml)."""
    raw = yaml.safe_load(resources.files("crawlers.live").joinpath("roles.yaml")
                         .read_text(encoding="utf-8"))
    return role_words(raw, speaker_roles())


def role_words(own: dict[str, Any], shared: SpeakerRoles) -> RoleWords:
    """The classifier's data: the shared words under the recorder's role names, then its own."""
    names: dict[str, str] = own["from_shared"]

    def joined(table: dict[str, tuple[str, ...]], extra: dict[str, list[str]]
               ) -> dict[str, tuple[str, ...]]:
        out: dict[str, list[str]] = {}
        for role, words in table.items():
            if role in names:
                out.setdefault(names[role], []).extend(words)
        for role, words in extra.items():
            out.setdefault(role, []).extend(words)
        return {role: tuple(dict.fromkeys(words)) for role, words in out.items()}

    badges = joined(dict(shared.labels), own.get("badge_words", {}))
    classes = joined(dict(shared.tokens), own.get("class_words", {}))
    return RoleWords(tuple(own["order"]), badges,
                     {k: frozenset(w.lower() for w in v) for k, v in classes.items()},
                     {k: tuple(v) for k, v in own.get("text_prefixes", {}).items()},
                     own["with_author"], own["without_author"])


def class_tokens(hints: dict[str, Any]) -> set[str]:
    """Lower-case word tokens of the row's, author's and badges' classes and attributes."""
    parts = [str(hints.get("row_class") or ""), str(hints.get("author_class") or "")]
    parts += [str(v) for v in (hints.get("row_attrs") or {}).values()]
    parts += [str(v) for v in (hints.get("author_attrs") or {}).values()]
    parts += [str(b.get("class", "")) for b in hints.get("badges") or []]
    return {t.lower() for part in parts for t in _TOKEN.findall(part)}


def classify(hints: dict[str, Any], text: str = "", words: RoleWords | None = None) -> str:
    """The provisional role of a row: badges first, then classes, then text prefix."""
    words = words or load_words()
    badge_text = " ".join(str(b.get("text", "")) for b in hints.get("badges") or [])
    tokens = class_tokens(hints)
    for role in words.order:
        if any(w in badge_text for w in words.badge_words.get(role, ())):
            return role
    for role in words.order:
        if tokens & words.class_words.get(role, frozenset()):
            return role
    for role in words.order:
        if text.startswith(words.text_prefixes.get(role, ())):
            return role
    return words.with_author if hints.get("author_class") is not None else words.without_author


def styled_as_system(hints: dict[str, Any], words: RoleWords | None = None) -> bool:
    """Whether the row is marked up as a system line (system class or no author element)."""
    words = words or load_words()
    return (hints.get("author_class") is None
            or bool(class_tokens(hints) & words.class_words.get("system", frozenset())))
