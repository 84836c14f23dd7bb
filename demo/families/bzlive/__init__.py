"""Family `bzlive`: 视频号 / 哔哩哔哩-style live rooms whose chat lives in a shadow DOM.

Pages are nested tuples rendered by `hiccup.py`; `bzl-` classes. A room page holds the
title bar, the platform's notice, 橱窗 product cards, a caption panel (实时字幕, host
speech) and a pinned-message slot; the chat itself is a `<bzl-chat>` custom element whose
rows live in an open shadow root. `bzlroom.js` fetches the room's `feed.json` and plays
it over ~10 s: host captions, chat rows with text badges (主播, 场控, 房管, 舰长 / 提督 paying
viewers, 粉丝 LVn, 官方), the 场控's pin. The room's 进店 link leads to the shop's 商家资质
page (the licence, a pending notice, or the MCN's licence beside the seller's).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from demo.families.bzlive.hiccup import Node, raw_script, render
from demo.families.corpus import (
    Family,
    Filed,
    Label,
    Page,
    Registered,
    Said,
    Shown,
    Target,
    labels_of,
    licence_labels,
    permit_labels,
    registry_labels,
)

ROOT = "/f/bzlive"
HERE = Path(__file__).resolve().parent
NOTICES = {
    "视频号": "视频号直播提醒：请在直播间小店内下单，凡要求私下加好友、转账的均为诈骗。",
    "哔哩哔哩": "哔哩哔哩直播温馨提示：请勿相信私下交易、添加好友转账等信息，谨防上当。",
}
SLUGS = {"视频号": "sph", "哔哩哔哩": "bili"}


@dataclass(frozen=True)
class Ev:
    """One feed event: `kind` chat / cc (caption) / pin, at `at` ms after load."""

    at: int
    kind: str
    side: str  # host, staff, viewer, official
    who: str
    badge: str
    words: Said | str


@dataclass(frozen=True)
class Room:
    """One live room and its shop. cert: "page" (licence on 商家资质), "pending", "none"."""

    tid: str
    slug: str
    platform: str
    title: str
    host: str
    shop_name: str
    reg: Registered
    category: str
    shown: Shown | None
    events: tuple[Ev, ...]
    cards: tuple[tuple[str, str, Said | str], ...] = ()
    cert: str = "page"
    permit: str = ""
    mcn: tuple[str, Said] | None = None
    status: str = "存续"
    status_date: str = ""
    note: str = ""

    @property
    def path(self) -> str:
        return f"/{SLUGS[self.platform]}/{self.slug}/"

    @property
    def filed(self) -> Filed:
        return Filed(self.reg, self.status, self.status_date)


def _text(w: Said | str) -> str:
    return w.text if isinstance(w, Said) else w


def _shell(title: str, body: Node, script: bool) -> bytes:
    head = ("head", ("meta", {"charset": "utf-8"}), ("title", title),
            ("meta", {"name": "viewport", "content": "width=device-width,initial-scale=1"}),
            ("style", ".bzl-pin[hidden]{display:none}.bzl-card{display:inline-block;"
                      "border:1px solid #ddd;margin:4px;padding:4px}"))
    html = render(("html", {"lang": "zh-CN"}, head, body))
    if script:
        html = html.replace("</body>", raw_script(f"{ROOT}/bzlroom.js") + "</body>")
    return ("<!DOCTYPE html>\n" + html).encode()


def _room_page(r: Room) -> Page:
    entry: Node = ("a.bzl-shoplink", {"href": f"{ROOT}{r.path}shop.html"}, "进店 · 商家资质")
    cards = [("li.bzl-card", ("b.bzl-card-name", name), ("span.bzl-card-price", f"￥{price}"),
              ("p.bzl-card-tag", _text(tag))) for name, price, tag in r.cards]
    body = ("body.bzl-room",
            ("header.bzl-top", ("h1.bzl-title", r.title),
             ("p.bzl-anchor", f"主播 {r.host} · {r.shop_name}"),
             entry if r.cert != "none" else ("span.bzl-follow", "关注主播")),
            ("div.bzl-official", {"role": "note"}, NOTICES[r.platform]),
            ("section.bzl-stage", ("div.bzl-video", {"aria-label": "直播画面"}, "直播中"),
             ("div.bzl-cc", ("h2.bzl-cc-title", "实时字幕"), ("div.bzl-cc-lines", {"aria-live":
                                                                             "polite"}))),
            ("div.bzl-pin", {"hidden": True}, ("span.bzl-pin-mark", "置顶"),
             ("span.bzl-pin-who", ""), ("span.bzl-pin-text", "")),
            ("section.bzl-window", ("h2.bzl-window-title", "橱窗"), ("ul.bzl-cards", cards)),
            ("bzl-chat", {"aria-label": "互动消息"}))
    said = [e.words for e in r.events] + [tag for _, _, tag in r.cards]
    labels = labels_of(w for w in said if isinstance(w, Said))
    labels.append(Label("decoy", "live.offplatform_lure",
                        f"{r.platform}'s own notice bar and 官方 line warn against private deals"))
    if r.cert == "none":
        labels.append(Label("violation", "licence.missing",
                            "the room links no shop and shows no licence anywhere"))
    return Page(r.path, "home", _shell(r.title, body, True), tuple(labels))


def _licence_block(shown: Shown, permit: str) -> list[Node]:
    person = "经营者" if "个体" in shown.kind else "法定代表人"
    rows = [("企业名称", shown.name), ("统一社会信用代码", shown.uscc), ("类型", shown.kind),
            (person, shown.person), ("经营场所", shown.address), ("成立日期", shown.founded)]
    if permit:
        rows.append(("食品经营许可证", permit))
    return [("h2.bzl-cert-title", "营业执照"),
            ("dl.bzl-cert", [[("dt", k), ("dd", v)] for k, v in rows])]


def _shop_page(r: Room) -> Page:
    parts: list[Node] = [("h1.bzl-shop-name", r.shop_name)]
    labels: list[Label] = []
    if r.cert == "pending":
        parts.append(("p.bzl-cert-wait", "商家资质审核中，暂未公示。"))
        labels.append(Label("violation", "licence.missing",
                            "the shop's 商家资质 page says 审核中: no licence is displayed"))
    elif r.shown is not None:
        parts += _licence_block(r.shown, r.permit)
        labels += licence_labels(r.shown, r.reg, r.shop_name)
        labels += registry_labels(r.shown, r.filed, r.shop_name)
    labels += permit_labels(r.category, r.permit)
    if r.mcn is not None:
        heading, said = r.mcn
        parts += [("h3.bzl-agency-title", heading), ("p.bzl-agency", said.text)]
        labels += labels_of([said])
    body = ("body.bzl-shop", ("a.bzl-back", {"href": f"{ROOT}{r.path}"}, "返回直播间"), parts)
    return Page(r.path + "shop.html", "licence", _shell(f"{r.shop_name} 商家资质", body, False),
                tuple(labels))


def _feed(r: Room) -> bytes:
    events = [{"at": 300, "kind": "chat", "side": "official", "who": "", "badge": "官方",
               "text": NOTICES[r.platform]}]
    events += [{"at": e.at, "kind": e.kind, "side": e.side, "who": e.who, "badge": e.badge,
                "text": _text(e.words)} for e in r.events]
    return json.dumps(sorted(events, key=lambda e: e["at"]), ensure_ascii=False).encode()


def pages_of(r: Room) -> tuple[list[Page], dict[str, tuple[bytes, str]]]:
    """A room's pages (room, 商家资质 unless it has none) and its feed."""
    pages = [_room_page(r)]
    if r.cert != "none":
        pages.append(_shop_page(r))
    return pages, {r.path + "feed.json": (_feed(r), "application/json")}


def build() -> Family:
    """The bzlive family: every room rendered once, its feed and the shared player."""
    from demo.families.bzlive.rooms import ROOMS
    from demo.families.corpus import collect

    player = (HERE / "bzlroom.js").read_bytes()
    pages, assets = collect(ROOMS, pages_of, {"/bzlroom.js": (player, "text/javascript")})
    targets = tuple(Target(r.tid, r.platform, "livestream", r.path, r.shop_name, r.reg.name,
                           r.reg.uscc, r.reg.uscc[2:8], r.category, r.note) for r in ROOMS)
    return Family(
        "bzlive", "视频号 / 哔哩哔哩直播间（弹幕在 shadow DOM 中）",
        "nested tuples (hiccup style) rendered by a tiny recursive function; the chat rows "
        "built by bzlroom.js inside a custom element's open shadow root; bzl- classes",
        "host captions (实时字幕), 场控 / 房管 staff, 舰长 / 提督 / 粉丝 viewers, 官方 lines, "
        "a pinned message, 橱窗 cards; licence on 商家资质 (or 审核中), an MCN's licence beside it",
        True, targets, pages, assets, tuple(r.filed for r in ROOMS))
