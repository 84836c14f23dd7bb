"""Records of a page family: labelled wording, pages, targets and the truth they carry.

A family declares its sellers as data: every piece of wording that matters is a
`Said` with the rule it violates (or the rule it tempts without violating: a
decoy) and a note why. The family's generator turns the data into pages; each
`Page` collects the labels of the wording it shows, so the truth sits next to
the words that cause it. Licence and permit verdicts are computed from the
displayed fields against the registry record, the way an inspector decides.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TypeVar

from demo.families.codes import is_valid, normal_name

RULES = ("licence.missing", "licence.uscc_invalid", "licence.mismatch", "permit.food_missing",
         "ad.absolute_terms", "ad.medical_claims", "returns.refused", "live.offplatform_lure",
         "licence.deregistered")  # the last: judged against a family's registry.csv
ROLES = ("home", "licence", "item")
FOOD_CATEGORIES = frozenset({"食品", "酒水", "保健食品", "餐饮"})  # need a 食品经营许可证 (JY)
ABOLISHED = frozenset({"370634", "370684", "370672"})  # REFERENCE.md §3: codes keep them
DEFUNCT_WORDS = ("注销", "吊销")  # 登记状态 of an entity that no longer exists
Seller = TypeVar("Seller")
Assets = dict[str, tuple[bytes, str]]  # path under the family root -> (body, content type)


@dataclass(frozen=True)
class Said:
    """A stretch of wording on a page: plain, a violation of `rule`, or a decoy for `decoy`."""

    text: str
    rule: str = ""
    decoy: str = ""
    note: str = ""
    who: str = ""  # speaker (live rooms, reviews): shown by the generator, not a label


def bad(rule: str, text: str, note: str, who: str = "") -> Said:
    """Wording a correct system must report under `rule`."""
    return Said(text, rule=rule, note=note, who=who)


def decoy(rule: str, text: str, note: str, who: str = "") -> Said:
    """Wording that tempts `rule` but is not a violation (warning, negation, third party...)."""
    return Said(text, decoy=rule, note=note, who=who)


@dataclass(frozen=True)
class Label:
    """One label on a page: a violation (kind "violation") or a decoy, with its note."""

    kind: str
    rule: str
    note: str


def labels_of(items: Iterable[Said | str]) -> list[Label]:
    """The labels carried by a page's wording."""
    out = []
    for s in items:
        if isinstance(s, Said) and s.rule:
            out.append(Label("violation", s.rule, s.note))
        if isinstance(s, Said) and s.decoy:
            out.append(Label("decoy", s.decoy, s.note))
    return out


@dataclass(frozen=True)
class Registered:
    """A 市场主体 as the registry holds it (the truth), independent of what any page shows."""

    name: str
    uscc: str
    kind: str  # 有限责任公司 / 个体工商户 / 农民专业合作社 ...
    person: str
    address: str
    founded: str


@dataclass(frozen=True)
class Shown:
    """The licence fields a page displays (may differ from the registry record)."""

    name: str
    uscc: str
    kind: str
    person: str
    address: str
    founded: str


@dataclass(frozen=True)
class Filed:
    """A registry extract's row for a family (its registry.csv): an entity and its 登记状态."""

    reg: Registered
    status: str = "存续"  # as the registry writes it: 存续, 注销, 吊销，未注销 ...
    status_date: str = ""  # 核准日期 of the status

    @property
    def defunct(self) -> bool:
        """True when the entity no longer exists: 注销 (cancelled) or 吊销 (revoked)."""
        return any(word in self.status for word in DEFUNCT_WORDS)


def registry_labels(shown: Shown | None, filed: Filed | None, shop_name: str) -> list[Label]:
    """Verdict on a displayed code against its registry record's status (licence.deregistered,
    REFERENCE.md §1): a code of an entity that is 注销 or 吊销 is a violation; a 存续 record
    whose registered name is not the shop name is a decoy (the entity exists)."""
    if shown is None or filed is None:
        return []
    code = "".join(shown.uscc.split()).upper()
    if code != filed.reg.uscc or not is_valid(code):
        return []
    if filed.defunct:
        return [Label("violation", "licence.deregistered",
                      f"displayed code {code} is {filed.status} in the registry "
                      f"({filed.status_date}): the entity no longer exists")]
    if normal_name(shop_name) != normal_name(filed.reg.name):
        return [Label("decoy", "licence.deregistered",
                      f"registry record {filed.status}: shop name {shop_name} differs from the "
                      f"registered name {filed.reg.name}, but the entity exists")]
    return []


def shown_as(reg: Registered, *, name: str = "", uscc: str = "") -> Shown:
    """The registry record as displayed, optionally with another name or code."""
    return Shown(name or reg.name, uscc or reg.uscc, reg.kind, reg.person, reg.address,
                 reg.founded)


def licence_labels(shown: Shown | None, reg: Registered | None, shop_name: str,
                   hard_display: str = "") -> list[Label]:
    """Verdict on a displayed licence against the registry (REFERENCE.md §1 L4, §2).

    A code failing its check is uscc_invalid only; a valid code or a name that
    differs from the registry is a mismatch; the shop name is never compared.
    `hard_display` says where an unusual display sits (footer, 关于我们, image only):
    a decoy for licence.missing.
    """
    if shown is None or reg is None:
        return []
    out: list[Label] = []
    code = "".join(shown.uscc.split()).upper()
    if not is_valid(code):
        out.append(Label("violation", "licence.uscc_invalid",
                         f"displayed code {shown.uscc} fails the GB 32100-2015 check"))
    elif code != reg.uscc:
        out.append(Label("violation", "licence.mismatch",
                         f"displayed code {code} is valid but is not the registered {reg.uscc}"))
    elif shown.uscc != code:
        out.append(Label("decoy", "licence.uscc_invalid",
                         f"code written as {shown.uscc!r} (spaces or lower case) is valid"))
    elif code[2:8] in ABOLISHED:
        out.append(Label("decoy", "licence.uscc_invalid",
                         f"division {code[2:8]} is abolished, but the code never changes: valid"))
    if normal_name(shown.name) != normal_name(reg.name):
        out.append(Label("violation", "licence.mismatch",
                         f"displayed name {shown.name} is not the registered name {reg.name}"))
    if normal_name(shop_name) != normal_name(reg.name) and not out:
        out.append(Label("decoy", "licence.mismatch",
                         f"shop name {shop_name} differs from the registered name; not a mismatch"))
    if hard_display:
        out.append(Label("decoy", "licence.missing", f"licence displayed {hard_display}"))
    return out


def permit_labels(category: str, permit: str, filing: str = "") -> list[Label]:
    """Verdict on the 食品经营许可证 duty (REFERENCE.md §4): JY shown, 备案 or not needed."""
    if category not in FOOD_CATEGORIES:
        if category in ("生鲜", "水果", "食用农产品"):
            return [Label("decoy", "permit.food_missing",
                          f"{category}: edible farm produce needs no food permit")]
        return []
    if permit:
        return [Label("decoy", "permit.food_missing", f"food seller shows permit {permit}")]
    if filing:
        return [Label("decoy", "permit.food_missing",
                      "prepackaged food only, with its 备案 filing: no permit needed")]
    return [Label("violation", "permit.food_missing",
                  f"{category} seller shows no 食品经营许可证 (JY) number")]


@dataclass(frozen=True)
class Page:
    """One served page (path relative to the family root) and its labels."""

    path: str
    role: str
    body: bytes
    labels: tuple[Label, ...] = ()
    content_type: str = "text/html; charset=utf-8"

    @property
    def rules(self) -> frozenset[str]:
        return frozenset(lb.rule for lb in self.labels if lb.kind == "violation")


@dataclass(frozen=True)
class Target:
    """One seller of a family as a regulator's list holds it (plus the family's own note)."""

    target_id: str
    platform: str
    kind: str
    path: str  # home page path under the family root
    shop_name: str  # 店铺名称 as listed (usually not the registered name)
    registered_name: str  # 登记名称 of the registry record ("" for an exempt individual)
    uscc: str
    district: str
    category: str
    note: str


@dataclass(frozen=True)
class Family:
    """A page family: its targets, every page and asset it serves, and how it was built."""

    name: str
    title: str
    generator: str  # how the markup is made (for the README and reports)
    voice: str  # where the wording comes from
    render: bool  # True when pages need a browser (scripts build the DOM)
    targets: tuple[Target, ...]
    pages: tuple[Page, ...]
    assets: dict[str, tuple[bytes, str]] = field(default_factory=dict)  # path -> (body, type)
    registry: tuple[Filed, ...] = ()  # the regulator's registry extract, when the family has one

    def target_pages(self, target: Target) -> list[Page]:
        """The labelled pages of one target (those under its home path)."""
        return [p for p in self.pages if p.path.startswith(target.path)]

    def counts(self) -> tuple[int, int, int, int]:
        """(pages, targets, violations, decoys): violations are target-rule pairs; decoys are
        distinct decoy labels for a rule the target does not violate (only those are scored)."""
        violations = decoys = 0
        for t in self.targets:
            pages = self.target_pages(t)
            rules = frozenset().union(*(p.rules for p in pages))
            violations += len(rules)
            decoys += len({(lb.rule, lb.note) for p in pages for lb in p.labels
                           if lb.kind == "decoy" and lb.rule not in rules})
        return len(self.pages), len(self.targets), violations, decoys


def collect(sellers: Iterable[Seller],
            pages_of: Callable[[Seller], tuple[Iterable[Page], Assets]],
            assets: Assets | None = None) -> tuple[tuple[Page, ...], Assets]:
    """Every page and asset of a family: `pages_of(seller)` gives one seller's pages and its
    own assets (licence images, feeds); `assets` are the family's shared ones (a runtime
    script). A family whose sellers have no assets passes `lambda s: (pages(s), {})`."""
    pages: list[Page] = []
    files: Assets = dict(assets or {})
    for seller in sellers:
        got, own = pages_of(seller)
        pages.extend(got)
        files.update(own)
    return tuple(pages), files
