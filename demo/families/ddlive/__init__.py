"""Family `ddlive` (sealed, eighth batch): 多多直播 / 美团直播 rooms with a recycled chat list.

Pages are written front to back with a context-manager writer (`writer.py`); `ddv-`
classes. A room page holds a title bar, the platform's 直播公告, a 口播 strip (the host's
speech, one line at a time, replaced in place), a pinned slot and the 小黄车 shelf. The chat
is a virtualised list (in 美团直播's rooms, inside a same-origin `<iframe>` of its own
page, `chat.html`): `ddroom.js` fetches the room's `feed.tsv` (tab-separated lines:
offset ms, seat, name, words) and shows it in a pool of 20 row elements that are reused as
lines scroll, so at most 20 chat rows exist at any time; older lines come back only when
the list is scrolled up. A row names its speaker by structure: `data-seat` (1 platform,
2 host, 3 the host's 助理, 4 a viewer), a tone class, an aria-label and a text chip.
The room's 进店 link leads to 店铺资质 (the licence, a franchisor's beside it, or none).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from demo.families.corpus import (
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
from demo.families.ddlive.writer import Doc

ROOT = "/f/ddlive"
HERE = Path(__file__).resolve().parent
SLUGS = {"多多直播": "duoduo", "美团直播": "mtlive"}
BULLETINS = {
    "多多直播": "【直播公告】多多直播提醒您：请通过直播间商品链接下单，任何要求添加私人联系方式、"
              "站外转账的行为均可能是诈骗，请立即举报。",
    "美团直播": "【平台提示】美团直播间仅支持平台内购买团购券与商品，切勿私下加好友或扫码付款。",
}
FRAMED = frozenset({"美团直播"})  # platforms whose room embeds its chat as an iframe
SEATS = ("sys", "host", "aide", "fan", "voice", "pin")


@dataclass(frozen=True)
class Line:
    """One feed line: `seat` sys / host / aide / fan (chat), voice (口播 strip) or pin."""

    at: int
    seat: str
    who: str
    words: Said | str


@dataclass(frozen=True)
class Room:
    """One room and its shop. cert: "page" (licence on 店铺资质) or "none" (no shop link)."""

    tid: str
    slug: str
    platform: str
    title: str
    host: str
    shop_name: str
    reg: Registered
    category: str
    shown: Shown | None
    lines: tuple[Line, ...]
    shelf: tuple[tuple[str, str], ...] = ()
    cert: str = "page"
    permit: str = ""
    filing: str = ""
    other: tuple[str, Said] | None = None  # a third party's licence shown beside (heading, text)
    status: str = "存续"
    status_date: str = ""
    note: str = ""

    @property
    def path(self) -> str:
        return f"/{SLUGS[self.platform]}/{self.slug}/"

    @property
    def filed(self) -> Filed:
        return Filed(self.reg, self.status, self.status_date)

    @property
    def framed(self) -> bool:
        """True when the chat list lives in a same-origin iframe (美团直播's rooms)."""
        return self.platform in FRAMED


def words_of(w: Said | str) -> str:
    """The text of a piece of wording."""
    return w.text if isinstance(w, Said) else w


def _head(doc: Doc, title: str) -> None:
    with doc.tag("head"):
        doc.leaf("meta", charset="utf-8")
        doc.leaf("meta", name="viewport", content="width=device-width,initial-scale=1")
        doc.leaf("title", title)
        doc.leaf("link", rel="stylesheet", href=f"{ROOT}/ddroom.css")


def _chat(doc: Doc, r: Room) -> None:
    """The chat list's empty shell: ddroom.js fills it with recycled rows."""
    with doc.tag("div", cls="ddv-chat", data_ddv_feed=f"{ROOT}{r.path}feed.tsv"), \
            doc.tag("div", cls="ddv-scroller", role="log", aria_label="直播间互动"):
        doc.leaf("div", "", cls="ddv-spacer")


def _chat_frame(r: Room) -> bytes:
    """The same-origin page a framed room embeds: the chat list and its player."""
    doc = Doc()
    with doc.tag("html", lang="zh-CN"):
        _head(doc, "直播间互动")
        with doc.tag("body", cls="ddv-framebody"):
            _chat(doc, r)
            doc.script(f"{ROOT}/ddroom.js")
    return doc.bytes()


def _room_page(r: Room) -> Page:
    doc = Doc()
    with doc.tag("html", lang="zh-CN"):
        _head(doc, r.title)
        with doc.tag("body", cls="ddv-room"), doc.tag("div", cls="ddv-frame"):
            with doc.tag("header", cls="ddv-bar"):
                doc.leaf("h1", r.title, cls="ddv-title")
                doc.leaf("span", f"{r.host} · {r.shop_name}", cls="ddv-host")
                if r.cert == "none":
                    doc.leaf("button", "+ 关注", cls="ddv-follow", type="button")
                else:
                    doc.leaf("a", "进店看看", cls="ddv-enter", href=f"{ROOT}{r.path}shop.html")
            doc.leaf("p", BULLETINS[r.platform], cls="ddv-bulletin", role="note")
            with doc.tag("section", cls="ddv-screen", aria_label="直播画面"):
                doc.leaf("div", "LIVE", cls="ddv-live-mark")
                doc.leaf("p", "", cls="ddv-voice", aria_live="polite", data_role="口播")
            with doc.tag("div", cls="ddv-pinned", hidden=True):
                doc.leaf("i", "置顶", cls="ddv-pin-mark")
                doc.leaf("span", "", cls="ddv-pin-words")
            if r.framed:
                doc.leaf("iframe", "", cls="ddv-chatframe", src=f"{ROOT}{r.path}chat.html",
                         title="直播间互动")
            else:
                _chat(doc, r)
            with doc.tag("ul", cls="ddv-shelf", aria_label="小黄车"):
                for k, (name, price) in enumerate(r.shelf, 1):
                    with doc.tag("li", cls="ddv-good"):
                        doc.leaf("i", str(k), cls="ddv-good-no")
                        doc.leaf("span", name, cls="ddv-good-name")
                        doc.leaf("b", f"¥{price}", cls="ddv-good-price")
        if not r.framed:
            doc.script(f"{ROOT}/ddroom.js")
    labels = labels_of(line.words for line in r.lines)
    labels.append(Label("decoy", "live.offplatform_lure",
                         f"{r.platform}'s own bulletin and 系统 lines warn against private deals"))
    if r.cert == "none":
        labels.append(Label("violation", "licence.missing",
                             "the room links no shop and shows no licence or exemption anywhere"))
    return Page(r.path, "home", doc.bytes(), tuple(labels))


def _cert_rows(shown: Shown, permit: str, filing: str) -> list[tuple[str, str]]:
    person = "经营者姓名" if "个体" in shown.kind else "法定代表人"
    rows = [("名称", shown.name), ("统一社会信用代码", shown.uscc), ("主体类型", shown.kind),
            (person, shown.person), ("住所/经营场所", shown.address), ("成立日期", shown.founded)]
    if permit:
        rows.append(("食品经营许可证编号", permit))
    if filing:
        rows.append(("仅销售预包装食品备案", filing))
    return rows


def _shop_page(r: Room) -> Page:
    doc = Doc()
    labels: list[Label] = []
    with doc.tag("html", lang="zh-CN"):
        _head(doc, f"{r.shop_name} · 店铺资质")
        with doc.tag("body", cls="ddv-shop"):
            doc.leaf("a", "‹ 回到直播间", cls="ddv-back", href=f"{ROOT}{r.path}")
            doc.leaf("h1", r.shop_name, cls="ddv-shop-name")
            if r.shown is not None:
                with doc.tag("section", cls="ddv-papers", aria_label="营业执照信息"):
                    doc.leaf("h2", "营业执照信息", cls="ddv-papers-title")
                    with doc.tag("table", cls="ddv-papers-grid"):
                        for key, value in _cert_rows(r.shown, r.permit, r.filing):
                            with doc.tag("tr"):
                                doc.leaf("th", key)
                                doc.leaf("td", value)
                labels += licence_labels(r.shown, r.reg, r.shop_name)
                labels += registry_labels(r.shown, r.filed, r.shop_name)
            if r.other is not None:
                heading, said = r.other
                with doc.tag("section", cls="ddv-partner"):
                    doc.leaf("h3", heading, cls="ddv-partner-title")
                    doc.leaf("p", said.text, cls="ddv-partner-text")
                labels += labels_of([said])
            doc.leaf("p", "以上信息由商家提供，平台已核验。", cls="ddv-shop-foot")
    labels += permit_labels(r.category, r.permit, r.filing)
    return Page(r.path + "shop.html", "licence", doc.bytes(), tuple(labels))


def feed_text(r: Room) -> bytes:
    """The room's feed.tsv: one line per event, sorted by offset."""
    rows = [(150, "sys", "", BULLETINS[r.platform])]
    rows += [(line.at, line.seat, line.who, words_of(line.words)) for line in r.lines]
    for _, seat, _, text in rows:
        if seat not in SEATS or "\t" in text or "\n" in text:
            raise ValueError(f"{r.tid}: bad feed line {seat} {text!r}")
    rows.sort(key=lambda row: row[0])
    return "".join(f"{at}\t{seat}\t{who}\t{text}\n" for at, seat, who, text in rows).encode()


def pages_of(r: Room) -> tuple[list[Page], dict[str, tuple[bytes, str]]]:
    """A room's pages (room, 店铺资质 unless it has none) and its feed."""
    pages = [_room_page(r)]
    if r.cert != "none":
        pages.append(_shop_page(r))
    assets = {r.path + "feed.tsv": (feed_text(r), "text/tab-separated-values; charset=utf-8")}
    if r.framed:
        assets[r.path + "chat.html"] = (_chat_frame(r), "text/html; charset=utf-8")
    return pages, assets


def build() -> Family:
    """The ddlive family: every room, its feed, the shared player and its style sheet."""
    from demo.families.ddlive.rooms import EXTRA, ROOMS

    shared = {"/ddroom.js": ((HERE / "ddroom.js").read_bytes(), "text/javascript"),
              "/ddroom.css": ((HERE / "ddroom.css").read_bytes(), "text/css")}
    pages, assets = collect(ROOMS, pages_of, shared)
    targets = tuple(Target(r.tid, r.platform, "livestream", r.path, r.shop_name, r.reg.name,
                           r.reg.uscc, r.reg.uscc[2:8], r.category, r.note) for r in ROOMS)
    return Family(
        "ddlive", "多多直播 / 美团直播间（弹幕为回收复用的虚拟列表）",
        "a context-manager HTML writer (with doc.tag(...)); the chat is a virtualised list of "
        "20 recycled rows filled by ddroom.js from a tab-separated feed (美团直播: inside a "
        "same-origin iframe); ddv- classes",
        "hosts' 口播 in a one-line strip, 助理 pins and lines, viewers' questions, 系统 notices, "
        "小黄车 goods; licence on 店铺资质 (a franchisor's licence beside one), or no shop at all",
        True, targets, pages, assets, (*(r.filed for r in ROOMS), *EXTRA))
