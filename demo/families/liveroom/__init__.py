"""Family `liveroom`: live rooms whose chat is replayed into a player DOM by a script.

Markup: string.Template pages; chat rows built in the browser from an IM replay
(author element, badges 主播/助理/场控/房管/粉丝团 Lv.N, system messages styled apart),
a caption panel for the host's speech, a pinned notice and a product card with
the 商家资质 entry. Wording: livestream host speech, staff, viewers, the platform.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from html import escape
from pathlib import Path
from string import Template

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
PLATFORM_ZH = {"douyin": "抖音", "kuaishou": "快手", "taobao": "淘宝", "pinduoduo": "多多"}
STAFF = ("助理", "场控", "房管", "小助手")


@dataclass(frozen=True)
class Room:
    """One live room: registry record, licence display and everything said in it."""

    tid: str
    platform: str
    rid: str
    anchor: str  # the room's display name (as the target list names it)
    reg: Registered
    category: str
    shown: Shown | None
    title: str
    item: tuple[str, str, tuple[Said, ...]]  # title, price, detail wording
    captions: tuple[Said, ...] = ()  # the host's speech (ASR captions)
    pinned: Said | None = None
    pinned_by: str = "主播"
    # who: "主播", "助理 name", "场控", "房管", "粉丝团Lv12 name", a viewer's name, "系统"
    chat: tuple[Said, ...] = ()
    permit: str = ""
    note: str = ""


def _message(n: int, s: Said) -> dict[str, str]:
    ts = f"2026-11-30T20:{n // 60:02d}:{n % 60:02d}+08:00"
    if s.who in ("系统", "平台"):
        return {"type": "system", "ts": ts, "text": s.text}
    kind, badge, author = "", "", s.who
    if s.who.split(" ")[0] == "主播":
        kind, badge, author = "anchor", "主播", s.who.partition(" ")[2] or "主播本人"
    elif s.who.split(" ")[0] in STAFF:
        kind, badge, author = "staff", s.who.split(" ")[0], s.who.partition(" ")[2] or "小助理"
    elif s.who.startswith("粉丝团"):
        kind, badge = "fans", s.who.split(" ")[0].replace("粉丝团", "") + " 粉丝团"
        author = s.who.partition(" ")[2]
    return {"type": "chat", "ts": ts, "badge": badge, "badge_kind": kind, "author": author,
            "text": s.text}


def _room(r: Room) -> list[Page]:
    root = f"/{r.platform}/room/{r.rid}/"
    href = "/f/liveroom" + root
    tpl = {name: Template((HERE / f"{name}.html").read_text(encoding="utf-8"))
           for name in ("room", "licence", "item")}
    replay = json.dumps([_message(i, s) for i, s in enumerate(r.chat)], ensure_ascii=False)
    item_title, item_price, item_words = r.item
    link = (f'<a class="webcast-cart___license" href="{href}shop-license">商家资质</a>'
            if r.shown is not None else "")
    room = tpl["room"].substitute(
        anchor=escape(r.anchor), platform_zh=PLATFORM_ZH[r.platform], title=escape(r.title),
        online="1.2万", root=href, item_href=f"product/{r.rid}.html",
        item_title=escape(item_title), item_price=item_price, licence_link=link,
        captions="".join(f'<p class="webcast-caption___line">{escape(s.text)}</p>'
                         for s in r.captions),
        pinned=escape(r.pinned.text) if r.pinned else "", pinned_role=r.pinned_by,
        replay=replay.replace("</", "<\\/"))
    words = [*r.captions, *r.chat, *([r.pinned] if r.pinned else [])]
    home = labels_of(words) + permit_labels(r.category, r.permit)
    if r.shown is None:
        home.append(Label("violation", "licence.missing",
                          "the room shows no 商家资质 entry and no licence"))
    pages = [Page(root, "home", room.encode(), tuple(home))]
    if r.shown is not None:
        s = r.shown
        fields = "".join(f"<li><label>{k}</label><span>{escape(v)}</span></li>" for k, v in (
            ("主体名称", s.name), ("统一社会信用代码", s.uscc), ("主体类型", s.kind),
            ("法定代表人", s.person), ("经营地址", s.address)))
        permit = f"<p>食品经营许可证：{r.permit}</p>" if r.permit else ""
        body = tpl["licence"].substitute(anchor=escape(r.anchor), fields=fields, permit=permit)
        pages.append(Page(root + "shop-license", "licence", body.encode(),
                          tuple(licence_labels(s, r.reg, r.anchor))))
    text = "".join(f"<p>{escape(s.text)}</p>" for s in item_words)
    body = tpl["item"].substitute(item_title=escape(item_title), item_price=item_price,
                                  item_text=text)
    pages.append(Page(f"{root}product/{r.rid}.html", "item", body.encode(),
                      tuple(labels_of(item_words))))
    return pages


def build() -> Family:
    """The liveroom family: every room, licence and product page rendered once."""
    from demo.families.liveroom.rooms import ROOMS

    targets = tuple(Target(r.tid, r.platform, "livestream", f"/{r.platform}/room/{r.rid}/",
                           r.anchor, r.reg.name, r.reg.uscc, r.reg.uscc[2:8], r.category, r.note)
                    for r in ROOMS)
    return Family("liveroom", "直播间（弹幕回放）",
                  "string.Template pages; chat rows built by a script from an IM replay",
                  "livestream host speech, staff (助理/场控/房管), viewers, platform messages",
                  True, targets, collect(ROOMS, lambda r: (_room(r), {}))[0])
