"""vdlive: live rooms drawn by a virtual DOM into an aria-live list, fed by long polling.

Why a new kind: earlier rooms name each speaker in text (a badge, a <th>, a role word). Here a
row of the chat is an avatar and the words only: the speaker is the avatar's `<img alt>` (the
host's nick, a 助播's, a viewer's, 系统通知) and the row's colour class (vd-tone-gold for the
host, teal for the 助播, grey for viewers, blue for the platform). The room's header names the
host (主播 + nick) so the reader can tie the gold avatar to the shop. The chat arrives by long
polling: room.js fetches `poll/0.json`, each poll answer carries the next cursor's file, and
every answer is rendered as vnodes patched into `<ul role=log aria-live=polite>`; none of the
words is in the served HTML. The shop's 店铺资质 page is linked by 小黄车·店铺, judged against
the family's registry extract (registry.csv). Pages are written by hyperscript calls (`hs.py`).
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
from demo.families.sellerbook import Seller, load, saids, targets, verdict
from demo.families.vdlive.hs import Node, Raw, document, h

ROOT = "/f/vdlive"
HERE = Path(__file__).parent
DATA = HERE / "rooms.yaml"
TONE = {"主播": "gold", "助播": "teal", "观众": "grey", "平台": "blue"}
VIEWERS = ("栖霞苹果妹", "yt老于", "海阳小渔", "莱州石头", "龙口粉丝控", "一只喵",
           "招远阿金", "蓬莱仙子", "高新区打工人")
PER_POLL = 2
_CSS = ("body{margin:0;font-family:sans-serif;background:#1b1b1f;color:#f2f2f2}"
        ".vd-top{display:flex;gap:12px;padding:8px 12px;background:#2a2a30}"
        ".vd-top a{color:#ffd54f}.vd-screen{height:300px;background:#000}"
        ".vd-pin{background:#3b3520;padding:6px 10px}.vd-chat{list-style:none;margin:0;"
        "padding:6px 10px}.vd-row{display:flex;gap:6px;align-items:center;padding:2px 0}"
        ".vd-tone-gold .vd-said{color:#ffd54f}.vd-tone-teal .vd-said{color:#4dd0e1}"
        ".vd-tone-grey .vd-said{color:#bdbdbd}.vd-tone-blue .vd-said{color:#90caf9}"
        ".vd-ava{border-radius:50%}.vd-shop{background:#fff;color:#222;padding:16px}"
        ".vd-shop dt{font-weight:bold}")
_AVATAR = ('<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24">'
           '<circle cx="12" cy="12" r="12" fill="#888"/></svg>')


def _head(title: str) -> list[Node]:
    return [h("meta", {"charset": "utf-8"}), h("title", None, title),
            h("meta", {"name": "viewport", "content": "width=device-width,initial-scale=1"}),
            h("style", None, Raw(_CSS))]


def _speaker(seller: Seller, said: Said, j: int) -> str:
    if said.who == "主播":
        return str(seller.extra["host"])
    if said.who == "助播":
        return f"{seller.extra['host']}的助播"
    if said.who == "平台":
        return "系统通知"
    return VIEWERS[(j + len(seller.key)) % len(VIEWERS)]


def _pin(seller: Seller) -> Said | None:
    got = saids([seller.extra["pin"]]) if seller.extra.get("pin") else ()
    return got[0] if got else None


def polls(seller: Seller) -> list[dict[str, object]]:
    """The room's poll answers: cursor n, the next cursor's file, and up to PER_POLL messages."""
    base = f"{ROOT}/vd/{seller.key}/poll/"
    msgs: list[dict[str, object]] = [
        {"id": f"m{j}", "tone": TONE[s.who], "alt": _speaker(seller, s, j),
         "ava": ROOT + "/static/vd-ava.svg", "text": s.text} for j, s in enumerate(seller.feed)]
    pin = _pin(seller)
    if pin is not None:
        msgs.append({"id": "pin", "pin": True, "text": pin.text})
    chunks = [msgs[i:i + PER_POLL] for i in range(0, len(msgs), PER_POLL)] or [[]]
    return [{"cursor": n, "next": f"{base}{n + 1}.json" if n + 1 < len(chunks) else "",
             "msgs": chunk} for n, chunk in enumerate(chunks)]


def _room(seller: Seller) -> Page:
    base = f"{ROOT}/vd/{seller.key}/"
    body = h("body", {"class": ["vd-body"]},
             h("header", {"class": ["vd-top"]}, h("strong", None, str(seller.extra["title"])),
               h("span", None, f"主播 {seller.extra['host']}"),
               h("a", {"href": base + "dian.html", "class": ["vd-cart"]}, "小黄车·店铺")),
             h("div", {"class": ["vd-screen"]}),
             h("div", {"class": ["vd-pin"], "hidden": True}),
             h("ul", {"class": ["vd-chat"], "role": "log", "aria-live": "polite",
                      "aria-label": "直播间聊天", "data-poll": base + "poll/0.json"}),
             h("script", {"src": ROOT + "/static/vd-room.js"}))
    pin = _pin(seller)
    labels = labels_of((*seller.feed, *((pin,) if pin else ())))
    return Page(f"/vd/{seller.key}/", "home",
                document("zh-CN", _head(str(seller.extra["title"])), body), tuple(labels))


def _shop(seller: Seller) -> Page:
    s = seller.shown
    fields: list[tuple[str, str]] = []
    labels: list[Label] = []
    if s is not None:
        fields = [("主体名称", s.name), ("统一社会信用代码", s.uscc), ("主体类型", s.kind),
                  ("经营者", s.person), ("注册地址", s.address), ("成立时间", s.founded)]
        labels += verdict(seller, s, "on the shop page behind the room's 小黄车·店铺 link")
    else:
        labels.append(Label("violation", "licence.missing",
                            "the shop page behind the room shows no licence at all"))
    if seller.permit:
        fields.append(("食品经营许可证编号", seller.permit))
    if s is None:
        labels += permit_labels(seller.category, seller.permit, seller.filing)
    pairs = [n for k, v in fields for n in (h("dt", None, k), h("dd", None, v))]
    main = h("dl", {"class": ["vd-lic"]}, *pairs) if pairs else h("p", None, "店铺信息完善中。")
    goods = [h("li", None, f"{i.name} {i.price}") for i in seller.items]
    body = h("body", {"class": ["vd-shop"]}, h("h1", None, seller.shop_name),
             h("h2", None, "店铺资质"), main, h("h2", None, "在售商品"),
             h("ul", {"class": ["vd-goods"]}, *goods),
             h("a", {"href": f"{ROOT}/vd/{seller.key}/"}, "回到直播间"))
    return Page(f"/vd/{seller.key}/dian.html", "licence",
                document("zh-CN", _head(f"{seller.shop_name} 店铺资质"), body), tuple(labels))


def room_files(seller: Seller) -> tuple[list[Page], Assets]:
    """A room and its shop page; the room's poll answers."""
    assets: Assets = {
        f"/vd/{seller.key}/poll/{p['cursor']}.json":
            (json.dumps(p, ensure_ascii=False).encode(), "application/json; charset=utf-8")
        for p in polls(seller)}
    return [_room(seller), _shop(seller)], assets


def build() -> Family:
    """The vdlive family: 10 rooms drawn by a virtual DOM from long-polled answers."""
    sellers = load("vdlive", DATA)
    shared: Assets = {
        "/static/vd-room.js": ((HERE / "room.js").read_bytes(), "text/javascript; charset=utf-8"),
        "/static/vd-ava.svg": (_AVATAR.encode(), "image/svg+xml"),
    }
    pages, assets = collect(sellers, room_files, shared)
    family_targets = targets(sellers, "vd", "livestream", "/vd/{key}/")
    return Family(
        name="vdlive",
        title="直播间：虚拟DOM渲染 aria-live 聊天列表，长轮询游标，发言人只见头像 alt",
        generator="demo/families/vdlive/hs.py: hyperscript h() calls; room.js long-polls "
                  "poll/<cursor>.json and patches vnodes into <ul role=log aria-live>; speaker "
                  "only as <img alt> and a vd-tone-* colour class",
        voice="SAMR 2022 第四批典型案例 (杭州锐趣: 直播推广普通食品宣称保健和疾病治疗功能), "
              "上海 2023 铁拳第七批 (蘭畔心選: 常吃抗幽菌、远离牙周病), 市说新语/中消协 提示 "
              "(保健食品不是药物，不能代替药物治疗疾病), 消法 第二十五条 and "
              "七日无理由退货暂行办法, viewers' 弹幕 questions",
        render=True, targets=family_targets, pages=pages, assets=assets,
        registry=tuple(s.filed for s in sellers))
