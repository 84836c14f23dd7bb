"""guangbo: live rooms whose chat reaches the page over a BroadcastChannel from a hidden frame.

Why a new kind: earlier rooms fetch, poll, stream (SSE, WebSocket, JSONP) or replay their
chat inside the page itself, or in a frame that shows it. Here the room page holds an empty
chat table and a hidden same-origin `<iframe>` (hub.html, nothing visible in it); the hub
reads the room's msgs.ndjson (newline-delimited JSON) and, once the room has said hello,
posts every message on a `BroadcastChannel` named for the room. The room draws each as a
`<tr>` of a `<table>`: a `<th scope=row>` with the speaker's badge (主播, 助理, 场控 for the
seller's side, 系统 for the platform, 粉丝团LvN or nothing for viewers), the nick and the
words; the 场控 may pin a message. Neither the room's nor the hub's HTML holds a word of the
chat, and reading the hub frame shows nothing: the words exist only as channel messages.
Each room's 进店 link leads to the shop's 店铺资质 page, judged against the family's
registry extract (registry.csv). Pages are written in an s-expression notation (`sx.py`),
`bc_` snake_case classes.
"""

from __future__ import annotations

import json
from pathlib import Path

from demo.families.corpus import (
    Assets,
    Family,
    Label,
    Page,
    Said,
    collect,
    labels_of,
    permit_labels,
)
from demo.families.guangbo.sx import q, render
from demo.families.sellerbook import Seller, load, saids, targets, verdict

ROOT = "/f/guangbo"
DATA = Path(__file__).with_name("rooms.yaml")
HERE = Path(__file__).parent
ROLE = {"主播": ("host", "主播"), "助理": ("assistant", "助理"), "场控": ("control", "场控"),
        "平台": ("system", "系统"), "观众": ("viewer", "")}
VIEWERS = ("芝罘小林", "蓬莱阿姨", "yt_海风", "莱山吃货", "一颗橙子", "福山老张", "Momo酱",
           "开发区小周", "牟平大姐")
_CSS = ("body{margin:0;font-family:sans-serif;background:#111;color:#eee}"
        ".bc_bar{padding:8px 12px;background:#222}.bc_bar a{color:#ffcc00;margin-left:12px}"
        ".bc_stage{display:flex}.bc_video{flex:1;height:360px;background:#000}"
        ".bc_side{width:360px}.bc_pin{background:#443;padding:6px}"
        ".bc_log{width:100%;border-collapse:collapse;font-size:13px}"
        ".bc_log th{color:#ffcc00;font-weight:normal;width:56px;text-align:left}"
        ".bc_log tr[data-role=system] td{color:#8cf}"
        ".bc_shop{background:#fff;color:#222;padding:16px}.bc_shop th{text-align:left}")


def _doc(title: str, body: str, *, cls: str = "", attrs: str = "") -> bytes:
    head = (f"(head (meta :charset utf-8) (title {q(title)}) "
            f"(meta :name viewport :content {q('width=device-width,initial-scale=1')}) "
            f"(raw {q('<style>' + _CSS + '</style>')}))")
    body_head = "body" + (f".{cls}" if cls else "")
    html = render(f'(html :lang zh-CN {head} ({body_head} {attrs} {body}))')
    return ("<!DOCTYPE html>" + html).encode()


def feed_ndjson(seller: Seller) -> str:
    """The room's messages, one JSON object a line: at (ms), t, role, badge, nick, text."""
    lines = []
    at = 600
    for j, said in enumerate(seller.feed):
        role, badge = ROLE[said.who]
        if role == "viewer":
            nick = VIEWERS[(j + len(seller.key)) % len(VIEWERS)]
            badge = f"粉丝团Lv{j % 5 + 1}" if j % 3 == 0 else ""
        elif role == "system":
            nick = "直播间消息"
        elif role == "host":
            nick = seller.extra["host"]
        else:
            nick = f"{seller.shop_name}·{said.who}"
        lines.append({"at": at, "t": "line", "role": role, "badge": badge, "nick": nick,
                      "text": said.text})
        at += 700
    pin = _pin(seller)
    if pin is not None:
        lines.append({"at": at, "t": "pin", "text": f"【场控置顶】{pin.text}"})
        at += 400
    lines.append({"at": at + 200, "t": "end"})
    return "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines)


def _pin(seller: Seller) -> Said | None:
    got = saids([seller.extra["pin"]]) if seller.extra.get("pin") else ()
    return got[0] if got else None


def _room(seller: Seller) -> Page:
    base = f"{ROOT}/gb/{seller.key}/"
    body = (f'(header.bc_bar (b {q(seller.extra["title"])}) (span {q(seller.extra["host"])}) '
            f'(a :href {q(base + "dian.html")} "进店")) '
            f'(main.bc_stage (div.bc_video) (aside.bc_side (div.bc_pin :hidden "hidden") '
            f'(table.bc_log (thead (tr (th "身份") (th "昵称") (th "内容"))) (tbody))))'
            f'(iframe.bc_hub :src {q(base + "hub.html")} :hidden "hidden" :title "hub")'
            f'(script :src {q(ROOT + "/static/gb-room.js")})')
    pin = _pin(seller)
    labels = labels_of((*seller.feed, *((pin,) if pin else ())))
    return Page(f"/gb/{seller.key}/", "home",
                _doc(seller.extra["title"], body, attrs=f':data-channel {q("gb-" + seller.key)}'),
                tuple(labels))


def _hub(seller: Seller) -> bytes:
    base = f"{ROOT}/gb/{seller.key}/"
    return _doc("hub", f'(script :src {q(ROOT + "/static/gb-hub.js")})',
                attrs=f':data-channel {q("gb-" + seller.key)} :data-feed {q(base + "msgs.ndjson")}')


def _shop(seller: Seller) -> Page:
    s = seller.shown
    rows: list[tuple[str, str]] = []
    labels: list[Label] = []
    if s is not None:
        rows = [("企业名称", s.name), ("统一社会信用代码", s.uscc), ("类型", s.kind),
                ("法定代表人", s.person), ("住所", s.address), ("成立日期", s.founded)]
        labels += verdict(seller, s,
                          "on the shop page behind the room's 进店 link, not in the room")
    else:
        labels.append(Label("violation", "licence.missing",
                            "the 店铺资质 page says the licence is pending: none shown"))
    if seller.permit:
        rows.append(("食品经营许可证", seller.permit))
    if s is None:
        labels += permit_labels(seller.category, seller.permit, seller.filing)
    table = " ".join(f"(tr (th {q(k)}) (td {q(v)}))" for k, v in rows)
    main = (f"(table {table})" if rows else '(p "资质信息审核中，暂未公示。")')
    items = " ".join(f"(li {q(i.name)} (span {q(i.price)}))" for i in seller.items)
    body = (f'(div.bc_shop (h1 {q(seller.shop_name)}) (h2 "店铺资质") {main} '
            f'(h2 "店铺商品") (ul {items}) (a :href {q(ROOT + "/gb/" + seller.key + "/")} '
            f'"返回直播间"))')
    return Page(f"/gb/{seller.key}/dian.html", "licence",
                _doc(f"{seller.shop_name} 店铺资质", body), tuple(labels))


def room_files(seller: Seller) -> tuple[list[Page], Assets]:
    """A room's page and its shop's 店铺资质 page; its hub frame and its msgs.ndjson."""
    assets: Assets = {
        f"/gb/{seller.key}/hub.html": (_hub(seller), "text/html; charset=utf-8"),
        f"/gb/{seller.key}/msgs.ndjson": (feed_ndjson(seller).encode(),
                                          "application/x-ndjson; charset=utf-8"),
    }
    return [_room(seller), _shop(seller)], assets


def build() -> Family:
    """The guangbo family: 11 live rooms fed over a BroadcastChannel, each with a shop page."""
    sellers = load("guangbo", DATA)
    shared: Assets = {
        "/static/gb-room.js": ((HERE / "room.js").read_bytes(), "text/javascript; charset=utf-8"),
        "/static/gb-hub.js": ((HERE / "hub.js").read_bytes(), "text/javascript; charset=utf-8"),
    }
    pages, assets = collect(sellers, room_files, shared)
    family_targets = targets(sellers, "gb", "livestream", "/gb/{key}/")
    return Family(
        name="guangbo", title="直播间：弹幕经 BroadcastChannel 从隐藏 iframe 推送，表格行展示",
        generator="demo/families/guangbo/sx.py: s-expression pages; hub.js in a hidden "
                  "same-origin iframe posts msgs.ndjson on a BroadcastChannel, room.js draws "
                  "<table> rows; bc_ classes",
        voice="SAMR 第四批直播电商典型案例 (2025-11-28), 广东/北京 2015 纳豆胶囊违法广告公告 "
              "(两小时化开全身血栓), 抖音 引导私下交易 表现形式 (V我, 看个性签名, 主页有惊喜, "
              "二维码), 消法 第二十五条, viewers' 弹幕 questions",
        render=True, targets=family_targets, pages=pages, assets=assets,
        registry=tuple(s.filed for s in sellers))
