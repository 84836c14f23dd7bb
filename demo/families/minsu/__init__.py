"""Family `minsu`: 民宿 listings on 美团民宿 / 途家 / 携程 (长岛, 蓬莱, 养马岛, 招远, 栖霞).

Pages are HTML skeletons (SHELL, LISTING, CERT, GOODS) whose `data-fill` / `data-each` / `data-if`
attributes are filled through an html.parser event stream (`slots.py`); `stay-` classes.
A listing has the 房东 intro, 设施, 退订规则 (a service's cancellation terms), 房客点评 with
房东回复 and the platform's tip; a 房东资质 page holds the licence (or nothing), a managing
company's licence beside it, or a 注销 predecessor's story; some listings sell 伴手礼 /
文创 goods on a goods page.
"""

from __future__ import annotations

from dataclasses import dataclass

from demo.families.corpus import (
    Family,
    Filed,
    Label,
    Page,
    Registered,
    Said,
    Shown,
    Target,
    labels_of,
    licence_labels,
    permit_labels,
    registry_labels,
)
from demo.families.minsu.slots import fill, parse

ROOT = "/f/minsu"
TIPS = {
    "美团民宿": "美团民宿提示：请通过平台预订和付款，房东要求私下转账订房的请拒绝并举报。",
    "途家": "途家安全提醒：脱离平台私下交易的订单无法享受退款与入住保障。",
    "携程": "携程提醒：谨防诈骗，任何要求添加微信、站外付款订房的行为均不安全。",
}
SLUGS = {"美团民宿": "mtms", "途家": "tujia", "携程": "ctrip"}
SHELL = parse("""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title data-fill="title"></title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<style>.stay-facts li{display:inline-block;margin-right:1em}</style></head>
<body class="stay-body"><nav class="stay-nav">
<a class="stay-nav-home" data-href="home" data-fill="name"></a>
<a class="stay-nav-cert" data-if="cert_href" data-href="cert_href" data-fill="cert_text"></a></nav>
<main class="stay-main" data-raw="main"></main>
<footer class="stay-foot"><p class="stay-foot-tip" data-fill="tip"></p></footer></body></html>""")
LISTING = parse("""<section class="stay-hero"><h1 class="stay-title" data-fill="title"></h1>
<p class="stay-area" data-fill="area"></p></section>
<section class="stay-host"><h2 class="stay-h">房东介绍</h2>
<p class="stay-host-line" data-each="host" data-fill="text"></p></section>
<section class="stay-facts-box"><h2 class="stay-h">设施服务</h2>
<ul class="stay-facts"><li class="stay-fact" data-each="facts" data-fill="text"></li></ul></section>
<section class="stay-policy"><h2 class="stay-h">预订须知 · 退订规则</h2>
<p class="stay-policy-line" data-each="policy" data-fill="text"></p></section>
<section class="stay-goods" data-if="goods"><h2 class="stay-h">伴手礼</h2>
<a class="stay-goods-link" data-each="goods" data-href="href" data-fill="name"></a></section>
<section class="stay-reviews"><h2 class="stay-h">房客点评</h2>
<div class="stay-review" data-each="reviews"><b class="stay-guest" data-fill="who"></b>
<p class="stay-review-text" data-fill="text"></p>
<p class="stay-reply" data-if="reply" data-fill="reply"></p></div></section>""")
CERT = parse("""<section class="stay-cert"><h1 class="stay-title">房东资质</h1>
<table class="stay-licence" data-if="rows"><tr class="stay-row" data-each="rows">
<th class="stay-key" data-fill="key"></th><td class="stay-val" data-fill="value"></td></tr></table>
<p class="stay-cert-note" data-each="notes" data-fill="text"></p></section>""")
GOODS = parse("""<article class="stay-item"><h1 class="stay-title" data-fill="name"></h1>
<p class="stay-price" data-fill="price"></p>
<p class="stay-item-line" data-each="desc" data-fill="text"></p>
<h2 class="stay-h">售后</h2><p class="stay-item-after" data-each="after" data-fill="text"></p>
</article>""")


@dataclass(frozen=True)
class Gift:
    """A goods page of the listing's 伴手礼 / 文创 shop."""

    gid: str
    name: str
    price: str
    desc: tuple[Said | str, ...] = ()
    after: tuple[Said | str, ...] = ()


@dataclass(frozen=True)
class Listing:
    """One 民宿. cert: "page" (房东资质 page) or "none"."""

    tid: str
    slug: str
    platform: str
    name: str
    area: str
    reg: Registered
    category: str
    shown: Shown | None
    cert: str = "page"
    permit: str = ""
    status: str = "存续"
    host: tuple[Said | str, ...] = ()
    facts: tuple[Said | str, ...] = ()
    policy: tuple[Said | str, ...] = ()
    reviews: tuple[tuple[str, Said | str, str], ...] = ()  # guest, words, 房东回复
    notes: tuple[Said | str, ...] = ()  # lines on the 资质 page
    gifts: tuple[Gift, ...] = ()
    former: Filed | None = None
    note: str = ""

    @property
    def path(self) -> str:
        return f"/{SLUGS[self.platform]}/{self.slug}/"

    @property
    def filed(self) -> Filed:
        return Filed(self.reg, self.status)


def _t(w: Said | str) -> str:
    return w.text if isinstance(w, Said) else w


def _lines(items: tuple[Said | str, ...]) -> list[dict[str, str]]:
    return [{"text": _t(w)} for w in items]


def _said(*groups: tuple[Said | str, ...]) -> list[Said]:
    return [w for g in groups for w in g if isinstance(w, Said)]


def _page(x: Listing, title: str, main: str) -> bytes:
    cert = f"{ROOT}{x.path}zizhi.html" if x.cert == "page" else ""
    return fill(SHELL, {"title": title, "name": x.name, "home": f"{ROOT}{x.path}",
                        "cert_href": cert, "cert_text": "房东资质", "main": main,
                        "tip": TIPS[x.platform]}).encode()


def _home(x: Listing) -> Page:
    main = fill(LISTING, {
        "title": x.name, "area": x.area, "host": _lines(x.host), "facts": _lines(x.facts),
        "policy": _lines(x.policy),
        "goods": [{"name": f"{g.name} ￥{g.price}", "href": f"{ROOT}{x.path}gift/{g.gid}.html"}
                  for g in x.gifts],
        "reviews": [{"who": who, "text": _t(w), "reply": f"房东回复：{reply}" if reply else ""}
                    for who, w, reply in x.reviews]})
    labels = labels_of(_said(x.host, x.facts, x.policy, tuple(w for _, w, _ in x.reviews)))
    labels.append(Label("decoy", "live.offplatform_lure",
                        f"{x.platform}'s own tip warns against booking off the platform"))
    labels += permit_labels(x.category, x.permit)
    if x.cert == "none":
        labels.append(Label("violation", "licence.missing",
                            "the listing shows no licence and has no 资质 page"))
    return Page(x.path, "home", _page(x, x.name, main), tuple(labels))


def _cert(x: Listing) -> Page:
    rows: list[dict[str, str]] = []
    if x.shown is not None:
        person = "经营者" if "个体" in x.shown.kind else "法定代表人"
        rows = [{"key": k, "value": v} for k, v in (
            ("名称", x.shown.name), ("统一社会信用代码", x.shown.uscc), ("类型", x.shown.kind),
            (person, x.shown.person), ("经营场所", x.shown.address),
            ("成立日期", x.shown.founded))]
        if x.permit:
            rows.append({"key": "食品经营许可证", "value": x.permit})
    main = fill(CERT, {"rows": rows, "notes": _lines(x.notes)})
    labels = licence_labels(x.shown, x.reg, x.name) + registry_labels(x.shown, x.filed, x.name)
    labels += labels_of(_said(x.notes))
    if x.former is not None:
        labels.append(Label("decoy", "licence.deregistered",
                            f"the page tells of the former entity {x.former.reg.name} "
                            f"({x.former.status}); the licence shown is the successor's"))
    return Page(x.path + "zizhi.html", "licence", _page(x, "房东资质", main), tuple(labels))


def _gift(x: Listing, g: Gift) -> Page:
    main = fill(GOODS, {"name": g.name, "price": f"￥{g.price}", "desc": _lines(g.desc),
                        "after": _lines(g.after)})
    return Page(f"{x.path}gift/{g.gid}.html", "item", _page(x, g.name, main),
                tuple(labels_of(_said(g.desc, g.after))))


def pages_of(x: Listing) -> list[Page]:
    """Every page of one listing."""
    out = [_home(x)]
    if x.cert == "page":
        out.append(_cert(x))
    return out + [_gift(x, g) for g in x.gifts]


def build() -> Family:
    """The minsu family: every skeleton filled once."""
    from demo.families.minsu.listings import LISTINGS

    pages = tuple(p for x in LISTINGS for p in pages_of(x))
    targets = tuple(Target(x.tid, x.platform, "storefront", x.path, x.name, x.reg.name,
                           x.reg.uscc, x.reg.uscc[2:8], x.category, x.note) for x in LISTINGS)
    registry = tuple([x.filed for x in LISTINGS] + [x.former for x in LISTINGS if x.former])
    return Family(
        "minsu", "民宿房源（美团民宿、途家、携程）",
        "HTML skeletons with data-fill / data-each / data-if attributes filled through an "
        "html.parser event stream; stay- classes",
        "房东介绍, 设施服务, 预订须知 · 退订规则, 房客点评 with 房东回复, the platform's tip, "
        "伴手礼 / 文创 goods pages, a managing company's licence, a 注销 predecessor",
        False, targets, pages, {}, registry)
