"""The speaker-role words the live recorder and the rules both read (data/speaker_roles.yaml).

A leaf: it reads that one file and nothing of crawlers/ or rules/. `labels` are the words a
page shows for a speaker (badges, author prefixes), `tokens` the class and attribute tokens
that mark one; each is role -> words, in the file's order (the first role a label holds wins).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from types import MappingProxyType
from typing import Any

from hongdun.tables import data_file

ROLES = ("seller", "anchor", "assistant", "platform", "viewer")
FILE = "speaker_roles.yaml"


@dataclass(frozen=True)
class SpeakerRoles:
    """Role -> words, for the words shown (labels) and for attribute tokens."""

    labels: MappingProxyType[str, tuple[str, ...]]
    tokens: MappingProxyType[str, tuple[str, ...]]


def _table(raw: Any, key: str) -> MappingProxyType[str, tuple[str, ...]]:
    value = raw.get(key) if isinstance(raw, dict) else None
    if not isinstance(value, dict):
        raise ValueError(f"hongdun/data/{FILE}: {key} must be a mapping of role -> words")
    out: dict[str, tuple[str, ...]] = {}
    for role, words in value.items():
        if role not in ROLES:
            raise ValueError(f"hongdun/data/{FILE}: {key}: unknown role {role!r} "
                             f"(known: {', '.join(ROLES)})")
        if not isinstance(words, list) or not all(isinstance(w, str) and w for w in words):
            raise ValueError(f"hongdun/data/{FILE}: {key}.{role} must be a list of words")
        out[role] = tuple(words)
    return MappingProxyType(out)


def parse_speaker_roles(raw: Any) -> SpeakerRoles:
    """The role words of a parsed speaker_roles.yaml; ValueError naming what is wrong."""
    return SpeakerRoles(_table(raw, "labels"), _table(raw, "tokens"))


@cache
def speaker_roles() -> SpeakerRoles:
    """The shipped role words, read once."""
    return parse_speaker_roles(data_file(FILE))
