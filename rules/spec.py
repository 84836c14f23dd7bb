"""The records a rule pack declares: a rule's spec, scope, exemptions, near pairs, examples.

rules/pack.py reads and validates a pack file into these; the engine, the findings and
the examples runner read them. Nothing here parses YAML.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from hongdun.records import KINDS, Target
from hongdun.targets import PLATFORM_AS_WRITTEN

SOURCES = ("page", "ocr", "chat", "timeline", "frame_ocr")  # the last two: a watched room


SELF_BUILT = "other"  # the platform id of a shop on its own site (独立站, 官网)
UNLISTED_PLATFORM = "unlisted"  # a platform the targets list named but the import did not know


@dataclass(frozen=True)
class Scope:
    """Where a rule applies: page roles, target categories and kinds, text sources."""

    roles: tuple[str, ...] = ("*",)
    categories: tuple[str, ...] = ("*",)
    exclude_categories: tuple[str, ...] = ()
    kinds: tuple[str, ...] = KINDS
    sources: tuple[str, ...] = SOURCES
    speakers: tuple[str, ...] = ("*",)  # speaker roles or groups whose words the rule judges
    exclude_platforms: tuple[str, ...] = ()  # target platforms the rule does not apply to
    # words that bring an excluded category back for the hit whose sentence names one
    # (a pharmacy's "本店所有商品（含日用品）概不退换" reaches beyond its drugs)
    exclude_categories_unless: tuple[str, ...] = ()

    def has_role(self, role: str) -> bool:
        return "*" in self.roles or role in self.roles

    def excludes(self, target: Target) -> bool:
        """Whether the target's platform is one the rule does not apply to. "other" is a
        self-built site only when the list named no platform: a live room, or a row whose
        platform the import did not know (闲鱼, 点淘: kept as 平台原文), is on a platform."""
        platform = target.platform
        if platform == SELF_BUILT and (target.kind == "livestream"
                                       or any(k == PLATFORM_AS_WRITTEN for k, _ in target.tags)):
            platform = UNLISTED_PLATFORM
        return platform in self.exclude_platforms

    def has_category(self, category: str) -> bool:
        """Categories match as substrings, either way ("食品" covers "预包装食品")."""
        cat = category.lower()
        if any(x.lower() in cat for x in self.exclude_categories):
            return False
        return "*" in self.categories or any(x.lower() in cat for x in self.categories)

    def only_beyond(self, category: str) -> bool:
        """Whether the category, one of the rule's, is excluded but hits naming goods beyond
        it still stand."""
        cat = category.lower()
        return bool(self.exclude_categories_unless) and any(
            x.lower() in cat for x in self.exclude_categories) and (
            "*" in self.categories or any(x.lower() in cat for x in self.categories))


@dataclass(frozen=True)
class Exemption:
    """A context that clears a hit: phrases covering it, before/after it, in its sentence."""

    kind: str
    terms: tuple[str, ...]
    window: int
    reason: str
    only_for: tuple[str, ...] = ()  # hits holding one of these words (empty: every hit)
    unless: tuple[str, ...] = ()  # words in the hit's sentence that keep the hit standing


@dataclass(frozen=True)
class Near:
    """Two word lists that make a claim together: a `first` word, then a `then` word within gap."""

    first: tuple[str, ...]
    then: tuple[str, ...]
    gap: int
    either_order: bool


@dataclass(frozen=True)
class Example:
    """One example a rule must (or must not) match: a snippet or a small capture."""

    should_match: bool
    spec: Any  # str (home-page HTML snippet) or mapping (pages, target, messages, history)
    line: int


@dataclass(frozen=True)
class RuleSpec:
    """One rule as declared in a pack."""

    id: str
    title_zh: str
    title_en: str
    legal_basis: str
    effective_from: date
    effective_until: date | None
    severity: str
    certainty: str
    scope: Scope
    terms: tuple[str, ...]
    regex: tuple[str, ...]
    near: tuple[Near, ...]
    check: str | None
    certain_terms: tuple[str, ...]  # terms whose hits are 'certain' (statutory wording)
    exemptions: tuple[Exemption, ...]
    examples: tuple[Example, ...]
    note: str
    file: str
    line: int

    def in_force(self, day: date) -> bool:
        """Judge by the law in force on the capture date."""
        return self.effective_from <= day and (self.effective_until is None
                                               or day < self.effective_until)
