"""The 京东 page chrome of the bigshop family, and the minidom builder its pages use."""

from __future__ import annotations

from xml.dom.minidom import Document, Element

from demo.families.corpus import Label, Said

VOID = frozenset({"img", "meta", "br", "link", "input", "hr"})
POPBOX_CSS = ".jz-popbox{display:none}.jz-shophd:hover .jz-popbox{display:block}"  # hover card
CHROME_FOOTER = (
    "京ICP证070359号",
    "互联网药品信息服务资格证编号(京)-经营性-2014-0008",
    "新出发京零字第大120007号",
    "Copyright © 2004-2026 京东JD.com 版权所有",
)
CHROME_DECOY = Label(
    "decoy",
    "licence.mismatch",
    "platform chrome: 京东's own ICP and drug-information licence numbers",
)
CHROME_TIP = Said(
    "京东提醒：请通过京东平台完成交易，不要添加陌生人微信或点击非京东链接付款，谨防诈骗。",
    decoy="live.offplatform_lure",
    note="the platform warns against off-platform payment; the platform speaks, not the seller",
)


class Dom:
    """A small builder over minidom: h("div", "jz-hd", child, ...) returns an Element."""

    def __init__(self) -> None:
        self.doc = Document()

    def h(self, tag: str, cls: str = "", *kids: Element | str, **attrs: str) -> Element:
        el = self.doc.createElement(tag)
        if cls:
            el.setAttribute("class", cls)
        for key, value in attrs.items():
            el.setAttribute(key.rstrip("_").replace("_", "-"), value)
        for kid in kids:
            el.appendChild(self.doc.createTextNode(kid) if isinstance(kid, str) else kid)
        if not kids and tag not in VOID:
            el.appendChild(self.doc.createTextNode(""))  # keeps minidom from writing <div/>
        return el


def page(d: Dom, title: str, *body: Element) -> bytes:
    head = d.h(
        "head",
        "",
        d.h("meta", charset="utf-8"),
        d.h("meta", name="viewport", content="width=device-width, initial-scale=1"),
        d.h("title", "", title),
        d.h("style", "", POPBOX_CSS),
    )
    top = d.h(
        "div",
        "jz-topbar",
        d.h("a", "jz-logo", "京东 JD.COM", href="#"),
        d.h("span", "jz-login", "你好，请登录  免费注册"),
        d.h("span", "jz-nav", "我的订单 | 我的京东 | 京东会员 | 企业采购 | 客户服务"),
    )
    foot = d.h(
        "div",
        "jz-gfoot",
        d.h("p", "jz-gtip", CHROME_TIP.text),
        *(d.h("span", "jz-glic", line) for line in CHROME_FOOTER),
    )
    html = d.h("html", "", head, d.h("body", "jz-body", top, *body, foot), lang="zh-CN")
    return ("<!DOCTYPE html>" + html.toxml()).encode()
