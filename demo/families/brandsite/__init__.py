"""Family `brandsite` (sealed): brand 独立站 (Shopify-like), built with html-builder calls.

Markup comes from a small call-and-index builder (`h.section(cls="...")[child, ...]`,
`Node`): Python expressions, no template text. Class names are `ss-` plus camelCase
(`ss-heroTitle`). Sites are English first with Chinese: an announcement bar, a hero,
product cards, a product page, and an "About us / 关于我们 / Imprint" page that carries
the seller's licence or not; the footer has the ICP 备案 and 公安备案 numbers and may carry
the licence, the payment provider's licence or the web agency's.
"""

from __future__ import annotations

from collections.abc import Iterable
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

FAMILY = "brandsite"
VOID = frozenset({"meta", "link", "img", "br", "hr", "input"})


@dataclass(frozen=True)
class Node:
    """One element: tag, attributes, children; `node[kids]` gives a copy with children."""

    tag: str
    attrs: tuple[tuple[str, str], ...] = ()
    kids: tuple[Node | str, ...] = ()

    def __getitem__(self, kids: Node | str | tuple[Node | str, ...]) -> Node:
        more = kids if isinstance(kids, tuple) else (kids,)
        return Node(self.tag, self.attrs, self.kids + more)

    def render(self) -> str:
        attrs = "".join(f' {k}="{escape(v)}"' for k, v in self.attrs)
        if self.tag in VOID:
            return f"<{self.tag}{attrs}>"
        inner = "".join(escape(k) if isinstance(k, str) else k.render() for k in self.kids)
        return f"<{self.tag}{attrs}>{inner}</{self.tag}>"


class _Builder:
    """`h.div(cls="x", href="y")` makes a Node; `cls` becomes `class`, `_` becomes `-`."""

    def __getattr__(self, tag: str) -> object:
        def make(**attrs: str) -> Node:
            pairs = tuple(("class" if k == "cls" else k.replace("_", "-"), v)
                          for k, v in attrs.items())
            return Node(tag, pairs)
        return make


h = _Builder()


@dataclass(frozen=True)
class Product:
    """One product: handle, bilingual title, price, and its page's words."""

    handle: str
    title: Said
    price: str
    words: tuple[Said, ...] = ()


@dataclass(frozen=True)
class Site:
    """One 独立站: registry record, licence display, pages' words and footer parties."""

    tid: str
    slug: str
    brand: str  # shop name as listed (a brand, usually English)
    reg: Registered
    category: str
    shown: Shown | None
    where: str  # about | footer | none
    products: tuple[Product, ...]
    hero: tuple[Said, ...] = ()
    about: tuple[Said, ...] = ()  # the About us story (the seller's words)
    policy: tuple[Said, ...] = ()  # Shipping & Returns / 退换货政策
    parties: tuple[Said, ...] = ()  # third parties' licences (payment, agency ...)
    contact: tuple[Said, ...] = ()
    permit: str = ""
    icp: str = "鲁ICP备2023000000号-1"
    note: str = ""


def _licence_lines(s: Site) -> list[Node]:
    if s.shown is None:
        return []
    rows = (("Company name / 企业名称", s.shown.name),
            ("Unified Social Credit Code / 统一社会信用代码", s.shown.uscc),
            ("Type / 类型", s.shown.kind), ("Legal representative / 法定代表人", s.shown.person),
            ("Registered address / 住所", s.shown.address),
            ("Established / 成立日期", s.shown.founded))
    out = [h.dl(cls="ss-imprintList")[tuple(x for k, v in rows for x in (
        h.dt(cls="ss-imprintKey")[k], h.dd(cls="ss-imprintValue")[v]))]]
    if s.permit:
        permit = f"Food business licence / 食品经营许可证：{s.permit}"
        out.append(h.p(cls="ss-imprintPermit")[permit])
    return out


def _chrome(s: Site, title: str, main: Iterable[Node]) -> bytes:
    root = f"/f/{FAMILY}/site/{s.slug}/"
    nav = h.nav(cls="ss-navMenu")[
        h.a(cls="ss-navLink", href=root)["Home / 首页"],
        h.a(cls="ss-navLink", href=f"{root}products/{s.products[0].handle}")["Shop / 商品"],
        h.a(cls="ss-navLink", href=f"{root}pages/about-us")["About us / 关于我们"]]
    foot: list[Node | str] = [h.p(cls="ss-footBrand")[f"© 2026 {s.brand}"]]
    if s.where == "footer":
        foot += _licence_lines(s)
    foot += [h.p(cls="ss-footParty")[p.text] for p in s.parties]
    foot += [h.p(cls="ss-footContact")[c.text] for c in s.contact]
    foot += [h.p(cls="ss-footIcp")[h.a(href="https://beian.miit.gov.cn/")[s.icp]],
             h.p(cls="ss-footPolice")["鲁公网安备 37060202000000号"],
             h.a(cls="ss-footImprint", href=f"{root}pages/about-us")["Imprint / 企业信息"]]
    doc = h.html(lang="en")[
        h.head()[h.meta(charset="utf-8"), h.title()[title],
                 h.link(rel="stylesheet", href=f"/f/{FAMILY}/theme.css")],
        h.body(cls="ss-template")[
            h.div(cls="ss-announceBar")["Free shipping over ¥199 · 满199包邮"],
            h.header(cls="ss-siteHeader")[h.a(cls="ss-logo", href=root)[s.brand], nav],
            h.main(cls="ss-mainContent")[tuple(main)],
            h.footer(cls="ss-siteFooter")[tuple(foot)]]]
    return ("<!DOCTYPE html>\n" + doc.render()).encode()


def _home(s: Site) -> bytes:
    root = f"/f/{FAMILY}/site/{s.slug}/"
    cards = tuple(h.a(cls="ss-productCard", href=f"{root}products/{p.handle}")[
        h.span(cls="ss-productTitle")[p.title.text], h.span(cls="ss-productPrice")[f"¥{p.price}"]]
        for p in s.products)
    main = [h.section(cls="ss-hero")[tuple(h.p(cls="ss-heroTitle")[x.text] for x in s.hero)],
            h.section(cls="ss-featured")[h.h2(cls="ss-sectionTitle")["Featured / 精选"], *cards]]
    if s.policy:
        main.append(h.section(cls="ss-policy")[
            h.h2(cls="ss-sectionTitle")["Shipping & Returns / 配送与退换"],
            *(h.p(cls="ss-policyLine")[x.text] for x in s.policy)])
    return _chrome(s, f"{s.brand} – Official Store", main)


def _about(s: Site) -> bytes:
    main = [h.article(cls="ss-pageBody")[
        h.h1(cls="ss-pageTitle")["About us / 关于我们"],
        *(h.p(cls="ss-pageText")[x.text] for x in s.about),
        h.h2(cls="ss-pageSub")["Imprint / 企业信息"],
        *(_licence_lines(s) if s.where == "about" else
          [h.p(cls="ss-pageText")["Company details on request. 如需企业信息请联系我们。"]])]]
    return _chrome(s, f"About us – {s.brand}", main)


def _product(s: Site, p: Product) -> bytes:
    main = [h.section(cls="ss-productMain")[
        h.h1(cls="ss-productName")[p.title.text], h.p(cls="ss-productCost")[f"¥{p.price}"],
        *(h.p(cls="ss-productDesc")[w.text] for w in p.words),
        h.button(cls="ss-addToCart", type="button")["Add to cart / 加入购物车"]]]
    return _chrome(s, f"{p.title.text} – {s.brand}", main)


def _pages(s: Site) -> list[Page]:
    root = f"/site/{s.slug}/"
    everywhere = labels_of([*s.parties, *s.contact])  # the footer is on every page
    licence = licence_labels(s.shown, s.reg, s.brand, {
        "footer": "only in the site footer",
        "about": "on the About us / Imprint page linked from the menu and footer"}.get(s.where, ""))
    licence += permit_labels(s.category, s.permit)
    if s.shown is None:
        licence.append(Label("violation", "licence.missing",
                             "no licence on the home page, footer or About us / Imprint page"
                             + ("; the licences shown are third parties'" if s.parties else "")))
    home = labels_of([*s.hero, *(p.title for p in s.products), *s.policy])
    about = labels_of(s.about)
    if s.where == "about":
        about += licence
    else:
        home += licence
    pages = [Page(root, "home", _home(s), tuple(home + everywhere)),
             Page(root + "pages/about-us", "licence", _about(s), tuple(about))]
    for p in s.products:
        pages.append(Page(f"{root}products/{p.handle}", "item", _product(s, p),
                          tuple(labels_of([p.title, *p.words]))))
    return pages


THEME = b"""body{margin:0;font:15px/1.5 Helvetica,Arial,sans-serif;color:#121212}
.ss-announceBar{background:#121212;color:#fff;text-align:center;padding:6px}
.ss-siteHeader{display:flex;justify-content:space-between;padding:16px 32px}
.ss-navLink{margin-left:18px;color:#121212}
.ss-hero{background:#f3f0ea;padding:48px 32px}.ss-heroTitle{font-size:28px}
.ss-productCard{display:inline-block;width:220px;margin:12px;color:inherit}
.ss-siteFooter{background:#f5f5f5;padding:24px 32px;font-size:13px;color:#555}
"""


def build() -> Family:
    """The brandsite family: home, About us / Imprint and product pages of each site."""
    from demo.families.brandsite.sites import SITES

    pages, assets = collect(SITES, lambda s: (_pages(s), {}),
                            {"/theme.css": (THEME, "text/css; charset=utf-8")})
    targets = tuple(Target(s.tid, "独立站", "独立站", f"/site/{s.slug}/", s.brand, s.reg.name,
                           s.reg.uscc, s.reg.uscc[2:8], s.category, s.note) for s in SITES)
    return Family(FAMILY, "品牌独立站（Shopify 式，构建器调用）",
                  "call-and-index html builder (h.div(cls=...)[...]) into frozen Nodes; "
                  "ss- camelCase classes",
                  "bilingual brand copy (English first): hero lines, About us / Imprint, "
                  "Shipping & Returns, footer ICP and third parties' licences",
                  False, targets, pages, assets)
