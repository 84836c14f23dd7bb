"""fanpa: small firms' 官网 whose licence resists a text reader: CSS captions, SVG, <template>.

Why a new kind: earlier 官网 show the licence as text (a table, a list, a dialog, a fold, a
framed page) or a scanned image. Sites that fear scraping draw it three other ways, each
here: (css) the captions exist only as CSS generated content, `.k-uscc::before{content:
"\\7EDF\\4E00…"}` in the site's stylesheet, written as unicode escapes, while the values sit
unlabelled in the DOM (the page text has 烟台…有限公司 and the code, never 统一社会信用代码);
(svg) the licence is an inline `<svg>` whose `<text>` runs hold captions and values, the code
split over `<tspan>`s; (tpl) the home page's 查看营业执照 button clones the licence panel from
a `<template>` into a modal, so the rendered page holds no licence until it is clicked.
Some sites show none. Trades are Yantai's small makers: 龙口粉丝, 莱州石材, 莱阳梨膏, 海阳毛衫,
福山大樱桃, 鲅鱼水饺, 机械, 家政, 印刷, 陶瓷, 葡萄酒, 净水器. Pages are expanded from Emmet-style
abbreviations (`emmet.py`), `fp-` classes and `k-` field classes. Each site is judged
against the family's registry extract (registry.csv).
"""

from __future__ import annotations

from pathlib import Path

from demo.families.corpus import (
    Assets,
    Family,
    Label,
    Page,
    Said,
    Shown,
    collect,
    labels_of,
    permit_labels,
)
from demo.families.fanpa.emmet import em
from demo.families.sellerbook import Seller, load, targets, verdict

ROOT = "/f/fanpa"
DATA = Path(__file__).with_name("sites.yaml")
HERE = Path(__file__).parent
FIELDS = (("k-name", "名称"), ("k-uscc", "统一社会信用代码"), ("k-type", "类型"),
          ("k-person", "法定代表人"), ("k-addr", "住所"), ("k-date", "成立日期"),
          ("k-jy", "食品经营许可证编号"))
WHERE = {"css": "on 关于我们, its captions only as CSS ::before content",
         "svg": "on 企业资质 as an inline SVG of <text> runs",
         "tpl": "in a modal cloned from a <template> by the home page's button"}
_SITE_CSS = ("body{margin:0;font-family:'Microsoft YaHei',sans-serif;color:#333}"
             ".fp-top{background:#0b3d6e;color:#fff;padding:14px 24px}.fp-top a{color:#fff;"
             "margin-right:16px}.fp-main{padding:16px 24px}.fp-foot{background:#eee;padding:12px"
             " 24px;font-size:12px}.fp-modal{position:fixed;top:10%;left:20%;right:20%;"
             "background:#fff;border:1px solid #999;padding:16px}.k-lic dt,.k-lic dd{display:"
             "inline}.k-lic dd{margin:0}.k-lic div{margin:4px 0}")


def label_css() -> str:
    """The stylesheet that writes the licence captions, as unicode escapes, before each value."""
    def escaped(text: str) -> str:
        return "".join(f"\\{ord(c):X} " if ord(c) > 127 else c for c in text)
    return "".join(f'.{cls}::before{{content:"{escaped(cap + "：")}"}}' for cls, cap in FIELDS)


def _rows(seller: Seller, shown: Shown) -> list[tuple[str, str, str]]:
    rows = [("k-name", "名称", shown.name), ("k-uscc", "统一社会信用代码", shown.uscc),
            ("k-type", "类型", shown.kind), ("k-person", "法定代表人", shown.person),
            ("k-addr", "住所", shown.address), ("k-date", "成立日期", shown.founded)]
    if seller.permit:
        rows.append(("k-jy", "食品经营许可证编号", seller.permit))
    return rows


def css_licence(seller: Seller, shown: Shown) -> str:
    """Values in the DOM, captions only in the stylesheet: `<dt class=k-…></dt><dd>value</dd>`."""
    rows = "".join(em("div>dt[class=%]+dd{%}", c, v) for c, _, v in _rows(seller, shown))
    return em("section.fp-lic>h2{营业执照信息}+dl.k-lic>raw{%}", rows)


def svg_licence(seller: Seller, shown: Shown) -> str:
    """The licence as an inline SVG: one <text> a field, the value split over <tspan>s."""
    parts = []
    for i, (_, cap, value) in enumerate(_rows(seller, shown)):
        y = str(70 + i * 34)
        cut = [value[j:j + 6] for j in range(0, len(value), 6)]
        spans = "".join(em("tspan{%}", c) for c in cut)
        parts.append(em("text[x=40 y=% font-size=18]>tspan[fill=#666]{%}+raw{%}", y, cap + "：",
                        spans))
    height = str(100 + len(parts) * 34)
    return em('svg.fp-svg[xmlns=http://www.w3.org/2000/svg width=720 height=% role=img]'
              '>rect[width=720 height=% fill=#fffdf5 stroke=#c00]+text[x=260 y=40 font-size=24]'
              '{营业执照}+raw{%}', height, height, "".join(parts))


def tpl_licence(seller: Seller, shown: Shown) -> str:
    """A button and the <template> whose licence panel it clones into a modal."""
    rows = "".join(em("tr>th{%}+td{%}", cap, v) for _, cap, v in _rows(seller, shown))
    panel = em("h2{营业执照}+table>raw{%}", rows) + em("button.fp-close[type=button]{关闭}")
    return (em("button.fp-open[type=button data-fp-open=fp-lic]{查看营业执照}")
            + em("template#fp-lic>raw{%}", panel)
            + em("script[src=%]", ROOT + "/static/fp-modal.js"))


def _page(seller: Seller, title: str, main: str) -> bytes:
    base = f"{ROOT}/ws/{seller.key}/"
    nav = em("a[href=%]{首页}+a[href=%]{产品中心}+a[href=%]{关于我们}", base, base + "chanpin.html",
             base + "about.html")
    if seller.extra["show"] == "svg":
        nav += em("a[href=%]{企业资质}", base + "zizhi.html")
    foot = em("footer.fp-foot>p{%}+p{%}", f"Copyright © {seller.shop_name} 版权所有",
              f"备案号：鲁ICP备{seller.extra['icp']}号-1")
    head = em("head>meta[charset=utf-8]+title{%}+link[rel=stylesheet href=%]+style>raw{%}",
              title, ROOT + "/static/fp-lic.css", _SITE_CSS)
    body = em("body>header.fp-top>b{%}+nav>raw{%}", seller.shop_name, nav)
    body = body.replace("</body>", em("main.fp-main>raw{%}", main) + foot + "</body>")
    return ("<!DOCTYPE html>" + em("html[lang=zh-CN]>raw{%}", head + body)).encode()


def _paras(items: tuple[Said, ...]) -> str:
    return "".join(em("p{%}", s.text) for s in items)


def _verdict(seller: Seller, shown: Shown) -> list[Label]:
    return verdict(seller, shown, WHERE[seller.extra["show"]])


def site_files(seller: Seller) -> tuple[list[Page], Assets]:
    """A site's 首页, 产品中心, 关于我们 and (svg) 企业资质 pages."""
    base, show, shown = f"/ws/{seller.key}/", seller.extra["show"], seller.shown
    home_main = em("section.fp-intro>h1{%}+raw{%}", seller.shop_name, _paras(seller.home))
    home_labels = labels_of(seller.home)
    if show == "tpl" and shown is not None:
        home_main += tpl_licence(seller, shown)
        home_labels += _verdict(seller, shown)
    if shown is None:
        home_labels.append(Label("violation", "licence.missing",
                                 "the site shows no 营业执照 on any page (ICP 备案 only)"))
        home_labels += permit_labels(seller.category, seller.permit, seller.filing)
    pages = [Page(base, "home", _page(seller, seller.shop_name, home_main), tuple(home_labels))]
    about = _paras(tuple(Said(t) for t in seller.extra["about"]))
    about_labels: list[Label] = []
    if show == "css" and shown is not None:
        about += css_licence(seller, shown)
        about_labels = _verdict(seller, shown)
    pages.append(Page(base + "about.html", "licence" if about_labels else "home",
                      _page(seller, "关于我们", em("h1{关于我们}") + about), tuple(about_labels)))
    if show == "svg" and shown is not None:
        svg = em("h1{企业资质}") + svg_licence(seller, shown)
        pages.append(Page(base + "zizhi.html", "licence", _page(seller, "企业资质", svg),
                          tuple(_verdict(seller, shown))))
    items = "".join(em("article.fp-item>h2{%}+p.fp-price{%}+raw{%}", i.name, i.price,
                       _paras(i.words)) for i in seller.items)
    words = tuple(s for i in seller.items for s in i.words)
    pages.append(Page(base + "chanpin.html", "item", _page(seller, "产品中心", items),
                      tuple(labels_of(words))))
    return pages, {}


def build() -> Family:
    """The fanpa family: 12 官网 whose licence is CSS-captioned, an SVG, a template or absent."""
    sellers = load("fanpa", DATA)
    shared: Assets = {
        "/static/fp-lic.css": (label_css().encode(), "text/css; charset=utf-8"),
        "/static/fp-modal.js": ((HERE / "modal.js").read_bytes(), "text/javascript; charset=utf-8"),
    }
    pages, assets = collect(sellers, site_files, shared)
    family_targets = targets(sellers, "fp", "storefront", "/ws/{key}/", "other")
    return Family(
        name="fanpa", title="小微企业官网：营业执照字段名仅在 CSS ::before、SVG 文本或"
                            " <template> 弹窗中",
        generator="demo/families/fanpa/emmet.py: Emmet-style abbreviations expanded to HTML; "
                  "captions as CSS generated content, inline SVG <text>, <template> modal; fp- "
                  "and k- classes",
        voice="SAMR 广告绝对化用语执法指南 (2023: 质量第一 as a value, usage tips), 市说新语 2022 "
              "普通食品功效提示, 莱阳梨膏/净水器 sellers' copy (止咳化痰, 排毒, 软化血管), "
              "消法 第二十五条 (定制, 鲜活易腐), firms' 公司简介",
        render=True, targets=family_targets, pages=pages, assets=assets,
        registry=tuple(s.filed for s in sellers))
