"""chuangkou: small firms' 官网 on a 建站 SaaS whose 亮照 badge opens the licence in a popup.

Why a new kind: earlier 官网 show the licence on a page, in a dialog, a <details> fold, a
frame, an accordion, JSON-LD, CSS captions, SVG or a <template> modal: always words in text
nodes, reached by a link or on the page itself. Here the footer's 电子亮照 badge has no address
(`href="javascript:void(0)"`, or a `<button>`): ck.js opens the certificate page named by its
`data-cert` in a popup window (`window.open`), and that page, the builder's 资质 plug-in, shows
the licence as stored form fields: `<input readonly value=…>` for name, code and person, a
readonly `<textarea>` for the address, a disabled `<select>` whose selected `<option>` is the
entity type. None of the values is a text node outside the textarea. Other sites show the same
form in the footer of the home page, or no licence at all. Pages are low-code schemas
(`{"componentName", "props", "children"}` trees, `schema.py`) rendered to HTML; `ck_<Component>`
classes; each firm is judged against the family's registry extract (registry.csv).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from demo.families.chuangkou.schema import Node, document, node
from demo.families.codes import code_for
from demo.families.corpus import (
    Assets,
    Family,
    Filed,
    Label,
    Page,
    Registered,
    Said,
    collect,
    labels_of,
    permit_labels,
)
from demo.families.sellerbook import Seller, load, targets, verdict

ROOT = "/f/chuangkou"
HERE = Path(__file__).parent
DATA = HERE / "sites.yaml"
KINDS = ("有限责任公司（自然人独资）", "有限责任公司（自然人投资或控股）", "个体工商户",
         "农民专业合作社", "股份有限公司")
_CSS = ("body{margin:0;font-family:'Microsoft YaHei',sans-serif;color:#333}.ck_Header{display:flex;"
        "gap:16px;align-items:center;padding:12px 28px;background:#0d47a1;color:#fff}"
        ".ck_Link{color:"
        "inherit;text-decoration:none}.ck_Hero{padding:36px 28px;background:#e3f2fd}.ck_Section{"
        "padding:16px 28px}.ck_Card{border:1px solid #e0e0e0;border-radius:6px;padding:12px;margin:"
        "8px 0}.ck_Footer{background:#263238;color:#b0bec5;padding:16px 28px;font-size:12px}"
        ".ck_Badge{display:inline-block;border:1px solid #ef5350;color:#ef5350;padding:2px 8px;"
        "border-radius:3px;background:#fff;cursor:pointer}.ck_Form{max-width:520px}.ck_Label{"
        "display:block;margin:6px 0}.ck_Input,.ck_TextArea,.ck_Select{display:block;width:100%;"
        "border:1px solid #cfd8dc;background:#fafafa;padding:4px}")


def _facts(seller: Seller) -> list[tuple[str, str]]:
    s = seller.shown
    assert s is not None
    return [("名称", s.name), ("统一社会信用代码", s.uscc), ("法定代表人（经营者）", s.person),
            ("成立日期", s.founded)]


def licence_form(seller: Seller, legend: str) -> Node:
    """The licence as stored form fields: readonly inputs, a textarea and a disabled select."""
    s = seller.shown
    assert s is not None
    kinds = KINDS if s.kind in KINDS else (*KINDS, s.kind)
    fields: list[Node] = [node("Legend", {"text": legend})]
    for i, (k, v) in enumerate(_facts(seller)):
        fields.append(node("Label", {"for": f"ck-f{i}", "text": k},
                           node("Input", {"id": f"ck-f{i}", "type": "text", "value": v,
                                          "readonly": True})))
    fields.append(node("Label", {"for": "ck-kind", "text": "类型"},
                       node("Select", {"id": "ck-kind", "disabled": True, "value": s.kind,
                                       "options": list(kinds)})))
    fields.append(node("Label", {"for": "ck-addr", "text": "住所"},
                       node("TextArea", {"id": "ck-addr", "readonly": True, "rows": 2,
                                         "value": s.address})))
    if seller.permit:
        fields.append(node("Label", {"for": "ck-jy", "text": "食品经营许可证编号"},
                           node("Input", {"id": "ck-jy", "type": "text", "value": seller.permit,
                                          "readonly": True})))
    return node("Form", {"name": "licence", "aria-label": legend},
                node("Fieldset", {"disabled": True}, *fields))


def _header(seller: Seller) -> Node:
    base = f"{ROOT}/ck/{seller.key}/"
    return node("Header", None, node("Title", {"text": seller.shop_name}),
                node("Nav", None, node("Link", {"href": base, "text": "首页"}),
                     node("Link", {"href": base + "chanpin.html", "text": " 产品与服务"})))


def _party(seller: Seller) -> tuple[str, Filed] | None:
    p = seller.extra.get("party")
    if not p:
        return None
    code = code_for(f"chuangkou/{seller.key}-party", p["division"])
    reg = Registered(p["name"], code, "有限责任公司（自然人投资或控股）", p["person"], p["address"],
                     p["founded"])
    return f"{p['role']}：{p['name']}　统一社会信用代码：{code}", Filed(reg)


def _footer(seller: Seller) -> tuple[Node, list[Label]]:
    lic = seller.extra["lic"]
    cert = f"{ROOT}/ck/{seller.key}/zhengzhao.html"
    parts: list[Node] = [node("Text", {"text": seller.extra["icp"]})]
    labels: list[Label] = []
    if lic == "popup":
        parts.append(node("Badge", {"href": "javascript:void(0)", "data-cert": cert,
                                    "title": "电子亮照", "text": "电子亮照"}))
    elif lic == "button":
        parts.append(node("Button", {"type": "button", "data-cert": cert,
                                     "data-features": "popup,width=600,height=720",
                                     "text": "营业执照"}))
    elif lic == "footer":
        parts.append(licence_form(seller, "企业信息"))
        labels += verdict(seller, seller.shown,  # type: ignore[arg-type]
                          "in the home footer as readonly form controls (values in attributes)")
    party = _party(seller)
    if party is not None:
        parts.append(node("Small", {"text": party[0]}))
        labels.append(Label("decoy", "licence.mismatch",
                            f"another party's code in the footer ({party[1].reg.name})"))
    if lic in ("popup", "button"):
        parts.append(node("Script", {"src": ROOT + "/static/ck.js"}))
    return node("Footer", None, *parts), labels


def _home(seller: Seller) -> Page:
    footer, labels = _footer(seller)
    hero = node("Hero", None, node("Heading", {"text": seller.extra["slogan"]}),
                *(node("Text", {"text": s.text}) for s in seller.home))
    page = node("Page", {"data-ck": "home"}, _header(seller), hero, footer)
    labels = labels_of(seller.home) + labels
    if seller.extra["lic"] == "none":
        labels.append(Label("violation", "licence.missing",
                            "the 官网 shows no licence anywhere: only its ICP filing"))
        labels += permit_labels(seller.category, seller.permit, seller.filing)
    return Page(f"/ck/{seller.key}/", "home", document(seller.shop_name, page, _CSS),
                tuple(labels))


def _products(seller: Seller) -> Page:
    said: list[Said] = []
    cards: list[Node] = []
    for item in seller.items:
        cards.append(node("Card", None, node("Heading", {"text": item.name}),
                          *([node("Price", {"text": item.price})] if item.price else []),
                          *(node("Text", {"text": s.text}) for s in (*item.words, *item.reviews))))
        said += [*item.words, *item.reviews]
    footer, _ = _footer(seller)  # labels of the footer belong to the home page
    page = node("Page", {"data-ck": "products"}, _header(seller),
                node("Section", None, node("Heading", {"text": "产品与服务"}), *cards), footer)
    labels = labels_of(said)
    if seller.extra["lic"] == "footer":
        labels += [lb for lb in verdict(seller, seller.shown,  # type: ignore[arg-type]
                                        "in the footer as readonly form controls")
                   if lb.kind == "violation"]
    return Page(f"/ck/{seller.key}/chanpin.html", "item",
                document(f"产品与服务 - {seller.shop_name}", page, _CSS), tuple(labels))


def _cert(seller: Seller) -> Page:
    how = ("in a popup window opened by the footer's 电子亮照 badge (href javascript:void(0)); "
           "fields are readonly inputs, a textarea and a disabled select"
           if seller.extra["lic"] == "popup" else
           "in a popup window opened by the footer's 营业执照 <button>; fields are readonly "
           "inputs, a textarea and a disabled select")
    page = node("Page", {"data-ck": "cert"},
                node("Title", {"text": "电子营业执照 · 亮照信息"}),
                node("Section", None, licence_form(seller, "营业执照信息"),
                     node("Text", {"text": seller.extra.get("cert_note",
                                                            "信息由企业自行填报，以登记机关公示为准。")})))
    return Page(f"/ck/{seller.key}/zhengzhao.html", "licence",
                document(f"亮照 - {seller.shop_name}", page, _CSS),
                tuple(verdict(seller, seller.shown, how)))  # type: ignore[arg-type]


def site_files(seller: Seller) -> tuple[list[Page], Assets]:
    """A 官网's home and 产品与服务 pages and, for a popup site, its certificate page."""
    if seller.extra["lic"] != "none" and seller.shown is None:
        raise ValueError(f"chuangkou/{seller.key}: a licence placement needs a licence")
    pages = [_home(seller), _products(seller)]
    if seller.extra["lic"] in ("popup", "button"):
        pages.append(_cert(seller))
    return pages, {}


def build() -> Family:
    """The chuangkou family: 11 官网 with the licence in a popup or footer form, or nowhere."""
    sellers = load("chuangkou", DATA)
    shared: Assets = {"/static/ck.js": ((HERE / "ck.js").read_bytes(),
                                        "text/javascript; charset=utf-8")}
    pages, assets = collect(sellers, site_files, shared)
    parties: list[Any] = [p[1] for p in map(_party, sellers) if p is not None]
    return Family(
        name="chuangkou",
        title="企业官网（建站SaaS）：电子亮照徽标以 window.open 弹窗打开资质页，"
              "执照字段为只读表单控件",
        generator="demo/families/chuangkou/schema.py: low-code page schemas (componentName/"
                  "props/children) rendered to HTML; ck.js opens the 亮照 page in a popup "
                  "(window.open from data-cert); licence as readonly <input value>, <textarea>, "
                  "disabled <select>; ck_<Component> classes",
        voice="中国消费者报 2021-06-15 (海口: 官网 蓝莓胶原蛋白肽粉 11个“最”: 最顶级, "
              "最先进, 最优质, 罚20万), 闽东日报 2018-08-22 (宁德: 最正宗, 顾客第一 as a "
              "value exempt), SAMR 2025-01-31 十起违法广告典型案例 (驼乳粉 改善肺结节、"
              "降血糖、降脂降压), 广告法 第九条/第十七条, 消法 第二十五条; 建站 boilerplate "
              "(ICP备案, 技术支持)",
        render=True, targets=targets(sellers, "ck", "storefront", "/ck/{key}/"), pages=pages,
        assets=assets, registry=(*(s.filed for s in sellers), *parties))
