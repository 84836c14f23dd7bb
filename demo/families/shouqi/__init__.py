"""shouqi: small firms' 官网 whose licence sits in a collapsed accordion or in a JSON-LD footer.

Why a new kind: earlier 官网 show the licence on a page, in a dialog, a <details> fold, a
frame, CSS captions, SVG or a <template> modal. Here the 关于我们 page is an ARIA accordion:
each section is a `<button aria-expanded=false aria-controls=…>` and a `hidden` region, and
the 资质证照 region holding the licence stays hidden until its button is pressed (fold.js);
or the home page writes the firm as schema.org JSON-LD (`Organization` with legalName, taxID,
address, sometimes a parentOrganization with the group's own taxID) and shows the name and
code again in the footer beside the ICP and 公安 filings. Goods pages carry the firm's claims.
Pages are JsonML (nested lists, `jsonml.py`), camelCase `sq` classes; each firm is judged
against the family's registry extract (registry.csv).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from demo.families.codes import code_for
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
from demo.families.shouqi.jsonml import RawText, page

ROOT = "/f/shouqi"
HERE = Path(__file__).parent
DATA = HERE / "sites.yaml"
_CSS = ("body{margin:0;font-family:'PingFang SC',sans-serif;color:#263238}.sqTop{background:"
        "#00695c;color:#fff;padding:14px 24px}.sqTop a{color:#e0f2f1;margin-right:14px}"
        ".sqHero{padding:24px;background:#e0f2f1}.sqBody{padding:16px 24px}"
        ".sqFoldBtn{display:block;width:100%;text-align:left;padding:10px;border:0;"
        "border-bottom:1px solid #cfd8dc;background:#fafafa;font-size:15px}"
        ".sqFoldPane{padding:10px 16px}.sqFacts td{padding:2px 10px 2px 0}"
        ".sqGood{border-bottom:1px dashed #b0bec5;padding:8px 0}"
        ".sqBottom{background:#37474f;color:#cfd8dc;padding:14px 24px;font-size:12px}")


def _head(title: str, extra: list[Any] | None = None) -> list[Any]:
    return ["head", ["meta", {"charset": "utf-8"}], ["title", title],
            ["meta", {"name": "viewport", "content": "width=device-width,initial-scale=1"}],
            ["style", RawText(_CSS)], *(extra or [])]


def _top(seller: Seller) -> list[Any]:
    base = f"{ROOT}/sq/{seller.key}/"
    links: list[Any] = [["a", {"href": base}, "首页"], ["a", {"href": base + "products.html"},
                                                          "产品中心"]]
    if seller.extra["lic"] == "accordion":
        links.append(["a", {"href": base + "about.html"}, "关于我们"])
    return ["header", {"class": "sqTop"}, ["b", seller.shop_name], " ", *links]


def _facts(seller: Seller) -> list[tuple[str, str]]:
    s = seller.shown
    assert s is not None
    rows = [("企业名称", s.name), ("统一社会信用代码", s.uscc), ("企业类型", s.kind),
            ("法定代表人", s.person), ("注册地址", s.address), ("成立日期", s.founded)]
    if seller.permit:
        rows.append(("食品经营许可证", seller.permit))
    return rows


def _bottom(seller: Seller) -> list[Any]:
    lines: list[Any] = [["p", seller.extra["icp"]]]
    if seller.extra["lic"] == "jsonld" and seller.shown is not None:
        s = seller.shown
        permit = f" 食品经营许可证：{seller.permit}" if seller.permit else ""
        lines.insert(0, ["p", f"版权所有 © {s.name}　统一社会信用代码：{s.uscc}{permit}"])
    return ["footer", {"class": "sqBottom"}, *lines]


def _jsonld(seller: Seller) -> list[Any]:
    s = seller.shown
    assert s is not None
    org: dict[str, Any] = {"@context": "https://schema.org", "@type": "Organization",
                           "name": seller.shop_name, "legalName": s.name, "taxID": s.uscc,
                           "address": s.address, "url": f"{ROOT}/sq/{seller.key}/"}
    parent = seller.extra.get("parent")
    if parent:
        org["parentOrganization"] = {"@type": "Organization", "legalName": parent["name"],
                                     "taxID": _parent_code(seller)}
    text = json.dumps(org, ensure_ascii=False, indent=1).replace("</", "<\\/")
    return [["script", {"type": "application/ld+json"}, RawText(text)]]


def _parent_code(seller: Seller) -> str:
    return code_for(f"shouqi/{seller.key}-parent", seller.extra["parent"]["division"])


def _verdict(seller: Seller, where: str) -> list[Label]:
    assert seller.shown is not None
    out = verdict(seller, seller.shown, where)
    if seller.extra.get("parent"):
        out.append(Label("decoy", "licence.mismatch",
                         f"the JSON-LD's parentOrganization names the group "
                         f"{seller.extra['parent']['name']} with its own code: a third party"))
    return out


def _home(seller: Seller) -> Page:
    lic = seller.extra["lic"]
    head = _head(seller.shop_name, _jsonld(seller) if lic == "jsonld" else None)
    hero = ["section", {"class": "sqHero"}, ["h1", seller.extra["slogan"]],
            *(["p", s.text] for s in seller.home)]
    doc = ["html", {"lang": "zh-CN"}, head,
           ["body", _top(seller), hero, _bottom(seller)]]
    labels = labels_of(seller.home)
    if lic == "jsonld":
        labels += _verdict(seller, "in the home page's footer and its JSON-LD (taxID)")
    elif lic == "none":
        labels.append(Label("violation", "licence.missing",
                            "the 官网 shows no licence on any page, nor in its markup"))
        labels += permit_labels(seller.category, seller.permit, seller.filing)
    return Page(f"/sq/{seller.key}/", "home", page(doc), tuple(labels))


def _fold(n: int, title: str, body: list[Any], open_: bool) -> list[Any]:
    region = f"sq-pane-{n}"
    return ["div", {"class": "sqFold"},
            ["h3", ["button", {"class": "sqFoldBtn", "type": "button", "id": f"sq-btn-{n}",
                               "aria-expanded": "true" if open_ else "false",
                               "aria-controls": region}, title]],
            ["div", {"class": "sqFoldPane", "id": region, "role": "region",
                     "aria-labelledby": f"sq-btn-{n}", "hidden": not open_}, *body]]


def _about(seller: Seller) -> Page:
    rows = [["tr", ["td", k], ["td", v]] for k, v in _facts(seller)]
    folds = [_fold(1, "公司简介", [["p", seller.extra["intro"]]], True),
             _fold(2, "资质证照", [["table", {"class": "sqFacts"}, *rows]], False),
             _fold(3, "联系我们", [["p", "服务热线：请在官网在线留言，工作日回复。"]], False)]
    doc = ["html", {"lang": "zh-CN"}, _head(f"关于我们 - {seller.shop_name}"),
           ["body", _top(seller), ["main", {"class": "sqBody"}, ["h2", "关于我们"], *folds],
            _bottom(seller), ["script", {"src": ROOT + "/static/sq-fold.js"}]]]
    return Page(f"/sq/{seller.key}/about.html", "licence", page(doc),
                tuple(_verdict(seller, "in a collapsed accordion region (hidden until its "
                                       "资质证照 button is pressed) on 关于我们")))


def _products(seller: Seller) -> Page:
    goods: list[Any] = []
    said: list[Said] = []
    for item in seller.items:
        goods.append(["article", {"class": "sqGood"}, ["h3", item.name],
                      *(["p", s.text] for s in (*item.words, *item.reviews))])
        said += [*item.words, *item.reviews]
    doc = ["html", {"lang": "zh-CN"}, _head(f"产品中心 - {seller.shop_name}"),
           ["body", _top(seller), ["main", {"class": "sqBody"}, ["h2", "产品中心"], *goods],
            _bottom(seller)]]
    return Page(f"/sq/{seller.key}/products.html", "item", page(doc), tuple(labels_of(said)))


def site_files(seller: Seller) -> tuple[list[Page], Assets]:
    """A 官网's home, its 产品中心 and, for an accordion site, its 关于我们."""
    pages = [_home(seller), _products(seller)]
    if seller.extra["lic"] == "accordion":
        pages.append(_about(seller))
    return pages, {}


def build() -> Family:
    """The shouqi family: 11 官网 with the licence in an accordion, in JSON-LD or nowhere."""
    sellers = load("shouqi", DATA)
    shared: Assets = {"/static/sq-fold.js": ((HERE / "fold.js").read_bytes(),
                                             "text/javascript; charset=utf-8")}
    pages, assets = collect(sellers, site_files, shared)
    family_targets = targets(sellers, "sq", "storefront", "/sq/{key}/")
    return Family(
        name="shouqi",
        title="企业官网：营业执照在折叠面板（aria-expanded/hidden）或 JSON-LD 与页脚",
        generator="demo/families/shouqi/jsonml.py: JsonML nested lists rendered to HTML; "
                  "fold.js toggles <button aria-expanded> / hidden regions; schema.org "
                  "JSON-LD Organization (legalName, taxID); camelCase sq classes",
        voice="海口中院 2025 沙棘益菌酵素 判决 (普通食品 宣称预防心脑血管疾病), 云南 2025 典型案例 "
              "(糖尿病人专用大米), 广告法 第九条/第十七条, 消法 第二十五条 (数字化商品, 定作), "
              "企业官网 boilerplate (ICP备案, 公安备案, 集团全资子公司)",
        render=True, targets=family_targets, pages=pages, assets=assets,
        registry=tuple(s.filed for s in sellers))
