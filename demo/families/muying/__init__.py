"""Family `muying` (sealed, tenth batch): 母婴 shops (奶粉, 辅食, 纸尿裤, 洗护, 玩具) on 抖店/微店.

Pages come from `string.Template` layouts with `$` slots filled with escaped text; classes
are `bb-` words. A shop has a 店铺首页 (its 店铺公告 and goods list), one 商品详情 page with
its 卖点 and 买家评价 (buyers speak there, not the shop), and a 资质公示 page with the
营业执照 fields and, for food, the 食品经营许可证 or the 仅销售预包装食品 备案 number.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from string import Template

from demo.families.corpus import (
    Family,
    Filed,
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
    registry_labels,
)

SLUGS = {"抖店": "dd", "微店": "wd"}
LAYOUT = Template('<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">'
                  "<title>$title</title></head><body><div class=\"bb-bar\"><b>$shop</b> "
                  '<a href="$home">首页</a> <a href="${home}zizhi.html">资质公示</a></div>'
                  "<main>$main</main></body></html>")
HOME = Template('<section class="bb-notice"><h2>店铺公告</h2>$notice</section>'
                '<ul class="bb-goods"><li><a href="${home}goods.html">$goods</a></li></ul>')
GOODS = Template('<h1 class="bb-title">$goods</h1><div class="bb-points">$points</div>'
                 '<section class="bb-reviews"><h2>买家评价</h2>$reviews</section>')
Review = tuple[str, Said | str]  # buyer's nick, words


@dataclass(frozen=True)
class Shop:
    """One 母婴 shop. shown None = the 资质公示 page shows no licence fields."""

    tid: str
    slug: str
    platform: str
    name: str
    reg: Registered
    category: str
    shown: Shown | None
    notice: tuple[Said | str, ...]
    goods: str
    points: tuple[Said | str, ...]
    reviews: tuple[Review, ...] = ()
    permit: str = ""
    filing: str = ""  # 仅销售预包装食品 备案编号
    status: str = "存续"
    status_date: str = ""
    note: str = ""

    @property
    def path(self) -> str:
        return f"/{SLUGS[self.platform]}/{self.slug}/"

    @property
    def filed(self) -> Filed:
        return Filed(self.reg, self.status, self.status_date)


def _p(items: tuple[Said | str, ...], cls: str) -> str:
    return "".join(f'<p class="{cls}">{escape(w.text if isinstance(w, Said) else w)}</p>'
                   for w in items)


def _said(items: tuple[Said | str, ...]) -> list[Label]:
    return labels_of(w for w in items if isinstance(w, Said))


SERVED = "/f/muying"  # where demo.server serves the family: its links name that prefix


def _page(s: Shop, title: str, main: str) -> bytes:
    return LAYOUT.substitute(title=escape(title), shop=escape(s.name), home=SERVED + s.path,
                             main=main).encode()


def pages_of(s: Shop) -> list[Page]:
    """A shop's 首页, 商品详情 and 资质公示 pages."""
    home = HOME.substitute(notice=_p(s.notice, "bb-notice__line"), home=SERVED + s.path,
                           goods=escape(s.goods))
    reviews = "".join(f'<div class="bb-review"><span class="bb-review__nick">{escape(n)}</span>'
                      f"<p>{escape(w.text if isinstance(w, Said) else w)}</p></div>"
                      for n, w in s.reviews)
    goods = GOODS.substitute(goods=escape(s.goods), points=_p(s.points, "bb-point"),
                             reviews=reviews)
    pages = [Page(s.path, "home", _page(s, s.name, home), tuple(_said(s.notice))),
             Page(s.path + "goods.html", "item", _page(s, s.goods, goods),
                  tuple(_said(s.points) + _said(tuple(w for _, w in s.reviews))))]
    if s.shown is None:
        main = '<h1>资质公示</h1><p class="bb-empty">暂无资质信息</p>'
        labels = [Label("violation", "licence.missing", "the 资质公示 page is empty")]
        labels += permit_labels(s.category, s.permit, s.filing)
    else:
        person = "经营者" if "个体" in s.shown.kind else "法定代表人"
        pairs = [("企业名称", s.shown.name), ("统一社会信用代码", s.shown.uscc),
                 ("企业类型", s.shown.kind), (person, s.shown.person),
                 ("地址", s.shown.address), ("成立日期", s.shown.founded)]
        if s.permit:
            pairs.append(("食品经营许可证", s.permit))
        if s.filing:
            pairs.append(("仅销售预包装食品备案", s.filing))
        main = "<h1>资质公示</h1><table class=\"bb-cert\">" + "".join(
            f"<tr><td>{escape(k)}</td><td>{escape(v)}</td></tr>" for k, v in pairs) + "</table>"
        labels = licence_labels(s.shown, s.reg, s.name) + registry_labels(s.shown, s.filed, s.name)
        labels += permit_labels(s.category, s.permit, s.filing)
    pages.append(Page(s.path + "zizhi.html", "licence", _page(s, "资质公示", main),
                      tuple(labels)))
    return pages


def build() -> Family:
    """The muying family."""
    from demo.families.muying.shops import SHOPS

    pages, assets = collect(SHOPS, lambda s: (pages_of(s), {}))
    targets = tuple(Target(s.tid, s.platform, "storefront", s.path, s.name, s.reg.name,
                           s.reg.uscc, s.reg.uscc[2:8], s.category, s.note) for s in SHOPS)
    return Family(
        "muying", "母婴店铺（抖店 / 微店：奶粉、辅食、纸尿裤、洗护、玩具）",
        "string.Template layouts with escaped $ slots; bb- classes; 店铺公告, 商品详情 with "
        "买家评价, 资质公示 with the food permit or 预包装 filing",
        "卖点 paraphrased from published 母婴/奶粉 advertising cases (乳铁蛋白 增强抵抗力), "
        "buyers' reviews, 店铺公告, lawful 拆封 return limits",
        False, targets, pages, assets, tuple(s.filed for s in SHOPS))
