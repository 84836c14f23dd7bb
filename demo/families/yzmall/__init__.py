"""Family `yzmall` (sealed, sixth batch): 有赞/微盟-style SaaS malls of decoration components.

A SaaS mall's pages are "decorated": a list of typed components (banner, notice bar,
goods card, rich text, buyer review, 店铺认证 badge, footer) chosen in the merchant's
back office. Here each component is a frozen dataclass and `functools.singledispatch`
picks its renderer; a page is the join of its components. The licence is behind 商家信息
(the 店铺信息 page), sometimes one more step away on a 资质证照 page, or
absent. Course and membership goods carry the 虚拟商品 return exemption. Classes are
camelCase with a `dz` prefix.
"""

from __future__ import annotations

from demo.families.corpus import (
    Family,
    Filed,
    Label,
    Page,
    Said,
    Target,
    collect,
    labels_of,
    licence_labels,
    permit_labels,
)
from demo.families.yzmall.deco import (
    Banner,
    Component,
    Footer,
    GoodsCard,
    Licence,
    LinkRow,
    NoticeBar,
    Review,
    RichText,
    page,
)
from demo.families.yzmall.malls import MALLS, OLD_ENTITIES, Mall

FAMILY = "yzmall"


def _saids(parts: tuple[Component, ...]) -> list[Said]:
    return [p.said if not isinstance(p, Footer) else p.extra for p in parts
            if isinstance(p, Banner | NoticeBar | GoodsCard | RichText | Review | Footer)]


def _licence_verdict(m: Mall, where: str) -> list[Label]:
    out = licence_labels(m.shown, m.reg, m.shop_name, where)
    if m.shown is not None and m.status != "存续" and m.shown.uscc == m.reg.uscc:
        out.append(Label("violation", "licence.deregistered",
                         f"the displayed code's registry record is {m.status} ({m.status_date}): "
                         "the entity shown no longer exists"))
    return out + permit_labels(m.category, m.permit)


def _pages(m: Mall) -> tuple[list[Page], dict[str, tuple[bytes, str]]]:
    out = [Page(m.root, "home", page(m.shop_name, m.home), tuple(labels_of(_saids(m.home))))]
    info: tuple[Component, ...] = (RichText(Said(f"店铺名称：{m.shop_name}")), *m.info_extra)
    info_labels = labels_of(_saids(m.info_extra))
    if m.where == "shopinfo" and m.shown:
        info += (Licence(m.shown, m.permit),)
        info_labels += _licence_verdict(m, "on the 店铺信息 page behind the footer's 商家信息")
    elif m.where == "zizhi" and m.shown:
        info += (LinkRow("资质证照", "zizhi"),)
        lic = _licence_verdict(m, "on the 资质证照 page, two steps from the home page "
                               "(商家信息 › 资质证照)")
        out.append(Page(m.root + "zizhi", "licence",
                        page("资质证照", (Licence(m.shown, m.permit),)), tuple(lic)))
    else:
        info_labels.append(Label("violation", "licence.missing",
                                 "店铺信息 shows a 认证 badge but no licence; none anywhere"))
        info_labels += permit_labels(m.category, m.permit)
    out.insert(1, Page(m.root + "shopinfo", "licence", page("店铺信息", info), tuple(info_labels)))
    for slug, parts in m.items:
        out.append(Page(f"{m.root}goods/{slug}", "item", page(m.shop_name, parts),
                        tuple(labels_of(_saids(parts)))))
    return out, {}


def registry() -> tuple[Filed, ...]:
    """The family's registry extract: every seller (one 吊销), a 注销 predecessor, the agency."""
    entries: list[Filed] = [Filed(m.reg, m.status, m.status_date) for m in MALLS]
    entries += [Filed(reg, status, date) for reg, status, date in OLD_ENTITIES]
    return tuple(entries)


def build() -> Family:
    """The yzmall family: decorated SaaS-mall pages, 店铺信息 and 资质证照 pages, goods pages."""
    pages, assets = collect(MALLS, _pages)
    targets = tuple(Target(m.tid, m.platform, "storefront", m.root, m.shop_name, m.reg.name,
                           m.reg.uscc, m.reg.uscc[2:8], m.category, m.note) for m in MALLS)
    return Family(FAMILY, "有赞/微盟式 SaaS 商城（装修组件，singledispatch 渲染）",
                  "typed decoration components (frozen dataclasses) rendered by "
                  "functools.singledispatch and joined per page; camelCase dz classes",
                  "有赞/微盟 micro-malls: 公告栏, 商品卡片, 买家评价, 店铺认证 badges, 商家信息 › "
                  "资质证照, course goods with the 虚拟商品 exemption, SaaS agency footers",
                  False, targets, pages, assets, registry())
