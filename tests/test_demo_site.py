"""Tests of the demo marketplace's data: targets file, truth file and their agreement."""

from __future__ import annotations

import csv
import io

import pytest

from demo import pages
from demo.build import render_truth
from demo.catalog import all_shops
from demo.model import Shop
from demo.site import (
    DEMO_BASE_URL,
    FOOD_CATEGORIES,
    TARGETS_FILE,
    TRUTH_FILE,
    load_page_truth,
    load_truth,
    targets_csv,
)
from hongdun.records import Target
from rules.codes import food_permit_well_formed, uscc_valid, uscc_well_formed

HEADER = "target_id,platform,kind,url,shop_name,uscc,district,category,registered_name"
YANTAI = {"370602", "370611", "370612", "370613", "370614", "370681", "370682", "370683",
          "370685", "370686", "370687", "370671", "370676"}
RULE_IDS = {"licence.missing", "licence.uscc_invalid", "licence.mismatch", "ad.absolute_terms",
            "ad.medical_claims", "returns.refused", "live.offplatform_lure",
            "permit.food_missing", "price.fictitious_original"}


def _rows(base: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(targets_csv(base))))


def test_targets_header_and_rows_are_valid_targets() -> None:
    text = targets_csv("http://127.0.0.1:9999/")
    assert text.splitlines()[0] == HEADER
    rows = _rows("http://127.0.0.1:9999")
    assert len(rows) >= 24
    for row in rows:
        target = Target(**row)  # validates platform, kind, url, district
        assert target.url.startswith("http://127.0.0.1:9999/")
        assert target.district in YANTAI, target
        assert uscc_valid(target.uscc), f"registry code must be valid: {target}"
        assert not target.target_id.startswith("bad-")
    assert len({r["target_id"] for r in rows}) == len(rows)
    assert len({r["url"] for r in rows}) == len(rows)


def test_shipped_targets_file_is_in_sync() -> None:
    assert TARGETS_FILE.read_text(encoding="utf-8") == targets_csv(DEMO_BASE_URL), \
        "demo/targets.csv is stale: run python -m demo.build"


def test_shipped_truth_file_is_in_sync() -> None:
    assert TRUTH_FILE.read_text(encoding="utf-8") == render_truth(), \
        "demo/truth.yaml is stale: run python -m demo.build"


def test_truth_and_targets_agree() -> None:
    truth = load_truth()
    ids = [r["target_id"] for r in _rows(DEMO_BASE_URL)]
    assert sorted(truth) == sorted(ids)
    for rules in truth.values():
        assert rules <= RULE_IDS
    assert any(not rules for rules in truth.values()), "need clean shops"
    for rule in ("licence.missing", "licence.uscc_invalid", "licence.mismatch"):
        assert sum(rule in r for r in truth.values()) >= 2, rule


def test_home_only_truth_is_a_subset() -> None:
    full, home = load_truth(), load_truth(roles=("home",))
    assert all(home[t] <= full[t] for t in full)
    assert "licence.mismatch" in full["jd-02"] and "licence.mismatch" not in home["jd-02"]
    assert "licence.missing" in home["tb-04"]


def test_page_truth_covers_every_page_once() -> None:
    per_page = load_page_truth()
    expected = {p for s in all_shops() for p in pages.page_truth_paths(s)}
    assert set(per_page) == expected
    assert len(per_page) >= 120


def test_coverage_of_styles_platforms_and_media() -> None:
    shops = all_shops()
    assert {s.style for s in shops} >= {"linked", "js", "footer"}
    assert {s.display for s in shops} >= {"text", "image", "pending", "none"}
    assert {s.platform for s in shops} >= {"taobao", "jd", "pinduoduo", "douyin", "kuaishou",
                                           "meituan"}
    assert sum(s.kind == "livestream" for s in shops) >= 2
    assert all(s.chat for s in shops if s.kind == "livestream")
    meituan_food = [s for s in shops if s.platform == "meituan" and s.permit]
    assert meituan_food and all(food_permit_well_formed(s.permit) for s in meituan_food)
    assert all(s.items for s in shops)
    assert any(it.strike for s in shops for it in s.items)


def _norm_name(name: str) -> str:
    return name.replace("（", "(").replace("）", ")").strip()


@pytest.mark.parametrize("shop", all_shops(), ids=lambda s: s.target_id)
def test_licence_truth_follows_from_what_the_shop_displays(shop: Shop) -> None:
    """Recompute the three licence verdicts from the structured data and compare with truth."""
    truth = load_truth()[shop.target_id]
    expected: set[str] = set()
    if shop.display in ("none", "pending") or shop.licence is None:
        expected.add("licence.missing")
    else:
        code = shop.licence.uscc.replace(" ", "").upper()
        assert uscc_well_formed(code), shop.licence.uscc
        if not uscc_valid(code):
            expected.add("licence.uscc_invalid")
        elif code != shop.uscc or _norm_name(shop.licence.name) != _norm_name(shop.shop_name):
            expected.add("licence.mismatch")
    assert {r for r in truth if r.startswith("licence.")} == expected


@pytest.mark.parametrize("shop", all_shops(), ids=lambda s: s.target_id)
def test_food_permit_truth(shop: Shop) -> None:
    truth = load_truth()[shop.target_id]
    needs = shop.category in FOOD_CATEGORIES and not shop.permit and not shop.food_filing
    assert ("permit.food_missing" in truth) == needs
    if shop.permit:
        assert food_permit_well_formed(shop.permit) and shop.permit[3:7] == "3706"


@pytest.mark.parametrize("shop", all_shops(), ids=lambda s: s.target_id)
def test_price_truth_follows_from_the_history(shop: Shop) -> None:
    """A 划线价 is fictitious exactly when it exceeds the lowest price of days 1-7."""
    for it in shop.items:
        lowest = min(it.price_on(day) for day in range(1, 8))
        fictitious = it.strike is not None and it.strike > lowest
        assert ("price.fictitious_original" in it.rules) == fictitious, it.item_id
        assert it.price_on(8) == it.price
        assert all(it.strike_on(day) is None for day in range(1, 8))


def test_every_labelled_target_and_item_says_why() -> None:
    for shop in all_shops():
        assert shop.note.strip(), shop.target_id
        for it in shop.items:
            if it.rules or it.detail_rules:
                assert it.note.strip(), it.item_id


def test_live_chat_lines_are_time_stamped() -> None:
    import re

    for shop in all_shops():
        for line in shop.chat:
            assert len(line) == 3 and re.fullmatch(r"\d\d:\d\d:\d\d", line[0]), shop.target_id
            assert line[1] and line[2]


def test_every_rule_has_violations_and_clean_shops_exist() -> None:
    truth = load_truth()
    for rule in RULE_IDS:
        assert sum(rule in r for r in truth.values()) >= 2, rule
    assert sum(not r for r in truth.values()) >= 15


def test_markup_carries_no_hints_for_a_detector() -> None:
    import re

    from demo.site import Site

    site = Site()
    attr = re.compile(r'(?:class|id|data-[a-z-]+|name)="([^"]*)"')
    banned = re.compile(r"violat|fake|bad|truth|rule|decoy|clean|lure|fictit|absolute|medical",
                        re.I)
    for path in load_page_truth():
        body = site.respond(path, "", DEMO_BASE_URL).body.decode()
        for value in attr.findall(body):
            assert not banned.search(value), (path, value)
        assert "licence." not in body and "price.fictitious" not in body, path


def test_days_one_to_seven_show_no_struck_prices() -> None:
    from demo.site import Site

    site = Site()
    shop = next(s for s in all_shops() if s.target_id == "tb-31")
    for day in range(1, 8):
        body = site.respond(f"/day/{day}{shop.root}", "", DEMO_BASE_URL).body.decode()
        assert "<del" not in body and "<s>" not in body, day
        assert f"¥{shop.items[0].price_on(day):g}" in body
    today = site.respond(shop.root, "", DEMO_BASE_URL).body.decode()
    assert "<del" in today and "¥199" in today


def _visible_markup(body: bytes) -> str:
    """The page's markup as a browser would build it (decoding the JS payload if any)."""
    import base64
    import json
    import re

    text = body.decode()
    found = re.search(r'id="app-data">([^<]+)</script>', text)
    if not found:
        return text
    tree = json.loads(base64.b64decode(found.group(1)).decode())
    return json.dumps(tree, ensure_ascii=False)


@pytest.mark.parametrize("shop", all_shops(), ids=lambda s: s.target_id)
def test_licence_is_reachable_from_home_exactly_when_shown(shop: Shop) -> None:
    from demo.site import Site

    site = Site()
    home = _visible_markup(site.respond(shop.root, "", DEMO_BASE_URL).body)
    link = pages.licence_path(shop)
    if link:
        assert link in home, "licence entry missing from home page"
        assert site.respond(link, "", DEMO_BASE_URL).status == 200
    if shop.display == "none":
        assert link is None
        assert "统一社会信用代码" not in home and "营业执照" not in home
    elif shop.display == "text" and not link:
        assert shop.licence is not None and shop.licence.uscc in home
    elif shop.display == "image":
        where = site.respond(link, "", DEMO_BASE_URL).body.decode() if link else home
        assert pages.image_path(shop) in where and shop.image_alt in where


def test_shipped_targets_file_imports_with_the_product_parser() -> None:
    from hongdun.targets import read_targets_file

    targets = read_targets_file(TARGETS_FILE)
    assert [t.target_id for t in targets] == list(load_truth())
    assert all(t.url.startswith(DEMO_BASE_URL + "/") for t in targets)
