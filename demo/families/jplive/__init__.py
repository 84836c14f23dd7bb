"""Family `jplive` (sealed, tenth batch): 苏宁直播/微店直播 rooms whose chat is a polled JSONP feed.

A room page is written with f-strings and `html.escape`; `jp-` classes on the frame only.
The served HTML holds the room title, a scrolling 公告 ticker (the platform's notice), a
pinned product card and an empty chat list. `jp-room.js` polls the room's feed by script
tags (`feed/0.js`, `feed/1.js`, ... each calling `__jpChunk({lines, pin, next})`) and draws
each line as nested, unclassed `li > div + div`: the speaker is told only by an icon in the
first `div`, an `<img alt>` badge (主播, 助理, 粉丝团) or an svg `<title>` (平台系统消息);
a plain viewer has no icon. The room's 店铺 link leads to 店铺资质 (the licence, or nothing).
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
ROOT = "/f/jplive"
SLUGS = {"苏宁直播": "sn", "微店直播": "wd"}
TICKER = {
    "苏宁直播": "公告：本直播间仅支持页面内下单，凡引导添加个人微信、扫码转账的均非官方行为。",
    "微店直播": "公告：平台不会通过私聊要求付款，站外交易发生纠纷平台无法保障。",
}
ICON = ('<svg xmlns="http://www.w3.org/2000/svg" width="14" height="14"><rect width="14" '
        'height="14" rx="3" fill="{c}"/></svg>')
ICONS = {"anchor": "#e33", "helper": "#f90", "fan": "#39f"}
CSS = (".jp-ticker{white-space:nowrap;overflow:hidden}.jp-chat ul{list-style:none;padding:0}"
       ".jp-chat li{display:flex;gap:4px}.jp-card{border:1px solid #ddd}")
Line = tuple[str, str, Said | str]  # icon role ("" viewer), nick, words
CHUNK = 3  # lines per feed chunk


@dataclass(frozen=True)
class Room:
    """One live room and its shop. shop: "page" (店铺资质 page) or "none"."""

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
    pin: Said | str = ""
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
    js = f'<script src="{ROOT}/jp-room.js" defer></script>' if script else ""
    return (f'<!DOCTYPE html><html lang="zh-CN" data-jp-icons="{ROOT}/icon/"><head>'
            f'<meta charset="utf-8"><title>{escape(title)}</title><style>{CSS}</style>{js}'
            f"</head><body>{body}</body></html>").encode()


def chunks(r: Room) -> list[bytes]:
    """The room's JSONP feed: one script per chunk of lines, the last with next = null."""
    parts = [r.lines[i:i + CHUNK] for i in range(0, len(r.lines), CHUNK)] or [()]
    out = []
    for n, part in enumerate(parts):
        data: dict[str, object] = {
            "lines": [{"r": role, "n": nick, "w": _t(w)} for role, nick, w in part],
            "next": n + 1 if n + 1 < len(parts) else None}
        if n == 0 and r.pin:
            data["pin"] = _t(r.pin)
        out.append(f"window.__jpChunk({json.dumps(data, ensure_ascii=False)});\n".encode())
    return out


def _room(r: Room) -> Page:
    shop = (f'<a class="jp-shop" href="{ROOT}{r.path}zizhi.html">店铺 · 资质</a>'
            if r.shop == "page" else "")
    body = (f'<header><h1>{escape(r.title)}</h1><span>{escape(r.name)}</span>{shop}</header>'
            f'<div class="jp-ticker" role="marquee"><span>{escape(TICKER[r.platform])}</span>'
            f'</div><div class="jp-card">'
            f'<b>{escape(r.goods)}</b><q></q></div>'
            f'<section class="jp-chat" data-jp-feed="{ROOT}{r.path}feed/"><ul></ul></section>')
    said = [w for _, _, w in r.lines if isinstance(w, Said)]
    if isinstance(r.pin, Said):
        said.append(r.pin)
    labels = labels_of(said)
    labels.append(Label("decoy", "live.offplatform_lure",
                        f"{r.platform}'s 公告 ticker warns against private deals"))
    if r.shop == "none":
        labels.append(Label("violation", "licence.missing",
                            "the room has no shop page and shows no licence"))
        labels += permit_labels(r.category, r.permit)
    return Page(r.path, "home", _doc(r.title, body, script=True), tuple(labels))


def _shop(r: Room) -> Page:
    rows = ""
    if r.shown is not None:
        person = "经营者" if "个体" in r.shown.kind else "法定代表人"
        pairs = [("企业名称", r.shown.name), ("统一社会信用代码", r.shown.uscc),
                 ("主体类型", r.shown.kind), (person, r.shown.person),
                 ("经营场所", r.shown.address), ("成立日期", r.shown.founded)]
        if r.permit:
            pairs.append(("食品经营许可证编号", r.permit))
        rows = "".join(f"<tr><th>{escape(k)}</th><td>{escape(v)}</td></tr>" for k, v in pairs)
    notes = "".join(f"<p>{escape(_t(w))}</p>" for w in r.notes)
    body = (f"<h1>{escape(r.name)}</h1><h2>店铺资质</h2><table>{rows}</table>{notes}")
    labels = licence_labels(r.shown, r.reg, r.name) + registry_labels(r.shown, r.filed, r.name)
    labels += permit_labels(r.category, r.permit)
    labels += labels_of(w for w in r.notes if isinstance(w, Said))
    return Page(r.path + "zizhi.html", "licence", _doc(f"{r.name} 店铺资质", body),
                tuple(labels))


def pages_of(r: Room) -> tuple[list[Page], Assets]:
    """A room's pages and its JSONP feed chunks."""
    pages = [_room(r)] + ([_shop(r)] if r.shop == "page" else [])
    js = "text/javascript; charset=utf-8"
    return pages, {f"{r.path}feed/{n}.js": (b, js) for n, b in enumerate(chunks(r))}


def build() -> Family:
    """The jplive family."""
    from demo.families.jplive.rooms import ROOMS

    shared: Assets = {"/jp-room.js": ((HERE / "jp-room.js").read_bytes(),
                                      "text/javascript; charset=utf-8")}
    for role, colour in ICONS.items():
        shared[f"/icon/{role}.svg"] = (ICON.format(c=colour).encode(), "image/svg+xml")
    pages, assets = collect(ROOMS, pages_of, shared)
    targets = tuple(Target(r.tid, r.platform, "livestream", r.path, r.name, r.reg.name,
                           r.reg.uscc, r.reg.uscc[2:8], r.category, r.note) for r in ROOMS)
    return Family(
        "jplive", "苏宁直播 / 微店直播（弹幕经 JSONP 脚本轮询拉取）",
        "f-strings with html.escape; the chat is polled as JSONP script tags (feed/N.js calling "
        "__jpChunk) and drawn by jp-room.js as unclassed nested li > div; speakers told only "
        "by an <img alt> badge or an svg <title>",
        "主播 and 助理 lines, 粉丝团 and plain viewers, 平台系统消息, a pinned product card, "
        "the platform's 公告 ticker, 店铺资质 pages (or none)",
        True, targets, pages, assets, tuple(r.filed for r in ROOMS))
