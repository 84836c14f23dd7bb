"""The jindian family's markup: old 金店 pages encoded as GBK, the charset only in a <meta>.

Every page is served as bytes in GBK with a bare `Content-Type: text/html` (no charset
parameter): only the page's own <meta> says how to decode it, in the http-equiv form on
some shops and the HTML5 `<meta charset>` form on others, with the label 'gbk' or 'gb2312'
(browsers decode both as GBK). A reader that assumes UTF-8 sees mojibake. The licence sits
on a 营业执照 page in a <fieldset>, or in the home page's footer.
"""

from __future__ import annotations

import zlib
from html import escape
from pathlib import Path

from demo.families.corpus import (
    Assets,
    Label,
    Page,
    Said,
    labels_of,
    licence_labels,
    registry_labels,
)
from demo.families.jindian.counters import Counter

ROOT = "/f/jindian"
SERVED_AS = "text/html"  # no charset: the <meta> alone declares GBK
_METAS = ('<meta http-equiv="Content-Type" content="text/html; charset=gbk">',
          '<meta charset="gb2312">', '<meta charset="GBK">')
_CSS = (Path(__file__).parent / "gbk.css").read_text(encoding="utf-8")


def _meta(counter: Counter) -> str:
    return _METAS[zlib.crc32(counter.key.encode()) % len(_METAS)]


def _licence(counter: Counter) -> str:
    s = counter.shown
    if s is None:
        return ""
    lines = (("企业名称", s.name), ("统一社会信用代码", s.uscc), ("类　　型", s.kind),
             ("法定代表人（经营者）", s.person), ("住　　所", s.address), ("成立日期", s.founded))
    body = "<br>".join(f"{k}：{escape(v)}" for k, v in lines)
    return f"<fieldset><legend>营业执照信息</legend><p>{body}</p></fieldset>"


def _page(counter: Counter, title: str, main: str, footer: str = "") -> bytes:
    base = f"{ROOT}/jd/{counter.key}/"
    nav = [f'<a href="{base}">首页</a>',
           *(f'<a href="{base}goods/{i}.htm">{escape(g.name)}</a>'
             for i, g in enumerate(counter.goods, 1))]
    if counter.shown is not None and not counter.footer:
        nav.append(f'<a href="{base}zhizhao.htm">营业执照</a>')
    html = (f'<!DOCTYPE html><html lang="zh-CN"><head>{_meta(counter)}'
            f"<title>{escape(title)}</title><style>{_CSS}</style></head><body>"
            f'<div id="wrap"><div id="top">{escape(counter.shop_name)}</div>'
            f'<div id="nav">{"".join(nav)}</div><div id="main">{main}</div>'
            f'<div id="bottom">{footer}<p>版权所有　{escape(counter.shop_name)}　仅供演示</p>'
            "</div></div></body></html>")
    return html.encode("gbk")  # strict: a character GBK lacks is a build error


def _paras(items: tuple[Said, ...]) -> str:
    return "".join(f"<p>{escape(s.text)}</p>" for s in items)


def _verdict(counter: Counter, where: str) -> list[Label]:
    return (licence_labels(counter.shown, counter.reg, counter.shop_name, where)
            + registry_labels(counter.shown, counter.filed, counter.shop_name))


def counter_files(counter: Counter) -> tuple[list[Page], Assets]:
    """A shop's home page, goods pages and (unless in the footer) its 营业执照 page, all GBK."""
    home = f"/jd/{counter.key}/"
    third = f'<div class="gd">{escape(counter.third_party)}</div>' if counter.third_party else ""
    main = f"{_paras(counter.welcome)}<h3>售后说明</h3>{_paras(counter.notice)}{third}"
    labels = [*labels_of((*counter.welcome, *counter.notice)), *counter.missing]
    footer = ""
    if counter.footer:
        footer = _licence(counter)
        labels += _verdict(counter, "in the home page's footer")
    pages = [Page(home, "home", _page(counter, counter.shop_name, main, footer), tuple(labels),
                  SERVED_AS)]
    if counter.shown is not None and not counter.footer:
        pages.append(Page(home + "zhizhao.htm", "licence",
                          _page(counter, f"{counter.shop_name} 营业执照", _licence(counter)),
                          tuple(_verdict(counter, "")), SERVED_AS))
    for i, g in enumerate(counter.goods, 1):
        main = f"<h2>{escape(g.name)}</h2><p>价格：{escape(g.price)}</p>{_paras(g.words)}"
        pages.append(Page(f"{home}goods/{i}.htm", "item", _page(counter, g.name, main),
                          tuple(labels_of(g.words)), SERVED_AS))
    return pages, {}
