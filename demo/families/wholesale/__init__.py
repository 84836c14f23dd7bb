"""Family `wholesale` (sealed): 1688-style B2B 旺铺 of Yantai factories and traders.

Markup: `xml.etree.ElementTree` trees built with SubElement and written with the
"html" method; kebab-case class names with a `bz-` prefix. Plain HTTP, UTF-8.
Wording: B2B copy in Chinese and export English (公司介绍 / Company profile,
起批量 and 阶梯价, 联系方式 with 旺旺, 公司档案 with 工商注册信息, third-party 验厂 and
质检 reports, buyers' questions). Each shop has a 旺铺首页, a 公司档案 page and
offer pages.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass

from demo.families.corpus import (
    Family,
    Label,
    Page,
    Registered,
    Said,
    Shown,
    Target,
    labels_of,
    licence_labels,
    permit_labels,
)

FAMILY = "wholesale"
BLANK = Said("")
PLATFORM_NOTICE = Said(
    "交易提醒：请通过1688下单并使用担保交易付款。对方要求线下打款、私下转账或加微信交易的，"
    "不受平台交易保障，请谨慎。", decoy="live.offplatform_lure",
    note="the platform's trade warning quotes the banned act: the platform's words")


@dataclass(frozen=True)
class Offer:
    """One offer: title, tiered prices, minimum order, parameters and its detail copy."""

    oid: str
    title: str
    tiers: tuple[tuple[str, str], ...]  # (起批量, 单价)
    summary: Said = BLANK  # shown on the shop's home page too
    params: tuple[tuple[str, str], ...] = ()
    detail: tuple[Said, ...] = ()  # only on the offer page


@dataclass(frozen=True)
class Wholesaler:
    """One 旺铺: registry record, the 工商注册信息 it displays, and its copy.

    archive: True when the 公司档案 page carries the registration fields; the
    fields may also be repeated in the home page's footer (footer=True).
    """

    tid: str
    member: str
    shop_name: str
    reg: Registered
    category: str
    shown: Shown | None
    mode: str = "生产厂家"
    years: int = 5
    footer: bool = False
    permit: str = ""
    profile: tuple[Said, ...] = ()  # 公司介绍 (Chinese and English)
    notices: tuple[Said, ...] = ()  # 采购须知 / 售后说明
    contact: tuple[Said, ...] = ()
    questions: tuple[tuple[Said, Said], ...] = ()  # 采购咨询: buyer's question, seller's answer
    reports: tuple[Said, ...] = ()  # third-party reports and certificates on the archive page
    offers: tuple[Offer, ...] = ()
    note: str = ""


def _text(parent: ET.Element, tag: str, text: str, cls: str = "", **attrs: str) -> ET.Element:
    node = ET.SubElement(parent, tag, {"class": cls, **attrs} if cls else attrs)
    node.text = text
    return node


def _skeleton(title: str) -> tuple[ET.Element, ET.Element]:
    html = ET.Element("html", lang="zh-CN")
    head = ET.SubElement(html, "head")
    ET.SubElement(head, "meta", charset="utf-8")
    _text(head, "title", title)
    ET.SubElement(head, "link", rel="stylesheet", href=f"/f/{FAMILY}/bz.css")
    body = ET.SubElement(html, "body")
    top = ET.SubElement(body, "div", {"class": "bz-site-nav", "data-owner": "platform"})
    _text(top, "span", "阿里巴巴1688 · 源头厂货批发", "bz-site-logo")
    _text(top, "a", "采购商服务", "bz-site-link", href="#")
    return html, body


def _write(html: ET.Element) -> bytes:
    return ("<!DOCTYPE html>" + ET.tostring(html, encoding="unicode", method="html")).encode()


def _tiers(parent: ET.Element, offer: Offer) -> None:
    table = ET.SubElement(parent, "table", {"class": "bz-price-tiers"})
    row_q, row_p = ET.SubElement(table, "tr"), ET.SubElement(table, "tr")
    for qty, price in offer.tiers:
        _text(row_q, "td", qty)
        _text(row_p, "td", f"¥{price}")


def _footer(body: ET.Element, w: Wholesaler) -> None:
    foot = ET.SubElement(body, "div", {"class": "bz-shop-footer"})
    if w.footer and w.shown is not None:
        _text(foot, "p", f"{w.shown.name} | 统一社会信用代码：{w.shown.uscc} | "
                         f"法定代表人：{w.shown.person} | {w.shown.address}", "bz-footer-reg")
    _text(foot, "p", "© 1999-2026 1688.com 版权所有", "bz-footer-copy")


def _home(w: Wholesaler, root: str) -> bytes:
    html, body = _skeleton(f"{w.shop_name} - 1688")
    _text(body, "div", PLATFORM_NOTICE.text, "bz-trade-alert", role="alert")
    card = ET.SubElement(body, "div", {"class": "bz-company-card"})
    _text(card, "h1", w.shop_name, "bz-shop-title")
    _text(card, "span", f"诚信通第{w.years}年", "bz-cxt-years")
    _text(card, "span", f"经营模式：{w.mode}", "bz-biz-mode")
    nav = ET.SubElement(body, "ul", {"class": "bz-shop-nav"})
    for text, href in (("首页", "./"), ("供应产品", "#offers"), ("公司档案", "archive"),
                       ("联系方式", "#contact")):
        _text(ET.SubElement(nav, "li"), "a", text, href=href)
    offers = ET.SubElement(body, "div", {"class": "bz-offer-grid", "id": "offers"})
    for o in w.offers:
        cell = ET.SubElement(offers, "div", {"class": "bz-offer-cell"})
        _text(cell, "a", o.title, "bz-offer-title", href=f"offer/{o.oid}.html")
        _tiers(cell, o)
        if o.summary.text:
            _text(cell, "p", o.summary.text, "bz-offer-sell-point")
    intro = ET.SubElement(body, "div", {"class": "bz-company-intro"})
    _text(intro, "h2", "公司介绍 Company Profile")
    for s in w.profile:
        _text(intro, "p", s.text)
    if w.notices:
        box = ET.SubElement(body, "div", {"class": "bz-buyer-notes"})
        _text(box, "h2", "采购须知")
        for s in w.notices:
            _text(box, "p", s.text)
    if w.questions:
        qa = ET.SubElement(body, "div", {"class": "bz-inquiry-list"})
        _text(qa, "h2", "采购咨询")
        for q, a in w.questions:
            item = ET.SubElement(qa, "dl", {"class": "bz-inquiry"})
            _text(item, "dt", f"采购商提问：{q.text}")
            _text(item, "dd", f"供应商回复：{a.text}")
    box = ET.SubElement(body, "div", {"class": "bz-contact-box", "id": "contact"})
    _text(box, "h2", "联系方式")
    _text(box, "p", "旺旺在线：点击发起询盘", "bz-wangwang")
    for s in w.contact:
        _text(box, "p", s.text)
    _footer(body, w)
    return _write(html)


REG_FIELDS = ("企业名称", "统一社会信用代码", "企业类型", "法定代表人", "住所", "成立日期")


def _archive(w: Wholesaler) -> bytes:
    html, body = _skeleton(f"公司档案 - {w.shop_name}")
    _text(body, "a", "返回旺铺首页", "bz-back-link", href="./")
    sheet = ET.SubElement(body, "div", {"class": "bz-archive-sheet"})
    _text(sheet, "h1", "公司档案")
    if w.shown is not None:
        _text(sheet, "h2", "工商注册信息")
        table = ET.SubElement(sheet, "table", {"class": "bz-reg-table"})
        values = (w.shown.name, w.shown.uscc, w.shown.kind, w.shown.person, w.shown.address,
                  w.shown.founded)
        for key, value in zip(REG_FIELDS, values, strict=True):
            row = ET.SubElement(table, "tr")
            _text(row, "th", key)
            _text(row, "td", value)
        _text(sheet, "p", "登记机关：烟台市市场监督管理局", "bz-reg-source")
    else:
        _text(sheet, "p", "企业简介：" + "".join(s.text for s in w.profile[:1]), "bz-archive-intro")
    if w.permit:
        _text(sheet, "p", f"食品经营许可证：{w.permit}（有效期至2029年12月31日）", "bz-permit")
    if w.reports:
        _text(sheet, "h2", "认证与报告")
        for s in w.reports:
            _text(sheet, "p", s.text, "bz-report-line")
    _footer(body, w)
    return _write(html)


def _offer(w: Wholesaler, o: Offer) -> bytes:
    html, body = _skeleton(f"{o.title} - {w.shop_name}")
    _text(body, "a", w.shop_name, "bz-back-link", href="../")
    main = ET.SubElement(body, "div", {"class": "bz-offer-main"})
    _text(main, "h1", o.title, "bz-offer-headline")
    _tiers(main, o)
    if o.params:
        table = ET.SubElement(main, "table", {"class": "bz-offer-params"})
        for key, value in o.params:
            row = ET.SubElement(table, "tr")
            _text(row, "th", key)
            _text(row, "td", value)
    desc = ET.SubElement(main, "div", {"class": "bz-offer-desc"})
    for s in (o.summary, *o.detail):
        if s.text:
            _text(desc, "p", s.text)
    _footer(body, w)
    return _write(html)


def _pages(w: Wholesaler) -> list[Page]:
    root = f"/1688/{w.member}/"
    home_words = [PLATFORM_NOTICE, *w.profile, *w.notices, *w.contact,
                  *(s for qa in w.questions for s in qa), *(o.summary for o in w.offers)]
    home = labels_of(home_words)
    archive = labels_of(w.reports) + permit_labels(w.category, w.permit)
    licence = licence_labels(w.shown, w.reg, w.shop_name,
                             "in the home page's footer too" if w.footer else "")
    (home if w.footer else archive).extend(licence)
    if w.shown is None:
        home.append(Label("violation", "licence.missing",
                          "no 工商注册信息 on the 旺铺 or its 公司档案 page"))
    out = [Page(root, "home", _home(w, root), tuple(home)),
           Page(root + "archive", "licence", _archive(w), tuple(archive))]
    for o in w.offers:
        out.append(Page(f"{root}offer/{o.oid}.html", "item", _offer(w, o),
                        tuple(labels_of([o.summary, *o.detail]))))
    return out


CSS = b"""body{margin:0;font:13px/1.6 Arial,sans-serif;color:#333}
.bz-site-nav{background:#ff7300;color:#fff;padding:6px 16px}.bz-trade-alert{background:#fff3e8;
color:#c60;padding:6px 16px}.bz-company-card{padding:16px;border-bottom:2px solid #ff7300}
.bz-shop-nav li{display:inline-block;margin-right:18px}.bz-offer-grid{display:flex;flex-wrap:wrap}
.bz-offer-cell{width:30%;margin:8px;border:1px solid #eee;padding:8px}
.bz-price-tiers td{padding:2px 10px;color:#f40}.bz-shop-footer{color:#999;padding:16px}
.bz-reg-table th{text-align:left;padding-right:16px;color:#666}
"""


def build() -> Family:
    """The wholesale family: home, 公司档案 and offer pages of every 旺铺."""
    from demo.families.wholesale.shops import WHOLESALERS

    pages = [p for w in WHOLESALERS for p in _pages(w)]
    targets = tuple(Target(w.tid, "alibaba1688", "storefront", f"/1688/{w.member}/",
                           w.shop_name, w.reg.name, w.reg.uscc, w.reg.uscc[2:8], w.category,
                           w.note) for w in WHOLESALERS)
    return Family(FAMILY, "1688批发旺铺（工厂与贸易商）",
                  "xml.etree.ElementTree trees written with the html method, bz- kebab classes",
                  "B2B copy in Chinese and export English: 公司介绍, 阶梯价, 采购须知, "
                  "采购咨询, 公司档案, third-party reports", False, targets, tuple(pages),
                  {"/bz.css": (CSS, "text/css; charset=utf-8")})
