"""Family `sselive` (sealed, ninth batch): 唯品会/蘑菇街 live rooms fed over Server-Sent Events.

A room page is written with f-strings and `html.escape`; `vx-` classes. It holds the
room title, the platform's 直播间公告, a pinned line and the goods card; the chat list is
empty in the served HTML. `sse-room.js` opens an EventSource on the room's `chat.sse`
(`text/event-stream`; events `say`, `pin`, `bye`, each a JSON object with an offset in ms)
and appends each line at its offset. A line names its speaker by structure only:
`data-tier` (sys platform, host 主播, aide 副播, fan 观众) and a badge `span` whose
aria-label says the role; the words sit in `.vx-words`. The room's 进店 link leads to
店铺证照 (the licence, or nothing).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from html import escape
from pathlib import Path

from demo.families.corpus import (
    Assets,
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

HERE = Path(__file__).resolve().parent
ROOT = "/f/sselive"
SLUGS = {"唯品会直播": "vip", "蘑菇街直播": "mogu"}
NOTICE = {
    "唯品会直播": ("直播间公告：请在本直播间购物车下单，任何要求加微信、私下转账的都是骗子，"
              "请举报。"),
    "蘑菇街直播": "平台提醒：站外交易不受平台保障，谨防主播或他人引导私下付款。",
}
CSS = (".vx-log{list-style:none;padding:0}.vx-line[data-tier=host] .vx-tag::before{content:'播'}"
       ".vx-line[data-tier=aide] .vx-tag::before{content:'副'}"
       ".vx-line[data-tier=sys] .vx-tag::before{content:'系'}")
Line = tuple[str, str, Said | str]  # tier, nick, words


@dataclass(frozen=True)
class Room:
    """One live room and its shop. shop: "page" (店铺证照 page) or "none"."""

    tid: str
    slug: str
    platform: str
    name: str
    title: str
    reg: Registered
    category: str
    shown: Shown | None
    goods: str
    lines: tuple[Line, ...]
    pin: Line | None = None
    shop: str = "page"
    permit: str = ""
    status: str = "存续"
    status_date: str = ""
    notes: tuple[Said | str, ...] = ()
    note: str = ""

    @property
    def path(self) -> str:
        return f"/{SLUGS[self.platform]}/{self.slug}/"

    @property
    def filed(self) -> Filed:
        return Filed(self.reg, self.status, self.status_date)


def _t(w: Said | str) -> str:
    return w.text if isinstance(w, Said) else w


def _doc(title: str, body: str, script: bool = False) -> bytes:
    js = f'<script src="{ROOT}/sse-room.js" defer></script>' if script else ""
    return (f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">'
            f"<title>{escape(title)}</title><style>{CSS}</style>{js}</head>"
            f'<body class="vx-body">{body}</body></html>').encode()


def feed(r: Room) -> bytes:
    """The room's text/event-stream body: say/pin events, then bye."""
    out: list[str] = ["retry: 600000\n\n"]
    t = 0
    for tier, nick, w in r.lines:
        t += 350
        data = json.dumps({"t": t, "k": tier, "n": nick, "w": _t(w)}, ensure_ascii=False)
        out.append(f"event: say\nid: {t}\ndata: {data}\n\n")
    if r.pin is not None:
        data = json.dumps({"t": 200, "k": r.pin[0], "w": _t(r.pin[2])}, ensure_ascii=False)
        out.append(f"event: pin\ndata: {data}\n\n")
    out.append(f"event: bye\ndata: {json.dumps({'t': t})}\n\n")
    return "".join(out).encode()


def _room(r: Room) -> Page:
    shop = (f'<a class="vx-enter" href="{ROOT}{r.path}dianpu.html">进店 · 店铺证照</a>'
            if r.shop == "page" else "")
    body = (f'<header class="vx-top"><h1 class="vx-title">{escape(r.title)}</h1>'
            f'<span class="vx-anchor">{escape(r.name)}</span>{shop}</header>'
            f'<p class="vx-notice" role="note">{escape(NOTICE[r.platform])}</p>'
            f'<p class="vx-pin" aria-live="polite"></p>'
            f'<aside class="vx-cart"><b>小黄车</b> <span>{escape(r.goods)}</span></aside>'
            f'<section class="vx-chat" data-vx-feed="{ROOT}{r.path}chat.sse">'
            f'<ol class="vx-log" role="log" aria-label="直播间互动"></ol></section>')
    said = [w for _, _, w in r.lines if isinstance(w, Said)]
    if r.pin is not None and isinstance(r.pin[2], Said):
        said.append(r.pin[2])
    labels = labels_of(said)
    labels.append(Label("decoy", "live.offplatform_lure",
                        f"{r.platform}'s own notice warns against private deals"))
    if r.shop == "none":
        labels.append(Label("violation", "licence.missing",
                            "the room has no shop page and shows no licence"))
        labels += permit_labels(r.category, r.permit)
    return Page(r.path, "home", _doc(r.title, body, script=True), tuple(labels))


def _shop(r: Room) -> Page:
    rows = ""
    if r.shown is not None:
        person = "经营者" if "个体" in r.shown.kind else "法定代表人"
        pairs = [("名称", r.shown.name), ("统一社会信用代码", r.shown.uscc),
                 ("类型", r.shown.kind), (person, r.shown.person),
                 ("住所", r.shown.address), ("成立日期", r.shown.founded)]
        if r.permit:
            pairs.append(("食品经营许可证", r.permit))
        rows = "".join(f"<dt>{escape(k)}</dt><dd>{escape(v)}</dd>" for k, v in pairs)
    notes = "".join(f'<p class="vx-shop-note">{escape(_t(w))}</p>' for w in r.notes)
    body = (f'<h1 class="vx-shop">{escape(r.name)} · 店铺证照</h1>'
            f'<dl class="vx-cert">{rows}</dl>{notes}')
    labels = licence_labels(r.shown, r.reg, r.name) + registry_labels(r.shown, r.filed, r.name)
    labels += permit_labels(r.category, r.permit)
    labels += labels_of(w for w in r.notes if isinstance(w, Said))
    return Page(r.path + "dianpu.html", "licence", _doc(f"{r.name} 店铺证照", body),
                tuple(labels))


def pages_of(r: Room) -> tuple[list[Page], Assets]:
    """A room's pages and its SSE feed."""
    pages = [_room(r)] + ([_shop(r)] if r.shop == "page" else [])
    return pages, {f"{r.path}chat.sse": (feed(r), "text/event-stream; charset=utf-8")}


def build() -> Family:
    """The sselive family."""
    from demo.families.sselive.rooms import ROOMS

    js = ((HERE / "sse-room.js").read_bytes(), "text/javascript; charset=utf-8")
    pages, assets = collect(ROOMS, pages_of, {"/sse-room.js": js})
    targets = tuple(Target(r.tid, r.platform, "livestream", r.path, r.name, r.reg.name,
                           r.reg.uscc, r.reg.uscc[2:8], r.category, r.note) for r in ROOMS)
    return Family(
        "sselive", "唯品会直播 / 蘑菇街直播（弹幕经 Server-Sent Events 推送）",
        "f-strings with html.escape; the chat arrives over an EventSource (text/event-stream, "
        "say/pin/bye events) and is appended by sse-room.js; vx- classes, data-tier speakers",
        "主播 and 副播 lines, viewers' questions, 平台 system lines, a pinned line, the "
        "platform's 直播间公告, 店铺证照 pages (or none)",
        True, targets, pages, assets, tuple(r.filed for r in ROOMS))
