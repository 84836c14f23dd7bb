"""The lanmao family's 保健食品 shops, read from stores.yaml: registry record, licence, products.

The wording (stores.yaml) is adapted from the 2023 《允许保健食品声称的保健功能目录 非营养素补充剂》
(有助于增强免疫力, 有助于维持血糖健康水平 replace the old 增强免疫力 / 辅助降血糖), 广告法 §18
(本品不能代替药物), SAMR and 中消协's 2022 warning (普通食品 may not claim 保健功能 or disease
prevention; 鱼油, 红曲, 压片糖果 sold as treating disease), 上海 2025 老年保健品 cases (最 terms,
治疗 claims in 直播间 and 微信群), and 中消协's 2022 view that a 特殊商品 label cannot enlarge the
no-return exceptions.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from demo.families.codes import code_for
from demo.families.corpus import Filed, Registered, Said, Shown, shown_as

DATA = Path(__file__).with_name("stores.yaml")


@dataclass(frozen=True)
class Product:
    """One product page: approval number, approved function, the shop's words, buyers' words."""

    slug: str
    name: str
    approval: str  # 国食健注 / 食健备 number, or "" for an ordinary food
    function: str  # the approved 保健功能 as registered ("" for none)
    words: tuple[Said, ...]
    reviews: tuple[Said, ...] = ()


@dataclass(frozen=True)
class Store:
    """A 保健食品 shop: registry record, displayed licence, permit, where the licence sits."""

    key: str
    platform: str
    shop_name: str
    reg: Registered
    shown: Shown
    permit: str
    in_footer: bool  # True: the licence grid sits in the home page's footer, no 资质 page
    intro: tuple[Said, ...]
    products: tuple[Product, ...]
    note: str
    status: str = "存续"
    status_date: str = ""

    @property
    def filed(self) -> Filed:
        """The shop as the registry extract holds it."""
        return Filed(self.reg, self.status, self.status_date)


def _shown(reg: Registered, spec: str | dict[str, str]) -> Shown:
    """The displayed licence: the record, or its code with the letter O for the first 0."""
    if spec == "as_registered":
        return shown_as(reg)
    if spec == {"code": "letter_o"}:  # O is not in the GB 32100 alphabet
        return shown_as(reg, uscc=reg.uscc.replace("0", "O", 1))
    raise ValueError(f"{DATA.name}: unknown licence display {spec!r}")


def _saids(items: list[str | dict[str, str]]) -> tuple[Said, ...]:
    return tuple(Said(i) if isinstance(i, str) else Said(**i) for i in items)


def _product(d: dict[str, Any]) -> Product:
    return Product(d["slug"], d["name"], d.get("approval", ""), d.get("function", ""),
                   _saids(d["words"]), _saids(d.get("reviews", [])))


def _store(d: dict[str, Any]) -> Store:
    r = d["registered"]
    category = "2" if r["kind"] == "个体工商户" else "1"
    reg = Registered(r["name"], code_for("lanmao/" + d["key"], r["division"], category),
                     r["kind"], r["person"], r["address"], r["founded"])
    return Store(d["key"], d["platform"], d["shop_name"], reg, _shown(reg, d["licence"]),
                 d["permit"], d["in_footer"], _saids(d["intro"]),
                 tuple(map(_product, d["products"])), d["note"], d["status"],
                 d.get("status_date", ""))


def load() -> tuple[Store, ...]:
    """Every shop of stores.yaml, in order."""
    return tuple(_store(d) for d in yaml.safe_load(DATA.read_text(encoding="utf-8")))
