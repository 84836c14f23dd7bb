"""The look of each demo platform: colours, class names, markup shapes and wording.

Each platform builds its header, product listing and footer differently so that
licence detection cannot key on one layout or one phrase.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from demo.markup import El, h
from demo.model import Item


@dataclass(frozen=True)
class Skin:
    """How one platform's shop pages look."""

    platform: str
    name_zh: str
    color: str
    entry: str  # default wording of the licence entry link
    licence_slug: str  # licence page path under the shop root
    listing: Callable[[list[tuple[Item, float, float | None, str]]], El]
    entry_class: str  # class of the licence entry link
    entry_place: str  # where the entry sits: "nav", "aside" or "footer"
    head_class: str  # class of the shop header block
    dark: bool = False

    def css(self) -> str:
        """The page stylesheet in this platform's colours."""
        bg, fg = ("#161823", "#f1f1f1") if self.dark else ("#f5f5f5", "#222")
        return (
            f"body{{margin:0;font-family:'Noto Sans CJK SC',sans-serif;background:{bg};color:{fg}}}"
            f"a{{color:{self.color}}}header,.hd{{background:{self.color};color:#fff;"
            "padding:12px 24px}"
            "header a,.hd a{color:#fff;margin-left:16px}main{max-width:1100px;margin:auto;"
            "padding:16px}img{max-width:100%}del,s,.old{color:#999}.lic-img{max-width:640px;"
            "border:1px solid #ccc}footer{font-size:12px;color:#888;padding:24px;"
            "text-align:center}li,article,td{padding:6px}.spinner{padding:80px;text-align:center}"
            ".chat{list-style:none;max-height:360px;overflow:auto;background:rgba(0,0,0,.05)}"
            ".chat time{color:#999;margin-right:8px}.chat .nick{font-weight:bold;margin-right:6px}"
            ".chat .nick:after{content:'：'}del,s{margin-left:8px}"
        )


def _money(v: float) -> str:
    return f"{v:.2f}".rstrip("0").rstrip(".") if v != int(v) else f"{int(v)}"


def _taobao(rows: list[tuple[Item, float, float | None, str]]) -> El:
    return h("ul", "item-list", *(
        h("li", "item",
          h("a", {"class": "item-name", "href": href}, it.title),
          h("div", "cprice-area", h("span", "c-price", "¥", _money(p)),
            h("del", "original", f"¥{_money(s)}") if s else None),
          h("p", "item-desc", it.blurb) if it.blurb else None,
          h("span", "sale-num", f"月销 {it.sold}") if it.sold else None)
        for it, p, s, href in rows))


def _tmall(rows: list[tuple[Item, float, float | None, str]]) -> El:
    return h("div", "grid", *(
        h("div", "product",
          h("p", "productTitle", h("a", {"href": href}, it.title)),
          h("p", "productPrice", h("em", None, f"¥{_money(p)}"),
            h("s", None, f"¥{_money(s)}") if s else None),
          h("p", "productStatus", it.blurb) if it.blurb else None)
        for it, p, s, href in rows))


def _jd(rows: list[tuple[Item, float, float | None, str]]) -> El:
    return h("table", "gl-list", *(
        h("tr", "gl-item",
          h("td", "p-name", h("a", {"href": href, "target": "_self"}, it.title),
            h("div", "p-promo", it.blurb) if it.blurb else None),
          h("td", "p-price", h("strong", None, h("i", None, _money(p))),
            h("del", "p-del", f"京东价 ¥{_money(s)}") if s else None))
        for it, p, s, href in rows))


def _pdd(rows: list[tuple[Item, float, float | None, str]]) -> El:
    return h("section", "goods-list", *(
        h("article", "goods-item",
          h("h3", None, h("a", {"href": href}, it.title)),
          h("span", "goods-price", f"拼单价 ¥{_money(p)}"),
          h("span", "market-price", h("s", None, f"¥{_money(s)}")) if s else None,
          h("p", "goods-tag", it.blurb) if it.blurb else None,
          h("span", "sales-tip", f"已拼{it.sold}件") if it.sold else None)
        for it, p, s, href in rows))


def _douyin(rows: list[tuple[Item, float, float | None, str]]) -> El:
    return h("ol", "product-cards", *(
        h("li", "card",
          h("div", "card-title", h("a", {"href": href}, it.title)),
          h("div", "card-sub", it.blurb) if it.blurb else None,
          h("span", "card-price", f"¥{_money(p)}"),
          h("del", None, f"¥{_money(s)}") if s else None)
        for it, p, s, href in rows))


def _kuaishou(rows: list[tuple[Item, float, float | None, str]]) -> El:
    out: list[El] = []
    for it, p, s, href in rows:
        out.append(h("dt", None, h("a", {"href": href}, it.title)))
        out.append(h("dd", "price", f"到手 {_money(p)} 元"))
        if s:
            out.append(h("dd", "old", h("del", None, f"划线价 {_money(s)} 元")))
        if it.blurb:
            out.append(h("dd", "sell-point", it.blurb))
    return h("dl", "goods", *out)


def _meituan(rows: list[tuple[Item, float, float | None, str]]) -> El:
    return h("ul", "menu-list", *(
        h("li", "food",
          h("a", {"class": "food-name", "href": href}, it.title),
          h("span", "food-desc", it.blurb) if it.blurb else None,
          h("span", "food-price", f"￥{_money(p)}"),
          h("span", "origin-price", h("del", None, f"￥{_money(s)}")) if s else None,
          h("span", "month-sale", f"月售{it.sold}") if it.sold else None)
        for it, p, s, href in rows))


def _other(rows: list[tuple[Item, float, float | None, str]]) -> El:
    return h("div", "products", *(
        h("div", "prod",
          h("h4", None, h("a", {"href": href}, it.title)),
          h("p", None, it.blurb) if it.blurb else None,
          h("p", "prod-price", "售价：", h("b", None, f"{_money(p)}元"),
            h("span", None, "　原价：", h("s", None, f"{_money(s)}元")) if s else None))
        for it, p, s, href in rows))


SKINS: dict[str, Skin] = {s.platform: s for s in (
    Skin("taobao", "淘宝", "#ff5000", "店铺资质", "licence", _taobao, "shop-aptitude", "nav",
         "tb-shop-hd"),
    Skin("tmall", "天猫", "#ff0036", "工商执照", "aptitude", _tmall, "tm-license-link",
         "footer", "tm-shop-header"),
    Skin("jd", "京东", "#e1251b", "店铺证照信息", "zhengzhao", _jd, "J-zz-link", "aside",
         "J-shop-head"),
    Skin("pinduoduo", "拼多多", "#e02e24", "店铺资质", "qualification", _pdd, "mall-cert",
         "aside", "mall-header"),
    Skin("douyin", "抖音", "#fe2c55", "资质证照", "qualifications", _douyin, "qual-btn", "nav",
         "dy-shop-top", dark=True),
    Skin("kuaishou", "快手", "#ff4906", "商家资质", "license", _kuaishou, "ks-qualify", "aside",
         "ks-store-top"),
    Skin("meituan", "美团", "#d9a400", "商家资质", "qualification", _meituan, "poi-license",
         "nav", "poi-header"),
    Skin("other", "独立站", "#2f6f4f", "营业执照", "about/licence", _other, "nav-link", "footer",
         "site-header"),
)}


def money(v: float) -> str:
    """A price as sellers write it: no trailing zeros."""
    return _money(v)
