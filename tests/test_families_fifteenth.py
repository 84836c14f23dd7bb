"""The fifteenth batch (paimai, danmu, xuanka, yushou), sealed: its shape, registry extracts, every
page served, and what is new about it: 竞拍 lots written as roff requests with bid histories,
bidders' 留言 and 保证金 rules; live rooms whose 弹幕 are canvas pixels fed by a Web Worker, their
only text an offscreen aria-live log keeping the last few rows; 官网 with no script whose licence
CSS hides until the reader acts (a radio tab, a :target panel, an <object> document); 预售 shops
expanded from m4 macros whose rules and licences wait in native popovers. The batch is scored
once by the lead at first contact, never here.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from playwright.sync_api import Page

from demo.families import HELD_OUT, SEALED
from demo.families.corpus import Family
from demo.families.danmu.grid import render_grid
from demo.families.paimai.roff import compile_roff
from demo.families.truth import read_truth
from demo.families.yushou.m4 import M4, quote
from demo.server import DemoServer
from tests.family_batches import (
    check_links_resolve,
    check_registry_extracts,
    check_served,
    check_shape,
    fetch,
)

BATCH = ("paimai", "danmu", "xuanka", "yushou")
CJK = re.compile(r"[\u4e00-\u9fff]")
# records every row the room's log ever held, before the log drops it
_SEEN = """
window.__seen = [];
new MutationObserver(function (records) {
  records.forEach(function (r) {
    r.addedNodes.forEach(function (n) {
      if (n.nodeType === 1 && n.matches('li.u-dm-sr-row')) { window.__seen.push(n.textContent); }
    });
  });
}).observe(document, {childList: true, subtree: true});
"""


@pytest.fixture(scope="module")
def batch(family_build: Callable[[str], Family]) -> dict[str, Family]:
    return {name: family_build(name) for name in BATCH if name in HELD_OUT}


def _target(family: Family, path: str):  # type: ignore[no-untyped-def]
    return next(t for t in family.targets if t.path == path)


def test_the_batch_is_sealed_shaped_registered_and_served(
        batch: dict[str, Family], family_server: DemoServer, tmp_path: Path) -> None:
    """One live family and one of self-built sites among four; shape and decoys, fresh
    registry extracts backing the 注销/吊销 labels, every page and asset served, every link
    inside its family."""
    assert set(batch) == set(BATCH) and set(BATCH) <= set(SEALED)
    assert {t.kind for t in batch["danmu"].targets} == {"livestream"}
    assert {t.platform for t in batch["xuanka"].targets} == {"other"}
    for name, family in batch.items():
        statuses = {f.status for f in family.registry}
        assert any("注销" in s or "吊销" in s for s in statuses), name
    check_shape(batch)
    check_registry_extracts(batch, tmp_path)
    check_links_resolve(batch)
    check_served(batch, family_server.base_url)


def test_a_lot_is_roff_with_bids_bidders_and_the_seller_apart(
        batch: dict[str, Family], family_server: DemoServer) -> None:
    assert compile_roff(".SH 标题\n.PP\n正文\n.ZZ 未知\n") == (
        '<section class="pai:sec"><h2 class="pai:h">标题</h2><p class="pai:para">正文.ZZ 未知'
        "</p></section>")
    base = f"{family_server.base_url}/f/paimai/pm/xiangji/"
    lot = fetch(base)[0].decode()
    assert lot.count('<tr class="pai:bid-row">') == 3 and "出价记录" in lot
    seller = lot[lot.index('<li class="pai:qa-seller">'):]
    assert "一律不退不换" in seller[:seller.index("</li>")]
    assert '<li class="pai:qa-bidder">' in lot and 'href="/f/paimai/pm/xiangji/guize.html"' in lot
    assert "售出不退" in fetch(base + "guize.html")[0].decode()
    truth = read_truth("paimai")
    assert truth["pm-03"]["rules"] == ["returns.refused"] and truth["pm-04"]["rules"] == []
    youpiao = fetch(f"{family_server.base_url}/f/paimai/pm/youpiao/")[0].decode()
    assert "拍卖人信息" in youpiao and "鉴定机构信息" in youpiao
    assert _target(batch["paimai"], "/pm/youpiao/").uscc in youpiao
    assert "第六十一条" in fetch(f"{family_server.base_url}/f/paimai/pm/youpiao/guize.html")[0] \
        .decode()


def test_a_room_paints_danmu_on_a_canvas_and_its_log_keeps_the_last_rows(
        batch: dict[str, Family], family_server: DemoServer, family_page: Page) -> None:
    assert 'grid-template-areas:&quot;x y&quot;' in render_grid(
        "a b", {"a": ("x", lambda: ""), "b": ("y", lambda: "")}, name="t")
    base = f"{family_server.base_url}/f/danmu/dm/liuliang/"
    room = fetch(base)[0].decode()
    assert "微信" not in room and '<canvas class="c-dm-canvas"' in room
    assert 'data-feed="/f/danmu/dm/liuliang/dm.xml"' in room and "<script" in room
    xml, kind = fetch(base + "dm.xml")
    assert kind.startswith("text/xml") and "加客服微信激活" in xml.decode()
    family_page.add_init_script(_SEEN)
    family_page.goto(base)
    family_page.wait_for_selector("html[data-dm=done]", timeout=20_000)
    rows = family_page.locator("ol.u-dm-sr > li")
    assert rows.count() == 4  # keep: 4
    assert rows.nth(3).inner_text() == "主播 小畅：今天拍明天发。"
    assert "微信" not in family_page.inner_text("body")  # said first, dropped by the end
    seen = family_page.evaluate("window.__seen")
    assert len(seen) == 8 and "加客服微信激活" in seen[0] and seen[0].startswith("主播 小畅：")
    assert family_page.locator("canvas.c-dm-canvas").count() == 1
    assert family_page.locator("ol.u-dm-sr").get_attribute("aria-live") == "polite"
    shop = fetch(base + "dian.html")[0].decode()
    assert _target(batch["danmu"], "/dm/liuliang/").uscc in shop and "<script" not in shop


def test_a_site_hides_its_licence_by_css_until_the_reader_acts(
        batch: dict[str, Family], family_server: DemoServer, family_page: Page) -> None:
    for page in batch["xuanka"].pages:
        assert b"<script" not in page.body, page.path
    site = family_server.base_url + "/f/xuanka/xk/"
    code = _target(batch["xuanka"], "/xk/xianhua/").uscc
    assert code in fetch(site + "xianhua/")[0].decode()
    family_page.goto(site + "xianhua/")
    cell = family_page.locator(".XkTabs-panel--2 td", has_text=code)
    assert not cell.is_visible()
    family_page.click("label[for=xk-t2]")
    assert cell.is_visible()
    code = _target(batch["xuanka"], "/xk/aijiu/").uscc
    family_page.goto(site + "aijiu/")
    assert not family_page.locator("#zhizhao").is_visible()
    family_page.click("a.XkFoot-link[href='#zhizhao']")
    assert family_page.locator("#zhizhao").is_visible() and code in family_page.inner_text(
        "#zhizhao")
    guanyu = fetch(site + "zuche/guanyu.html")[0].decode()
    assert '<object class="XkEmbed" type="text/html" data="/f/xuanka/xk/zuche/zz.html">' in guanyu
    code = _target(batch["xuanka"], "/xk/zuche/").uscc
    assert code not in guanyu and code in fetch(site + "zuche/zz.html")[0].decode()
    family_page.goto(site + "zuche/guanyu.html")
    family_page.wait_for_load_state("load")
    inner = next(f for f in family_page.frames if f.url.endswith("/zz.html"))
    assert code in inner.inner_text("body")
    hunqing = fetch(site + "hunqing/")[0].decode()
    assert "ICP" in hunqing and "统一社会信用代码" not in hunqing


def test_a_presale_is_m4_and_its_rules_wait_in_a_popover(
        batch: dict[str, Family], family_server: DemoServer, family_page: Page) -> None:
    m4 = M4()
    assert m4.expand("define(`X', `<b>$1</b>')dnl gone\nX(" + quote("a, 'b'") + ")") == \
        "<b>a, &#x27;b&#x27;</b>"
    base = f"{family_server.base_url}/f/yushou/ys/"
    item = fetch(base + "yurong/yurongfu.html")[0].decode()
    pop = item[item.index('<div class="YS-pop" id="ys-rule" popover>'):]
    assert "不退不换" in pop[:pop.index("</div>")]
    assert 'popovertarget="ys-rule"' in item and "<script" not in item
    family_page.goto(base + "yurong/yurongfu.html")
    rule = family_page.locator("#ys-rule")
    assert not rule.is_visible() and "不退不换" not in family_page.inner_text("body")
    family_page.click("button[popovertarget=ys-rule]")
    assert rule.is_visible() and "不退不换" in rule.inner_text()
    code = _target(batch["yushou"], "/ys/yuebing/").uscc
    home = fetch(base + "yuebing/")[0].decode()
    assert code in home and 'popovertarget="ys-lic"' in home
    family_page.goto(base + "yuebing/")
    assert not family_page.locator("#ys-lic").is_visible()
    family_page.click("button[popovertarget=ys-lic]")
    assert code in family_page.inner_text("#ys-lic")
    assert "店铺首页" in fetch(base + "yuebing/zizhi.html")[0].decode()
    assert not CJK.search("".join(m4.macros))
