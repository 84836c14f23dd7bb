"""Family `dossier`: shops that name their licence page by what it holds, not by a licence word.

A tuning family (issue 9, storefront structure), written to test the fixes for the
second tuned families on pages they were not made for. Three kinds of seller:
- 有赞-style mini shops: a bottom tab bar (`role="tablist"`) with a 店铺档案 tab, and a
  hidden 店主名片 sheet (`aria-hidden`, opened by a `role="button"` span) whose heading
  says nothing of a licence but whose rows are one;
- 饿了么-style delivery shops: 点餐 / 评价 / 商家档案 tabs; the 商家档案 page lists the
  licence as `<li><label>…</label><em>…</em></li>` rows (商户名称, 信用代码, 商户地址),
  the food permit and suppliers written as "供货商<name>（统一社会信用代码 …）";
- old 企业黄页-style company sites in GBK, table layout, a left menu with 企业档案 /
  诚信档案 pages holding a 工商注册信息 table, and test reports "由<lab>出具（…）".
Markup: lxml.html.builder element factories (no template, no script), camelCase `ds`
classes. Wording written for this family.
"""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree
from lxml.html import builder as E

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

FAMILY = "dossier"
UTF8, GBK = "text/html; charset=utf-8", "text/html; charset=gbk"
HARD = {"tab": "on the 店铺档案 / 商家档案 page a tab opens (no licence word in the tab)",
        "sheet": "in the hidden 店主名片 sheet, whose heading names no licence",
        "archive": "on the 企业档案 / 诚信档案 page of the site's menu"}


@dataclass(frozen=True)
class Seller:
    """One shop: registry record, what it shows and where, and its other lines.

    style: "youzan" | "eleme" | "yellow". place: "tab" (the archive page a tab opens),
    "sheet" (the hidden 店主名片 sheet on the home page), "archive" (企业档案 / 诚信档案
    page of an old site), "pending" (资质审核中 on the archive page) or "none".
    """

    tid: str
    style: str
    slug: str
    name: str
    reg: Registered
    category: str
    shown: Shown | None
    place: str
    entry: str = "店铺档案"  # what the tab or menu item that opens the archive says
    permit: str = ""
    filing: str = ""
    intro: tuple[str, ...] = ()
    others: tuple[Said, ...] = ()  # suppliers, labs: other parties' codes on the archive page
    note: str = ""


def _doc(title: str, *body: etree._Element) -> etree._Element:
    return E.HTML(E.HEAD(E.META(charset="utf-8"), E.TITLE(title)), E.BODY(*body))


def _bytes(doc: etree._Element, ctype: str) -> bytes:
    text = etree.tostring(doc, encoding="unicode", method="html", doctype="<!DOCTYPE html>")
    if ctype == GBK:
        return text.replace('charset="utf-8"', 'charset="gbk"').encode("gbk")
    return text.encode()


def _rows(s: Seller) -> list[tuple[str, str]]:
    """The licence rows as each style labels them (all labels are the family's own)."""
    assert s.shown is not None
    keys = {"youzan": ("主体名称", "社会信用代码", "主体类型", "经营者/法人", "注册地址"),
            "eleme": ("商户名称", "信用代码", "商户类型", "负责人", "商户地址"),
            "yellow": ("企业名称", "统一社会信用代码", "企业类型", "法定代表人", "住所")}[s.style]
    values = (s.shown.name, s.shown.uscc, s.shown.kind, s.shown.person, s.shown.address)
    return list(zip(keys, values, strict=True))


def _permit_rows(s: Seller) -> list[tuple[str, str]]:
    out = [("食品经营许可证编号", s.permit)] if s.permit else []
    return out + ([("预包装食品销售备案编号", s.filing)] if s.filing else [])


def _records(s: Seller) -> list[etree._Element]:
    """The licence (or pending notice), permit and other parties, in the seller's style."""
    if s.place == "pending":
        return [E.P(E.CLASS("dsPending"), "主体资质审核中，审核通过后展示")]
    if s.shown is None:
        return [E.P(E.CLASS("dsIntro"), line) for line in s.intro]
    rows = _rows(s) + _permit_rows(s)
    if s.style == "yellow":
        table = E.TABLE(E.CLASS("dsRegTable"),
                        *(E.TR(E.TD(f"{k}："), E.TD(v)) for k, v in rows))
        block = [E.H3("工商注册信息"), table]
    elif s.style == "eleme":
        block = [E.UL(E.CLASS("dsMerchantList"),
                      *(E.LI(E.LABEL(k), E.EM(v)) for k, v in rows))]
    else:
        block = [E.DIV(E.CLASS("dsCardRow"), E.SPAN(k), E.B(v)) for k, v in rows]
    return block + [E.P(E.CLASS("dsOther"), o.text) for o in s.others]


def _tabs(s: Seller) -> etree._Element:
    if s.style == "yellow":
        items = (("网站首页", "./"), (s.entry, "dangan.asp"), ("产品中心", "#chanpin"),
                 ("联系我们", "#lianxi"))
        return E.TABLE(E.CLASS("dsLeftMenu"), *(E.TR(E.TD(E.A(t, href=h))) for t, h in items))
    tabs = [("点餐", "./"), ("评价", "#reviews")] if s.style == "eleme" else [
        ("首页", "./"), ("全部商品", "#goods")]
    if s.place != "sheet":  # a sheet seller keeps its records on the home page only
        tabs.append((s.entry, "record"))
    return E.DIV(E.CLASS("dsTabBar"), *(E.A(w, href=h, role="tab") for w, h in tabs),
                 role="tablist")


def _home(s: Seller, ctype: str) -> bytes:
    sheet = []
    if s.place == "sheet":
        sheet = [E.SPAN("店主名片", E.CLASS("dsCardBtn"), role="button"),
                 E.SECTION(E.CLASS("dsOwnerSheet"), E.H4("认识一下店主"), *_records(s),
                           **{"aria-hidden": "true"})]
    where = s.reg.address.removeprefix("山东省烟台市")
    body = [E.DIV(E.CLASS("dsShopHead"), E.H1(s.name), E.P(f"{where} · 营业中")),
            *sheet,
            E.DIV(E.CLASS("dsGoodsWall"), *(E.P(line) for line in s.intro), id="goods"),
            _tabs(s)]
    return _bytes(_doc(s.name, *body), ctype)


def _archive(s: Seller, ctype: str) -> bytes:
    return _bytes(_doc(f"{s.entry} - {s.name}", E.H2(s.entry), *_records(s),
                       E.A("返回", href="./")), ctype)


def _pages(s: Seller) -> tuple[list[Page], dict[str, tuple[bytes, str]]]:
    root = f"/{s.style}/{s.slug}/"
    ctype = GBK if s.style == "yellow" else UTF8
    hard = HARD.get(s.place, "")
    licence = licence_labels(s.shown, s.reg, s.name, hard) if s.place != "pending" else []
    records = licence + permit_labels(s.category, s.permit, s.filing) + labels_of(s.others)
    home: list[Label] = []
    if s.shown is None or s.place == "pending":
        home.append(Label("violation", "licence.missing",
                          "no licence on the home page or the archive page"
                          + (" (审核中 is no licence)" if s.place == "pending" else "")))
    pages = [Page(root, "home", _home(s, ctype), tuple(home + (
        records if s.place == "sheet" else [])), ctype)]
    if s.place != "sheet":
        slug = "dangan.asp" if s.style == "yellow" else "record"
        pages.append(Page(root + slug, "licence", _archive(s, ctype), tuple(records), ctype))
    return pages, {}


def build() -> Family:
    """The dossier family: every home and archive page."""
    from demo.families.dossier.shops import SELLERS

    pages, assets = collect(SELLERS, _pages)
    platform = {"youzan": "youzan", "eleme": "eleme", "yellow": "other"}
    targets = tuple(Target(s.tid, platform[s.style], "storefront", f"/{s.style}/{s.slug}/",
                           s.name, s.reg.name, s.reg.uscc, s.reg.uscc[2:8], s.category, s.note)
                    for s in SELLERS)
    return Family(FAMILY, "档案页与名片卡店铺（有赞、饿了么、企业黄页）",
                  "lxml.html.builder element factories, camelCase ds classes, GBK old sites",
                  "shop copy written for this family: 店铺档案, 商家档案, 企业档案, 店主名片, "
                  "供货商 and 检验报告 lines", False, targets, pages, assets)
