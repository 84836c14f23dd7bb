"""Which of a shop's products are feed and which are food for people (permit.food_missing).

Pet food is feed (饲料和饲料添加剂管理条例; 宠物饲料管理办法, 2018), not food under 食品安全法, so
selling it needs no 食品经营许可证; food for people needs one whatever the shop's category. The
category alone does not decide: a pet shop may sell its customers' own snacks too, a snack
shop cat treats. The products are the items a shopper is shown, each a name beside its price
(rules/prices.py's items_on: an item link's block, or the product page itself), and each is
judged by the words of its name (licence_words.yaml: feed_products, people_food_markers).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from rules.licence_patterns import WORDS, words_alt
from rules.prices import items_on
from rules.view import CaptureView

FEED_CATEGORIES = tuple(WORDS["feed_categories"].split())
FEED_WORDS = re.compile(words_alt("feed_products"))
PEOPLE_WORDS = re.compile(words_alt("people_food_markers"))
NOT_PEOPLE = re.compile(words_alt("not_people_phrases"))
FEED, PEOPLE = "feed", "people"


@dataclass(frozen=True)
class Product:
    """One product as a shopper sees it, and what its name sells it as."""

    name: str
    kind: str  # PEOPLE, FEED, or "" when its name says neither


def product_kind(name: str) -> str:
    """PEOPLE when the name sells it as food for people (that wins over an animal named
    beside it), FEED when it names pet food or feed, else ""."""
    text = NOT_PEOPLE.sub("", unicodedata.normalize("NFKC", name))
    if PEOPLE_WORDS.search(text):
        return PEOPLE
    return FEED if FEED_WORDS.search(text) else ""


def products(view: CaptureView) -> tuple[Product, ...]:
    """Every product the capture's loaded pages show, once each (by its item key)."""

    def read() -> tuple[Product, ...]:
        seen: dict[str, Product] = {}
        for page in view.pages:
            if page.page.ok:
                for item in items_on(page):
                    seen.setdefault(item.key, Product(item.title, product_kind(item.title)))
        return tuple(seen.values())

    return view.memo("products", read)


def feed_category(category: str) -> bool:
    """Whether the shop's category is one of pet goods or feed."""
    return any(word in category for word in FEED_CATEGORIES)


def people_food(view: CaptureView) -> tuple[Product, ...]:
    """The products whose names sell them as food for people."""
    return tuple(p for p in products(view) if p.kind == PEOPLE)


def needs_food_permit(view: CaptureView) -> bool:
    """Whether the shop sells food for people, judged per product: a pet or feed shop
    only for a product sold as food for people; a shop of a food category unless it shows
    products and every one of them is sold as feed."""
    if feed_category(view.target.category):
        return bool(people_food(view))
    shown = products(view)
    return not shown or any(p.kind != FEED for p in shown)
