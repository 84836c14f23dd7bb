"""The chaguan family's tea shops, read from shops.yaml: registry record, licence, route words.

The wording (shops.yaml) is adapted from published cases and guidance on tea: 房县 茶馆 fined
for 降血压/减肥 claims on a tea menu (楚天都市报), 重庆 广告监测公告 on 神农茶 (降血糖, 预防糖尿病
并发症), 北京商报 2025 on 降糖茶 (ordinary tea may not claim prevention or treatment), 宁夏 on
银杏茶 (approved 调节血脂 only), SAMR's 2023 绝对化用语 guideline (usage tips exempt), the 2023
食品经营许可和备案管理办法 (预包装-only sellers file instead of holding a permit) and the
七日无理由退货暂行办法 (拆封后影响安全 goods excluded only with the buyer's confirmation).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from demo.families.codes import code_for
from demo.families.corpus import Filed, Registered, Said, Shown, shown_as

DATA = Path(__file__).with_name("shops.yaml")
CATEGORY = {"个体工商户": "2", "农民专业合作社": "3"}  # USCC category digit; "1" otherwise


@dataclass(frozen=True)
class Tea:
    """One item route (/cha/<slug>): its card on the home route and its detail words."""

    slug: str
    name: str
    price: str
    detail: tuple[Said, ...]


@dataclass(frozen=True)
class Shop:
    """A tea shop of the SPA: its registry record, what its licence block shows, its routes."""

    key: str
    shop_name: str
    reg: Registered
    shown: Shown | None  # None: no business licence anywhere
    zizhi_route: bool  # True: a 资质 route exists; False: the licence only in the lazy footer
    permit: str
    filing: str  # 仅销售预包装食品 备案编号 ("" for none)
    banner: tuple[Said, ...]
    notice: tuple[Said, ...]  # 购物须知 on the home route
    teas: tuple[Tea, ...]
    note: str
    supplier: str = ""  # a supplier's production permit shown in the footer (not the seller's)
    status: str = "存续"
    status_date: str = ""

    @property
    def filed(self) -> Filed:
        """The shop as the registry extract holds it."""
        return Filed(self.reg, self.status, self.status_date)


def _spaced(code: str) -> str:
    """A code written in groups of 4-4-5-5, as some licence images print it."""
    return " ".join((code[:4], code[4:8], code[8:13], code[13:]))


def _shown(reg: Registered, spec: str | dict[str, str]) -> Shown | None:
    """The licence block's fields: none, the record, another name over the code, spaced code."""
    if spec == "none":
        return None
    if spec == "as_registered":
        return shown_as(reg)
    if isinstance(spec, dict) and set(spec) == {"name"}:
        return shown_as(reg, name=spec["name"])
    if spec == {"code": "spaced"}:
        return shown_as(reg, uscc=_spaced(reg.uscc))
    raise ValueError(f"{DATA.name}: unknown licence display {spec!r}")


def _words(items: list[str | dict[str, str]]) -> tuple[Said, ...]:
    return tuple(Said(i) if isinstance(i, str) else Said(**i) for i in items)


def _shop(d: dict[str, Any]) -> Shop:
    r = d["registered"]
    reg = Registered(r["name"], code_for("chaguan/" + d["key"], r["division"],
                                         CATEGORY.get(r["kind"], "1")),
                     r["kind"], r["person"], r["address"], r["founded"])
    teas = tuple(Tea(t["slug"], t["name"], t["price"], _words(t["detail"])) for t in d["teas"])
    return Shop(d["key"], d["shop_name"], reg, _shown(reg, d["licence"]), d["zizhi_route"],
                d["permit"], d.get("filing", ""), _words(d["banner"]), _words(d["notice"]), teas,
                d["note"], d.get("supplier", ""), d["status"], d.get("status_date", ""))


def load() -> tuple[Shop, ...]:
    """Every shop of shops.yaml, in order."""
    return tuple(_shop(d) for d in yaml.safe_load(DATA.read_text(encoding="utf-8")))
