"""Family `utility`: small 个体户 shops built as lxml element trees with Tailwind-style classes.

Markup: lxml.builder E-factory, utility class strings (`flex items-center gap-2`).
Wording: chatty 个体户 owners (店主有话说), buyer reviews, platform banners.
"""

from __future__ import annotations

from dataclasses import dataclass

import lxml.html
from lxml.builder import E
from lxml.etree import _Element

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

PLATFORM_ZH = {"pinduoduo": "拼多多", "taobao": "淘宝", "kuaishou": "快手小店"}


@dataclass(frozen=True)
class Goods:
    """A listing: title, price, the owner's words and buyer reviews."""

    gid: str
    title: str
    price: str
    words: tuple[Said, ...] = ()
    reviews: tuple[Said, ...] = ()


@dataclass(frozen=True)
class Stall:
    """A small shop: registry record (None for an exempt individual) and what it shows."""

    tid: str
    platform: str
    sid: str
    shop_name: str
    reg: Registered | None
    division: str
    category: str
    shown: Shown | None
    licence_text: tuple[Said, ...] = ()  # what the 资质 page says besides a licence
    permit: str = ""
    owner: tuple[Said, ...] = ()  # 店主有话说
    banner: tuple[Said, ...] = ()  # the platform's own banner above the shop
    goods: tuple[Goods, ...] = ()
    note: str = ""


def _cls(tag: str, classes: str, *kids: object) -> _Element:
    return getattr(E, tag)({"class": classes}, *kids)


def _doc(title: str, *body: _Element) -> bytes:
    head = E.head(E.meta(charset="utf-8"), E.title(title),
                  E.link(rel="stylesheet", href="/static/tailwind.min.css"))
    html = E.html(head, E.body({"class": "bg-gray-50 text-gray-900 antialiased"}, *body),
                  lang="zh-CN")
    return lxml.html.tostring(html, encoding="utf-8", doctype="<!DOCTYPE html>")


def _top(st: Stall, root: str) -> _Element:
    banner = [_cls("div", "w-full bg-amber-100 text-amber-800 text-xs px-3 py-1", s.text)
              for s in st.banner]
    return _cls("div", "sticky top-0 z-10", *banner,
                _cls("div", "flex items-center justify-between px-4 py-3 bg-white shadow-sm",
                     _cls("span", "text-lg font-semibold truncate", st.shop_name),
                     _cls("span", "text-xs text-gray-400", PLATFORM_ZH[st.platform]),
                     E.a({"class": "text-xs text-rose-500 underline", "href": root + "zizhi"},
                         "店铺资质")))


def _home(st: Stall, root: str) -> bytes:
    cards = [E.a({"class": "block rounded-xl bg-white p-3 shadow hover:shadow-md",
                  "href": f"{root}goods/{g.gid}"},
                 _cls("p", "line-clamp-2 text-sm", g.title),
                 _cls("p", "mt-1 text-base font-bold text-rose-600", f"￥{g.price}"),
                 *([_cls("p", "text-xs text-gray-500", g.words[0].text)] if g.words else []))
             for g in st.goods]
    owner = _cls("section", "mx-4 my-3 rounded-lg bg-white p-3",
                 _cls("h3", "text-sm font-bold text-gray-700", "店主有话说"),
                 *(_cls("p", "text-sm leading-6", s.text) for s in st.owner))
    permit = ([_cls("p", "mx-4 text-xs text-gray-400", f"食品经营许可证：{st.permit}")]
              if st.permit else [])
    grid = _cls("div", "grid grid-cols-2 gap-3 px-4", *cards)
    return _doc(st.shop_name, _top(st, root), owner, grid, *permit)


def _zizhi(st: Stall, root: str) -> bytes:
    rows = []
    if st.shown is not None:
        s = st.shown
        fields = (("名称", s.name), ("统一社会信用代码", s.uscc), ("类型", s.kind),
                  ("经营者" if "个体" in s.kind else "法定代表人", s.person),
                  ("经营场所" if "个体" in s.kind else "住所", s.address), ("注册日期", s.founded))
        rows = [_cls("div", "flex border-b border-gray-100 py-2 text-sm",
                     _cls("span", "w-32 shrink-0 text-gray-500", k), _cls("span", "flex-1", v))
                for k, v in fields]
    extra = [_cls("p", "py-2 text-sm text-gray-600", s.text) for s in st.licence_text]
    card = _cls("div", "m-4 rounded-lg bg-white p-4",
                _cls("h2", "mb-2 text-base font-bold", "营业执照信息"), *rows, *extra)
    return _doc(f"店铺资质 - {st.shop_name}", _top(st, root), card)


def _goods(st: Stall, g: Goods, root: str) -> bytes:
    reviews = [_cls("li", "border-t border-gray-100 py-2 text-sm",
                    _cls("span", "mr-2 text-gray-400", s.who), s.text) for s in g.reviews]
    return _doc(g.title, _top(st, root),
                _cls("div", "m-4 rounded-lg bg-white p-4",
                     _cls("h1", "text-lg font-semibold", g.title),
                     _cls("p", "text-xl font-bold text-rose-600", f"￥{g.price}"),
                     *(_cls("p", "mt-2 text-sm leading-6", s.text) for s in g.words),
                     _cls("h3", "mt-4 text-sm font-bold", "买家评价"),
                     _cls("ul", "divide-y", *reviews)))


def _pages(st: Stall) -> list[Page]:
    root = f"/{st.platform}/{st.sid}/"
    href = "/f/utility" + root
    home = (labels_of([*st.owner, *st.banner, *(g.words[0] for g in st.goods if g.words)])
            + permit_labels(st.category, st.permit))
    if st.shown is None and st.reg is not None:
        home.append(Label("violation", "licence.missing",
                          "the 资质 page says the licence is still being applied for"))
    zizhi = labels_of([*st.licence_text, *st.banner])
    zizhi += licence_labels(st.shown, st.reg, st.shop_name)
    out = [Page(root, "home", _home(st, href), tuple(home)),
           Page(root + "zizhi", "licence", _zizhi(st, href), tuple(zizhi))]
    for g in st.goods:
        out.append(Page(f"{root}goods/{g.gid}", "item", _goods(st, g, href),
                        tuple(labels_of([*g.words, *g.reviews, *st.banner]))))
    return out


def build() -> Family:
    """The utility family: every page rendered once."""
    from demo.families.utility.stalls import STALLS

    targets = tuple(Target(s.tid, s.platform, "storefront", f"/{s.platform}/{s.sid}/",
                           s.shop_name, s.reg.name if s.reg else "", s.reg.uscc if s.reg else "",
                           s.division, s.category, s.note) for s in STALLS)
    return Family("utility", "个体小店（工具类样式）",
                  "lxml.builder element trees, Tailwind-style utility classes",
                  "chatty 个体户 owners (店主有话说), buyer reviews, platform banners",
                  False, targets, collect(STALLS, lambda s: (_pages(s), {}))[0])
