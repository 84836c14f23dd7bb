"""The lanmao family's markup: server-rendered pages whose licence is a CSS grid out of DOM order.

The licence block places each field's caption and value by `grid-area`, and writes the
elements in a shuffled order (fixed per shop): a reader of the page sees 名称 next to the
name, the DOM lists values and captions apart. The text of the block, read in DOM order,
pairs nothing; only the layout does. Products show their 蓝帽子 approval number, the
approved function, the shop's words and buyers' reviews.
"""

from __future__ import annotations

import random
from html import escape
from pathlib import Path

from demo.families.corpus import (
    Assets,
    Label,
    Page,
    Said,
    labels_of,
    licence_labels,
    permit_labels,
    registry_labels,
)
from demo.families.lanmao.stores import Product, Store

ROOT = "/f/lanmao"
_CSS = (Path(__file__).parent / "grid.css").read_text(encoding="utf-8")


def _page(title: str, store: Store, main: str) -> bytes:
    base = f"{ROOT}/lm/{store.key}/"
    links = [f'<a href="{base}">首页</a>',
             *(f'<a href="{base}sp/{p.slug}.html">{escape(p.name.split(" ")[0])}</a>'
               for p in store.products)]
    if not store.in_footer:
        links.append(f'<a href="{base}zizhi.html">资质公示</a>')
    head = (f'<header class="lm-head"><span class="lm-logo">{escape(store.shop_name)}</span>'
            f'{"".join(links)}</header>')
    return (f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{escape(title)}'
            f"</title><style>{_CSS}</style></head><body>{head}"
            f'<div class="lm-body">{main}</div></body></html>').encode()


def licence_grid(store: Store) -> str:
    """The licence block: caption/value cells placed by grid-area, written in shuffled order."""
    s = store.shown
    fields = [("名称", s.name), ("统一社会信用代码", s.uscc), ("类型", s.kind),
              ("法定代表人（负责人、经营者）", s.person), ("住所（经营场所）", s.address),
              ("成立日期", s.founded)]
    if store.permit:
        fields.append(("食品经营许可证", store.permit))
    areas = " ".join(f"'k{i} v{i}'" for i in range(len(fields)))
    cells = [f'<span class="lm-k" style="grid-area:k{i}">{escape(k)}</span>'
             for i, (k, _) in enumerate(fields)]
    cells += [f'<span class="lm-v" style="grid-area:v{i}">{escape(v)}</span>'
              for i, (_, v) in enumerate(fields)]
    random.Random("lanmao/" + store.key).shuffle(cells)
    return (f'<h2>营业执照信息</h2><div class="lm-zz" style="grid-template-areas:{areas}">'
            f'{"".join(cells)}</div><p>信息来源：商家自行公示，请以登记机关公示为准。</p>')


def _badge(product: Product) -> str:
    """The 蓝帽子 badge of a registered 保健食品 (国食健注), none for a filed or ordinary one."""
    return ' <span class="lm-blue">蓝帽子</span>' if product.approval.startswith("国食健") else ""


def _paras(items: tuple[Said, ...]) -> str:
    return "".join(f"<p>{escape(s.text)}</p>" for s in items)


def _verdict(store: Store, where: str) -> list[Label]:
    return (licence_labels(store.shown, store.reg, store.shop_name, where)
            + registry_labels(store.shown, store.filed, store.shop_name)
            + permit_labels("保健食品", store.permit))


def store_files(store: Store) -> tuple[list[Page], Assets]:
    """A shop's home page, product pages and (unless in the footer) its 资质公示 page."""
    home = f"/lm/{store.key}/"
    cards = "".join(
        f'<li><a href="{ROOT}{home}sp/{p.slug}.html">{escape(p.name)}</a>{_badge(p)}</li>'
        for p in store.products)
    main = f"{_paras(store.intro)}<h2>全部商品</h2><ul>{cards}</ul>"
    labels = labels_of(store.intro)
    if store.in_footer:
        main += f'<footer class="lm-foot">{licence_grid(store)}</footer>'
        labels += _verdict(store, "in the home page's footer, as a CSS grid out of DOM order")
    pages = [Page(home, "home", _page(store.shop_name, store, main), tuple(labels))]
    if not store.in_footer:
        pages.append(Page(home + "zizhi.html", "licence",
                          _page(f"{store.shop_name} 资质公示", store, licence_grid(store)),
                          tuple(_verdict(store, ""))))
    for p in store.products:
        facts = [("产品名称", p.name), ("批准文号", p.approval or "无（普通食品）"),
                 ("保健功能", p.function or "—")]
        table = "".join(f"<tr><th>{k}</th><td>{escape(v)}</td></tr>" for k, v in facts)
        reviews = "".join(f'<div class="lm-rev"><cite>{escape(r.who)}</cite>{escape(r.text)}</div>'
                          for r in p.reviews)
        body = (f"<h1>{escape(p.name)}</h1><table>{table}</table>{_paras(p.words)}"
                + (f"<h2>买家评价</h2>{reviews}" if reviews else ""))
        pages.append(Page(f"{home}sp/{p.slug}.html", "item", _page(p.name, store, body),
                          tuple(labels_of((*p.words, *p.reviews)))))
    return pages, {}
