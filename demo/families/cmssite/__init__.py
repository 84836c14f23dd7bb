"""Family `cmssite`: self-built 企业官网 / 独立站 pages as a CMS theme generates them.

Markup: a theme of header, nav, banner, content blocks and a footer, BEM class names
(`site-nav__link`, `licence-card__row`), UTF-8, no scripts. Every page carries the
footer with the ICP 备案 and 公安备案 lines, which are not the business licence. The
licence sits where small firms put it: in the footer, on 公司简介 / 关于我们, 联系我们,
企业信息, or only as a scanned image on 资质荣誉; some sites show none. Wording: the
firm's own site copy (公司简介, 产品中心, 服务承诺, 联系我们, 新闻动态).
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

CTYPE = "text/html; charset=utf-8"
NAV = (("", "网站首页"), ("about/", "关于我们"), ("products/", "产品中心"),
       ("honor/", "资质荣誉"), ("contact/", "联系我们"))
WHERE = {"footer": "in the site footer (every page)",
         "about": "on 公司简介 (nav 关于我们), not on the home page",
         "contact": "on 联系我们, not on the home page",
         "info": "on 企业信息 (a nav entry), not on the home page",
         "image": "only as a scanned image (alt 营业执照) on 资质荣誉"}
PAGE_OF = {"footer": "", "about": "about/", "contact": "contact/", "info": "info/",
           "image": "honor/"}


@dataclass(frozen=True)
class Site:
    """One firm's site: registry record, displayed licence, where, and the site's copy."""

    tid: str
    slug: str
    brand: str  # the site's title, as the regulator's list names it
    reg: Registered
    category: str
    shown: Shown | None
    place: str  # footer / about / contact / info / image ("" when no licence anywhere)
    home: tuple[Said, ...]
    about: tuple[Said, ...]
    contact: tuple[Said, ...]
    products: tuple[tuple[str, tuple[Said, ...]], ...]
    icp: str
    police: str
    permit: str = ""
    filing: str = ""
    third: tuple[str, str, str] | None = None  # (whose, name, code): e.g. a brand owner's
    permit_verdict: tuple[Label, ...] = ()  # replaces the generic permit verdict
    note: str = ""


def _paras(words: tuple[Said, ...], cls: str = "content-block__text") -> str:
    return "".join(f'<p class="{cls}">{escape(s.text)}</p>' for s in words)


def _licence_block(site: Site, root: str) -> str:
    if site.shown is None:
        return ""
    if site.place == "image":
        return (f'<figure class="honor-grid__cell"><img class="honor-grid__img" '
                f'src="{root}uploads/yyzz.jpg.png" alt="营业执照"><figcaption>营业执照副本'
                f"</figcaption></figure>")
    v = site.shown
    rows = [("企业名称", v.name), ("统一社会信用代码", v.uscc), ("企业类型", v.kind),
            ("法定代表人", v.person), ("注册地址", v.address), ("成立日期", v.founded)]
    if site.place == "footer":
        return (f'<p class="site-footer__licence">营业执照：{escape(v.name)}　统一社会信用代码：'
                f"{escape(v.uscc)}</p>")
    return ('<dl class="licence-card">' + "".join(
        f'<dt class="licence-card__key">{k}</dt><dd class="licence-card__val">{escape(val)}</dd>'
        for k, val in rows) + "</dl>")


def _extras(site: Site) -> str:
    out = ""
    if site.permit:
        out += f'<p class="licence-card__permit">食品经营许可证编号：{site.permit}</p>'
    if site.filing:
        out += f'<p class="licence-card__permit">仅销售预包装食品备案编号：{site.filing}</p>'
    if site.third is not None:
        whose, name, code = site.third
        out += (f'<h3 class="content-block__title">{escape(whose)}</h3>'
                f'<p class="content-block__text">授权方：{escape(name)}（统一社会信用代码 '
                f"{code}）</p>")
    return out


def _frame(site: Site, root: str, title: str, inner: str, footer_extra: str = "") -> bytes:
    nav = "".join(f'<li class="site-nav__item"><a class="site-nav__link" href="{root}{h}">'
                  f"{t}</a></li>" for h, t in NAV)
    if site.place == "info":
        nav += (f'<li class="site-nav__item"><a class="site-nav__link" href="{root}info/">'
                f"企业信息</a></li>")
    return (f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">'
            f'<meta name="generator" content="PbootCMS"><title>{escape(title)}-'
            f"{escape(site.brand)}</title></head><body>"
            f'<header class="site-header"><a class="site-header__brand" href="{root}">'
            f'{escape(site.brand)}</a><ul class="site-nav">{nav}</ul></header>'
            f'<section class="page-banner"><h1 class="page-banner__title">{escape(title)}</h1>'
            f'</section><main class="content-block">{inner}</main>'
            f'<footer class="site-footer">{footer_extra}'
            f'<p class="site-footer__copy">Copyright © 2025 {escape(site.brand)} 版权所有</p>'
            f'<p class="site-footer__beian"><a href="https://beian.miit.gov.cn/">{site.icp}</a>'
            f"　{site.police}　技术支持：烟台云帆网络</p></footer></body></html>").encode()


def _pages(site: Site) -> tuple[list[Page], dict[str, tuple[bytes, str]]]:
    from demo.families.cmssite.scan import licence_scan

    root = f"/{site.slug}/"
    href = "/f/cmssite" + root
    lic = licence_labels(site.shown, site.reg, site.brand, WHERE.get(site.place, ""))
    if site.shown is None:
        lic = [Label("violation", "licence.missing",
                     "no licence on the home page, 关于我们, 联系我们 or 资质荣誉; the footer "
                     "shows only the ICP and 公安 filing numbers, which are not a licence")]
    if site.third is not None:
        lic.append(Label("decoy", "licence.mismatch",
                         f"{site.third[0]}: {site.third[1]}'s code shown as a third party's, "
                         "beside the site's own licence"))
    lic += site.permit_verdict or permit_labels(site.category, site.permit, site.filing)
    block = _licence_block(site, href) + _extras(site)
    footer_extra = block if site.place == "footer" else ""
    products = "".join(f'<li class="product-list__item"><a href="{href}products/{i}.html">'
                       f"{escape(name)}</a></li>" for i, (name, _) in enumerate(site.products, 1))
    bodies: dict[str, tuple[str, str, list[Label]]] = {
        "": ("网站首页", _paras(site.home) + f'<ul class="product-list">{products}</ul>',
             labels_of(site.home)),
        "about/": ("公司简介", _paras(site.about), labels_of(site.about)),
        "products/": ("产品中心", f'<ul class="product-list">{products}</ul>', []),
        "honor/": ("资质荣誉", '<div class="honor-grid"><p class="content-block__text">'
                   "公司荣誉与资质证书</p></div>", []),
        "contact/": ("联系我们", _paras(site.contact), labels_of(site.contact)),
    }
    if site.place == "info":
        bodies["info/"] = ("企业信息", "", [])
    where = PAGE_OF.get(site.place, "")
    if site.shown is None or site.place == "footer":
        head, inner, labels = bodies[""]
        bodies[""] = (head, inner, labels + lic)
    else:
        head, inner, labels = bodies[where]
        bodies[where] = (head, inner + block, labels + lic)
    pages = []
    for path, (head, inner, labels) in bodies.items():
        role = "home" if path == "" else "item" if path == "products/" else "licence"
        pages.append(Page(root + path, role, _frame(site, href, head, inner, footer_extra),
                          tuple(labels), CTYPE))
    for i, (name, words) in enumerate(site.products, 1):
        pages.append(Page(f"{root}products/{i}.html", "item",
                          _frame(site, href, name, _paras(words), footer_extra),
                          tuple(labels_of(words)), CTYPE))
    assets = {}
    if site.place == "image" and site.shown is not None:
        assets[root + "uploads/yyzz.jpg.png"] = (licence_scan(site.shown), "image/png")
    return pages, assets


def build() -> Family:
    """The cmssite family: every page of every site rendered once."""
    from demo.families.cmssite.sites import SITES

    pages, assets = collect(SITES, _pages)
    targets = tuple(Target(s.tid, "other", "storefront", f"/{s.slug}/", s.brand, s.reg.name,
                           s.reg.uscc, s.reg.uscc[2:8], s.category, s.note) for s in SITES)
    return Family("cmssite", "企业官网 / 独立站（CMS主题，BEM类名）",
                  "CMS theme (header, nav, banner, footer with ICP/公安备案), BEM classes, UTF-8",
                  "firms' own site copy: 公司简介, 产品中心, 服务承诺, 联系我们, 新闻动态",
                  False, targets, pages, assets)
