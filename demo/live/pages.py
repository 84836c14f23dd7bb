"""Routes of the demo live rooms under /live2/: room pages, player script, feeds, sent log.

| Path | What |
|---|---|
| `/live2/` | index of the scripted rooms |
| `/live2/<room>/?speed=N` | the room page; starts a session played N times faster |
| `/live2/<room>/ws?session=S` | WebSocket feed (rooms with transport websocket) |
| `/live2/<room>/poll?session=S` | polled feed (rooms with transport poll) |
| `/live2/<room>/sent.jsonl[?session=S]` | every event the feed sent, with send time |
| `/live2/<room>/licence` | the room's shop licence (店铺资质), for rooms that show one |
| `/live2/player.js` | the player |
"""

from __future__ import annotations

import contextlib
import html
import json
import threading
from importlib import resources
from typing import Protocol
from urllib.parse import parse_qs

from demo.live.feed import LiveFeeds, describe, query_speed, ws_accept
from demo.site import Response

PREFIX = "/live2/"
_JSON = "application/json; charset=utf-8"


class Upgradable(Protocol):
    """What the demo server's request handler offers for a WebSocket upgrade."""

    headers: object
    connection: object
    wfile: object


def _room_page(feeds: LiveFeeds, room_id: str, speed: float) -> Response:
    room = feeds.rooms[room_id]
    session = feeds.open_session(room_id, speed)
    config = {**describe(room), "session": session.session_id, "speed": session.speed}
    attr = html.escape(json.dumps(config, ensure_ascii=False))
    title = html.escape(room.title)
    entry = (f'<footer class="room-foot"><a href="{PREFIX}{room.room_id}/licence">店铺资质</a>'
             "</footer>") if room.shop else ""
    body = f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{title} - 直播间</title>
<link rel="stylesheet" href="/live2/player.css"></head>
<body data-room="{attr}">
<header class="room-head"><span class="anchor-name">{html.escape(room.anchor)}</span>
<span class="room-title">{title}</span><span class="online-count">-</span></header>
<main class="room-main">
<canvas class="live-video" width="640" height="360" aria-label="直播画面"></canvas>
<aside class="room-side">
<div class="room-notice"><b class="notice-tag">置顶</b><span class="notice-text"></span></div>
<div class="explaining-card"><i class="explain-tag">讲解中</i><span class="card-title"></span>
<span class="card-price"></span></div>
<ul class="im-list" role="log" aria-live="polite"></ul>
</aside></main>
<section class="cart-panel"><h2>小黄车</h2><ol class="cart-list"></ol></section>
{entry}
<script src="/live2/player.js"></script>
</body></html>"""
    return Response(200, body.encode())


def _licence_page(feeds: LiveFeeds, room_id: str) -> Response:
    room = feeds.rooms[room_id]
    if not room.shop:
        return Response(404, "<h1>404 未公示资质</h1>".encode())
    rows = "".join(f"<tr><th>{html.escape(k)}</th><td>{html.escape(v)}</td></tr>"
                   for k, v in room.shop)
    return Response(200, f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">'
                         f"<title>店铺资质 - {html.escape(room.title)}</title></head><body>"
                         f"<h1>店铺资质</h1><h2>营业执照信息</h2><table>{rows}</table>"
                         "<p>以上信息由经营者自行提供。</p></body></html>".encode())


def _index(feeds: LiveFeeds) -> Response:
    rows = "".join(f'<li><a href="{PREFIX}{r.room_id}/">{html.escape(r.title)}</a> '
                   f"({r.transport})</li>" for r in feeds.rooms.values())
    return Response(200, f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">'
                         f"<title>直播间</title></head><body><ul>{rows}</ul></body></html>"
                    .encode())


def _asset(name: str, content_type: str) -> Response:
    data = resources.files("demo.live").joinpath(name).read_bytes()
    return Response(200, data, content_type)


def respond(feeds: LiveFeeds, handler: Upgradable, path: str, query: str,
            stop: threading.Event) -> Response | None:
    """Answer a /live2/ request; None when a WebSocket was served on the socket itself."""
    params = parse_qs(query)
    parts = path[len(PREFIX):].split("/")
    if parts == [""]:
        return _index(feeds)
    if parts == ["player.js"]:
        return _asset("player.js", "text/javascript; charset=utf-8")
    if parts == ["player.css"]:
        return _asset("player.css", "text/css; charset=utf-8")
    room_id, rest = parts[0], "/".join(parts[1:])
    if room_id not in feeds.rooms:
        return Response(404, "<h1>404 直播间不存在</h1>".encode())
    if rest == "":
        return _room_page(feeds, room_id, query_speed(params))
    if rest == "licence":
        return _licence_page(feeds, room_id)
    if rest == "sent.jsonl":
        session_id = params.get("session", [None])[0]
        return Response(200, feeds.sent_jsonl(room_id, session_id),
                        "application/x-ndjson; charset=utf-8")
    session = feeds.session(params.get("session", [""])[0])
    if session is None or session.room.room_id != room_id:
        return Response(404, b'{"error": "no such session"}', _JSON)
    if rest == "poll":
        return Response(200, feeds.poll(session), _JSON)
    if rest == "ws":
        key = handler.headers.get("Sec-WebSocket-Key")  # type: ignore[attr-defined]
        if not key:
            return Response(400, b"websocket upgrade expected", "text/plain")
        wfile = handler.wfile
        wfile.write(("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"  # type: ignore[attr-defined]
                     f"Connection: Upgrade\r\nSec-WebSocket-Accept: {ws_accept(key)}\r\n\r\n")
                    .encode())
        with contextlib.suppress(OSError):  # the viewer left
            feeds.push(session, handler.connection, wfile, stop)  # type: ignore[arg-type]
        handler.close_connection = True  # type: ignore[attr-defined]
        return None
    return Response(404, b"<h1>404 Not Found</h1>")
