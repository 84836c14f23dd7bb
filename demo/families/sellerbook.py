"""Sellers of the twelfth and thirteenth blind batches read from a family's YAML.

Only the data is shared: each family draws its own pages with its own markup generator.
A seller is its registry record (the code computed from the family and key, in a Yantai
division), its 登记状态 in the family's registry extract, the licence its pages display (or
none), its food permit, its own wording, its goods and, for live rooms, the room's feed.
Every wording item is a `Said` labelled `rule:` (a violation) or `decoy:` with a `note:`.
`verdict` gives a displayed licence's truth labels and `targets` a family's targets list, the
same for every family of these batches.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from demo.families.codes import code_for, food_permit, with_wrong_check
from demo.families.corpus import (
    Filed,
    Label,
    Registered,
    Said,
    Shown,
    Target,
    licence_labels,
    permit_labels,
    registry_labels,
    shown_as,
)


@dataclass(frozen=True)
class Item:
    """One product: its name and price, the seller's words and buyers' reviews."""

    slug: str
    name: str
    price: str
    words: tuple[Said, ...]
    reviews: tuple[Said, ...] = ()
    page: int = 1  # the catalogue page it is listed on (jiazai)


@dataclass(frozen=True)
class Seller:
    """A seller as one family's YAML describes it."""

    key: str
    platform: str
    shop_name: str
    category: str
    reg: Registered
    status: str
    status_date: str
    shown: Shown | None  # None: the pages display no licence at all
    permit: str  # 食品经营许可证 number shown ("" for none)
    filing: str  # 仅销售预包装食品 备案 number shown ("" for none)
    home: tuple[Said, ...]
    items: tuple[Item, ...]
    feed: tuple[Said, ...]  # a live room's messages, `who` the speaker's role
    note: str
    extra: dict[str, Any]  # family-specific layout choices (where the licence sits ...)

    @property
    def filed(self) -> Filed:
        """The seller as the family's registry extract holds it."""
        return Filed(self.reg, self.status, self.status_date)


def saids(items: list[str | dict[str, str]] | None) -> tuple[Said, ...]:
    """Plain strings or labelled dicts (text, rule/decoy, note, who) as `Said`s."""
    return tuple(Said(i) if isinstance(i, str) else Said(**i) for i in items or [])


def _registered(family: str, key: str, d: dict[str, str]) -> Registered:
    category = {"个体工商户": "2", "农民专业合作社": "3"}.get(d["kind"], "1")
    return Registered(d["name"], code_for(f"{family}/{key}", d["division"], category), d["kind"],
                      d["person"], d["address"], d["founded"])


def _shown(family: str, reg: Registered, spec: Any) -> Shown | None:
    """The displayed licence: as_registered, none, spaced (code in groups), wrong_check,
    {name: another entity's name} or {code_of: [seed, division]} (another entity's code)."""
    if spec == "none":
        return None
    if spec == "as_registered":
        return shown_as(reg)
    if spec == "spaced":
        c = reg.uscc
        return shown_as(reg, uscc=f"{c[:6]} {c[6:12]} {c[12:]}")
    if spec == "wrong_check":
        return shown_as(reg, uscc=with_wrong_check(reg.uscc))
    if isinstance(spec, dict) and "name" in spec:
        return shown_as(reg, name=spec["name"])
    if isinstance(spec, dict) and "code_of" in spec:
        seed, division = spec["code_of"]
        return shown_as(reg, uscc=code_for(f"{family}/{seed}", division))
    raise ValueError(f"{family}: unknown licence display {spec!r}")


def _item(d: dict[str, Any]) -> Item:
    return Item(d["slug"], d["name"], d.get("price", ""), saids(d.get("words")),
                saids(d.get("reviews")), int(d.get("page", 1)))


def _seller(family: str, seq: int, d: dict[str, Any]) -> Seller:
    reg = _registered(family, d["key"], d["registered"])
    permit = d.get("permit", "")
    if permit == "auto":  # a well-formed JY number of the seller's division (食品销售 or 餐饮)
        permit = food_permit(reg.uscc[2:8], 4100 + seq * 37, "2" if d["category"] == "餐饮"
                             else "1")
    known = {"key", "platform", "shop_name", "category", "registered", "status", "status_date",
             "licence", "permit", "filing", "home", "items", "feed", "note"}
    return Seller(d["key"], d["platform"], d["shop_name"], d["category"], reg,
                  d.get("status", "存续"), d.get("status_date", ""),
                  _shown(family, reg, d.get("licence", "as_registered")), permit,
                  d.get("filing", ""), saids(d.get("home")),
                  tuple(map(_item, d.get("items", []))), saids(d.get("feed")), d["note"],
                  {k: v for k, v in d.items() if k not in known})


def load(family: str, path: Path) -> tuple[Seller, ...]:
    """Every seller of a family's YAML file, in order."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return tuple(_seller(family, i, d) for i, d in enumerate(data, 1))


def verdict(seller: Seller, shown: Shown, where: str) -> list[Label]:
    """The truth of a displayed licence: the licence, registry and food-permit labels, the
    licence found `where` (a note for the inspector reading the truth)."""
    return (licence_labels(shown, seller.reg, seller.shop_name, where)
            + registry_labels(shown, seller.filed, seller.shop_name)
            + permit_labels(seller.category, seller.permit, seller.filing))


def targets(sellers: tuple[Seller, ...], prefix: str, kind: str, home: str,
            platform: str = "") -> tuple[Target, ...]:
    """A family's targets: `<prefix>-01` …, each at `home` with its key (/tc/{key}/), on its
    seller's platform unless `platform` names one for all."""
    return tuple(
        Target(f"{prefix}-{i:02d}", platform or s.platform, kind, home.format(key=s.key),
               s.shop_name, s.reg.name, s.reg.uscc, s.reg.uscc[2:8], s.category, s.note)
        for i, s in enumerate(sellers, 1))
