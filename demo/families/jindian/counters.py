"""The jindian family's 黄金珠宝 shops, read from counters.yaml: registry record, licence, goods.

The wording (counters.yaml) is adapted from the GB 11887-2012 第1号修改单 reports (2016:
千足金/万足金 dropped, 足金 is the highest fineness name, content shown as 金含量 999‰), the
standard's naming rule (纯度+材料+首饰品种), buyers' complaints that 黄金 shops write
一经售出不退不换 although 消费者权益保护法 §25 lists no such exception (only 定制 goods), NGTC
certificates on jade, and 砭石/玉镯 listings selling 保健 effects.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from demo.families.codes import code_for
from demo.families.corpus import Filed, Label, Registered, Said, Shown, shown_as

DATA = Path(__file__).with_name("counters.yaml")


@dataclass(frozen=True)
class Goods:
    """One goods page: name, price, the shop's words on it."""

    name: str
    price: str
    words: tuple[Said, ...]


@dataclass(frozen=True)
class Counter:
    """A jewellery shop: registry record, licence shown (or none), where, goods, notices."""

    key: str
    platform: str
    shop_name: str
    reg: Registered
    shown: Shown | None
    footer: bool  # True: the licence sits in the home page's footer, no 营业执照 page
    welcome: tuple[Said, ...]
    notice: tuple[Said, ...]  # 售后说明 on the home page
    goods: tuple[Goods, ...]
    note: str
    missing: tuple[Label, ...] = ()  # labels of a shop that shows no licence of its own
    third_party: str = ""  # another company's document shown instead of the licence
    status: str = "存续"
    status_date: str = ""

    @property
    def filed(self) -> Filed:
        """The shop as the registry extract holds it."""
        return Filed(self.reg, self.status, self.status_date)


@dataclass(frozen=True)
class Book:
    """The family's data: its shops and the other entities their pages name or show."""

    counters: tuple[Counter, ...]
    others: dict[str, Registered]


def _registered(key: str, d: dict[str, str]) -> Registered:
    category = "2" if d["kind"] == "个体工商户" else "1"
    return Registered(d["name"], code_for("jindian/" + key, d["division"], category), d["kind"],
                      d["person"], d["address"], d["founded"])


def _shown(reg: Registered, spec: str | dict[str, str],
           others: dict[str, Registered]) -> Shown | None:
    """The displayed licence: none, the record, a code one character short, another's code."""
    if spec == "none":
        return None
    if spec == "as_registered":
        return shown_as(reg)
    if spec == {"code": "short"}:  # the 13th character dropped: 17 characters
        return shown_as(reg, uscc=reg.uscc[:12] + reg.uscc[13:])
    if isinstance(spec, dict) and spec.get("code_of") in others:
        return shown_as(reg, uscc=others[spec["code_of"]].uscc)
    raise ValueError(f"{DATA.name}: unknown licence display {spec!r}")


def _saids(items: list[str | dict[str, str]]) -> tuple[Said, ...]:
    return tuple(Said(i) if isinstance(i, str) else Said(**i) for i in items)


def _counter(d: dict[str, Any], others: dict[str, Registered]) -> Counter:
    reg = _registered(d["key"], d["registered"])
    goods = tuple(Goods(g["name"], g["price"], _saids(g["words"])) for g in d["goods"])
    third = d.get("third_party", "")
    if third:
        of = others[d["third_party_of"]]
        third = third.format(name=of.name, uscc=of.uscc)
    return Counter(d["key"], d["platform"], d["shop_name"], reg, _shown(reg, d["licence"], others),
                   d["footer"], _saids(d["welcome"]), _saids(d["notice"]), goods, d["note"],
                   tuple(Label(**m) for m in d.get("missing", [])), third, d["status"],
                   d.get("status_date", ""))


def load() -> Book:
    """The shops and other entities of counters.yaml."""
    doc = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    others = {k: _registered(k, v) for k, v in doc["others"].items()}
    return Book(tuple(_counter(d, others) for d in doc["counters"]), others)
