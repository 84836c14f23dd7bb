"""xuanka: small firms' 官网 whose licence is reached only by acting on the page, without a script.

Why a new kind: earlier 官网 put the licence on a page, in the footer, in a <dialog>, a
<details>, a popup, an accordion or a cloned <template>. Here there is no script at all and the
licence is in the served HTML, but hidden by CSS until the reader acts: the second tab of a
radio-input tab set (`input:checked ~ .XkTabs-panel--2`), a panel shown only while its id is the
URL's fragment (the footer's 营业执照 link is `#zhizhao`; CSS `:target`), or a separate document
embedded by an `<object type=text/html data=zz.html>` on 关于我们 (a crawler must follow the
object's data). One site shows only its ICP number. Every site is the firm's own, so its own
phone and WeChat are no lure. Pages come from an INI file (`layout.ini`, configparser with
%(name)s interpolation: `ini.py`); SUIT CSS classes (`XkTabs-panel--2`, `is-`); each site is
judged against the family's registry extract (registry.csv).
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from demo.families.corpus import (
    Assets,
    Family,
    Label,
    Page,
    Said,
    collect,
    labels_of,
    permit_labels,
)
from demo.families.sellerbook import Seller, load, saids, targets, verdict
from demo.families.xuanka.ini import page

ROOT = "/f/xuanka"
HERE = Path(__file__).parent
DATA = HERE / "sites.yaml"
_CSS = ("body{margin:0;font-family:'PingFang SC',sans-serif;color:#333;background:#fff}"
        ".XkMast{display:flex;gap:16px;align-items:center;background:#2e5e4e;color:#fff;"
        "padding:10px 20px}.XkMast-logo{font-size:20px;font-weight:bold}.XkNav{background:#e9f1ee;"
        "padding:6px 20px}.XkNav-item{margin-right:16px;color:#2e5e4e}.XkHero,.XkNews,.XkTabs,"
        ".XkGoods,.XkAbout,.XkTarget{margin:12px 20px}.XkTabs-radio{display:none}"
        ".XkTabs-label{display:inline-block;padding:6px 14px;border:1px solid #ccc;cursor:pointer}"
        ".XkTabs-panel{display:none;border:1px solid #ccc;padding:10px}"
        "#xk-t1:checked~.XkTabs-panel--1,#xk-t2:checked~.XkTabs-panel--2{display:block}"
        ".XkTarget{display:none;border:1px dashed #2e5e4e;padding:10px}.XkTarget:target{"
        "display:block}.XkEmbed{width:100%;height:260px;border:0}.XkFoot{background:#f4f4f4;"
        "padding:10px 20px;font-size:12px;color:#777}.XkFoot-link{margin-right:10px}"
        ".XkLic th{text-align:left;padding-right:12px;font-weight:normal;color:#666}")


def _doc(title: str, body: str) -> bytes:
    return (f'<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>'
            f'{escape(title)}</title><meta name="viewport" content="width=device-width,'
            f'initial-scale=1"><link rel="stylesheet" href="{ROOT}/static/xk.css"></head>'
            f"<body>{body}</body></html>").encode()


def _paras(items: tuple[Said, ...], cls: str) -> str:
    return "".join(f'<p class="{cls}">{escape(s.text)}</p>' for s in items)


def _licence_table(seller: Seller) -> str:
    s = seller.shown
    assert s is not None
    rows = [("名称", s.name), ("统一社会信用代码", s.uscc), ("类型", s.kind),
            ("经营者/法定代表人", s.person), ("住所", s.address), ("成立日期", s.founded)]
    if seller.permit:
        rows.append(("食品经营许可证", seller.permit))
    return '<table class="XkLic">' + "".join(
        f'<tr class="XkLic-row"><th>{k}</th><td>{escape(v)}</td></tr>' for k, v in rows) + \
        "</table>"


def _values(seller: Seller, title: str) -> dict[str, str]:
    base = f"{ROOT}/xk/{seller.key}/"
    show = seller.extra["show"]
    wechat = str(seller.extra.get("wechat") or "")
    links = ""
    if show == "target":
        links = '<a class="XkFoot-link" href="#zhizhao">营业执照</a>'
    elif show == "object":
        links = f'<a class="XkFoot-link" href="{base}guanyu.html">企业资质</a>'
    elif show == "tabs":
        links = f'<a class="XkFoot-link" href="{base}">公司简介 · 资质证照</a>'
    goods = "".join(
        f'<article class="XkGoods-item"><h2 class="XkGoods-name">{escape(i.name)}</h2>'
        f'<p class="XkGoods-price">{escape(i.price)}</p>{_paras(i.words, "XkGoods-words")}'
        f"</article>" for i in seller.items)
    about = saids(seller.extra.get("about"))
    return {
        "site": escape(seller.shop_name), "slogan": escape(str(seller.extra["slogan"])),
        "tel": escape(str(seller.extra["tel"])), "base": base,
        "addr": escape(seller.reg.address),
        "wechat": f"· {escape(wechat)}" if wechat else "", "icp": str(seller.extra["icp"]),
        "goods_title": "产品与服务", "hero": _paras(seller.home, "XkHero-words"),
        "news": _paras(saids(seller.extra.get("news")), "XkNews-item"),
        "intro": _paras(about, "XkAbout-words"),
        "tab2": "资质证照", "goods": goods, "foot_links": links, "title": escape(title),
        "tabs_licence": _licence_table(seller) if show == "tabs" else
        '<p class="XkTabs-note">资质证照请见关于我们。</p>' if show == "object" else
        '<p class="XkTabs-note">资质证照请点页脚营业执照。</p>' if show == "target" else
        '<p class="XkTabs-note">欢迎来电咨询。</p>',
        "target_licence": (f'<section class="XkTarget" id="zhizhao"><h2 class="XkTarget-title">'
                           f"营业执照</h2>{_licence_table(seller)}</section>"
                           if show == "target" else ""),
        "embed": (f'<object class="XkEmbed" type="text/html" data="{base}zz.html">'
                  f'<a href="{base}zz.html">查看营业执照</a></object>' if show == "object" else ""),
        "frag_licence": _licence_table(seller) if show == "object" else "",
    }


def site_files(seller: Seller) -> tuple[list[Page], Assets]:
    """A site's home, 产品与服务 and 关于我们 pages, and the embedded licence document."""
    show = seller.extra["show"]
    if show != "none" and seller.shown is None:
        raise ValueError(f"xuanka/{seller.key}: a licence display needs a licence")
    v = _values(seller, seller.shop_name)
    home_labels: list[Label] = labels_of((*seller.home, *saids(seller.extra.get("news"))))
    where = {"tabs": "in the second tab of a CSS-only radio tab set on the home page",
             "target": "in a home-page panel shown only when the URL's fragment is #zhizhao "
                       "(CSS :target), linked from the footer"}
    if show in where:
        home_labels += verdict(seller, seller.shown, where[show])  # type: ignore[arg-type]
    if show == "none":
        home_labels.append(Label("violation", "licence.missing",
                                 "the site shows no licence on any page, only its ICP number"))
        home_labels += permit_labels(seller.category, seller.permit, seller.filing)
    base = f"/xk/{seller.key}/"
    goods_said = [w for i in seller.items for w in (*i.words, *i.reviews)]
    pages = [
        Page(base, "home", _doc(seller.shop_name, page("home", v)), tuple(home_labels)),
        Page(f"{base}chanpin.html", "item", _doc(f"产品与服务 - {seller.shop_name}",
                                                  page("chanpin", v)),
             tuple(labels_of(goods_said))),
        Page(f"{base}guanyu.html", "licence" if show == "object" else "item",
             _doc(f"关于我们 - {seller.shop_name}", page("guanyu", v)),
             tuple(labels_of(saids(seller.extra.get("about"))))),
    ]
    if show == "object":
        pages.append(Page(f"{base}zz.html", "licence",
                          _doc(f"营业执照 - {seller.shop_name}", page("zz", v)),
                          tuple(verdict(seller, seller.shown,  # type: ignore[arg-type]
                                        "in a document embedded by an <object> on 关于我们"))))
    return pages, {}


def build() -> Family:
    """The xuanka family: 11 官网 whose licence is hidden by CSS until the reader acts."""
    sellers = load("xuanka", DATA)
    shared: Assets = {"/static/xk.css": (_CSS.encode(), "text/css; charset=utf-8")}
    pages, assets = collect(sellers, site_files, shared)
    return Family(
        name="xuanka",
        title="小微企业官网：执照藏在纯 CSS 选项卡、:target 面板或 <object> 嵌入文档里",
        generator="demo/families/xuanka/ini.py: pages from layout.ini (configparser sections "
                  "as page layouts and blocks, %(name)s interpolation); licence in a CSS-only "
                  "radio tab, a :target panel or an <object> document; SUIT CSS Xk classes",
        voice="扬州江都 2019 (网红糕点店 未公示营业执照和食品经营许可证, 电子商务法 第十五条), "
              "广告法 第九条/第十七条, 广告绝对化用语执法指南 (2023), 消法 第二十五条/第二十六条 "
              "(定作, 鲜活易腐, 报纸期刊); firms' own phone and WeChat on their own sites",
        render=False, targets=targets(sellers, "xk", "storefront", "/xk/{key}/"), pages=pages,
        assets=assets, registry=tuple(s.filed for s in sellers))
