"""Decoration components of the yzmall family and their renderers (functools.singledispatch).

A SaaS mall's page is a list of typed components chosen in the merchant's back office;
each one is a frozen dataclass, `draw` dispatches on its type, a page joins them.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import singledispatch
from html import escape

from demo.families.corpus import Said, Shown

NO_WORDS = Said("")


@dataclass(frozen=True)
class Banner:
    said: Said


@dataclass(frozen=True)
class NoticeBar:
    said: Said


@dataclass(frozen=True)
class GoodsCard:
    title: str
    price: str
    said: Said
    href: str = ""


@dataclass(frozen=True)
class RichText:
    said: Said


@dataclass(frozen=True)
class Review:
    who: str
    said: Said


@dataclass(frozen=True)
class CertBadge:
    """The platform's 店铺认证 badge: says who verified what, is no licence by itself."""

    text: str


@dataclass(frozen=True)
class Licence:
    """A licence block as the merchant filled it in (on 店铺信息 or 资质证照)."""

    shown: Shown
    permit: str = ""


@dataclass(frozen=True)
class LinkRow:
    text: str
    href: str


@dataclass(frozen=True)
class Footer:
    """The mall's footer: the SaaS vendor's line, maybe a third party's code, the 商家信息 link."""

    extra: Said = NO_WORDS
    info_link: bool = True


Component = (Banner | NoticeBar | GoodsCard | RichText | Review | CertBadge | Licence | LinkRow
             | Footer)


@singledispatch
def draw(part: object) -> str:
    raise TypeError(f"no renderer for {type(part).__name__}")


@draw.register
def _(part: Banner) -> str:
    return f'<div class="dzBanner"><p class="dzBannerSlogan">{escape(part.said.text)}</p></div>'


@draw.register
def _(part: NoticeBar) -> str:
    return (f'<div class="dzNoticeBar"><i class="dzNoticeIcon">公告</i>'
            f'<span class="dzNoticeText">{escape(part.said.text)}</span></div>')


@draw.register
def _(part: GoodsCard) -> str:
    title = escape(part.title)
    name = f'<a class="dzGoodsName" href="{part.href}">{title}</a>' if part.href else (
        f'<span class="dzGoodsName">{title}</span>')
    return (f'<div class="dzGoodsCard">{name}<em class="dzGoodsPrice">￥{part.price}</em>'
            f'<p class="dzGoodsDesc">{escape(part.said.text)}</p></div>')


@draw.register
def _(part: RichText) -> str:
    return f'<div class="dzRichText"><p>{escape(part.said.text)}</p></div>'


@draw.register
def _(part: Review) -> str:
    return (f'<div class="dzReview"><span class="dzReviewUser">{escape(part.who)}</span>'
            f'<span class="dzReviewTag">买家评价</span>'
            f'<p class="dzReviewBody">{escape(part.said.text)}</p></div>')


@draw.register
def _(part: CertBadge) -> str:
    return f'<div class="dzCertBadge"><b class="dzCertMark">✓</b>{escape(part.text)}</div>'


@draw.register
def _(part: Licence) -> str:
    s = part.shown
    rows = (("主体名称", s.name), ("统一社会信用代码", s.uscc), ("主体类型", s.kind),
            ("法定代表人/经营者", s.person), ("注册地址", s.address), ("成立时间", s.founded))
    if part.permit:
        rows += (("食品经营许可证", part.permit),)
    cells = "".join(f'<div class="dzInfoRow"><span class="dzInfoKey">{k}</span>'
                    f'<span class="dzInfoVal">{escape(v)}</span></div>' for k, v in rows)
    return f'<div class="dzLicence"><h3 class="dzLicenceTitle">营业执照信息</h3>{cells}</div>'


@draw.register
def _(part: LinkRow) -> str:
    return f'<a class="dzCell" href="{part.href}">{escape(part.text)}<i class="dzArrow">›</i></a>'


@draw.register
def _(part: Footer) -> str:
    info = '<a class="dzFootLink" href="shopinfo">商家信息</a>' if part.info_link else ""
    extra = f'<p class="dzFootNote">{escape(part.extra.text)}</p>' if part.extra.text else ""
    return (f'<footer class="dzFooter">{info}<a class="dzFootLink" href="#">店铺主页</a>{extra}'
            '<p class="dzFootVendor">店铺系统由第三方SaaS服务商提供技术支持</p></footer>')


STYLE = ("<style>.dzPage{margin:0;font:14px sans-serif;background:#f7f8fa}"
         ".dzInfoKey{display:inline-block;width:9em;color:#969799}"
         ".dzNoticeBar{background:#fffbe8;color:#ed6a0c;padding:6px}"
         ".dzGoodsPrice{color:#ee0a24}.dzFooter{color:#969799;padding:12px}</style>")


def page(title: str, parts: tuple[Component, ...]) -> bytes:
    """One decorated page: the join of its components' renderings."""
    body = "".join(draw(p) for p in parts)
    return (f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport"'
            f' content="width=device-width"><title>{escape(title)}</title>{STYLE}</head>'
            f'<body class="dzPage"><div class="dzFeature">{body}</div></body></html>').encode()


def _saids(parts: tuple[Component, ...]) -> list[Said]:
    return [p.said if not isinstance(p, Footer) else p.extra for p in parts
            if isinstance(p, Banner | NoticeBar | GoodsCard | RichText | Review | Footer)]
