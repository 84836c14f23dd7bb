"""Family `shiguang` (sealed, eighth batch): 眼镜 / 视光 / 美瞳 shops on 京东, 淘宝, 拼多多, 美团.

Pages are f-string fragment functions (one per block, `h()` escapes every value), joined
per page; `sg_` underscore classes. A shop has a home page (a 店铺信息 card with the
licence link, 配镜须知, goods), one 商品详情 page (卖点, 验配说明, 售后) and a 证照信息 page.
Wording follows published enforcement on 近视防控 marketing (SAMR's campaign against
"康复", "降低度数", "近视治愈", "摘镜"; a 最好的手段 OK-lens case; a 逆转近视 case) and
contact lenses as Class III devices whose unsealed returns need the buyer's confirmation.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape as h

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

ROOT = "/f/shiguang"
SLUGS = {"京东": "jd", "淘宝": "tb", "拼多多": "pdd", "美团": "mt", "抖音小店": "dy"}
STYLE = ("body{font-family:sans-serif;margin:0}.sg_wrap{max-width:960px;margin:0 auto}"
         ".sg_card{border:1px solid #e5e5e5;padding:8px}.sg_goods{display:flex;gap:12px}"
         ".sg_spec{border-collapse:collapse}.sg_spec td{border:1px solid #eee;padding:2px 6px}")


@dataclass(frozen=True)
class Optician:
    """One optical shop. papers: "shown" (licence on 证照信息) or "missing" (not uploaded)."""

    tid: str
    slug: str
    platform: str
    shop_name: str
    reg: Registered
    category: str
    shown: Shown | None
    tagline: Said | str
    goods: tuple[tuple[str, str, Said | str], ...]
    lead: str
    points: tuple[Said | str, ...]
    service: tuple[Said | str, ...]
    papers: str = "shown"
    device: str = ""  # 医疗器械经营许可 / 备案 number shown beside the licence
    filing: str = ""  # 仅销售预包装食品 备案
    partner: tuple[str, Said] | None = None
    status: str = "存续"
    status_date: str = ""
    note: str = ""

    @property
    def path(self) -> str:
        return f"/{SLUGS[self.platform]}/{self.slug}/"

    @property
    def filed(self) -> Filed:
        return Filed(self.reg, self.status, self.status_date)


def _t(w: Said | str) -> str:
    return w.text if isinstance(w, Said) else w


def _doc(title: str, *blocks: str) -> bytes:
    return (f'<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width,initial-scale=1">'
            f"<title>{h(title)}</title><style>{STYLE}</style></head>"
            f'<body><div class="sg_wrap">{"".join(blocks)}</div></body></html>').encode()


def _card(o: Optician) -> str:
    base = f"{ROOT}{o.path}"
    return (f'<div class="sg_card"><a class="sg_shop" href="{base}">{h(o.shop_name)}</a>'
            f'<span class="sg_plat">{h(o.platform)}</span>'
            f'<a class="sg_papers_link" href="{base}papers.html">证照信息</a></div>')


def _goods(o: Optician) -> str:
    tiles = "".join(
        f'<div class="sg_tile"><a class="sg_tile_name" href="{ROOT}{o.path}item.html">{h(n)}</a>'
        f'<span class="sg_tile_price">¥{h(p)}</span><p class="sg_tile_note">{h(_t(b))}</p></div>'
        for n, p, b in o.goods)
    return f'<section class="sg_goods">{tiles}</section>'


def _home(o: Optician) -> Page:
    banner = f'<p class="sg_tagline">{h(_t(o.tagline))}</p>'
    tips = ('<aside class="sg_tips"><h2 class="sg_tips_h">配镜须知</h2><p class="sg_tips_p">'
            "请提供近三个月内的验光单；未成年人配镜建议先到医院眼科检查。</p></aside>")
    labels = labels_of([o.tagline, *(b for _, _, b in o.goods)])
    return Page(o.path, "home", _doc(o.shop_name, _card(o), banner, _goods(o), tips),
                tuple(labels))


def _item(o: Optician) -> Page:
    points = "".join(f'<li class="sg_point">{h(_t(w))}</li>' for w in o.points)
    service = "".join(f'<p class="sg_after_p">{h(_t(w))}</p>' for w in o.service)
    body = (f'<h1 class="sg_item_h">{h(o.lead)}</h1><ul class="sg_points">{points}</ul>'
            f'<section class="sg_after"><h2 class="sg_after_h">售后服务</h2>{service}</section>')
    return Page(o.path + "item.html", "item", _doc(f"{o.lead} - {o.shop_name}", _card(o), body),
                tuple(labels_of([*o.points, *o.service])))


def _papers(o: Optician) -> Page:
    labels: list[Label] = []
    if o.papers == "missing" or o.shown is None:
        body = '<p class="sg_none">商家暂未上传营业执照信息。</p>'
        labels.append(Label("violation", "licence.missing",
                            "the 证照信息 page says the licence is not uploaded"))
    else:
        s = o.shown
        person = "经营者" if "个体" in s.kind else "法定代表人"
        rows = [("企业名称", s.name), ("统一社会信用代码", s.uscc), ("类型", s.kind),
                (person, s.person), ("住所", s.address), ("成立日期", s.founded)]
        if o.device:
            rows.append(("医疗器械经营备案/许可", o.device))
        if o.filing:
            rows.append(("食品经营备案（仅销售预包装食品）", o.filing))
        cells = "".join(f"<tr><td>{h(k)}</td><td>{h(v)}</td></tr>" for k, v in rows)
        body = f'<h2 class="sg_lic_h">营业执照</h2><table class="sg_spec">{cells}</table>'
        labels += licence_labels(o.shown, o.reg, o.shop_name)
        labels += registry_labels(o.shown, o.filed, o.shop_name)
    if o.partner is not None:
        heading, said = o.partner
        body += (f'<h3 class="sg_partner_h">{h(heading)}</h3>'
                 f'<p class="sg_partner_p">{h(said.text)}</p>')
        labels += labels_of([said])
    labels += permit_labels(o.category, "", o.filing)
    return Page(o.path + "papers.html", "licence",
                _doc(f"证照信息 - {o.shop_name}", _card(o), body), tuple(labels))


def pages_of(o: Optician) -> tuple[list[Page], dict[str, tuple[bytes, str]]]:
    """A shop's home, lead item and 证照信息 pages."""
    return [_home(o), _item(o), _papers(o)], {}


def build() -> Family:
    """The shiguang family: every optical shop's pages."""
    from demo.families.shiguang.shops import EXTRA, OPTICIANS

    pages, assets = collect(OPTICIANS, pages_of)
    targets = tuple(Target(o.tid, o.platform, "storefront", o.path, o.shop_name, o.reg.name,
                           o.reg.uscc, o.reg.uscc[2:8], o.category, o.note) for o in OPTICIANS)
    return Family(
        "shiguang", "眼镜 / 视光 / 美瞳店铺（京东、淘宝、拼多多、美团）",
        "f-string fragment functions per block, values escaped by html.escape, joined per page; "
        "sg_ underscore classes",
        "optical shops' copy paraphrased from published 近视防控 enforcement cases and consumer "
        "warnings: 摘镜, 逆转近视, OK镜 claims, 美瞳 returns, 老花镜, 护眼仪, 叶黄素 candy",
        False, targets, pages, assets,
        (*(o.filed for o in OPTICIANS), *EXTRA))
