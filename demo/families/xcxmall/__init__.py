"""Family `xcxmall` (sealed, ninth batch): 小程序 H5 storefronts rendered from a JSON state blob.

A shop is one HTML shell: an empty `#mp-app`, `window.__INITIAL_STATE__` (a JSON blob: shop,
goods, qualification, the platform's tip) and `mp-app.js`, which renders the route in the
URL hash: `#/` the home (banners, goods cards, service lines), `#/goods/<id>` a goods
page, `#/qualification` the 商家资质 sub-page (the licence table, notes, or only an
"under review" note). `mp-` classes. The truth's pages are the routes: the licence page
is `<shop>/#/qualification`, a goods page `<shop>/#/goods/<id>`; each serves the shell.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from html import escape
from pathlib import Path

from demo.families.corpus import (
    Assets,
    Family,
    Filed,
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
    registry_labels,
)

HERE = Path(__file__).resolve().parent
ROOT = "/f/xcxmall"
TIPS = {
    "微信小程序": ("平台提示：请在小程序内完成支付，商家索要微信转账或引导添加私人微信的，"
              "请拒绝并投诉。"),
    "支付宝小程序": "温馨提示：小程序外的交易不受平台保障，谨防私下付款。",
}
SLUGS = {"微信小程序": "wx", "支付宝小程序": "ali"}
Words = tuple[Said | str, ...]


@dataclass(frozen=True)
class Goods:
    """One goods route of a shop."""

    gid: str
    title: str
    price: str
    desc: Words = ()
    after: Words = ()


@dataclass(frozen=True)
class Shop:
    """One 小程序 storefront. shown None: the qualification route shows no licence."""

    tid: str
    slug: str
    platform: str
    name: str
    reg: Registered
    category: str
    shown: Shown | None
    banner: Words
    service: Words
    goods: tuple[Goods, ...]
    permit: str = ""
    qual_notes: Words = ()
    status: str = "存续"
    others: tuple[Filed, ...] = ()  # other entities the shop's pages name or show
    note: str = ""

    @property
    def path(self) -> str:
        return f"/{SLUGS[self.platform]}/{self.slug}/"

    @property
    def filed(self) -> Filed:
        return Filed(self.reg, self.status)


def _t(w: Said | str) -> str:
    return w.text if isinstance(w, Said) else w


def _said(*groups: Words) -> list[Said]:
    return [w for g in groups for w in g if isinstance(w, Said)]


def state(s: Shop) -> dict[str, object]:
    """The shop's __INITIAL_STATE__."""
    rows: list[list[str]] = []
    if s.shown is not None:
        person = "经营者" if "个体" in s.shown.kind else "法定代表人"
        rows = [["企业名称", s.shown.name], ["统一社会信用代码", s.shown.uscc],
                ["企业类型", s.shown.kind], [person, s.shown.person],
                ["注册地址", s.shown.address], ["成立日期", s.shown.founded]]
        if s.permit:
            rows.append(["食品经营许可证编号", s.permit])
    return {
        "shop": {"name": s.name, "banner": [_t(w) for w in s.banner],
                 "service": [_t(w) for w in s.service]},
        "goods": [{"id": g.gid, "title": g.title, "price": g.price,
                   "desc": [_t(w) for w in g.desc], "after": [_t(w) for w in g.after]}
                  for g in s.goods],
        "qualification": {"rows": rows, "notes": [_t(w) for w in s.qual_notes]},
        "platform_tip": TIPS[s.platform],
    }


def shell(s: Shop) -> bytes:
    """The one HTML shell every route of the shop serves."""
    blob = json.dumps(state(s), ensure_ascii=False).replace("</", "<\\/")
    return (f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width,initial-scale=1">'
            f"<title>{escape(s.name)}</title></head><body>"
            f'<div id="mp-app"></div><script>window.__INITIAL_STATE__ = {blob};</script>'
            f'<script src="{ROOT}/mp-app.js"></script></body></html>').encode()


def pages_of(s: Shop) -> tuple[list[Page], Assets]:
    """Every route of one shop as a labelled page (all serve the same shell)."""
    body = shell(s)
    home = labels_of(_said(s.banner, s.service))
    home.append(Label("decoy", "live.offplatform_lure",
                      f"{s.platform}'s own tip warns against paying off the platform"))
    qual = licence_labels(s.shown, s.reg, s.name) + registry_labels(s.shown, s.filed, s.name)
    qual += permit_labels(s.category, s.permit) + labels_of(_said(s.qual_notes))
    if s.shown is None:
        qual.append(Label("violation", "licence.missing",
                          "the 商家资质 route shows no licence, only an under-review note"))
    pages = [Page(s.path, "home", body, tuple(home)),
             Page(s.path + "#/qualification", "licence", body, tuple(qual))]
    pages += [Page(f"{s.path}#/goods/{g.gid}", "item", body,
                   tuple(labels_of(_said(g.desc, g.after)))) for g in s.goods]
    return pages, {}


def build() -> Family:
    """The xcxmall family."""
    from demo.families.xcxmall.shops import SHOPS

    js = ((HERE / "mp-app.js").read_bytes(), "text/javascript; charset=utf-8")
    pages, assets = collect(SHOPS, pages_of, {"/mp-app.js": js})
    targets = tuple(Target(s.tid, s.platform, "storefront", s.path, s.name, s.reg.name,
                           s.reg.uscc, s.reg.uscc[2:8], s.category, s.note) for s in SHOPS)
    return Family(
        "xcxmall", "小程序 H5 店铺（__INITIAL_STATE__ 渲染，商家资质在 #/qualification）",
        "a JSON state blob (window.__INITIAL_STATE__) rendered by mp-app.js with hash routes "
        "#/, #/goods/<id>, #/qualification; mp- classes",
        "banners, service lines, goods pages with 售后说明, the 商家资质 route (licence, notes "
        "or an under-review note), the platform's tip",
        True, targets, pages, assets,
        tuple([s.filed for s in SHOPS] + [o for s in SHOPS for o in s.others]))
