"""The huifang family's markup: a replay page whose host speaks only in a WebVTT caption track.

A room is served as four files: the replay page (a <video> with a <track> of captions, an
empty caption overlay and an empty 弹幕 list), its caption track (cc.vtt, one cue per
utterance, the speaker as a WebVTT voice span whose class names the role), its 弹幕 file
(dm.json, timed posts with a role code) and the shop's 店铺资质 page. The player script
(player.js) reads both files and plays them on a virtual clock: a caption shows only while
its cue is current, 弹幕 fly across the screen and stay in the 弹幕回顾 list.
"""

from __future__ import annotations

import json
from html import escape
from pathlib import Path

from demo.families.corpus import (
    Assets,
    Page,
    Said,
    labels_of,
    licence_labels,
    permit_labels,
    registry_labels,
)
from demo.families.huifang.rooms import Room

ROOT = "/f/huifang"
PLAYER = "/static/hf-player.js"
VOICE = {"主播": "zb", "助播": "zhb", "场控": "ck"}  # caption speaker -> voice class
SIDE_NAMES = {"助播": "小鱼", "场控": "阿北"}
POSTER = {"观众": 0, "场控": 1, "客服": 1, "系统": 2}  # 弹幕 speaker -> role code in dm.json
VIEWERS = ("海边的猫", "芝罘小王", "momo", "一只柚子", "蓬莱阿姨", "Kevin_yt", "莱山吃货",
           "福山大姐", "橘子汽水")
CUE_GAP, CUE_LEN, DM_GAP = 3.0, 2.8, 2.5


def _stamp(seconds: float) -> str:
    ms = round(seconds * 1000)
    return f"{ms // 3_600_000:02d}:{ms // 60_000 % 60:02d}:{ms // 1000 % 60:02d}.{ms % 1000:03d}"


def _vtt_text(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def caption_track(room: Room) -> str:
    """The room's WebVTT caption track: the host side's words, speaker as a voice span."""
    blocks = ["WEBVTT - 直播回放字幕"]
    for i, said in enumerate(room.captions):
        start = 1.0 + i * CUE_GAP
        text = _vtt_text(said.text)
        if said.who in VOICE:
            name = room.host if said.who == "主播" else SIDE_NAMES[said.who]
            payload = f"<v.{VOICE[said.who]} {name}>{text}</v>"
        else:  # the platform's spoken notice: no voice, a class of its own
            payload = f"<c.xt>{text}</c>"
        blocks.append(f"c{i + 1}\n{_stamp(start)} --> {_stamp(start + CUE_LEN)}\n{payload}")
    return "\n\n".join(blocks) + "\n"


def danmaku_file(room: Room) -> str:
    """The room's 弹幕 as timed posts: s (seconds), n (nickname), r (0 viewer, 1 shop, 2 system)."""
    items = []
    for j, said in enumerate(room.danmaku):
        role = POSTER[said.who]
        nick = (VIEWERS[(j + len(room.key)) % len(VIEWERS)] if role == 0
                else f"{room.shop_name}·{said.who}" if role == 1 else "系统消息")
        items.append({"s": round(0.5 + j * DM_GAP, 1), "n": nick, "r": role, "m": said.text})
    return json.dumps({"room": room.key, "items": items}, ensure_ascii=False, indent=1)


_CSS = (Path(__file__).parent / "player.css").read_text(encoding="utf-8")


def _page(title: str, body: str) -> bytes:
    return (f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{escape(title)}'
            f"</title><style>{_CSS}</style></head><body>{body}</body></html>").encode()


def replay_page(room: Room) -> bytes:
    """The replay page: video with its caption track, empty overlay and 弹幕 list, the shelf."""
    home = f"{ROOT}/hf/{room.key}/"
    shelf = "".join(f"<li>{escape(s)}</li>" for s in room.shelf)
    body = (f'<header class="hf-top"><a href="{home}dianpu.html">{escape(room.shop_name)}'
            " · 进店 · 店铺资质</a>"
            f'<span class="hf-tagline">回放 · 主播 {escape(room.host)}</span></header>'
            f"<h1 class=\"hf-doc\">{escape(room.title)}</h1>"
            f'<main class="hf-stage" data-hf-room="{room.key}" data-dm="{home}dm.json">'
            f'<div class="hf-screen"><video class="hf-v" muted playsinline preload="none">'
            f'<track kind="captions" srclang="zh" label="中文字幕" src="{home}cc.vtt" default>'
            "</video>"
            '<div class="hf-lane" aria-hidden="true"></div>'
            '<div class="hf-cap" aria-live="polite"></div>'
            f'<div class="hf-bar"><i></i></div></div>'
            f'<aside class="hf-side"><h2>弹幕回顾</h2><ol class="hf-log"></ol></aside></main>'
            f'<section class="hf-shelf"><h2>本场商品</h2><ul>{shelf}</ul></section>'
            f'<script src="{ROOT}{PLAYER}"></script>')
    return _page(room.title, body)


def shop_page(room: Room) -> bytes:
    """The shop's 店铺资质 page: the displayed licence fields and, for food, the permit."""
    s = room.shown
    rows = (("企业名称", s.name), ("统一社会信用代码", s.uscc), ("类型", s.kind),
            ("法定代表人/经营者", s.person), ("住所/经营场所", s.address), ("成立日期", s.founded))
    if room.permit:
        rows += (("食品经营许可证", room.permit),)
    fields = "".join(f"<dt>{k}</dt><dd>{escape(v)}</dd>" for k, v in rows)
    body = (f'<div class="hf-doc"><p><a href="{ROOT}/hf/{room.key}/">← 返回回放</a></p>'
            f"<h1>{escape(room.shop_name)} · 店铺资质</h1><h2>营业执照信息</h2>"
            f'<dl class="hf-zz">{fields}</dl>'
            f"<p>以上信息由商家提供，平台已核验营业执照。</p></div>")
    return _page(f"{room.shop_name} 店铺资质", body)


def room_files(room: Room) -> tuple[list[Page], Assets]:
    """A room's two pages (replay: home; 店铺资质: licence) and its caption and 弹幕 files."""
    home = f"/hf/{room.key}/"
    words: list[Said] = [*room.captions, *room.danmaku]
    shop_labels = (licence_labels(room.shown, room.reg, room.shop_name)
                   + registry_labels(room.shown, room.filed, room.shop_name)
                   + permit_labels(room.category, room.permit))
    pages = [Page(home, "home", replay_page(room), tuple(labels_of(words))),
             Page(home + "dianpu.html", "licence", shop_page(room), tuple(shop_labels))]
    assets: Assets = {
        home + "cc.vtt": (caption_track(room).encode(), "text/vtt; charset=utf-8"),
        home + "dm.json": (danmaku_file(room).encode(), "application/json; charset=utf-8"),
    }
    return pages, assets


def player_asset() -> Assets:
    """The shared player script that plays a room's captions and 弹幕."""
    script = (Path(__file__).parent / "player.js").read_bytes()
    return {PLAYER: (script, "text/javascript; charset=utf-8")}
