"""Family `nongzi` (sealed, ninth batch): 农资 shops (种子, 化肥, 兽药, 农家蜂蜜) on 惠农网 / 淘宝.

Pages are element trees built with xml.etree.ElementTree and serialised as HTML; `nz-`
classes. A shop has a home (the 店铺公告, 农技 tips, the product list, the platform's
reminder), one page per product (卖点, 用法, 售后), and a 经营证照 page: the seller's
营业执照 as a definition list, sometimes beside a third party's permit (the seed producer's
种子生产经营许可证, a veterinary drug's 批准文号), or the story of a former entity.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass

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

SLUGS = {"惠农网": "huinong", "淘宝": "taobao"}
REMIND = {
    "惠农网": "惠农网提醒：交易请使用平台担保支付，谨防对方索要定金转账或引导线下交易。",
    "淘宝": "淘宝提醒：请勿添加卖家私人联系方式付款，站外交易无法维权。",
}
Words = tuple[Said | str, ...]


@dataclass(frozen=True)
class Product:
    """One product page."""

    pid: str
    name: str
    price: str
    points: Words = ()
    usage: Words = ()
    after: Words = ()


@dataclass(frozen=True)
class Shop:
    """One 农资 shop: its registry record, what its 经营证照 page shows, its products."""

    tid: str
    slug: str
    platform: str
    name: str
    reg: Registered
    category: str
    shown: Shown | None
    notice: Words
    products: tuple[Product, ...]
    permit: str = ""
    extra: tuple[tuple[str, str], ...] = ()  # a third party's permit rows on the 证照 page
    cert_notes: Words = ()
    status: str = "存续"
    status_date: str = ""
    note: str = ""

    @property
    def path(self) -> str:
        return f"/{SLUGS[self.platform]}/{self.slug}/"

    @property
    def filed(self) -> Filed:
        return Filed(self.reg, self.status, self.status_date)


def _t(w: Said | str) -> str:
    return w.text if isinstance(w, Said) else w


def _said(*groups: Words) -> list[Said]:
    return [w for g in groups for w in g if isinstance(w, Said)]


def _sub(parent: ET.Element, tag: str, cls: str = "", text: str = "",
         **attrs: str) -> ET.Element:
    e = ET.SubElement(parent, tag, {"class": cls, **attrs} if cls else attrs)
    if text:
        e.text = text
    return e


def _doc(s: Shop, title: str) -> tuple[ET.Element, ET.Element]:
    html = ET.Element("html", lang="zh-CN")
    head = _sub(html, "head")
    _sub(head, "meta", charset="utf-8")
    _sub(head, "title", text=title)
    body = _sub(html, "body", "nz-page")
    top = _sub(body, "div", "nz-top")
    _sub(top, "a", "nz-shopname", s.name, href=f"/f/nongzi{s.path}")
    _sub(top, "a", "nz-cert-link", "经营证照", href=f"/f/nongzi{s.path}zhengzhao.html")
    main = _sub(body, "div", "nz-main")
    _sub(body, "div", "nz-remind", REMIND[s.platform])
    return html, main


def _bytes(html: ET.Element) -> bytes:
    return b"<!DOCTYPE html>\n" + ET.tostring(html, encoding="utf-8", method="html",
                                               xml_declaration=False)


def _lines(parent: ET.Element, cls: str, words: Words) -> None:
    for w in words:
        _sub(parent, "p", cls, _t(w))


def _home(s: Shop) -> Page:
    html, main = _doc(s, s.name)
    _sub(main, "h1", "nz-h1", s.name)
    board = _sub(main, "div", "nz-board")
    _sub(board, "h2", "nz-h2", "店铺公告")
    _lines(board, "nz-board-line", s.notice)
    ul = _sub(main, "ul", "nz-list")
    for p in s.products:
        li = _sub(ul, "li", "nz-list-item")
        _sub(li, "a", "nz-list-link", p.name, href=f"/f/nongzi{s.path}item/{p.pid}.html")
        _sub(li, "span", "nz-list-price", f"￥{p.price}")
    labels = labels_of(_said(s.notice))
    labels.append(Label("decoy", "live.offplatform_lure",
                        f"{s.platform}'s own reminder warns against off-platform payment"))
    return Page(s.path, "home", _bytes(html), tuple(labels))


def _item(s: Shop, p: Product) -> Page:
    html, main = _doc(s, p.name)
    _sub(main, "h1", "nz-h1", p.name)
    _sub(main, "p", "nz-price", f"￥{p.price}")
    for head, cls, words in (("卖点", "nz-point", p.points), ("用法用量", "nz-usage", p.usage),
                             ("售后服务", "nz-after", p.after)):
        if words:
            box = _sub(main, "div", cls + "s")
            _sub(box, "h2", "nz-h2", head)
            _lines(box, cls, words)
    return Page(f"{s.path}item/{p.pid}.html", "item", _bytes(html),
                tuple(labels_of(_said(p.points, p.usage, p.after))))


def _cert(s: Shop) -> Page:
    html, main = _doc(s, f"{s.name} 经营证照")
    _sub(main, "h1", "nz-h1", "经营证照")
    if s.shown is not None:
        person = "经营者" if "个体" in s.shown.kind else "法定代表人"
        dl = _sub(main, "dl", "nz-licence")
        rows = [("名称", s.shown.name), ("统一社会信用代码", s.shown.uscc),
                ("类型", s.shown.kind), (person, s.shown.person), ("住所", s.shown.address),
                ("成立日期", s.shown.founded)]
        if s.permit:
            rows.append(("食品经营许可证", s.permit))
        for k, v in rows:
            _sub(dl, "dt", "nz-k", k)
            _sub(dl, "dd", "nz-v", v)
    if s.extra:
        other = _sub(main, "dl", "nz-other")
        for k, v in s.extra:
            _sub(other, "dt", "nz-k", k)
            _sub(other, "dd", "nz-v", v)
    _lines(main, "nz-cert-note", s.cert_notes)
    labels = licence_labels(s.shown, s.reg, s.name) + registry_labels(s.shown, s.filed, s.name)
    labels += permit_labels(s.category, s.permit) + labels_of(_said(s.cert_notes))
    if s.extra:
        labels.append(Label("decoy", "licence.mismatch",
                            f"a third party's permit ({s.extra[0][1]}) beside the seller's own "
                            "licence; not the seller's identity"))
    if s.shown is None:
        labels.append(Label("violation", "licence.missing", "the 经营证照 page shows no licence"))
    return Page(s.path + "zhengzhao.html", "licence", _bytes(html), tuple(labels))


def pages_of(s: Shop) -> tuple[list[Page], Assets]:
    """Every page of one shop."""
    return [_home(s), _cert(s), *(_item(s, p) for p in s.products)], {}


def build() -> Family:
    """The nongzi family."""
    from demo.families.nongzi.shops import FORMER, SHOPS

    pages, assets = collect(SHOPS, pages_of)
    targets = tuple(Target(s.tid, s.platform, "storefront", s.path, s.name, s.reg.name,
                           s.reg.uscc, s.reg.uscc[2:8], s.category, s.note) for s in SHOPS)
    return Family(
        "nongzi", "农资店铺（种子、化肥、兽药、农家蜂蜜；惠农网、淘宝）",
        "xml.etree.ElementTree element trees serialised as HTML; nz- classes",
        "店铺公告, product 卖点 / 用法用量 / 售后服务, 经营证照 with a seed producer's or a "
        "veterinary drug's permit beside the seller's licence, the platform's reminder",
        False, targets, pages, assets, (*(s.filed for s in SHOPS), *FORMER))
