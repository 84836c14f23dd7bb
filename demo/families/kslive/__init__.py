"""Family `kslive` (sealed): 快手-style live rooms whose chat arrives as a binary push feed.

The room page is an empty shell; `ksroom.js` fetches `feed.bin` (records packed with
`struct`, see `encode`) and draws the room: comments with image badges (the role is
the badge's alt text: 主播, 管理员 for the seller's assistant account, 粉丝团N级 for
fans), gift / entered / like events, 快手官方 system lines, the 实时字幕 caption panel
(the host's speech), the pinned 直播间公告, the 讲解中 product card and the 小黄车 list.
Class names: short `kl-` prefixed. The licence sits on a 店铺资质 page, in the
anchor's profile card on the room page (a pop-up), or nowhere.
"""

from __future__ import annotations

import io
import struct
from dataclasses import dataclass
from functools import cache
from html import escape
from pathlib import Path

from PIL import Image

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

FAMILY = "kslive"
HERE = Path(__file__).resolve().parent
KINDS = {"comment": 1, "caption": 2, "gift": 3, "system": 4, "entered": 5, "card": 6,
         "notice": 7, "like": 8, "cart": 9}
ROLES = {"viewer": 0, "anchor": 1, "admin": 2, "platform": 0}
BLANK = Said("")


@dataclass(frozen=True)
class Line:
    """One record of a room's feed: its kind, who sent it, their role, fan level, the words."""

    kind: str
    nick: str
    said: Said
    role: str = "viewer"
    fans: int = 0


def viewer(nick: str, said: Said | str, fans: int = 0) -> Line:
    """A viewer's comment (with a fan-club level when fans > 0)."""
    return Line("comment", nick, _said(said), "viewer", fans)


def admin(nick: str, said: Said | str) -> Line:
    """A comment of the room's admin account (the seller's assistant)."""
    return Line("comment", nick, _said(said), "admin")


def anchor(nick: str, said: Said | str) -> Line:
    """The host typing in the chat."""
    return Line("comment", nick, _said(said), "anchor")


def caption(said: Said | str) -> Line:
    """A line of the host's speech in the 实时字幕 panel."""
    return Line("caption", "", _said(said), "anchor")


def system(said: Said | str, nick: str = "快手官方") -> Line:
    """A platform line (快手官方 / 系统消息)."""
    return Line("system", nick, _said(said), "platform")


def event(kind: str, nick: str, text: str) -> Line:
    """A gift, entered or like event."""
    return Line(kind, nick, Said(text))


def _said(s: Said | str) -> Said:
    return s if isinstance(s, Said) else Said(s)


@dataclass(frozen=True)
class Room:
    """One live room: registry record, licence display, room state and everything said."""

    tid: str
    room: str
    shop_name: str
    host: str
    reg: Registered
    category: str
    shown: Shown | None
    where: str = "zizhi"  # zizhi (店铺资质 page) | popup (profile card) | none
    permit: str = ""
    notice: Said = BLANK
    card: tuple[str, Said] = ("", BLANK)
    cart: tuple[tuple[str, Said], ...] = ()
    lines: tuple[Line, ...] = ()
    note: str = ""


def _record(kind: str, role: str, fans: int, nick: str, text: str) -> bytes:
    a, b = nick.encode(), text.encode()
    return (struct.pack(">BBBH", KINDS[kind], ROLES[role], fans, len(a)) + a
            + struct.pack(">H", len(b)) + b)


def encode(r: Room) -> bytes:
    """The room's feed: notice, card and cart first, then the lines in order."""
    out = [b"KSF1"]
    if r.notice.text:
        out.append(_record("notice", "anchor", 0, r.host, r.notice.text))
    if r.card[1].text:
        out.append(_record("card", "anchor", 0, r.card[0], r.card[1].text))
    out += [_record("cart", "anchor", 0, price, s.text) for price, s in r.cart]
    out += [_record(x.kind, x.role, x.fans, x.nick, x.said.text) for x in r.lines]
    return b"".join(out)


def _licence_dl(r: Room) -> str:
    assert r.shown is not None
    rows = (("企业名称", r.shown.name), ("统一社会信用代码", r.shown.uscc),
            ("主体类型", r.shown.kind), ("法定代表人/经营者", r.shown.person),
            ("经营地址", r.shown.address), ("成立日期", r.shown.founded))
    items = "".join(f"<dt>{k}</dt><dd>{escape(v)}</dd>" for k, v in rows)
    permit = (f'<h4>食品经营许可证</h4><p class="kl-q-permit">许可证编号：{r.permit}</p>'
              if r.permit else "")
    return f'<h4>营业执照</h4><dl class="kl-q-dl">{items}</dl>{permit}'


def _room_page(r: Room) -> bytes:
    entry = '<a class="kl-top-link" href="zizhi">店铺资质</a>' if r.where == "zizhi" else ""
    profile = ""
    if r.where == "popup":
        profile = (f'<aside class="kl-prof" hidden><h3>{escape(r.host)}的资料卡</h3>'
                   f'<p>小店：{escape(r.shop_name)}</p>{_licence_dl(r)}</aside>')
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{escape(r.host)}的直播间 - 快手直播</title>
<link rel="stylesheet" href="/f/{FAMILY}/ks.css"></head>
<body><div id="kl-room" data-feed="feed.bin">
<header class="kl-top"><span class="kl-top-brand">快手直播</span>
<span class="kl-top-host">{escape(r.host)}</span><button class="kl-top-follow">关注</button>
<button class="kl-top-prof">主播资料</button>{entry}</header>
<div class="kl-stage"><div class="kl-video">直播中</div>
<section class="kl-sub" aria-label="实时字幕"><h3>实时字幕</h3>
<div class="kl-sub-lines"></div></section></div>
<div class="kl-pin"><b>直播间公告</b></div>
<div class="kl-card"></div>
<div class="kl-c-list"></div>
<div class="kl-yellow-cart"><span>小黄车</span><ol class="kl-cart"></ol></div>
{profile}</div>
<script src="/f/{FAMILY}/ksroom.js"></script></body></html>""".encode()


def _zizhi_page(r: Room) -> bytes:
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>店铺资质 - {escape(r.shop_name)}</title>
<link rel="stylesheet" href="/f/{FAMILY}/ks.css"></head>
<body><div class="kl-q"><h2>{escape(r.shop_name)} · 店铺资质</h2>{_licence_dl(r)}
<p class="kl-q-foot">以上信息由商家提供，快手电商已审核</p></div></body></html>""".encode()


def _pages(r: Room) -> list[Page]:
    root = f"/ks/live/{r.room}/"
    said = [r.notice, r.card[1], *(s for _, s in r.cart), *(x.said for x in r.lines)]
    home = labels_of(said)
    licence = licence_labels(r.shown, r.reg, r.shop_name,
                             "in the anchor's profile card (a pop-up) on the room page"
                             if r.where == "popup" else "")
    permit = permit_labels(r.category, r.permit)
    if r.shown is None or r.where == "none":
        home.append(Label("violation", "licence.missing",
                          "no 店铺资质 entry and no licence in the room"))
    pages = [Page(root, "home", _room_page(r), ())]
    if r.where == "zizhi":
        pages.append(Page(root + "zizhi", "licence", _zizhi_page(r), tuple(licence + permit)))
    else:
        home += licence + permit
    pages[0] = Page(root, "home", pages[0].body, tuple(home))
    return pages


@cache
def _badge(rgb: tuple[int, int, int]) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (36, 16), rgb).save(out, format="PNG")
    return out.getvalue()


CSS = b"""body{margin:0;background:#111;color:#eee;font:14px sans-serif}
.kl-top{display:flex;gap:10px;padding:8px;background:#000}.kl-video{height:200px;background:#333}
.kl-sub{background:rgba(0,0,0,.6);padding:4px 8px}.kl-c-row,.kl-c-event,.kl-c-sys{padding:2px 8px}
.kl-c-badge{height:14px;vertical-align:middle;margin-right:2px}.kl-c-nick{color:#9cf}
.kl-c-sys{color:#fc6}.kl-card{background:#fff;color:#222;margin:6px;padding:6px}
.kl-pin{background:#432;padding:4px 8px}.kl-q{background:#fff;color:#222;padding:16px}
"""


def build() -> Family:
    """The kslive family: room shells, 店铺资质 pages, feeds, the player, badges."""
    from demo.families.kslive.rooms import ROOMS

    assets: dict[str, tuple[bytes, str]] = {
        "/ksroom.js": ((HERE / "ksroom.js").read_bytes(), "application/javascript"),
        "/ks.css": (CSS, "text/css; charset=utf-8"),
        "/b/anchor.png": (_badge((255, 80, 40)), "image/png"),
        "/b/admin.png": (_badge((40, 140, 255)), "image/png"),
        "/b/fans.png": (_badge((250, 200, 30)), "image/png"),
    }
    for r in ROOMS:
        assets[f"/ks/live/{r.room}/feed.bin"] = (encode(r), "application/octet-stream")
    targets = tuple(Target(r.tid, "kuaishou", "livestream", f"/ks/live/{r.room}/", r.shop_name,
                           r.reg.name, r.reg.uscc, r.reg.uscc[2:8], r.category, r.note)
                    for r in ROOMS)
    return Family(FAMILY, "快手式直播间（二进制推送，图片徽章）",
                  "shell page + ksroom.js decoding a struct-packed binary feed; kl- classes; "
                  "role badges as images with alt text",
                  "live selling talk: 实时字幕 host speech, 管理员 assistant accounts, 粉丝团 "
                  "viewers, 快手官方 system lines, gifts, 讲解中 card, 小黄车",
                  True, targets, tuple(p for r in ROOMS for p in _pages(r)), assets)
