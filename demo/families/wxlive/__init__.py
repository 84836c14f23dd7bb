"""Family `wxlive`: 视频号 / 小红书 style live rooms whose comments arrive as JSON over fetch().

Markup: no class names at all. Custom elements (`<live-comment>`, `<live-notice>`)
with data attributes say who speaks (`data-identity` anchor / admin / audience,
`data-source` platform / anchor) and slotted spans carry the tag shown to viewers
(主播, 管理员, 运营, Lv.N, 系统提示). Comments are fetched from the room's
comments.json and stamped from a <template>; the host's speech sits in an AI
subtitle panel (口播字幕); the product card links the 小店资质 page.
Wording: host speech, the shop's admins, viewers and the platform.
"""

from __future__ import annotations

import io
import json
from dataclasses import dataclass
from html import escape
from pathlib import Path

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

HERE = Path(__file__).parent
RUNTIME = "/static/wxlive.js"
PLATFORM_ZH = {"channels": "视频号", "xiaohongshu": "小红书"}
ADMINS = ("管理员", "运营", "客服")


@dataclass(frozen=True)
class Live:
    """One live room: registry record, 小店资质 display and everything said in it."""

    tid: str
    platform: str
    rid: str
    host: str  # the room's display name (as the target list names it)
    reg: Registered
    category: str
    shown: Shown | None
    title: str
    goods: tuple[str, str, tuple[Said, ...]]  # title, price, detail wording
    subtitles: tuple[Said, ...] = ()  # the host's speech
    notice: Said | None = None  # pinned notice; Said.who "主播", "管理员 x" or "系统"
    comments: tuple[Said, ...] = ()  # who: "主播", "管理员 x", "运营 x", "Lv7 nick", "系统"
    permit: str = ""
    agency: tuple[str, str] | None = None  # a live-service agency (MCN) shown: (name, code)
    image: bool = False  # 小店资质 shows the licence only as an image
    note: str = ""


def _comment(n: int, s: Said) -> dict[str, object]:
    role, _, nick = s.who.partition(" ")
    if s.who == "系统":
        return {"n": n, "identity": "platform", "tag": "系统提示", "nick": "", "text": s.text}
    if role == "主播":
        return {"n": n, "identity": "anchor", "tag": "主播", "nick": nick or "主播",
                "text": s.text}
    if role in ADMINS:
        return {"n": n, "identity": "admin", "tag": role, "nick": nick, "text": s.text}
    return {"n": n, "identity": "audience", "tag": role.replace("Lv", "Lv."), "nick": nick,
            "text": s.text}


def _notice(s: Said) -> str:
    source = ("platform" if s.who == "系统" else "anchor" if s.who.startswith("主播")
              else "admin")
    label = {"platform": "平台公告", "anchor": "主播公告", "admin": "管理员公告"}[source]
    return (f'<live-notice data-source="{source}"><span slot="tag">{label}</span>'
            f'<span slot="text">{escape(s.text)}</span></live-notice>')


def _doc(title: str, body: str, script: bool = False) -> bytes:
    tail = f'<script src="/f/wxlive{RUNTIME}" defer></script>' if script else ""
    return (f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">'
            f"<title>{escape(title)}</title></head><body>{body}{tail}</body></html>").encode()


def licence_photo(shown: Shown) -> bytes:
    """PNG of a licence as a seller photographs it for 小店资质: dark border, the fields."""
    from PIL import Image, ImageDraw, ImageFont

    img = Image.new("RGB", (640, 460), (40, 40, 40))
    draw = ImageDraw.Draw(img)
    draw.rectangle((24, 24, 616, 436), fill=(252, 250, 244))
    font = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
    head, body = ImageFont.truetype(font, 36), ImageFont.truetype(font, 18)
    draw.text((240, 40), "营业执照", font=head, fill=(180, 30, 30))
    for i, (k, v) in enumerate((("统一社会信用代码", shown.uscc), ("名称", shown.name),
                                ("类型", shown.kind), ("法定代表人", shown.person),
                                ("住所", shown.address), ("成立日期", shown.founded))):
        draw.text((50, 110 + i * 50), f"{k}：{v}", font=body, fill=(20, 20, 20))
    out = io.BytesIO()
    img.save(out, "PNG")
    return out.getvalue()


def _room(r: Live) -> tuple[list[Page], dict[str, tuple[bytes, str]]]:
    root = f"/{r.platform}/live/{r.rid}/"
    href = "/f/wxlive" + root
    zh = PLATFORM_ZH[r.platform]
    g_title, g_price, g_words = r.goods
    cert = f'<a href="{href}qualification" data-entry="qualification">小店资质</a>' \
        if r.shown is not None else ""
    subs = "".join(f"<p>{escape(s.text)}</p>" for s in r.subtitles)
    body = (f'<main data-page="live-room" data-room="{r.rid}">'
            f"<header><h1>{escape(r.title)}</h1><span data-role=\"host-name\">"
            f"{escape(r.host)}</span><span>{zh}直播 · 2.3万人看过</span></header>"
            f'<video muted playsinline aria-label="直播画面"></video>'
            f'<section aria-label="主播口播字幕" data-speaker="anchor">{subs}</section>'
            f"{_notice(r.notice) if r.notice else ''}"
            f'<aside data-card="goods"><span>讲解中</span><a href="{href}goods/1">'
            f"{escape(g_title)}</a><span>￥{g_price}</span>{cert}</aside>"
            f'<ol id="live-comments" aria-label="评论" data-src="{href}comments.json"></ol>'
            f'<template id="live-comment-tpl"><li><live-comment data-identity="">'
            f'<span slot="tag"></span><span slot="nick"></span><span slot="text"></span>'
            f"</live-comment></li></template></main>")
    words = [*r.subtitles, *r.comments, *([r.notice] if r.notice else [])]
    home = labels_of(words)
    if r.shown is None:
        home.append(Label("violation", "licence.missing",
                          "the room and its goods card show no 小店资质 entry and no licence"))
        home += permit_labels(r.category, r.permit)
    pages = [Page(root, "home", _doc(f"{r.host}的直播间 - {zh}", body, True), tuple(home))]
    assets = {root + "comments.json": (
        json.dumps([_comment(i, s) for i, s in enumerate(r.comments, 1)],
                   ensure_ascii=False).encode(), "application/json; charset=utf-8")}
    if r.shown is not None:
        s = r.shown
        rows = (("主体名称", s.name), ("统一社会信用代码", s.uscc), ("主体类型", s.kind),
                ("法定代表人/经营者", s.person), ("注册地址", s.address))
        table = "<table>" + "".join(f"<tr><th>{k}</th><td>{escape(v)}</td></tr>"
                                    for k, v in rows) + "</table>"
        if r.image:
            table = f'<img src="{href}licence.png" alt="营业执照" width="420">'
            assets[root + "licence.png"] = (licence_photo(s), "image/png")
        extra = f"<p>食品经营许可证编号：{r.permit}</p>" if r.permit else ""
        labels = licence_labels(s, r.reg, r.host, "only as an image (alt 营业执照) on 小店资质"
                                if r.image else "") + permit_labels(r.category, r.permit)
        if r.agency is not None:
            extra += (f"<h2>直播服务机构</h2><table><tr><th>机构名称</th><td>{r.agency[0]}</td>"
                      f"</tr><tr><th>统一社会信用代码</th><td>{r.agency[1]}</td></tr></table>")
            labels.append(Label("decoy", "licence.mismatch",
                                f"the live-service agency {r.agency[0]} is listed beside the "
                                "seller's own licence: a third party, not the seller"))
        body = (f'<main data-page="qualification"><h1>小店资质</h1><h2>营业执照信息</h2>'
                f"{table}{extra}<p>以上信息由商家提供，{zh}已核验。</p></main>")
        pages.append(Page(root + "qualification", "licence", _doc(f"小店资质 - {r.host}", body),
                          tuple(labels)))
    text = "".join(f"<p>{escape(s.text)}</p>" for s in g_words)
    body = (f'<main data-page="goods"><h1>{escape(g_title)}</h1><p>￥{g_price}</p>'
            f'<section aria-label="商品详情">{text}</section></main>')
    pages.append(Page(f"{root}goods/1", "item", _doc(f"{g_title} - {r.host}", body),
                      tuple(labels_of(g_words))))
    return pages, assets


def build() -> Family:
    """The wxlive family: every room, its comments feed, 小店资质 and goods page."""
    from demo.families.wxlive.lives import LIVES

    runtime = {RUNTIME: ((HERE / "wxlive.js").read_bytes(), "text/javascript; charset=utf-8")}
    pages, assets = collect(LIVES, _room, runtime)
    targets = tuple(Target(r.tid, r.platform, "livestream", f"/{r.platform}/live/{r.rid}/",
                           r.host, r.reg.name, r.reg.uscc, r.reg.uscc[2:8], r.category, r.note)
                    for r in LIVES)
    return Family("wxlive", "视频号/小红书直播间（评论经 fetch 加载，无类名）",
                  "custom elements with data-identity, comments fetched as JSON and stamped "
                  "from a <template>, no class names",
                  "live host speech (口播字幕), shop admins (管理员/运营), viewers, platform "
                  "notices", True, targets, pages, assets)
