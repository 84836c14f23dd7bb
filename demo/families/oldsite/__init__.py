"""Family `oldsite`: self-built 官网 of the GBK era: tables, <font>, inline styles, no classes.

Markup is concatenated strings; pages are served GBK-encoded with a gb2312 meta
tag. Wording: old-style company sites (公司简介, 联系我们, 企业信息, 产品中心). The
licence sits on one of those pages, in the footer, as a scanned image, or nowhere.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

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
from demo.families.oldsite.scan import licence_scan

CTYPE = "text/html; charset=gbk"
NAV = (("index.html", "网站首页"), ("about.html", "公司简介"), ("products.html", "产品中心"),
       ("info.html", "企业信息"), ("contact.html", "联系我们"))


@dataclass(frozen=True)
class Site:
    """One company site: registry record, where its licence sits, and its pages' wording."""

    tid: str
    slug: str
    title: str  # site title as listed (often a brand, not the registered name)
    reg: Registered
    category: str
    shown: Shown | None
    place: str  # about | contact | info | footer | image | none
    permit: str = ""
    welcome: tuple[Said, ...] = ()
    about: tuple[Said, ...] = ()
    products: tuple[tuple[str, tuple[Said, ...]], ...] = ()
    contact: tuple[Said, ...] = ()
    footer: tuple[Said, ...] = ()
    note: str = ""


def _t(s: Said | str) -> str:
    return escape(s.text if isinstance(s, Said) else s)


def _frame(site: Site, heading: str, inner: str, root: str) -> bytes:
    nav = "&nbsp;|&nbsp;".join(
        f'<a href="{root}{href}" style="color:#fff;text-decoration:none">'
        f'<font size="2">{label}</font></a>' for href, label in NAV)
    foot = "".join(f"<br>{_t(s)}" for s in site.footer)
    if site.place == "footer" and site.shown is not None:
        foot += (f"<br>营业执照：{escape(site.shown.name)}&nbsp;&nbsp;统一社会信用代码："
                 f"{escape(site.shown.uscc)}")
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">'
        f"<title>{escape(site.title)}-{escape(heading)}</title></head>"
        '<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0">'
        '<table width="900" border="0" align="center" cellpadding="0" cellspacing="0">'
        f'<tr><td height="80" bgcolor="#1F4E8C"><font color="#FFFFFF" size="5" face="黑体">'
        f"&nbsp;{escape(site.title)}</font></td></tr>"
        f'<tr><td height="28" bgcolor="#3A6FB0" align="center">{nav}</td></tr>'
        '<tr><td valign="top" style="padding:10px;border:1px solid #ccc">'
        f'<table width="100%"><tr><td bgcolor="#EEEEEE"><font color="#1F4E8C"><b>{escape(heading)}'
        f'</b></font></td></tr><tr><td style="line-height:24px;font-size:14px">{inner}</td></tr>'
        "</table></td></tr>"
        f'<tr><td align="center" bgcolor="#E5E5E5" style="font-size:12px;color:#666;padding:8px">'
        f"Copyright 2008-2026 {escape(site.title)} 版权所有{foot}</td></tr>"
        "</table></body></html>")
    return html.encode("gbk")


def _licence_html(site: Site, root: str) -> str:
    s = site.shown
    if s is None:
        return ""
    if site.place == "image":
        return (f'<p align="center"><img src="{root}images/yyzz.png" width="600" height="400" '
                'border="0"><br><font size="2">营业执照副本</font></p>')
    rows = (("名称", s.name), ("统一社会信用代码", s.uscc), ("类型", s.kind),
            ("法定代表人", s.person), ("住所", s.address), ("成立日期", s.founded))
    return "<p>&nbsp;&nbsp;本公司营业执照信息：" + "".join(
        f"<br>{k}：{escape(v)}" for k, v in rows) + "</p>"


def _paras(items: tuple[Said, ...]) -> str:
    return "".join(f"<p>&nbsp;&nbsp;&nbsp;&nbsp;{_t(s)}</p>" for s in items)


def _pages(site: Site) -> tuple[list[Page], dict[str, tuple[bytes, str]]]:
    root = f"/{site.slug}/"
    href = "/f/oldsite" + root
    lic = licence_labels(site.shown, site.reg, site.title,
                         {"about": "on 公司简介", "contact": "on 联系我们", "info": "on 企业信息",
                          "footer": "in the footer", "image": "only as a scanned image"}
                         .get(site.place, ""))
    permit = (f"<p>食品经营许可证编号：{site.permit}</p>" if site.permit else "")
    where = {"about": "about.html", "contact": "contact.html", "info": "info.html",
             "image": "info.html"}.get(site.place, "")
    common = labels_of(site.footer)
    home_labels = labels_of(site.welcome) + common + permit_labels(site.category, site.permit)
    if site.shown is None:
        home_labels.append(Label("violation", "licence.missing",
                                 "no licence on any page of the site, only ICP and contacts"))
    if site.place == "footer":
        home_labels += lic
    bodies = {
        "index.html": ("网站首页", _paras(site.welcome) + "".join(
            f'<p><a href="{href}product_{i}.html">{escape(name)}</a></p>'
            for i, (name, _) in enumerate(site.products, 1)), home_labels),
        "about.html": ("公司简介", _paras(site.about), labels_of(site.about) + common),
        "products.html": ("产品中心", "".join(
            f'<p><a href="{href}product_{i}.html">{escape(n)}</a></p>'
            for i, (n, _) in enumerate(site.products, 1)), list(common)),
        "info.html": ("企业信息", "<p>企业信息公示</p>", list(common)),
        "contact.html": ("联系我们", _paras(site.contact), labels_of(site.contact) + common),
    }
    if where:
        head, inner, labels = bodies[where]
        bodies[where] = (head, inner + _licence_html(site, href) + permit, labels + lic)
    elif permit:
        head, inner, labels = bodies["about.html"]
        bodies["about.html"] = (head, inner + permit, labels)
    pages = []
    for name, (head, inner, labels) in bodies.items():
        path = root if name == "index.html" else root + name
        role = ("home" if name == "index.html" else "item" if name.startswith("product")
                else "licence")  # 公司简介 / 企业信息 / 联系我们: where a licence may sit
        pages.append(Page(path, role, _frame(site, head, inner, href), tuple(labels), CTYPE))
    for i, (name, words) in enumerate(site.products, 1):
        pages.append(Page(f"{root}product_{i}.html", "item",
                          _frame(site, name, _paras(words), href), tuple(labels_of(words)), CTYPE))
    assets = {}
    if site.place == "image" and site.shown is not None:
        assets[root + "images/yyzz.png"] = (licence_scan(site.shown), "image/png")
    return pages, assets


def build() -> Family:
    """The oldsite family: every page rendered once (GBK bytes)."""
    from demo.families.oldsite.sites import SITES

    pages, assets = collect(SITES, _pages)
    targets = tuple(Target(s.tid, "other", "storefront", f"/{s.slug}/", s.title, s.reg.name,
                           s.reg.uscc, s.reg.uscc[2:8], s.category, s.note) for s in SITES)
    return Family("oldsite", "企业官网（表格布局、GBK）",
                  "string concatenation, table layout, <font>, inline styles, no classes, GBK",
                  "old-style 官网 copy: 公司简介, 企业信息, 联系我们, 产品中心",
                  False, targets, pages, assets)
