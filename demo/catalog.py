"""The full list of demo shops and the helpers the shop modules use to declare them.

Each shop module declares its shops with `entity()` (a registry record and the
matching licence face) and then varies what the page shows from that truth.
"""

from __future__ import annotations

from dataclasses import replace

from demo.model import Item, Licence, Shop, break_check, make_uscc, spaced

ICP = "鲁ICP备2023018842号-1"
POLICE = "鲁公网安备 37060202000317号"


def entity(seed: str, name: str, district: str, person: str, address: str, founded: str,
           *, individual: bool = False, capital: str = "100万元人民币", scope: str = "",
           entity_type: str = "") -> Licence:
    """A registry record as a correct licence face (name and a valid code)."""
    code = make_uscc(seed, district, "2" if individual else "1")
    etype = entity_type or ("个体工商户" if individual else "有限责任公司（自然人投资或控股）")
    return Licence(name, code, etype, person, address, founded,
                   "" if individual else capital, scope)


def shown(lic: Licence, *, name: str | None = None, uscc: str | None = None) -> Licence:
    """The licence as displayed with a different name or code."""
    return replace(lic, name=name or lic.name, uscc=uscc or lic.uscc)


def other_code(lic: Licence, district: str = "") -> str:
    """A valid code that belongs to somebody else."""
    return make_uscc(lic.name + "/other", district or lic.uscc[2:8], lic.uscc[1])


def invalid_code(lic: Licence) -> str:
    """The shop's own code with a wrong check character."""
    return break_check(lic.uscc)


def spaced_code(lic: Licence) -> str:
    """The shop's own code written in groups of four."""
    return spaced(lic.uscc)


def make_shop(target_id: str, platform: str, shop_id: str, reg: Licence, category: str,
              title: str, style: str, *, district: str = "", licence: Licence | None = None,
              rules: tuple[str, ...] = (), **kw: object) -> Shop:
    """A Shop whose registry record is `reg`; it displays `licence` (default: `reg`)."""
    return Shop(target_id=target_id, platform=platform, shop_id=shop_id, shop_name=reg.name,
                uscc=reg.uscc, district=district or reg.uscc[2:8], category=category,
                title=title, style=style, licence=licence or reg, rules=frozenset(rules),
                **kw)  # type: ignore[arg-type]


def firm(seed: str, name: str, district: str, person: str, address: str, year: int,
         *, individual: bool = False, scope: str = "") -> Licence:
    """A shorter `entity()` for phase-2 shops: founding day derived from the seed."""
    n = sum(map(ord, seed))
    founded = f"{year}年{n % 12 + 1:02d}月{n % 27 + 1:02d}日"
    capital = f"{(n % 9 + 1) * 100}万元人民币"
    return entity(seed, name, district, person, f"山东省烟台市{address}", founded,
                  individual=individual, capital=capital, scope=scope)



def item(item_id: str, title: str, price: float, strike: float | None = None, *,
         blurb: str = "", detail: str = "", history: tuple[float, ...] = (),
         rules: tuple[str, ...] = (), detail_rules: tuple[str, ...] = (), note: str = "") -> Item:
    """An Item with its truth given as tuples; the sales count is derived from the id."""
    sold = 20 + sum(map(ord, item_id)) * 7 % 3000
    return Item(item_id, title, price, strike, history, blurb, detail, sold,
                frozenset(rules), frozenset(detail_rules), note)

def all_shops() -> list[Shop]:
    """Every demo shop, in a stable order."""
    from demo import shops_content, shops_extra, shops_licence, shops_more

    return [*shops_licence.SHOPS, *shops_content.SHOPS, *shops_more.SHOPS, *shops_extra.SHOPS]
