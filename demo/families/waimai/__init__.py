"""Family `waimai` (sealed): food-delivery storefronts as 美团外卖 / 饿了么 show a local eatery.

Markup: a tree of `El` nodes written as nested calls (`el("li", {...}, ...)`) and
serialised by `render`; class names in snake_case with a `wm_` prefix. Plain HTTP,
UTF-8. Each shop has a menu page (店铺公告, menu, reviews with 商家回复, the
platform's own tip bar and chrome) and a merchant page (商家信息, 营业执照 and
食品经营许可证 as text fields and/or phone photos, 食品安全等级). The licence may sit
on the merchant page, in a 资质 pop-up on the menu page, in the footer, only as a
photo, or not at all (审核中 / nothing).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html import escape

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
from demo.families.waimai.photo import certificate_photo

VOID = frozenset({"meta", "link", "img", "br", "hr", "input"})
FAMILY = "waimai"
BLANK = Said("")


@dataclass(frozen=True)
class El:
    """One element: tag, attributes and children (elements or text)."""

    tag: str
    attrs: tuple[tuple[str, str], ...] = ()
    kids: tuple[El | str, ...] = ()


def el(tag: str, attrs: dict[str, str] | None = None, *kids: El | str | None) -> El:
    """An element; None children are dropped so optional parts read inline."""
    return El(tag, tuple((attrs or {}).items()), tuple(k for k in kids if k is not None))


def render(node: El | str) -> str:
    """HTML text of a node (text escaped, void elements without a closing tag)."""
    if isinstance(node, str):
        return escape(node, quote=False)
    attrs = "".join(f' {k}="{escape(v)}"' for k, v in node.attrs)
    if node.tag in VOID:
        return f"<{node.tag}{attrs}>"
    return f"<{node.tag}{attrs}>{''.join(render(k) for k in node.kids)}</{node.tag}>"


@dataclass(frozen=True)
class Dish:
    """A menu entry: name, price, monthly sales and an optional blurb."""

    name: str
    price: str
    sold: int
    blurb: Said = BLANK


@dataclass(frozen=True)
class Review:
    """A customer's review and the merchant's reply (商家回复), if any."""

    user: str
    text: Said
    reply: Said | None = None


@dataclass(frozen=True)
class Eatery:
    """One delivery shop: registry record, what it displays and where, and what it says.

    where: "merchant" (text fields and photos on the merchant page), "popup" (a 资质
    dialog on the menu page), "footer" (the menu page's footer), "photo" (photos only),
    "pending" (资质审核中) or "none".
    """

    tid: str
    platform: str
    poi: str
    shop_name: str
    reg: Registered
    category: str
    shown: Shown | None
    where: str = "merchant"
    permit: str = ""
    filing: str = ""
    notice: tuple[Said, ...] = ()
    dishes: tuple[Dish, ...] = ()
    reviews: tuple[Review, ...] = ()
    info: tuple[Said, ...] = ()  # merchant-page lines: phone, delivery partner, suppliers
    note: str = ""


@dataclass(frozen=True)
class Platform:
    """A delivery platform's chrome, tip bar and the words of its merchant tab."""

    brand: str
    tab: str  # the tab that opens the merchant page
    tip: Said
    footer: tuple[str, ...]
    fields: tuple[str, str, str, str, str, str] = field(
        default=("名称", "统一社会信用代码", "类型", "法定代表人（经营者）", "住所（经营场所）",
                 "成立日期"))


PLATFORMS = {
    "meituan": Platform(
        "美团外卖", "商家资质",
        Said("美团外卖提醒：请在平台内完成下单和支付，不要添加商家或骑手的个人微信转账，"
             "脱离平台的交易无法享受售后保障。", decoy="live.offplatform_lure",
             note="platform tip bar warning against private payment: the platform's words"),
        ("© 2026 美团外卖 版权所有", "美团外卖食品安全投诉电话 10109777")),
    "eleme": Platform(
        "饿了么", "食品安全档案",
        Said("饿了么安全提示：平台不会以退款、理赔为由要求您扫码或加好友，谨防诈骗。"
             "商家引导私下交易可向平台举报。", decoy="live.offplatform_lure",
             note="platform safety tip quoting the banned act: the platform's words"),
        ("饿了么 ele.me © 2008-2026", "网络食品交易第三方平台备案号 见平台首页"),
        ("企业名称", "统一社会信用代码", "主体类型", "法定代表人/负责人", "注册地址",
         "注册日期")),
}


def _licence_fields(p: Platform, shown: Shown) -> El:
    values = (shown.name, shown.uscc, shown.kind, shown.person, shown.address, shown.founded)
    rows = [el("div", {"class": "wm_cert_row"}, el("span", {"class": "wm_cert_key"}, k),
               el("span", {"class": "wm_cert_val"}, v)) for k, v in zip(p.fields, values,
                                                                        strict=True)]
    return el("div", {"class": "wm_cert_rows"}, *rows)


def _permit_block(s: Eatery) -> El | None:
    if s.permit:
        return el("div", {"class": "wm_cert_block"}, el("h3", {}, "食品经营许可证"),
                  el("p", {}, f"许可证编号：{s.permit}"),
                  el("p", {}, f"经营者名称：{s.reg.name}"),
                  el("p", {}, "主体业态：餐饮服务经营者" if s.category == "餐饮"
                     else "主体业态：食品销售经营者"),
                  el("p", {}, "有效期至：2030年06月30日"),
                  el("img", {"class": "wm_cert_photo", "alt": "食品经营许可证",
                             "src": "img/permit.png"}))
    if s.filing:
        return el("div", {"class": "wm_cert_block"}, el("h3", {}, "食品经营备案"),
                  el("p", {}, "仅销售预包装食品"), el("p", {}, f"备案编号：{s.filing}"))
    return None


def _licence_block(p: Platform, s: Eatery, *, text: bool = True, photo: bool = True) -> El:
    assert s.shown is not None
    return el("div", {"class": "wm_cert_block"}, el("h3", {}, "营业执照"),
              _licence_fields(p, s.shown) if text else None,
              el("img", {"class": "wm_cert_photo", "alt": "营业执照", "src": "img/licence.png"})
              if photo else None)


def _said(tag: str, cls: str, s: Said) -> El:
    return el(tag, {"class": cls}, s.text)


def _menu_page(s: Eatery, p: Platform) -> El:
    dishes = [el("li", {"class": "wm_dish"}, el("h3", {"class": "wm_dish_name"}, d.name),
                 _said("p", "wm_dish_desc", d.blurb) if d.blurb.text else None,
                 el("span", {"class": "wm_dish_sold"}, f"月售{d.sold}"),
                 el("span", {"class": "wm_dish_price"}, f"¥{d.price}")) for d in s.dishes]
    reviews = [el("div", {"class": "wm_review"},
                  el("span", {"class": "wm_review_user"}, r.user),
                  _said("p", "wm_review_text", r.text),
                  el("div", {"class": "wm_merchant_reply"}, el("b", {}, "商家回复："),
                     r.reply.text) if r.reply else None) for r in s.reviews]
    pop = None
    if s.where == "popup":
        pop = el("dialog", {"class": "wm_cert_pop", "id": "zizhi"},
                 el("h2", {}, "商家资质公示"), _licence_block(p, s, photo=False),
                 _permit_block(s))
    foot = [el("p", {}, line) for line in p.footer]
    if s.where == "footer" and s.shown is not None:
        foot.insert(0, el("p", {"class": "wm_foot_licence"},
                          f"营业执照信息：{s.shown.name}　统一社会信用代码 {s.shown.uscc}　"
                          f"{s.shown.kind}　{s.shown.address}"))
        if s.permit:
            foot.insert(1, el("p", {"class": "wm_foot_licence"}, f"食品经营许可证 {s.permit}"))
    body = el(
        "body", {},
        el("header", {"class": "wm_app_bar"}, el("span", {"class": "wm_brand"}, p.brand),
           el("span", {"class": "wm_city"}, "烟台")),
        el("div", {"class": "wm_platform_tip", "role": "note"}, p.tip.text),
        el("section", {"class": "wm_poi_head"},
           el("h1", {"class": "wm_poi_name"}, s.shop_name),
           el("p", {"class": "wm_poi_meta"}, "起送¥20 | 配送约35分钟 | 人均¥28"),
           el("div", {"class": "wm_poi_notice"}, el("span", {"class": "wm_notice_tag"}, "公告"),
              *(_said("p", "wm_notice_line", n) for n in s.notice)),
           el("button", {"class": "wm_cert_btn", "type": "button", "data-open": "zizhi"},
              "资质") if pop else None),
        el("nav", {"class": "wm_tabs"}, el("a", {"href": "./"}, "点菜"),
           el("a", {"href": "#pingjia"}, "评价"), el("a", {"href": "shangjia"}, p.tab)),
        el("section", {"class": "wm_menu"}, el("h2", {}, "热销"), el("ul", {}, *dishes)),
        el("section", {"class": "wm_reviews", "id": "pingjia"}, el("h2", {}, "用户评价"),
           *reviews),
        pop,
        el("footer", {"class": "wm_foot"}, *foot))
    return _document(f"{s.shop_name} - {p.brand}", body)


def _merchant_page(s: Eatery, p: Platform) -> El:
    certs: list[El | None] = []
    if s.shown is not None and s.where == "merchant":
        certs.append(_licence_block(p, s))
    elif s.shown is not None and s.where == "photo":
        certs.append(_licence_block(p, s, text=False))
    elif s.where == "pending":
        certs.append(el("div", {"class": "wm_cert_block wm_cert_empty"}, el("h3", {}, "营业执照"),
                        el("p", {}, "商家资质审核中，暂未公示")))
    if s.where not in ("popup", "footer"):
        certs.append(_permit_block(s))
    body = el(
        "body", {},
        el("header", {"class": "wm_app_bar"}, el("span", {"class": "wm_brand"}, p.brand),
           el("a", {"href": "./", "class": "wm_back"}, "返回点菜")),
        el("section", {"class": "wm_merchant_info"}, el("h1", {}, s.shop_name),
           el("p", {}, f"商家地址：{s.reg.address.removeprefix('山东省')}"),
           el("p", {}, "营业时间：10:00-21:30"),
           *(_said("p", "wm_info_line", i) for i in s.info)),
        el("section", {"class": "wm_cert_list"}, el("h2", {}, p.tab), *certs),
        el("section", {"class": "wm_food_grade"}, "食品安全监督量化等级：良好（B级）",
           el("span", {"class": "wm_grade_by"}, "公示单位：烟台市市场监督管理局")),
        el("footer", {"class": "wm_foot"}, *(el("p", {}, line) for line in p.footer)))
    return _document(f"{p.tab} - {s.shop_name}", body)


def _document(title: str, body: El) -> El:
    head = el("head", {}, el("meta", {"charset": "utf-8"}),
              el("meta", {"name": "viewport", "content": "width=device-width,initial-scale=1"}),
              el("title", {}, title),
              el("link", {"rel": "stylesheet", "href": f"/f/{FAMILY}/wm.css"}))
    return el("html", {"lang": "zh-CN"}, head, body)


def _bytes(doc: El) -> bytes:
    return ("<!DOCTYPE html>" + render(doc)).encode()


HARD = {"popup": "in a 资质 pop-up on the menu page", "footer": "in the menu page's footer",
        "photo": "only as a photo on the merchant page"}


def _pages(s: Eatery) -> tuple[list[Page], dict[str, tuple[bytes, str]]]:
    p = PLATFORMS[s.platform]
    root = f"/{s.platform}/poi/{s.poi}/"
    words: list[Said] = [p.tip, *s.notice, *(d.blurb for d in s.dishes)]
    words += [x for r in s.reviews for x in (r.text, r.reply) if x is not None]
    licence = licence_labels(s.shown, s.reg, s.shop_name, HARD.get(s.where, ""))
    permit = permit_labels(s.category, s.permit, s.filing)
    home = labels_of(words)
    merchant = labels_of(s.info)
    if s.shown is None or s.where in ("pending", "none"):
        home.append(Label("violation", "licence.missing",
                          "no business licence on the menu page or the merchant page"
                          + (" (资质审核中 is no licence)" if s.where == "pending" else "")))
    on_home = s.where in ("popup", "footer")
    (home if on_home else merchant).extend([*licence, *permit])
    assets: dict[str, tuple[bytes, str]] = {}
    if s.shown is not None and s.where in ("merchant", "photo"):
        lines = tuple(f"{k}：{v}" for k, v in zip(
            ("名称", "统一社会信用代码", "类型",
             "经营者" if s.shown.kind == "个体工商户" else "法定代表人", "经营场所", "成立日期"),
            (s.shown.name, s.shown.uscc, s.shown.kind, s.shown.person,
             s.shown.address.removeprefix("山东省"), s.shown.founded), strict=True))
        assets[root + "img/licence.png"] = (certificate_photo("营业执照", lines), "image/png")
    if s.permit:
        lines = (f"经营者名称：{s.reg.name}", f"许可证编号：{s.permit}",
                 "经营项目：热食类食品制售" if s.category == "餐饮" else "经营项目：预包装食品销售",
                 "有效期至：2030年06月30日")
        assets[root + "img/permit.png"] = (certificate_photo("食品经营许可证", lines), "image/png")
    pages = [Page(root, "home", _bytes(_menu_page(s, p)), tuple(home)),
             Page(root + "shangjia", "licence", _bytes(_merchant_page(s, p)), tuple(merchant))]
    return pages, assets


CSS = b"""body{margin:0;font:14px/1.5 sans-serif;background:#f5f5f5}
.wm_app_bar{background:#ffd161;padding:8px 12px;font-weight:bold}
.wm_platform_tip{background:#fff7e0;color:#8a6d00;font-size:12px;padding:6px 12px}
.wm_poi_head,.wm_menu,.wm_reviews,.wm_merchant_info,.wm_cert_list,.wm_food_grade{background:#fff;
margin:8px;padding:10px;border-radius:8px}
.wm_dish{list-style:none;border-bottom:1px solid #eee;padding:6px 0}
.wm_dish_price{color:#f63;float:right}.wm_cert_photo{width:240px;display:block}
.wm_merchant_reply{background:#f7f7f7;color:#666;padding:4px}
.wm_cert_pop{border:0;border-radius:8px}.wm_foot{color:#999;font-size:12px;padding:12px}
"""


def build() -> Family:
    """The waimai family: every menu and merchant page, photos and the stylesheet."""
    from demo.families.waimai.shops import EATERIES

    pages: list[Page] = []
    assets: dict[str, tuple[bytes, str]] = {"/wm.css": (CSS, "text/css; charset=utf-8")}
    for s in EATERIES:
        shop_pages, shop_assets = _pages(s)
        pages += shop_pages
        assets.update(shop_assets)
    targets = tuple(Target(s.tid, s.platform, "storefront", f"/{s.platform}/poi/{s.poi}/",
                           s.shop_name, s.reg.name, s.reg.uscc, s.reg.uscc[2:8], s.category,
                           s.note) for s in EATERIES)
    return Family(FAMILY, "外卖/本地生活店铺（美团、饿了么）",
                  "El node trees serialised by a small writer, snake_case wm_ classes, "
                  "licence photos drawn with Pillow",
                  "delivery-shop copy: 店铺公告, menus, 商家回复, 商家资质/食品安全档案, "
                  "platform tip bars", False, targets, tuple(pages), assets)
