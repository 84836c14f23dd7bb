"""duanshi: 短视频带货 pages whose every word comes from a locale dictionary fetched at runtime.

Why a new kind: earlier shops and rooms carry their words in the HTML, in a JSON state, in
attributes, templates or feeds shaped like the page. Here a short-video page (the video's title
and description, the author's pinned comment, the 小黄车 card, comments with a 作者 badge on the
seller's own replies) and its shop's 橱窗 / 店铺资质 page are served as markup of keys only:
every text element is empty with a `data-i18n` key (`v1.desc.0`, `c.v1.3.text`, `lic.v.1`), and
i18n.js fetches the locale dictionary the page names in `<meta name=i18n-src>`
(`i18n/{lang}.json`, one per seller) and fills each element with its entry. None of the words,
nor the licence's fields, is in the served HTML; the dictionary is a flat JSON object whose
entries for all of a seller's pages sit side by side. Pages are trees of frozen dataclasses
written by one reflective serializer (`dom.py`); `dsv-` kebab classes named after the
component; each seller is judged against the family's registry extract (registry.csv).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

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
from demo.families.duanshi.dom import (
    AuthorBadge,
    Body,
    Box,
    Caption,
    CartCard,
    Comment,
    CommentList,
    Component,
    Facts,
    Head,
    Heading,
    Link,
    Meta,
    PageTitle,
    Para,
    PinnedComment,
    Player,
    Script,
    Sheet,
    Term,
    Value,
    VideoTitle,
    Words,
    document,
)
from demo.families.sellerbook import Seller, load, saids, targets, verdict

ROOT = "/f/duanshi"
HERE = Path(__file__).parent
DATA = HERE / "videos.yaml"
VIEWERS = ("芝罘小鱼", "福山果果", "牟平老于", "蓬莱小仙", "莱州大石", "龙口粉条",
           "招远金子", "海阳阿浪", "栖霞苹果", "开发区小赵", "高新区阿宁")


class Book:
    """A seller's locale dictionary, filled as the pages are built."""

    def __init__(self) -> None:
        self.words: dict[str, str] = {"badge.author": "作者", "badge.pin": "置顶",
                                      "cart.label": "小黄车", "nav.shop": "进入橱窗",
                                      "nav.back": "返回视频"}

    def put(self, k: str, text: str) -> str:
        self.words[k] = text
        return k


def _head(book: Book, seller: Seller, k: str, title: str) -> Head:
    return Head((Meta(charset="utf-8"), PageTitle(book.put(k, title)),
                 Meta(name="viewport", content="width=device-width,initial-scale=1"),
                 Meta(name="i18n-src", content=f"{ROOT}/ds/{seller.key}/i18n/{{lang}}.json"),
                 Sheet(href=ROOT + "/static/dsv.css"),
                 Script(src=ROOT + "/static/i18n.js")))


def _viewer(seller: Seller, n: int) -> str:
    return VIEWERS[(n * 7 + len(seller.key)) % len(VIEWERS)]


def _comment(book: Book, seller: Seller, v: str, n: int, said: Said) -> Component:
    mine = said.who == "作者"
    nick = str(seller.extra["author"]) if mine else (
        "抖音小助手" if said.who == "平台" else _viewer(seller, n))
    parts: list[Component] = [Words(book.put(f"c.{v}.{n}.nick", nick))]
    if mine:
        parts.append(AuthorBadge("badge.author"))
    parts.append(Para(book.put(f"c.{v}.{n}.text", said.text)))
    return Comment(n=str(n), author=mine, children=tuple(parts))


def _video(book: Book, seller: Seller, v: str, spec: dict[str, Any]) -> tuple[bytes, list[Said]]:
    base = f"{ROOT}/ds/{seller.key}/"
    desc, feed = spec["home"], spec["feed"]
    pin: tuple[Said, ...] = spec["pin"]
    said: list[Said] = [*desc, *feed, *pin]
    caption = Caption((VideoTitle(book.put(f"{v}.title", spec["title"])),
                       *(Para(book.put(f"{v}.desc.{i}", s.text)) for i, s in enumerate(desc))))
    item = seller.items[0] if seller.items else None
    cart: list[Component] = []
    if item is not None:
        cart = [CartCard(href=base + "dian.html", children=(
            Words("cart.label"), Words(book.put(f"cart.{v}.name", item.name)),
            Words(book.put(f"cart.{v}.price", item.price))))]
    comments: list[Component] = []
    for s in pin:
        comments.append(PinnedComment(author=True, children=(
            Words(book.put(f"pin.{v}.nick", str(seller.extra["author"]))),
            AuthorBadge("badge.author"), Words("badge.pin"),
            Para(book.put(f"pin.{v}.text", s.text)))))
    comments += [_comment(book, seller, v, n, s) for n, s in enumerate(feed, 1)]
    links: list[Component] = [Link(href=base + "dian.html", k="nav.shop")]
    if v == "v1" and seller.extra.get("v2"):
        links.append(Link(href=base + "v2.html", k=book.put("nav.next", "下一个视频")))
    body = Body(view="video", children=(
        Player(poster=ROOT + "/static/dsv-poster.svg", children=(caption,)), *cart,
        Box(role="region", label="comments", children=(
            Heading(book.put(f"{v}.comments", f"评论 {len(feed) + len(pin)}")),
            CommentList(tuple(comments)))),
        Box(role="navigation", children=tuple(links))))
    return document("zh-CN", _head(book, seller, f"page.{v}", spec["title"]), body), said


def _party(seller: Seller) -> tuple[str, Filed] | None:
    p = seller.extra.get("party")
    if not p:
        return None
    code = code_for(f"duanshi/{seller.key}-party", p["division"])
    reg = Registered(p["name"], code, "有限责任公司（自然人投资或控股）", p["person"], p["address"],
                     p["founded"])
    return f"{p['role']}：{p['name']}，统一社会信用代码 {code}", Filed(reg)


def _predecessor(seller: Seller) -> tuple[str, Filed] | None:
    """A former entity the 店铺资质 page tells of, 注销 in the registry."""
    p = seller.extra.get("predecessor")
    if not p:
        return None
    category = "2" if p["kind"] == "个体工商户" else "1"
    code = code_for(f"duanshi/{seller.key}-before", p["division"], category)
    reg = Registered(p["name"], code, p["kind"], p["person"], p["address"], p["founded"])
    text = (f"本店原经营主体{p['name']}（统一社会信用代码 {code}）已于{p['status_date']}注销，"
            f"现由{seller.reg.name}经营。")
    return text, Filed(reg, "注销", p["status_date"])


def _shop(book: Book, seller: Seller) -> tuple[bytes, list[Label]]:
    s = seller.shown
    labels: list[Label] = []
    rows: list[tuple[str, str]] = []
    if s is not None:
        rows = [("企业名称", s.name), ("统一社会信用代码", s.uscc), ("类型", s.kind),
                ("法定代表人/经营者", s.person), ("住所", s.address), ("成立日期", s.founded)]
        labels += verdict(seller, s, "on the 橱窗's 店铺资质 page, its words only in the locale "
                                     "dictionary")
    else:
        labels.append(Label("violation", "licence.missing",
                            "the 橱窗 page shows no licence ("
                            f"{seller.extra.get('empty', '资质信息审核中')})"))
        labels += permit_labels(seller.category, seller.permit, seller.filing)
    if seller.permit:
        rows.append(("食品经营许可证", seller.permit))
    facts: list[Component] = []
    for i, (k, v) in enumerate(rows):
        facts += [Term(book.put(f"lic.k.{i}", k)), Value(book.put(f"lic.v.{i}", v))]
    lic: list[Component] = [Facts(tuple(facts))] if facts else [
        Para(book.put("lic.empty", str(seller.extra.get("empty", "资质信息审核中"))))]
    party = _party(seller)
    if party is not None:
        lic.append(Para(book.put("lic.party", party[0])))
        labels.append(Label("decoy", "licence.mismatch",
                            f"another party's code beside the seller's ({party[1].reg.name})"))
    gone = _predecessor(seller)
    if gone is not None:
        lic.append(Para(book.put("lic.before", gone[0])))
        labels.append(Label("decoy", "licence.deregistered",
                            f"the page tells of a 注销 predecessor ({gone[1].reg.name}); the "
                            "licence shown is the successor's, which exists"))
    goods: list[Component] = []
    said: list[Said] = []
    for i, item in enumerate(seller.items):
        goods.append(Heading(book.put(f"goods.{i}.name", f"{item.name} {item.price}")))
        for j, w in enumerate((*item.words, *item.reviews)):
            goods.append(Para(book.put(f"goods.{i}.say.{j}", w.text)))
            said.append(w)
    labels += labels_of(said)
    body = Body(view="shop", children=(
        VideoTitle(book.put("shop.name", seller.shop_name)),
        Box(role="region", label="licence", children=(
            Heading(book.put("shop.lic", "店铺资质")), *lic)),
        Box(role="region", label="window", children=(
            Heading(book.put("shop.goods", "橱窗商品")), *goods)),
        Link(href=f"{ROOT}/ds/{seller.key}/", k="nav.back")))
    page = document("zh-CN", _head(book, seller, "page.shop", f"{seller.shop_name} 的橱窗"), body)
    return page, labels


def _spec(seller: Seller, d: dict[str, Any] | None = None) -> dict[str, Any]:
    if d is None:
        pin = saids([seller.extra["pin"]]) if seller.extra.get("pin") else ()
        return {"title": seller.extra["title"], "home": seller.home, "feed": seller.feed,
                "pin": pin}
    return {"title": d["title"], "home": saids(d.get("home")), "feed": saids(d.get("feed")),
            "pin": saids([d["pin"]]) if d.get("pin") else ()}


def video_files(seller: Seller) -> tuple[list[Page], Assets]:
    """A seller's video pages (one or two), its 橱窗 page and its locale dictionary."""
    book = Book()
    base = f"/ds/{seller.key}/"
    v1, said1 = _video(book, seller, "v1", _spec(seller))
    pages = [Page(base, "home", v1, tuple(labels_of(said1)))]
    if seller.extra.get("v2"):
        v2, said2 = _video(book, seller, "v2", _spec(seller, seller.extra["v2"]))
        pages.append(Page(base + "v2.html", "item", v2, tuple(labels_of(said2))))
    shop, labels = _shop(book, seller)
    pages.append(Page(base + "dian.html", "licence", shop, tuple(labels)))
    dictionary = json.dumps(book.words, ensure_ascii=False, indent=1).encode()
    return pages, {base + "i18n/zh-CN.json": (dictionary, "application/json; charset=utf-8")}


_POSTER = ('<svg xmlns="http://www.w3.org/2000/svg" width="360" height="640">'
           '<rect width="360" height="640" fill="#222"/><circle cx="180" cy="320" r="40" '
           'fill="#fe2c55"/></svg>')


def build() -> Family:
    """The duanshi family: 10 sellers' short-video pages filled from locale dictionaries."""
    sellers = load("duanshi", DATA)
    shared: Assets = {
        "/static/i18n.js": ((HERE / "i18n.js").read_bytes(), "text/javascript; charset=utf-8"),
        "/static/dsv.css": ((HERE / "dsv.css").read_bytes(), "text/css; charset=utf-8"),
        "/static/dsv-poster.svg": (_POSTER.encode(), "image/svg+xml"),
    }
    pages, assets = collect(sellers, video_files, shared)
    parties = [p[1] for p in (*map(_party, sellers), *map(_predecessor, sellers))
               if p is not None]
    return Family(
        name="duanshi",
        title="短视频带货：视频标题/描述、作者置顶评论、小黄车、评论区，文字全部来自运行时加载的语言包",
        generator="demo/families/duanshi/dom.py: frozen dataclass components serialized by "
                  "one reflective walker (dataclasses.fields metadata: attr, key, kids); every "
                  "text element empty with a data-i18n key; i18n.js fetches i18n/{lang}.json "
                  "and fills them; dsv- kebab classes",
        voice="SAMR 2025-01-31 十起违法广告典型案例 (杭州青碧: 酸枣仁 普通食品 宣称改善睡眠; "
              "简美 儿童叶黄素 有效预防近视), SAMR 2025-12-19 私域典型案例 (抖音账号将粉丝引流至"
              "微信), 新华网 2025-04-18 (普通果冻 减肥 via fake reviews), 广告法 第九条, "
              "消法 第二十五条; comments with 作者 replies",
        render=True, targets=targets(sellers, "ds", "storefront", "/ds/{key}/"), pages=pages,
        assets=assets, registry=(*(s.filed for s in sellers), *parties))
