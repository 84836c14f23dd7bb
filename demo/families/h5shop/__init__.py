"""Family `h5shop`: mobile H5 shops (微店 / 有赞 / 小红书 style) rendered from JSON in a script.

Markup: every page is an empty shell (`<div id="app">`) plus the page state as a JSON
script (`window.__H5_STATE__`); a small runtime (runtime.js) builds the DOM with
hashed, CSS-module style class names. The licence sits where such shops put it:
an image with alt text in 店铺资质, a 证照信息 pop-up sheet on the home page, a
separate 证照 route rendered from its own JSON, or a text block; some shops show
none, or a supplier's licence beside their own. Wording: seller copy, 售后说明,
buyers' reviews and the platform's own notices, each in its own element.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from html import escape
from pathlib import Path

from demo.families.corpus import (
    Family,
    Label,
    Page,
    Registered,
    Said,
    Shown,
    Target,
    collect,
    labels_of,
    licence_labels,
    permit_labels,
)

HERE = Path(__file__).parent
RUNTIME = "/static/h5-runtime.js"
PLATFORM = {"weidian": ("微店", "店铺证照"), "youzan": ("有赞", "证照信息"),
            "xiaohongshu": ("小红书", "店铺资质")}
# where the licence is shown: "image" (店铺资质 image only), "sheet" (pop-up on the home
# page), "route" (its own 证照 page), "text" (a text block in 店铺资质 on the home page)


@dataclass(frozen=True)
class Item:
    """One product page: seller copy, after-sales text, reviews and the platform's notice."""

    title: str
    price: str
    detail: tuple[Said, ...]
    aftersale: tuple[Said, ...] = ()
    reviews: tuple[Said, ...] = ()  # Said.who is the buyer's nickname
    notice: Said | None = None  # the platform's banner on the item page


@dataclass(frozen=True)
class Shop:
    """One H5 shop: registry record, what it displays, where, and what it says."""

    tid: str
    platform: str
    sid: str
    name: str  # 店铺名 (as the regulator's list names it)
    reg: Registered
    category: str
    shown: Shown | None
    place: str  # image / sheet / route / text ("" when no licence is shown)
    intro: tuple[Said, ...]  # 店铺简介 / 店主说 on the home page
    items: tuple[Item, ...]
    permit: str = ""
    filing: str = ""
    third: tuple[str, str, str] | None = None  # a supplier's licence: (role, name, code)
    note: str = ""

    @property
    def root(self) -> str:
        return f"/{self.platform}/shop/{self.sid}/"


HARD = {"image": "only as an image (alt 营业执照) in 店铺资质",
        "sheet": "in a 证照信息 pop-up sheet on the home page (hidden until tapped)",
        "route": "on its own 证照 route page, linked from the home page",
        "text": ""}


def _shell(title: str, state: dict[str, object]) -> bytes:
    data = json.dumps(state, ensure_ascii=False).replace("</", "<\\/")
    return (f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width,initial-scale=1,'
            f'user-scalable=no"><title>{escape(title)}</title></head><body>'
            f'<div id="app"></div><noscript>请在微信或浏览器中打开</noscript>'
            f"<script>window.__H5_STATE__={data};</script>"
            f'<script src="/f/h5shop{RUNTIME}" defer></script></body></html>').encode()


def _fields(s: Shop) -> list[list[str]]:
    assert s.shown is not None
    v = s.shown
    rows = [["企业名称", v.name], ["统一社会信用代码", v.uscc], ["类型", v.kind],
            ["法定代表人" if "个体" not in v.kind else "经营者", v.person],
            ["住所", v.address], ["成立日期", v.founded]]
    if s.permit:
        rows.append(["食品经营许可证", s.permit])
    if s.filing:
        rows.append(["仅销售预包装食品备案", s.filing])
    return rows


def _said(words: tuple[Said, ...]) -> list[str]:
    return [w.text for w in words]


def _pages(s: Shop) -> tuple[list[Page], dict[str, tuple[bytes, str]]]:
    from demo.families.h5shop.card import licence_card

    href = "/f/h5shop" + s.root
    zh, entry = PLATFORM[s.platform]
    lic = licence_labels(s.shown, s.reg, s.name, HARD.get(s.place, ""))
    if s.shown is None:
        lic = [Label("violation", "licence.missing",
                     "no 店铺资质 / 证照 entry, no licence text or image anywhere in the shop")]
    third: list[Label] = []
    if s.third is not None:
        third = [Label("decoy", "licence.mismatch",
                       f"{s.third[0]}'s licence ({s.third[1]}) shown beside the shop's own; "
                       "a third party's licence is not the seller's")]
    permit = permit_labels(s.category, s.permit, s.filing)
    home: dict[str, object] = {
        "page": "home", "platform": zh, "shop": s.name, "intro": _said(s.intro),
        "goods": [{"href": f"{href}goods/{i}", "title": it.title, "price": it.price}
                  for i, it in enumerate(s.items, 1)]}
    home_labels = labels_of(s.intro)
    assets: dict[str, tuple[bytes, str]] = {}
    cert_labels = lic + third + permit
    cert: dict[str, object] = {"title": entry}
    if s.shown is not None:
        if s.place == "image":
            img = f"{href}cert/yyzz.png"
            assets[s.root + "cert/yyzz.png"] = (licence_card(s.shown), "image/png")
            cert["image"] = {"src": img, "alt": "营业执照"}
            cert["rows"] = [r for r in _fields(s) if r[0] in ("食品经营许可证",
                                                              "仅销售预包装食品备案")]
        else:
            cert["rows"] = _fields(s)
        if s.third is not None:
            cert["third"] = {"head": f"{s.third[0]}资质", "rows": [
                ["供货单位", s.third[1]], ["统一社会信用代码", s.third[2]]]}
    pages: list[Page] = []
    if s.place == "route":
        home["certLink"] = {"href": f"{href}cert", "text": entry}
        pages.append(Page(s.root, "home", _shell(f"{s.name} - {zh}", home),
                          tuple(home_labels)))
        pages.append(Page(s.root + "cert", "licence",
                          _shell(f"{entry} - {s.name}", {"page": "cert", "shop": s.name,
                                                         "cert": cert}), tuple(cert_labels)))
    else:
        if s.shown is not None:
            home["cert"] = cert
            home["certMode"] = "sheet" if s.place == "sheet" else "block"
        pages.append(Page(s.root, "home", _shell(f"{s.name} - {zh}", home),
                          tuple(home_labels + cert_labels)))
    for i, it in enumerate(s.items, 1):
        state = {"page": "goods", "shop": s.name, "platform": zh, "title": it.title,
                 "price": it.price, "detail": _said(it.detail),
                 "aftersale": _said(it.aftersale),
                 "reviews": [{"nick": r.who, "text": r.text} for r in it.reviews],
                 "notice": it.notice.text if it.notice else "", "home": href}
        words = [*it.detail, *it.aftersale, *it.reviews, *([it.notice] if it.notice else [])]
        pages.append(Page(f"{s.root}goods/{i}", "item", _shell(f"{it.title} - {s.name}", state),
                          tuple(labels_of(words))))
    return pages, assets


def build() -> Family:
    """The h5shop family: every shell page and its licence images, built once."""
    from demo.families.h5shop.shops import SHOPS

    runtime = {RUNTIME: ((HERE / "runtime.js").read_bytes(), "text/javascript; charset=utf-8")}
    pages, assets = collect(SHOPS, _pages, runtime)
    targets = tuple(Target(s.tid, s.platform, "storefront", s.root, s.name, s.reg.name,
                           s.reg.uscc, s.reg.uscc[2:8], s.category, s.note) for s in SHOPS)
    return Family("h5shop", "移动端H5小店（微店/有赞/小红书，脚本渲染JSON）",
                  "JSON page state in a script, DOM built by a runtime, hashed CSS-module classes",
                  "H5 shop copy: 店主说, 商品详情, 售后说明, 买家评价, 平台提示",
                  True, targets, pages, assets)
