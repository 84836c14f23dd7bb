"""Family `weapp`: 小程序 / 微店 web-view shops and 快手-style rooms, built as DOM trees.

Markup: every page is a `xml.dom.minidom` document (no template, no script), `wv-`
class names, licence fields as label/value element pairs with no colon between them.
The licence sits where such shops hide it: a dialog (`role="dialog"`, `hidden`)
opened by a 证照公示 / 营业执照 link or button, a collapsed 企业信息 panel, a footer line;
one shop shows only a pending notice in its dialog. Rooms show the host's words in a
实时字幕 panel beside a 弹幕 list (badges 主播 / 粉丝 / Lv.N), and a 店铺资质 page that
may list an MCN agency's licence beside the seller's. A tuning family (issue 9): written
to test the structural fixes on pages they were not made for.
"""

from __future__ import annotations

from dataclasses import dataclass
from xml.dom.minidom import Document, Element, getDOMImplementation

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

CTYPE = "text/html; charset=utf-8"
VOID = frozenset({"meta", "img", "br", "hr", "input", "link"})  # HTML elements with no end tag
HARD = {"dialog": "in a hidden dialog opened by a link (证照公示)",
        "panel": "in a collapsed 企业信息 panel opened by a button",
        "footer": "in a footer line whose holder's name ends in a party word (加工厂)",
        "page": ""}


@dataclass(frozen=True)
class Seller:
    """One shop or room: registry record, what it displays, where, and what it says."""

    tid: str
    platform: str
    kind: str  # storefront / livestream
    slug: str
    name: str  # 店铺名 / room name, as the regulator's list names it
    reg: Registered
    category: str
    shown: Shown | None
    place: str  # dialog / panel / footer / page ("" when only a pending notice is shown)
    intro: tuple[Said, ...] = ()  # shop intro, or the room's 实时字幕 lines
    detail: tuple[Said, ...] = ()  # the product page's copy
    chat: tuple[Said, ...] = ()  # room 弹幕: Said.who is "主播 nick", "粉丝 nick" or "Lv.N nick"
    permit: str = ""
    other: tuple[str, str, str] | None = None  # another party's licence: (heading, name, code)
    note: str = ""

    @property
    def root(self) -> str:
        return f"/{self.platform}/{self.slug}/"


def _node(doc: Document, parent: Element, tag: str, cls: str = "", text: str = "",
          **attrs: str) -> Element:
    el = doc.createElement(tag)
    if cls:
        el.setAttribute("class", cls)
    for key, value in attrs.items():
        el.setAttribute(key.replace("_", "-"), value)
    if text or tag not in VOID:  # an empty text node: <video></video>, never <video/>
        el.appendChild(doc.createTextNode(text))
    parent.appendChild(el)
    return el


def _document(title: str) -> tuple[Document, Element]:
    impl = getDOMImplementation()
    assert impl is not None
    doc = impl.createDocument(None, "html", None)
    html = doc.documentElement
    html.setAttribute("lang", "zh-CN")
    head = _node(doc, html, "head")
    _node(doc, head, "meta", charset="utf-8")
    _node(doc, head, "title", text=title)
    return doc, _node(doc, html, "body", "wv-page")


def _bytes(doc: Document) -> bytes:
    return b"<!DOCTYPE html>" + doc.documentElement.toxml(encoding="utf-8")


def _cells(doc: Document, box: Element, rows: list[tuple[str, str]]) -> None:
    for key, value in rows:
        cell = _node(doc, box, "div", "wv-cell")
        _node(doc, cell, "b", "wv-cell-key", key)
        _node(doc, cell, "em", "wv-cell-val", value)


def _licence(doc: Document, box: Element, s: Seller) -> None:
    if s.shown is None:
        _node(doc, box, "p", "wv-tip", "营业执照资料审核中，审核通过后展示。")
        return
    v = s.shown
    _cells(doc, box, [("主体名称", v.name), ("统一社会信用代码", v.uscc), ("主体类型", v.kind),
                      ("经营者" if "个体" in v.kind else "法定代表人", v.person),
                      ("经营场所" if "个体" in v.kind else "住所", v.address)])
    if s.permit:
        _cells(doc, box, [("食品经营许可证", s.permit)])
    if s.other is not None:
        _node(doc, box, "h4", "wv-sub-hd", s.other[0])
        _cells(doc, box, [("名称", s.other[1]), ("统一社会信用代码", s.other[2])])


def _labels(s: Seller) -> list[Label]:
    lic = licence_labels(s.shown, s.reg, s.name, HARD.get(s.place, ""))
    if s.shown is None:
        lic = [Label("violation", "licence.missing",
                     "the 证照 dialog says the licence is under review: nothing is displayed")]
    if s.other is not None:
        lic.append(Label("decoy", "licence.mismatch",
                         f"{s.other[0]}: {s.other[1]} is another party, not the seller"))
    return lic + permit_labels(s.category, s.permit)


def _shop_home(s: Seller, href: str) -> Page:
    doc, body = _document(f"{s.name} - 微店")
    top = _node(doc, body, "div", "wv-top")
    _node(doc, top, "strong", "wv-shop", s.name)
    for said in s.intro:
        _node(doc, body, "p", "wv-intro", said.text)
    goods = _node(doc, body, "div", "wv-goods")
    _node(doc, goods, "a", "wv-goods-link", "商品详情", href=f"{href}goods/1")
    if s.place == "dialog" or s.shown is None:
        _node(doc, body, "a", "wv-btn", "证照公示", href="#wv-cert", aria_controls="wv-cert")
        box = _node(doc, body, "div", "wv-dialog", id="wv-cert", role="dialog", hidden="hidden")
        _node(doc, box, "h3", "wv-dialog-hd", "营业执照")
        _licence(doc, box, s)
    elif s.place == "panel":
        _node(doc, body, "button", "wv-btn", "企业信息", type="button")
        box = _node(doc, body, "section", "wv-fold", style="display:none")
        _licence(doc, box, s)
    elif s.place == "footer" and s.shown is not None:
        foot = _node(doc, body, "footer", "wv-foot")
        _node(doc, foot, "p", "wv-foot-line", f"营业执照：{s.shown.name}　统一社会信用代码："
              f"{s.shown.uscc}")
        if s.permit:
            _node(doc, foot, "p", "wv-foot-line", f"食品经营许可证：{s.permit}")
    return Page(s.root, "home", _bytes(doc), tuple(labels_of(s.intro) + _labels(s)), CTYPE)


def _room_home(s: Seller, href: str) -> Page:
    doc, body = _document(f"{s.name}的直播间 - 快手")
    _node(doc, body, "h1", "wv-room-title", s.name)
    _node(doc, body, "video", "wv-player", muted="muted")
    subs = _node(doc, body, "div", "wv-caption", aria_label="实时字幕")
    for said in s.intro:
        _node(doc, subs, "p", "wv-caption-line", said.text)
    card = _node(doc, body, "div", "wv-card")
    _node(doc, card, "a", "wv-card-link", "讲解中 商品", href=f"{href}goods/1")
    _node(doc, card, "a", "wv-card-cert", "店铺资质", href=f"{href}zizhi")
    chat = _node(doc, body, "ul", "wv-danmu", aria_label="弹幕")
    for said in s.chat:
        badge, _, nick = said.who.partition(" ")
        row = _node(doc, chat, "li", "wv-danmu-row")
        _node(doc, row, "span", "wv-danmu-badge", badge)
        _node(doc, row, "span", "wv-danmu-nick", nick)
        _node(doc, row, "span", "wv-danmu-text", said.text)
    return Page(s.root, "home", _bytes(doc), tuple(labels_of((*s.intro, *s.chat))), CTYPE)


def _pages(s: Seller) -> tuple[list[Page], dict[str, tuple[bytes, str]]]:
    href = "/f/weapp" + s.root
    pages = [_shop_home(s, href) if s.kind == "storefront" else _room_home(s, href)]
    if s.kind == "livestream":
        doc, body = _document(f"店铺资质 - {s.name}")
        _node(doc, body, "h2", "wv-cert-hd", "店铺资质")
        _licence(doc, body, s)
        pages.append(Page(s.root + "zizhi", "licence", _bytes(doc), tuple(_labels(s)), CTYPE))
    doc, body = _document(f"商品详情 - {s.name}")
    for said in s.detail:
        _node(doc, body, "p", "wv-detail", said.text)
    pages.append(Page(s.root + "goods/1", "item", _bytes(doc), tuple(labels_of(s.detail)),
                      CTYPE))
    return pages, {}


def build() -> Family:
    """The weapp family: every shop and room page built once."""
    from demo.families.weapp.sellers import SELLERS

    pages, assets = collect(SELLERS, _pages)
    targets = tuple(Target(s.tid, s.platform, s.kind, s.root, s.name, s.reg.name, s.reg.uscc,
                           s.reg.uscc[2:8], s.category, s.note) for s in SELLERS)
    return Family("weapp", "小程序/微店 web-view 小店与快手式直播间（DOM 构建）",
                  "xml.dom.minidom trees, wv- class names, label/value element pairs",
                  "web-view shop copy, 实时字幕 host speech, 弹幕 viewers, 店铺资质 with an MCN",
                  False, targets, pages, assets)
