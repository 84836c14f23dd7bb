"""Records that describe the demo shops: what each page shows and what it violates.

Pure data plus the code helpers that build valid or deliberately broken
统一社会信用代码 values; nothing here does I/O.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from rules.codes import USCC_ALPHABET, uscc_check_char

DAYS = 8  # price history days served: 1..7 are the past week, 8 is "today"
TODAY = DAYS
_INNER_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)
_FULL = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _inner_check(body8: str) -> str:
    """GB 11714 check character of an 8-character organisation code body."""
    total = sum(_FULL.index(c) * w for c, w in zip(body8, _INNER_WEIGHTS, strict=True))
    c = 11 - total % 11
    return "0" if c == 11 else "X" if c == 10 else str(c)


def make_uscc(seed: str, district: str, category: str = "1") -> str:
    """A deterministic, valid 统一社会信用代码 for a 工商 entity (9 + category + district)."""
    digest = hashlib.sha256(seed.encode()).digest()
    body = "MA" + "".join(USCC_ALPHABET[b % len(USCC_ALPHABET)] for b in digest[:6])
    first17 = "9" + category + district + body + _inner_check(body)
    return first17 + uscc_check_char(first17)


def break_check(code: str) -> str:
    """The same code with a wrong 18th character, so it fails the GB 32100-2015 check."""
    right = USCC_ALPHABET.index(code[17])
    return code[:17] + USCC_ALPHABET[(right + 7) % len(USCC_ALPHABET)]


def spaced(code: str) -> str:
    """A code written in groups of four, the way some sellers type it."""
    return " ".join(code[i:i + 4] for i in range(0, len(code), 4))


@dataclass(frozen=True)
class Licence:
    """The licence data a shop displays (which may differ from its registry record)."""

    name: str
    uscc: str  # as displayed (may be spaced, lower case or invalid)
    entity_type: str
    person: str  # 法定代表人 or 经营者
    address: str
    founded: str
    capital: str = ""  # 注册资本; empty for 个体工商户
    scope: str = ""
    authority: str = "烟台市市场监督管理局"

    @property
    def individual(self) -> bool:
        return "个体" in self.entity_type


@dataclass(frozen=True)
class Item:
    """One product listing; price history runs days 1..7, `price` is today's (day 8)."""

    item_id: str
    title: str
    price: float
    strike: float | None = None  # 划线价 shown today only
    history: tuple[float, ...] = ()  # days 1..7; empty means "at the strike (or today's) price"
    blurb: str = ""  # shown in the home listing and on the item page
    detail: str = ""  # shown only on the item page
    sold: int = 0
    rules: frozenset[str] = frozenset()  # violated where the listing shows (home and item page)
    detail_rules: frozenset[str] = frozenset()  # violated only on the item page
    note: str = ""

    def price_on(self, day: int) -> float:
        """The selling price shown on the given day (1..DAYS)."""
        if day == TODAY:
            return self.price
        if self.history:
            return self.history[day - 1]
        return self.strike if self.strike is not None else self.price

    def strike_on(self, day: int) -> float | None:
        """The struck-through compared price shown on the given day, if any."""
        return self.strike if day == TODAY else None


@dataclass(frozen=True)
class Shop:
    """One demo target: registry record, page style, what it shows, and the truth."""

    target_id: str
    platform: str
    shop_id: str
    shop_name: str  # registry name (targets file)
    uscc: str  # registry code (targets file)
    district: str
    category: str
    title: str  # the storefront's display name
    style: str  # "linked" (separate licence page), "js" (rendered late), "footer"
    licence: Licence | None
    display: str = "text"  # text | image | pending (审核中) | none
    kind: str = "storefront"
    entry: str = ""  # wording of the licence entry; "" = platform default
    image_name: str = "licence"  # file stem of the licence image
    image_alt: str = "营业执照"
    image_caption: str = ""
    watermark: str = ""  # faint text stamped across the licence image
    permit: str = ""  # 食品经营许可证 number shown
    food_filing: str = ""  # 仅销售预包装食品 filing line shown instead of a permit
    intro: str = ""
    notices: tuple[str, ...] = ()
    items: tuple[Item, ...] = ()
    chat: tuple[tuple[str, str, str], ...] = ()  # (HH:MM:SS, nickname, text)
    footer: tuple[str, ...] = ()
    rules: frozenset[str] = frozenset()  # home/licence/live-room level violations
    note: str = ""

    @property
    def root(self) -> str:
        """Path of the home page, e.g. /taobao/shop/tb1001/."""
        kind = "live" if self.kind == "livestream" else "shop"
        return f"/{self.platform}/{kind}/{self.shop_id}/"
