"""danmu: live rooms whose 弹幕 fly across a <canvas> and are text only in a screen-reader log.

Why a new kind: earlier rooms draw their chat as DOM rows (lists, tables, shadow roots, recycled
virtual rows) that a reader can walk. Here the 弹幕 are pixels: room.js paints each one flying
right to left across a <canvas> over the video, so the stage holds no text at all. The only text
is an offscreen (clipped, 1px) `<ol role=log aria-live=polite>` that announces each 弹幕 with its
speaker (主播 / 助播 / 场控 / 观众 / 平台 and the nick) and keeps only the last few rows, as an
announcer does: older rows are removed, so words said early in a room are gone from the page by
its end. The feed is a Bilibili-style danmaku XML file (`<d p="time,mode,size,colour,role,nick">`)
read by a dedicated Web Worker (dm-worker.js) that posts each 弹幕 at its time. Room pages are
laid out by a grid-map language (`grid.py`: a map of region letters becomes
grid-template-areas); ITCSS-style `o-dm-` / `c-dm-` / `u-dm-` classes. The licence is on the
shop page behind the 小黄车 card, judged against the family's registry extract (registry.csv).
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from demo.families.codes import code_for
from demo.families.corpus import (
    Assets,
    Family,
    Filed,
    Label,
    Page,
    Registered,
    Said,
    collect,
    labels_of,
    permit_labels,
)
from demo.families.danmu.grid import render_grid
from demo.families.sellerbook import Seller, load, targets, verdict

ROOT = "/f/danmu"
HERE = Path(__file__).parent
DATA = HERE / "rooms.yaml"
MAP = """
t t t t
v v v c
v v v c
s s s s
"""
COLOURS = {"主播": 0xFFD54F, "助播": 0x4DD0E1, "场控": 0x4DD0E1, "观众": 0xFFFFFF,
           "平台": 0x90CAF9}
VIEWERS = ("芝罘小鱼", "福山果农", "牟平大哥", "莱山阿梅", "开发区小赵", "蓬莱阁主",
           "海阳沙滩", "龙口粉丝控", "栖霞苹果", "招远金子", "长岛渔民", "莱州石头")
GAP = 0.45
_CSS = ("body{margin:0;background:#0b1117;color:#e8eef3;font-family:sans-serif}"
        ".o-dm-grid{gap:8px;padding:10px;grid-template-columns:repeat(4,1fr)}"
        ".c-dm-canvas{width:100%;background:#101820;display:block}.c-dm-card{background:#1b2631;"
        "padding:10px;border-radius:6px}.c-dm-enter{color:#ffd54f}.c-dm-title{font-size:18px;margin:0}"
        ".u-dm-sr{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;"
        "clip:rect(0 0 0 0);white-space:nowrap;border:0}.c-dm-shop{padding:12px 16px}"
        ".c-dm-lic th{text-align:left;padding-right:12px}.c-dm-good{margin:8px 0}")


def _doc(title: str, body: str, script: str = "") -> bytes:
    return (f'<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>'
            f'{escape(title)}</title><meta name="viewport" content="width=device-width,'
            f'initial-scale=1"><link rel="stylesheet" href="{ROOT}/static/dm.css"></head>'
            f"<body>{body}{script}</body></html>").encode()


def _nick(seller: Seller, said: Said, j: int) -> str:
    if said.who == "主播":
        return str(seller.extra["host"])
    if said.who in ("助播", "场控"):
        return f"{seller.extra['host']}的{said.who}"
    if said.who == "平台":
        return "直播间公告"
    return VIEWERS[(j * 7 + len(seller.key)) % len(VIEWERS)]


def feed_xml(seller: Seller) -> bytes:
    """The room's danmaku file: one <d> per 弹幕, its time, mode, size, colour, role and nick."""
    rows = []
    for j, said in enumerate(seller.feed):
        at = 0.4 + j * GAP
        p = f"{at:.2f},1,25,{COLOURS[said.who]},{said.who},{_nick(seller, said, j)}"
        rows.append(f'<d p="{escape(p)}">{escape(said.text)}</d>')
    return ('<?xml version="1.0" encoding="UTF-8"?><i><chatserver>danmu.local</chatserver>'
            f"<chatid>{seller.key}</chatid>{''.join(rows)}</i>").encode()


def _room(seller: Seller) -> Page:
    base = f"{ROOT}/dm/{seller.key}/"
    item = seller.items[0]
    keep = int(seller.extra.get("keep", 5))
    blocks = {
        "t": ("head", lambda: f'<h1 class="c-dm-title">{escape(str(seller.extra["title"]))}'
                              f'</h1><span class="c-dm-host">主播 '
                              f'{escape(str(seller.extra["host"]))}</span>'),
        "v": ("stage", lambda: f'<canvas class="c-dm-canvas" width="640" height="200" '
                               f'data-worker="{ROOT}/static/dm-worker.js" '
                               f'data-feed="{base}dm.xml"></canvas>'),
        "c": ("card", lambda: f'<p class="c-dm-cart">小黄车 · 1</p><p class="c-dm-good">'
                              f"{escape(item.name)} {escape(item.price)}</p>"
                              f'<a class="c-dm-enter" href="{base}dian.html">进店 · 店铺资质</a>'),
        "s": ("log", lambda: f'<ol class="u-dm-sr" role="log" aria-live="polite" '
                             f'aria-label="弹幕播报" data-keep="{keep}"></ol>'),
    }
    body = render_grid(MAP, blocks, name="room")
    script = f'<script src="{ROOT}/static/dm-room.js" defer></script>'
    return Page(f"/dm/{seller.key}/", "home", _doc(str(seller.extra["title"]), body, script),
                tuple(labels_of(seller.feed)))


def _party(seller: Seller) -> tuple[str, Filed] | None:
    p = seller.extra.get("party")
    if not p:
        return None
    code = code_for(f"danmu/{seller.key}-party", p["division"])
    reg = Registered(p["name"], code, "有限责任公司（自然人投资或控股）", p["person"], p["address"],
                     p["founded"])
    return f"{p['role']}：{p['name']}，统一社会信用代码 {code}", Filed(reg)


def _shop(seller: Seller) -> Page:
    s = seller.shown
    labels: list[Label] = []
    parts = [f'<section class="c-dm-shop"><h1 class="c-dm-title">{escape(seller.shop_name)}</h1>']
    if s is not None:
        rows = [("企业名称", s.name), ("统一社会信用代码", s.uscc), ("类型", s.kind),
                ("法定代表人（经营者）", s.person), ("住所", s.address), ("成立日期", s.founded)]
        if seller.permit:
            rows.append(("食品经营许可证编号", seller.permit))
        parts.append('<h2>店铺资质</h2><table class="c-dm-lic">' + "".join(
            f"<tr><th>{k}</th><td>{escape(v)}</td></tr>" for k, v in rows) + "</table>")
        labels += verdict(seller, s, "on the shop page behind the room's 小黄车 card")
    else:
        empty = str(seller.extra.get("empty", "资质信息更新中"))
        parts.append(f'<h2>店铺资质</h2><p class="c-dm-none">{escape(empty)}</p>')
        labels.append(Label("violation", "licence.missing",
                            f"the shop page behind the room shows no licence ({empty})"))
        labels += permit_labels(seller.category, seller.permit, seller.filing)
    party = _party(seller)
    if party is not None:
        parts.append(f'<p class="c-dm-party">{escape(party[0])}</p>')
        labels.append(Label("decoy", "licence.mismatch",
                            f"another party's licence beside the seller's ({party[1].reg.name})"))
    said: list[Said] = []
    for item in seller.items:
        words = "".join(f"<p>{escape(w.text)}</p>" for w in (*item.words, *item.reviews))
        parts.append(f'<div class="c-dm-good"><h3>{escape(item.name)}</h3>'
                     f"<p>{escape(item.price)}</p>{words}</div>")
        said += [*item.words, *item.reviews]
    parts.append(f'<a href="{ROOT}/dm/{seller.key}/">回到直播间</a></section>')
    labels += labels_of(said)
    return Page(f"/dm/{seller.key}/dian.html", "licence",
                _doc(f"{seller.shop_name} 店铺", "".join(parts)), tuple(labels))


def room_files(seller: Seller) -> tuple[list[Page], Assets]:
    """A room and its shop page; the room's danmaku file."""
    xml = "text/xml; charset=utf-8"
    return [_room(seller), _shop(seller)], {f"/dm/{seller.key}/dm.xml": (feed_xml(seller), xml)}


def build() -> Family:
    """The danmu family: 11 rooms whose 弹幕 are canvas pixels and a short screen-reader log."""
    sellers = load("danmu", DATA)
    js = "text/javascript; charset=utf-8"
    shared: Assets = {
        "/static/dm-room.js": ((HERE / "dm-room.js").read_bytes(), js),
        "/static/dm-worker.js": ((HERE / "dm-worker.js").read_bytes(), js),
        "/static/dm.css": (_CSS.encode(), "text/css; charset=utf-8"),
    }
    pages, assets = collect(sellers, room_files, shared)
    parties = [p[1] for p in map(_party, sellers) if p is not None]
    return Family(
        name="danmu",
        title="直播间：弹幕画在 canvas 上，文字只在屏幕阅读器播报区（只保留最近几条）",
        generator="demo/families/danmu/grid.py: a grid-map layout language (region letters "
                  "become grid-template-areas); dm-worker.js (a Web Worker) reads a "
                  "Bilibili-style danmaku XML and dm-room.js paints 弹幕 on a <canvas> and "
                  "announces them in an offscreen aria-live log keeping the last rows; "
                  "o-dm-/c-dm-/u-dm- classes",
        voice="深圳晚报 2025-03-17 (一分钱流量卡: 9元/月, 960G 年享, 激活与售后在平台外), "
              "七日无理由退货暂行办法, 中消协 2022 (清仓 不能扩大不退范围), "
              "广告法 第九条/第十七条, "
              "platforms' 引导私下交易 rules; viewers' 弹幕, hosts' and 场控 lines",
        render=True, targets=targets(sellers, "dm", "livestream", "/dm/{key}/"), pages=pages,
        assets=assets, registry=(*(s.filed for s in sellers), *parties))
