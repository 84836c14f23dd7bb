"""hxlive: live rooms whose chat arrives as server-rendered HTML fragments, htmx style.

Why a new kind: earlier rooms get their chat as data (JSON polls, SSE, WebSocket frames,
JSONP, NDJSON over BroadcastChannel, a WebVTT track, packed binary) and draw it with a script.
Here the server renders the chat: the room's `<ol>` holds one sentinel `<li hx-get=chat/0.html
hx-trigger=load hx-swap=outerHTML>`; hx.js (a tiny htmx-like loader) fetches it, and the answer
is ready HTML rows plus the sentinel for the next fragment, so the chat grows by swaps. The
host's spoken words (口播) are not chat rows: a fragment carries them as an out-of-band element
(`<p id=hxr-cap hx-swap-oob=true>`) that replaces the caption strip in place, so each sentence
is on the page only until the next; the 置顶 pin arrives the same way; the viewer count polls
`hx-trigger="every 1s"`. A speaker's role is only a one-character `<abbr title=…>` tag (播, 助,
控, 客, 系) before the nick. Pages are written by XSLT (`room.xsl`, lxml) from an XML data
document per room; `hxr-` classes; the shop's 店铺资质 page is behind 店铺 · 小黄车, judged
against the family's registry extract (registry.csv).
"""

from __future__ import annotations

from pathlib import Path

from lxml import etree

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
from demo.families.sellerbook import Seller, load, saids, targets, verdict

ROOT = "/f/hxlive"
HERE = Path(__file__).parent
DATA = HERE / "rooms.yaml"
XSLT = etree.XSLT(etree.parse(str(HERE / "room.xsl")))
ROLES = {"主播": ("主播", "播", "host"), "助播": ("助播", "助", "staff"),
         "场控": ("场控", "控", "staff"), "观众": ("观众", "客", "viewer"),
         "平台": ("系统消息", "系", "sys")}
VIEWERS = ("芝罘区小王", "牟平大姐", "莱阳梨花", "福山老张", "开发区阿杰", "长岛看海",
           "栖霞果农二哥", "yt打工人", "海阳沙滩", "龙口小龙")
PER_FRAGMENT = 3
HTML = "text/html; charset=utf-8"


def _render(doc: etree._Element) -> etree._XSLTResultTree:
    return XSLT(etree.ElementTree(doc), root=etree.XSLT.strparam(ROOT))


def _page(doc: etree._Element) -> bytes:
    return b"<!DOCTYPE html>\n" + etree.tostring(_render(doc).getroot(), method="html",
                                                  encoding="utf-8")


def _fragment(doc: etree._Element) -> bytes:
    wrapper = _render(doc).getroot()
    return "".join(etree.tostring(c, method="html", encoding="unicode")
                   for c in wrapper).encode()


def _nick(seller: Seller, said: Said, j: int) -> str:
    if said.who in ("主播", "口播"):
        return str(seller.extra["host"])
    if said.who in ("助播", "场控"):
        return f"{seller.extra['host']}家{said.who}"
    if said.who == "平台":
        return "直播间管理"
    return VIEWERS[(j * 3 + len(seller.key)) % len(VIEWERS)]


def _pin(seller: Seller) -> Said | None:
    got = saids([seller.extra["pin"]]) if seller.extra.get("pin") else ()
    return got[0] if got else None


def fragments(seller: Seller) -> list[bytes]:
    """The room's chat fragments: rows, the 口播 caption and the pin out of band, a sentinel."""
    chunks: list[list[Said]] = [[]]
    for said in seller.feed:  # at most one 口播 per fragment: each caption stays until the next
        full = len(chunks[-1]) == PER_FRAGMENT
        if full or (said.who == "口播" and any(s.who == "口播" for s in chunks[-1])):
            chunks.append([])
        chunks[-1].append(said)
    out = []
    for n, chunk in enumerate(chunks):
        frag = etree.Element("frag", key=seller.key)
        if n + 1 < len(chunks):
            frag.set("next", str(n + 1))
        pin = _pin(seller)
        if n == 0 and pin is not None:
            etree.SubElement(frag, "pin").text = pin.text
        for j, said in enumerate(chunk, n * PER_FRAGMENT):  # j: a viewer's nick
            if said.who == "口播":
                etree.SubElement(frag, "cap").text = said.text
                continue
            title, short, tone = ROLES[said.who]
            line = etree.SubElement(frag, "line", role=title, short=short, tone=tone,
                                    nick=_nick(seller, said, j))
            line.text = said.text
        out.append(_fragment(frag))
    return out


def _room(seller: Seller) -> Page:
    doc = etree.Element("room", key=seller.key, title=str(seller.extra["title"]),
                        host=str(seller.extra["host"]))
    pin = _pin(seller)
    labels = labels_of((*seller.feed, *((pin,) if pin else ())))
    return Page(f"/hx/{seller.key}/", "home", _page(doc), tuple(labels))


def _party(seller: Seller) -> tuple[str, Filed] | None:
    p = seller.extra.get("party")
    if not p:
        return None
    code = code_for(f"hxlive/{seller.key}-party", p["division"])
    reg = Registered(p["name"], code, "有限责任公司（自然人投资或控股）", p["person"], p["address"],
                     p["founded"])
    return f"{p['role']}：{p['name']}（统一社会信用代码 {code}）", Filed(reg)


def _shop(seller: Seller) -> Page:
    doc = etree.Element("shop", key=seller.key, name=seller.shop_name,
                        empty=str(seller.extra.get("empty", "店铺资质信息完善中")))
    s = seller.shown
    labels: list[Label] = []
    if s is not None:
        for k, v in (("主体名称", s.name), ("统一社会信用代码", s.uscc), ("主体类型", s.kind),
                     ("经营者/法定代表人", s.person), ("住所", s.address), ("成立日期", s.founded)):
            etree.SubElement(doc, "field", k=k).text = v
        labels += verdict(seller, s, "on the shop page behind the room's 店铺 · 小黄车 link")
    else:
        labels.append(Label("violation", "licence.missing",
                            "the shop page behind the room shows no licence ("
                            f"{seller.extra.get('empty', '店铺资质信息完善中')})"))
        labels += permit_labels(seller.category, seller.permit, seller.filing)
    if seller.permit:
        etree.SubElement(doc, "field", k="食品经营许可证").text = seller.permit
    party = _party(seller)
    if party is not None:
        etree.SubElement(doc, "party").text = party[0]
        labels.append(Label("decoy", "licence.mismatch",
                            f"another party's licence beside the seller's ({party[1].reg.name})"))
    said: list[Said] = []
    for item in seller.items:
        good = etree.SubElement(doc, "good", name=item.name, price=item.price)
        for w in (*item.words, *item.reviews):
            etree.SubElement(good, "say").text = w.text
            said.append(w)
    labels += labels_of(said)
    return Page(f"/hx/{seller.key}/shop.html", "licence", _page(doc), tuple(labels))


def room_files(seller: Seller) -> tuple[list[Page], Assets]:
    """A room and its shop page; the room's chat fragments and its viewer count."""
    base = f"/hx/{seller.key}/"
    assets: Assets = {f"{base}chat/{n}.html": (body, HTML)
                      for n, body in enumerate(fragments(seller))}
    assets[f"{base}stat.html"] = (f"在线 {seller.extra.get('online', '3.1万')}".encode(), HTML)
    return [_room(seller), _shop(seller)], assets


def build() -> Family:
    """The hxlive family: 10 rooms whose chat is swapped in as server-rendered fragments."""
    sellers = load("hxlive", DATA)
    shared: Assets = {
        "/static/hx.js": ((HERE / "hx.js").read_bytes(), "text/javascript; charset=utf-8"),
        "/static/hxr.css": ((HERE / "hxr.css").read_bytes(), "text/css; charset=utf-8"),
    }
    pages, assets = collect(sellers, room_files, shared)
    parties = [p[1] for p in map(_party, sellers) if p is not None]
    return Family(
        name="hxlive",
        title="直播间：服务端渲染的 HTML 片段（hx-get/hx-trigger/hx-swap），"
              "口播经 hx-swap-oob 原地替换",
        generator="demo/families/hxlive/room.xsl: XSLT 1.0 (lxml) from an XML data document "
                  "per room; hx.js swaps server-rendered chat fragments (hx-get, hx-trigger "
                  "load/every 1s, hx-swap outerHTML, hx-swap-oob captions); hxr- classes; "
                  "roles as one-character <abbr title>",
        voice="SAMR 第四批直播电商典型案例 (2025-11-28: 太原 老葛商贸 无法证明或夸大的宣传用语; "
              "小鹅通 私域直播 未设疾病预防治疗词库), SAMR 2025-12-19 私域直播虚假宣传典型案例 "
              "(厦门海沧: 抖音账号引流至微信, 固体饮料宣称治胃病), 新华网 2025-04-18 (青岛 "
              "药王秘制膏 医疗用语), 消法 第二十五条; viewers' 弹幕, 场控/助播 lines",
        render=True, targets=targets(sellers, "hx", "livestream", "/hx/{key}/"), pages=pages,
        assets=assets, registry=(*(s.filed for s in sellers), *parties))
