"""Family `dylive` (sealed): 抖音-style live rooms whose chat is pushed by Server-Sent Events.

The room page carries only `<template>` elements; `zbroom.js` opens an EventSource on the
room's `feed` (a `text/event-stream` of JSON events, `encode`) and clones a template per
event: comments with role badges drawn as inline SVG (the `<title>` says 主播 / 场控 / 助理
/ 官方, fans carry 粉丝团N), the host's speech in the AI字幕 panel, gifts and entries, the
platform's 抖音电商 lines, the 置顶 notice, the 讲解中 小黄车 card and the 抖音小店 橱窗.
Class names use a `zb--` prefix. The licence is on the 抖音小店 page linked from the room
(店铺资质), or the page says 资质审核中.
"""

from __future__ import annotations

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

FAMILY = "dylive"
HERE = Path(__file__).resolve().parent
BLANK = Said("")


@dataclass(frozen=True)
class Line:
    """One pushed event: kind (chat, caption, gift, enter), sender, role, fan level, words."""

    kind: str
    who: str
    said: Said
    role: str = "viewer"  # host | staff (场控) | aide (助理) | viewer | platform
    lv: int = 0


def host(who: str, said: Said | str) -> Line:
    """The host typing in the chat."""
    return Line("chat", who, _s(said), "host")


def speech(said: Said | str) -> Line:
    """A line of the host's speech in the AI字幕 panel."""
    return Line("caption", "", _s(said), "host")


def staff(who: str, said: Said | str) -> Line:
    """The seller's 场控 account."""
    return Line("chat", who, _s(said), "staff")


def aide(who: str, said: Said | str) -> Line:
    """The seller's 助理 account."""
    return Line("chat", who, _s(said), "aide")


def fan(who: str, said: Said | str, lv: int = 0) -> Line:
    """A viewer (with a 粉丝团 level when lv > 0)."""
    return Line("chat", who, _s(said), "viewer", lv)


def platform(said: Said | str, who: str = "抖音电商") -> Line:
    """The platform's own line (安全提示, 系统消息)."""
    return Line("chat", who, _s(said), "platform")


def gift(who: str, what: str) -> Line:
    """A gift event."""
    return Line("gift", who, Said(what))


def enter(who: str) -> Line:
    """A viewer entering the room."""
    return Line("enter", who, BLANK)


def _s(said: Said | str) -> Said:
    return said if isinstance(said, Said) else Said(said)


@dataclass(frozen=True)
class Room:
    """One 抖音 live room and its 抖音小店: registry record, display, room state, lines."""

    tid: str
    room: str
    shop_name: str
    host: str
    reg: Registered
    category: str
    shown: Shown | None
    lines: tuple[Line, ...]
    pin: Said = BLANK
    card: tuple[Said, str] = (BLANK, "")
    window: tuple[tuple[Said, str], ...] = ()
    permit: str = ""
    shop_words: tuple[Said, ...] = ()  # 店铺公告 / 售后说明 on the 抖音小店 page
    note: str = ""


def _event(kind: str, payload: dict[str, object]) -> str:
    return f"event: {kind}\ndata: {json.dumps(payload, ensure_ascii=False)}\n\n"


def encode(r: Room) -> bytes:
    """The room's event stream: pin, card and window first, then the lines, then `end`."""
    out = ["retry: 600000\n\n"]
    if r.pin.text:
        out.append(_event("pin", {"text": r.pin.text}))
    if r.card[0].text:
        out.append(_event("card", {"text": r.card[0].text, "price": r.card[1]}))
    out += [_event("window", {"text": s.text, "price": p}) for s, p in r.window]
    for line in r.lines:
        out.append(_event(line.kind, {"who": line.who, "role": line.role, "lv": line.lv,
                                      "text": line.said.text}))
    out.append(_event("end", {}))
    return "".join(out).encode()


TEMPLATES = """<template id="zb--tpl-chat"><li class="zb--row"><span class="zb--marks"></span>
<span class="zb--nick"></span><span class="zb--words"></span></li></template>
<template id="zb--tpl-sys"><li class="zb--row zb--row-official"><span class="zb--marks"></span>
<span class="zb--nick"></span><span class="zb--words"></span></li></template>
<template id="zb--tpl-event"><li class="zb--event"><span class="zb--event-words"></span></li>
</template>
<template id="zb--tpl-sub"><p class="zb--subs-line"></p></template>
<template id="zb--tpl-card"><div class="zb--card"><em class="zb--card-tag">讲解中</em>
<p class="zb--card-title"></p><b class="zb--card-price"></b>
<button class="zb--card-buy">去抢购</button></div></template>
<template id="zb--tpl-window"><li class="zb--window-item"><span class="zb--window-title"></span>
<b class="zb--window-price"></b></li></template>"""


def _room_page(r: Room) -> bytes:
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{escape(r.host)}的直播间 - 抖音直播</title>
<link rel="stylesheet" href="/f/{FAMILY}/zb.css"></head>
<body><main id="zb--room" data-feed="feed">
<header class="zb--head"><span class="zb--head-host">{escape(r.host)}</span>
<span class="zb--head-hot">本场点赞 12.6万</span>
<a class="zb--head-shop" href="shop">抖音小店 · 店铺资质</a></header>
<div class="zb--screen"><div class="zb--video" aria-label="直播画面"></div>
<section class="zb--subs" aria-label="字幕"><h2 class="zb--subs-title">AI字幕</h2>
<div class="zb--subs-lines"></div></section></div>
<div class="zb--pin"><b class="zb--pin-tag">置顶</b><span class="zb--pin-words"></span></div>
<section class="zb--cart" aria-label="小黄车"></section>
<ul class="zb--chat" aria-label="评论"></ul>
<section class="zb--shelf"><h3 class="zb--shelf-title">小黄车 · 抖音小店橱窗</h3>
<ol class="zb--window"></ol></section>
</main>
{TEMPLATES}
<script src="/f/{FAMILY}/zbroom.js"></script></body></html>""".encode()


def _shop_page(r: Room) -> bytes:
    words = "".join(f'<p class="zb--store-note">{escape(s.text)}</p>' for s in r.shop_words)
    if r.shown is None:
        qual = '<p class="zb--store-pending">店铺资质信息审核中，暂未公示</p>'
    else:
        rows = (("企业名称", r.shown.name), ("统一社会信用代码", r.shown.uscc),
                ("企业类型", r.shown.kind), ("法定代表人（经营者）", r.shown.person),
                ("住所（经营场所）", r.shown.address), ("营业期限", r.shown.founded + "至长期"))
        cells = "".join(f'<tr><th class="zb--store-k">{k}</th><td class="zb--store-v">'
                        f'{escape(v)}</td></tr>' for k, v in rows)
        permit = (f'<h3 class="zb--store-sub">食品经营许可证</h3><p class="zb--store-permit">'
                  f'证书编号：{r.permit}</p>' if r.permit else "")
        qual = (f'<h3 class="zb--store-sub">营业执照</h3><table class="zb--store-table">'
                f'{cells}</table>{permit}')
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{escape(r.shop_name)} - 抖音小店</title>
<link rel="stylesheet" href="/f/{FAMILY}/zb.css"></head>
<body class="zb--store"><h1 class="zb--store-name">{escape(r.shop_name)}</h1>
<p class="zb--store-score">商品体验 4.8 · 物流体验 4.7 · 商家服务 4.9</p>{words}
<section class="zb--store-qual" aria-label="店铺资质"><h2 class="zb--store-sub">店铺资质</h2>
{qual}<p class="zb--store-foot">资质信息由商家提交，抖音电商平台审核公示。</p></section>
</body></html>""".encode()


def _pages(r: Room) -> list[Page]:
    root = f"/douyin/live/{r.room}/"
    said = [r.pin, r.card[0], *(s for s, _ in r.window), *(x.said for x in r.lines)]
    home = labels_of(said)
    licence = licence_labels(r.shown, r.reg, r.shop_name, "on the 抖音小店 page linked from the "
                             "room") + permit_labels(r.category, r.permit)
    licence += labels_of(r.shop_words)
    if r.shown is None:
        licence.append(Label("violation", "licence.missing",
                             "the 抖音小店 page says 资质审核中 / 暂未公示: no licence shown"))
    return [Page(root, "home", _room_page(r), tuple(home)),
            Page(root + "shop", "licence", _shop_page(r), tuple(licence))]


CSS = b"""body{margin:0;background:#161823;color:#fff;font:14px sans-serif}
.zb--head{display:flex;gap:12px;padding:8px}.zb--head-shop{color:#ffd84d}
.zb--video{height:180px;background:#2a2c38}.zb--subs{background:rgba(0,0,0,.5);padding:4px 8px}
.zb--row,.zb--event{list-style:none;padding:2px 8px}.zb--row-official{color:#7ee0ff}
.zb--badge{vertical-align:middle;margin-right:3px}.zb--nick{color:#a7c8ff;margin-right:4px}
.zb--card{background:#fff;color:#161823;margin:6px;padding:6px}.zb--pin{background:#3b2f55}
.zb--store{background:#fff;color:#161823;padding:12px}.zb--store-table th{text-align:left}
"""


def build() -> Family:
    """The dylive family: room shells, event streams, the renderer, 抖音小店 pages."""
    from demo.families.dylive.rooms import ROOMS

    shared = {"/zbroom.js": ((HERE / "zbroom.js").read_bytes(), "application/javascript"),
              "/zb.css": (CSS, "text/css; charset=utf-8")}
    pages, assets = collect(ROOMS, lambda r: (_pages(r), {
        f"/douyin/live/{r.room}/feed": (encode(r), "text/event-stream; charset=utf-8")}), shared)
    targets = tuple(Target(r.tid, "douyin", "livestream", f"/douyin/live/{r.room}/",
                           r.shop_name, r.reg.name, r.reg.uscc, r.reg.uscc[2:8], r.category,
                           r.note) for r in ROOMS)
    return Family(FAMILY, "抖音式直播间（SSE 推送，模板克隆）",
                  "room shell of <template> elements; zbroom.js clones one per Server-Sent "
                  "Event (JSON); zb-- classes; role badges as inline SVG with <title>",
                  "抖音 live selling: AI字幕 host speech, 场控/助理 accounts, 粉丝团 viewers, "
                  "抖音电商 安全提示, gifts, 置顶, 讲解中 小黄车 card, 抖音小店 page",
                  True, targets, pages, assets)
