"""Family `groupbuy`: 微店 / 有赞 / 快团团 H5 mini-shops of Yantai 团长, printf-style templates.

Markup is plain mobile HTML filled from `%(name)s` templates, `tuan-` classes. A home
page has the shop bar, 店铺公告, the group-notice feed (团长, 团长助理, 团员 and the
platform's own 系统提示 lines, each with a role badge), the 接龙 list and goods; its
店铺信息 sheet (a hidden pop-up in the page) may hold the licence. Separate pages:
证照信息 / 店铺资质 / 关于我们, and goods pages with 商品详情 and 售后说明.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from html import escape

from demo.families.corpus import (
    Family,
    Label,
    Page,
    Registered,
    Said,
    Shown,
    Target,
    labels_of,
    licence_labels,
    permit_labels,
)
from demo.families.groupbuy.snapshot import licence_photo

ROOT = "/f/groupbuy"
TIP = {
    "微店": "微店提示：请勿通过微信、支付宝转账等站外方式付款，站外交易不受微店担保。",
    "有赞": "有赞提醒：谨防诈骗！请勿脱离平台私下交易，凡要求加好友转账的都是骗子。",
    "快团团": "快团团温馨提示：请在快团团内下单支付，私下转账无法享受售后保障。",
}

RULE_TIP = {
    "快团团": "快团团规则提醒：团长不得以“一经售出概不退换”“特价商品不退”等理由拒绝消费者依法退货。"
}
OPERATOR = {
    "微店": "北京口袋时尚科技有限公司",
    "有赞": "杭州有赞科技有限公司",
    "快团团": "上海寻梦信息技术有限公司",
}
PAGE = """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">
<title>%(title)s</title>
<style>.tuan-sheet[hidden]{display:none}body{margin:0;font-size:14px}</style>
</head><body class="tuan-app">
<header class="tuan-bar"><span class="tuan-bar-back">&lt;</span>
<b class="tuan-bar-title">%(bar)s</b></header>
%(main)s
<footer class="tuan-foot"><p class="tuan-foot-sys">%(tip)s</p>
<p class="tuan-foot-by">%(by)s</p></footer>
</body></html>
"""
HOME = """<section class="tuan-shop">
<div class="tuan-shop-head"><img class="tuan-avatar" src="%(root)savatar.png" alt="">
<h1 class="tuan-shop-name">%(name)s</h1><p class="tuan-shop-sub">%(sub)s</p>%(entry)s</div>
%(notice)s
<ul class="tuan-feed">%(feed)s</ul>
<ol class="tuan-jielong">%(jielong)s</ol>
<div class="tuan-goods">%(goods)s</div>
%(sheet)s
</section>"""
MSG = (
    '<li class="tuan-msg tuan-msg-%(kind)s"><span class="tuan-who">%(who)s</span>'
    '<em class="tuan-badge">%(role)s</em><p class="tuan-say">%(text)s</p></li>'
)
SYS = (
    '<li class="tuan-msg tuan-msg-sys"><em class="tuan-badge">系统提示</em>'
    '<p class="tuan-say">%(text)s</p></li>'
)
ENTRY_LINK = '<a class="tuan-entry" href="%(href)s">%(text)s</a>'
ENTRY_BUTTON = (
    '<button class="tuan-entry" type="button" '
    "onclick=\"document.querySelector('.tuan-sheet').hidden=false\">%(text)s</button>"
)
NOTICE = '<div class="tuan-notice"><b>店铺公告</b>%(lines)s</div>'
LINE = '<p class="%(cls)s">%(text)s</p>'
SHEET = '<div class="tuan-sheet" hidden><h3 class="tuan-sheet-t">店铺信息</h3>%(rows)s</div>'
TABLE = '<table class="tuan-cert">%(rows)s</table>'
JIELONG = '<li class="tuan-jl">%(text)s</li>'
H2 = '<h2 class="tuan-cert-title">%(text)s</h2>'
PHOTO = '<img class="tuan-cert-img" src="%(src)s" alt="店铺资质">'
THIRD = '<div class="tuan-third"><h4>%(name)s</h4><p>%(text)s</p></div>'
DETAIL = (
    '<section class="tuan-detail"><h1 class="tuan-detail-t">%(title)s</h1>'
    '<b class="tuan-detail-p">￥%(price)s</b><div class="tuan-detail-desc"><h3>商品详情</h3>'
    '%(desc)s</div><div class="tuan-after"><h3>售后说明</h3>%(after)s</div></section>'
)
CARD = (
    '<a class="tuan-card" href="%(href)s"><span class="tuan-card-t">%(title)s</span>'
    '<span class="tuan-card-p">￥%(price)s</span><span class="tuan-card-d">%(desc)s</span></a>'
)
ROW = '<tr class="tuan-cert-row"><th>%(key)s</th><td>%(value)s</td></tr>'
ROLES = {"团长": "leader", "团长助理": "helper", "团员": "member"}


@dataclass(frozen=True)
class Goods:
    """A goods page: title, price, 商品详情 lines, 售后说明 lines."""

    gid: str
    title: str
    price: str
    desc: tuple[Said | str, ...] = ()
    after: tuple[Said | str, ...] = ()


@dataclass(frozen=True)
class Stall:
    """One group-buy mini-shop. cert: "page" (证照信息 page, text), "photo" (photo only on that
    page), "about" (text on a 关于我们 page), "sheet" (text in the home page's hidden 店铺信息
    pop-up), "none" (nothing)."""

    tid: str
    sid: str
    platform: str
    shop_name: str
    reg: Registered
    category: str
    shown: Shown | None
    cert: str = "page"
    entry: str = "证照信息"
    permit: str = ""
    filing: str = ""
    notice: tuple[Said | str, ...] = ()
    feed: tuple[tuple[str, str, Said | str], ...] = ()  # (nickname, role, words)
    jielong: tuple[str, ...] = ()
    goods: tuple[Goods, ...] = ()
    others: tuple[tuple[str, Said], ...] = ()
    note: str = ""


def _fill(template: str, **values: str) -> str:
    """The one place a template is filled: printf-style named fields (%(name)s)."""
    return template % values


def _t(s: Said | str) -> str:
    return escape(s.text if isinstance(s, Said) else s)


def _said(items: Iterable[Said | str]) -> list[Said]:
    return [s for s in items if isinstance(s, Said)]


def _lines(cls: str, items: Iterable[Said | str]) -> str:
    return "".join(_fill(LINE, cls=cls, text=_t(x)) for x in items)


def _page(s: Stall, title: str, main: str) -> bytes:
    return _fill(
        PAGE,
        title=escape(title),
        bar=escape(s.shop_name),
        main=main,
        tip=escape(TIP[s.platform]),
        by=escape(f"本店由{s.platform}提供技术支持 · 平台经营者：{OPERATOR[s.platform]}"),
    ).encode()


def _tip_said(s: Stall) -> Said:
    return Said(
        TIP[s.platform],
        decoy="live.offplatform_lure",
        note=f"{s.platform}'s own 系统提示 warns against paying off the platform",
    )


def _cert_rows(s: Stall) -> str:
    assert s.shown is not None
    person = "经营者" if "个体" in s.shown.kind else "法定代表人"
    rows = [
        ("名称", s.shown.name),
        ("统一社会信用代码", s.shown.uscc),
        ("类型", s.shown.kind),
        (person, s.shown.person),
        ("经营场所", s.shown.address),
        ("成立日期", s.shown.founded),
    ]
    if s.permit:
        rows.append(("食品经营许可证", s.permit))
    if s.filing:
        rows.append(("仅销售预包装食品备案编号", s.filing))
    return _fill(TABLE, rows="".join(_fill(ROW, key=escape(k), value=escape(v)) for k, v in rows))


def _home(s: Stall, root: str) -> Page:
    href = ROOT + root
    entry = ""
    if s.cert in ("page", "photo", "about"):
        slug = "about.html" if s.cert == "about" else "cert.html"
        entry = _fill(ENTRY_LINK, href=href + slug, text=escape(s.entry))
    elif s.cert == "sheet":
        entry = _fill(ENTRY_BUTTON, text=escape(s.entry))
    feed = "".join(
        _fill(MSG, kind=ROLES[role], who=escape(who), role=escape(role), text=_t(text))
        for who, role, text in s.feed
    ) + _fill(SYS, text=escape(TIP[s.platform]))
    if s.platform in RULE_TIP:
        feed += _fill(SYS, text=escape(RULE_TIP[s.platform]))
    cards = "".join(
        _fill(
            CARD,
            href=f"{href}goods/{g.gid}.html",
            title=escape(g.title),
            price=g.price,
            desc=_t(g.desc[0]) if g.desc else "",
        )
        for g in s.goods
    )
    main = _fill(
        HOME,
        root=href,
        name=escape(s.shop_name),
        sub=escape(f"{s.platform} · 烟台同城自提"),
        entry=entry,
        notice=_fill(NOTICE, lines=_lines("tuan-notice-p", s.notice)) if s.notice else "",
        feed=feed,
        goods=cards,
        jielong="".join(_fill(JIELONG, text=escape(j)) for j in s.jielong),
        sheet=_fill(SHEET, rows=_cert_rows(s)) if s.cert == "sheet" else "",
    )
    words = [
        *_said(s.notice),
        *_said(t for _, _, t in s.feed),
        *_said(g.desc[0] for g in s.goods if g.desc),
        _tip_said(s),
    ]
    if s.platform in RULE_TIP:
        words.append(
            Said(
                RULE_TIP[s.platform],
                decoy="returns.refused",
                note="the platform's rule quotes the banned notice to forbid it",
            )
        )
    labels = labels_of(words) + permit_labels(s.category, s.permit, s.filing)
    labels.append(
        Label(
            "decoy",
            "licence.mismatch",
            "platform chrome: the platform operator's company name in the footer",
        )
    )
    if s.cert == "none":
        labels.append(
            Label(
                "violation",
                "licence.missing",
                "no licence, no self-declaration and no 证照 entry anywhere",
            )
        )
    if s.cert == "sheet":
        labels += licence_labels(
            s.shown, s.reg, s.shop_name, "in the hidden 店铺信息 pop-up of the home page"
        )
    return Page(root, "home", _page(s, f"{s.shop_name}·{s.platform}", main), tuple(labels))


def _cert(s: Stall, root: str) -> Page:
    title = "关于我们" if s.cert == "about" else s.entry
    parts = [_fill(H2, text=escape(title))]
    hard = ""
    if s.cert == "about":
        parts.append(
            _lines("tuan-about", ("我们是扎根烟台的本地小店，产品从产地直接发到小区自提点。",))
        )
        hard = "on the 关于我们 page"
    if s.cert == "photo":
        parts.append(_fill(PHOTO, src=f"{ROOT}{root}cert.png"))
        hard = "only as a photo (alt 店铺资质); the fields are in the image only (OCR)"
        if s.permit:
            parts.append(_lines("tuan-cert-more", (f"食品经营许可证：{s.permit}",)))
    else:
        parts.append(_cert_rows(s))
    labels = licence_labels(s.shown, s.reg, s.shop_name, hard)
    for name, said in s.others:
        parts.append(_fill(THIRD, name=escape(name), text=_t(said)))
        labels += labels_of([said])
    slug = "about.html" if s.cert == "about" else "cert.html"
    return Page(root + slug, "licence", _page(s, title, "".join(parts)), tuple(labels))


def _goods(s: Stall, g: Goods, root: str) -> Page:
    main = _fill(
        DETAIL,
        title=escape(g.title),
        price=g.price,
        desc=_lines("tuan-d", g.desc),
        after=_lines("tuan-a", g.after),
    )
    return Page(
        f"{root}goods/{g.gid}.html",
        "item",
        _page(s, g.title, main),
        tuple(labels_of([*_said(g.desc), *_said(g.after)])),
    )


def build() -> Family:
    """The groupbuy family: every page filled once; licence photos and avatars drawn."""
    from demo.families.groupbuy.snapshot import avatar_png
    from demo.families.groupbuy.stalls import STALLS

    pages: list[Page] = []
    assets: dict[str, tuple[bytes, str]] = {}
    avatar = avatar_png()
    for s in STALLS:
        root = f"/s/{s.sid}/"
        pages.append(_home(s, root))
        assets[root + "avatar.png"] = (avatar, "image/png")
        if s.cert in ("page", "photo", "about"):
            pages.append(_cert(s, root))
        if s.cert == "photo" and s.shown is not None:
            assets[root + "cert.png"] = (licence_photo(s.shown), "image/png")
        pages += [_goods(s, g, root) for g in s.goods]
    targets = tuple(
        Target(
            s.tid,
            s.platform,
            "storefront",
            f"/s/{s.sid}/",
            s.shop_name,
            s.reg.name,
            s.reg.uscc,
            s.reg.uscc[2:8],
            s.category,
            s.note,
        )
        for s in STALLS
    )
    return Family(
        "groupbuy",
        "社区团购与微店（H5 小店）",
        "printf-style %(name)s templates, plain mobile HTML, tuan- classes",
        "团长 group-notice feed (团长 / 团长助理 / 团员 / 系统提示), 接龙, 店铺公告, "
        "售后说明, 店铺信息 pop-up, 关于我们",
        False,
        targets,
        tuple(pages),
        assets,
    )
