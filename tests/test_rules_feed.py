"""permit.food_missing judged per product (rules/feed.py): pet food is feed, not food, so a
pet shop needs a food permit only for what it sells people to eat, and a snack shop none
for cat treats alone, whatever the shop's category says. The pages are written here, in
markup of their own (a table listing, product names only in the <title>, a <dl> sheet), not
the shape of the packs' examples or of the demo's pet family."""

from __future__ import annotations

import pytest

from hongdun.records import Capture
from rules.engine import RuleSet
from rules.examples import build_capture
from rules.feed import FEED, PEOPLE, product_kind

RULE = "permit.food_missing"
SHOP = "https://shop.example.invalid"
PERMIT = "<dl><dt>食品经营许可证</dt><dd>JY13706020012345</dd></dl>"


@pytest.fixture(scope="module")
def rules() -> RuleSet:
    return RuleSet.load()


def _table(*rows: tuple[str, str, str]) -> str:
    """A listing as a table: one row per product (its item id, name, price)."""
    cells = "".join(f'<tr><td><a href="{SHOP}/goods/{gid}">{name}</a></td><td>{price}元</td></tr>'
                    for gid, name, price in rows)
    return f"<table><tbody>{cells}</tbody></table>"


def _product_page(gid: str, name: str, price: str, extra: str = "") -> dict[str, object]:
    """A product page whose name is in its <title> only (no heading), price in a span."""
    return {"role": "item", "url": f"{SHOP}/detail/{gid}",
            "html": f"<html><head><title>{name} - 小店</title></head><body>"
                    f"<div><span>￥{price}</span></div><div>{extra}</div></body></html>"}


def _capture(category: str, *pages: str | dict[str, object]) -> Capture:
    return build_capture({"pages": list(pages), "target": {"category": category}})


def _fires(rules: RuleSet, capture: Capture) -> bool:
    return any(f.rule_id == RULE for f in rules.evaluate(capture))


def test_a_product_is_judged_by_the_words_of_its_name() -> None:
    assert product_kind("宠物专用 冻干三文鱼") == FEED
    assert product_kind("成犬粮 10kg") == FEED
    assert product_kind("香辣牛肉粒（人吃的）") == PEOPLE
    assert product_kind("主人零食 海苔卷 + 狗狗磨牙骨") == PEOPLE  # sold for people too
    assert product_kind("人宠同享 鸭肉干") == ""  # how pet food is sold: no food for people
    assert product_kind("人食级 猫用鸡胸肉") == FEED
    assert product_kind("烟台苹果脆片") == ""


def test_a_pet_shop_selling_its_customers_snacks_needs_a_food_permit(rules: RuleSet) -> None:
    home = _table(("101", "幼犬奶糕 1.5kg", "88"), ("102", "猫抓板", "19.9"))
    snack = _product_page("103", "蜂蜜黄油薯片 给人吃的 70g", "12.8")
    found = [f for f in rules.evaluate(_capture("宠物生活馆", home, snack)) if f.rule_id == RULE]
    assert len(found) == 1 and "蜂蜜黄油薯片" in found[0].context  # the product, named
    assert not _fires(rules, _capture("宠物生活馆", home + PERMIT, snack))


def test_a_pet_shop_selling_feed_and_goods_only_needs_no_food_permit(rules: RuleSet) -> None:
    home = _table(("201", "三文鱼味 全价猫粮 2kg", "129"), ("202", "不锈钢猫碗", "25"))
    treats = _product_page("203", "人宠同食 鸭胸肉干 200g", "35", "配料：鸭胸肉。")
    capture = _capture("宠物食品", home, treats)
    assert not _fires(rules, capture)
    judged = rules.judge(capture)
    assert RULE not in {u.rule_id for u in judged.unjudged}  # judged: no food for people


def test_a_snack_shop_is_judged_by_what_it_sells(rules: RuleSet) -> None:
    cat_treats = _table(("301", "猫条 金枪鱼 20支", "29.9"), ("302", "狗狗洁齿骨", "19"))
    assert not _fires(rules, _capture("零食", cat_treats))  # feed only: no permit needed
    both = _table(("301", "猫条 金枪鱼 20支", "29.9"), ("304", "麻辣鸭脖 250g", "22"))
    assert _fires(rules, _capture("零食", both))
    assert _fires(rules, _capture("零食", "<p>欢迎光临 新品上架</p>"))  # no products seen: food
