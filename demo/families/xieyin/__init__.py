"""xieyin: shops built of custom elements filled from text templates, lures written in 谐音.

Why a new kind: earlier shops are static HTML, rendered from a JSON state, or web components
with a shadow DOM. Here every part of a page is a light-DOM custom element (`<xy-goods>`,
`<xy-ask>`, `<xy-licence>` …, no shadow root, no `<slot>`) whose words sit in its `data-*`
attributes (plain or a JSON list); el.js defines the elements, and each, when connected,
parses the `<script type="text/template">` its data-tpl names and fills the template's
`[data-f]` places with those words. The served HTML shows no text of the goods outside
attributes and script bodies. The wording is new too: sellers who lure buyers off the
platform spell the channel as platforms' filters miss it (薇❤, V❤, 加 V 信, 扣扣群, 围脖 for
微博), beside lawful homophones and near-misses (a 羊绒围脖 scarf, a V领 jumper, 纽扣 and
扣子, a buyer asking for a 薇❤ the seller refuses, the platform's warning listing them).
The licence is on a 店铺档案 page, on the home page, or nowhere; pages are built with
xml.etree.ElementTree (method html); `xyk-` classes; each shop is judged against the
family's registry extract (registry.csv).
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
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
from demo.families.sellerbook import Seller, load, targets, verdict

ROOT = "/f/xieyin"
HERE = Path(__file__).parent
DATA = HERE / "shops.yaml"
PLATFORMS = {"taobao": "淘宝", "pinduoduo": "拼多多", "douyin": "抖音小店", "kuaishou": "快手小店",
             "weidian": "微店"}
TEMPLATES = {
    "tpl-head": '<div class="xyk-head"><b data-f="shop"></b> <i data-f="plat"></i></div>',
    "tpl-notice": '<div class="xyk-notice" data-f="lines" data-each="p"></div>',
    "tpl-goods": ('<article class="xyk-card"><h3 data-f="name"></h3><em data-f="price"></em>'
                  '<div class="xyk-words" data-f="words" data-each="p"></div></article>'),
    "tpl-ask": ('<section class="xyk-ask"><h4>问大家</h4>'
                '<ul data-f="pairs" data-each="li"></ul></section>'),
    "tpl-licence": ('<section class="xyk-lic"><h2>店铺档案</h2>'
                    '<div data-f="rows" data-each="div"></div></section>'),
}
_CSS = ("body{margin:0;font-family:sans-serif;background:#faf7f2}.xyk-head{background:#6a1b9a;"
        "color:#fff;padding:10px 14px}.xyk-card{background:#fff;margin:8px;padding:10px}"
        ".xyk-notice{background:#f3e5f5;padding:6px 14px}.xyk-ask{background:#fff;margin:8px;"
        "padding:10px}.xyk-lic{background:#fff;margin:8px;padding:10px}.xyk-part{margin-right:"
        "8px}.xyk-nav a{margin:0 8px}")


def _el(parent: ET.Element, tag: str, text: str = "", **attrs: str) -> ET.Element:
    el = ET.SubElement(parent, tag, {k.rstrip("_").replace("_", "-"): v for k, v in attrs.items()})
    el.text = text or None
    return el


def _doc(seller: Seller, title: str, parts: list[tuple[str, dict[str, str]]]) -> bytes:
    html = ET.Element("html", {"lang": "zh-CN"})
    head = _el(html, "head")
    _el(head, "meta", charset="utf-8")
    _el(head, "title", title)
    _el(head, "style", _CSS)
    body = _el(html, "body", class_="xyk-body")
    _el(body, "xy-head", data_tpl="tpl-head", data_shop=seller.shop_name,
        data_plat=PLATFORMS[seller.platform])
    nav = _el(body, "nav", class_="xyk-nav")
    base = f"{ROOT}/xy/{seller.key}/"
    _el(nav, "a", "首页", href=base)
    if seller.extra["lic"] == "page":
        _el(nav, "a", "店铺档案", href=base + "dangan.html")
    main = _el(body, "main", class_="xyk-main")
    for tag, data in parts:
        _el(main, tag, **{"data_tpl": f"tpl-{tag[3:]}", **{f"data_{k}": v
                                                         for k, v in data.items()}})
    for name, text in TEMPLATES.items():
        _el(body, "script", text, type="text/template", id=name)
    _el(body, "script", src=f"{ROOT}/static/xy-el.js")
    return ("<!DOCTYPE html>\n" + ET.tostring(html, encoding="unicode", method="html")).encode()


def _json(values: list[str] | list[list[str]]) -> str:
    return json.dumps(values, ensure_ascii=False)


def _licence(seller: Seller) -> tuple[str, dict[str, str]]:
    s = seller.shown
    assert s is not None
    rows = [["企业名称", s.name], ["统一社会信用代码", s.uscc], ["类型", s.kind],
            ["经营者", s.person], ["住所", s.address], ["成立日期", s.founded]]
    if seller.permit:
        rows.append(["食品经营许可证", seller.permit])
    return ("xy-licence", {"rows": _json(rows)})


def _verdict(seller: Seller, where: str) -> list[Label]:
    assert seller.shown is not None
    return verdict(seller, seller.shown, where)


def shop_files(seller: Seller) -> tuple[list[Page], Assets]:
    """A shop's home (notice, goods, 问大家) and, when it has one, its 店铺档案 page."""
    parts: list[tuple[str, dict[str, str]]] = []
    said: list[Said] = list(seller.home)
    if seller.home:
        parts.append(("xy-notice", {"lines": _json([s.text for s in seller.home])}))
    for item in seller.items:
        parts.append(("xy-goods", {"name": item.name, "price": item.price,
                                   "words": _json([s.text for s in item.words])}))
        said += item.words
        if item.reviews:
            parts.append(("xy-ask", {"pairs": _json([[r.who, r.text] for r in item.reviews])}))
            said += item.reviews
    labels = labels_of(said)
    lic = seller.extra["lic"]
    if lic == "home":
        parts.append(_licence(seller))
        labels += _verdict(seller, "")
    elif lic == "none":
        labels.append(Label("violation", "licence.missing",
                            "no licence on the shop's pages, nor in any element's data"))
        labels += permit_labels(seller.category, seller.permit, seller.filing)
    base = f"/xy/{seller.key}/"
    pages = [Page(base, "home", _doc(seller, seller.shop_name, parts), tuple(labels))]
    if lic == "page":
        pages.append(Page(base + "dangan.html", "licence",
                          _doc(seller, f"{seller.shop_name} 店铺档案", [_licence(seller)]),
                          tuple(_verdict(seller, ""))))
    return pages, {}


def build() -> Family:
    """The xieyin family: 11 shops of template-filled custom elements, lures in 谐音."""
    sellers = load("xieyin", DATA)
    shared: Assets = {"/static/xy-el.js": ((HERE / "el.js").read_bytes(),
                                           "text/javascript; charset=utf-8")}
    pages, assets = collect(sellers, shop_files, shared)
    family_targets = targets(sellers, "xy", "storefront", "/xy/{key}/")
    return Family(
        name="xieyin",
        title="网店：无 shadow DOM 自定义元素从 text/template 填充，谐音引流（薇❤、扣扣、围脖）",
        generator="demo/families/xieyin/__init__.py: xml.etree.ElementTree (method html) of "
                  "light-DOM custom elements whose words sit in data-* attributes; el.js fills "
                  "<script type=text/template> templates; xyk- classes",
        voice="抖音/快手/拼多多 引导私下交易 rule pages (谐音、变体字、表情符号 to evade filters: "
              "薇❤, V❤, 加 V 信, 扣扣, 围脖), 市说新语 2022 网购防骗提示, 消法 第二十五条, "
              "七日无理由退货暂行办法, buyers' 问大家 questions",
        render=True, targets=family_targets, pages=pages, assets=assets,
        registry=tuple(s.filed for s in sellers))
