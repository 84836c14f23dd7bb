"""Builds every demo page (shop home, licence page, item page, live room) as HTML bytes.

Page style decides where the licence lives: "linked" (a 亮照 entry leading to a
separate licence page), "js"/"js-linked" (body built by JavaScript after ~800 ms)
or "footer" (plain HTML, licence in the footer).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from demo.markup import El, deferred, h, page, script
from demo.model import Item, Licence, Shop
from demo.skins import SKINS, Skin, money

DISTRICTS = {"370602": "山东烟台芝罘区", "370611": "山东烟台福山区", "370612": "山东烟台牟平区",
             "370613": "山东烟台莱山区", "370614": "山东烟台蓬莱区", "370681": "山东龙口",
             "370682": "山东莱阳", "370683": "山东莱州", "370685": "山东招远", "370686": "山东栖霞",
             "370687": "山东海阳", "370671": "山东烟台高新区", "370676": "山东烟台开发区"}
STYLES = ("linked", "js", "js-linked", "footer")
PENDING = ("营业执照信息审核中，暂未公示", "执照审核中，请耐心等待", "资质信息正在审核，暂未公示",
           "证照信息上传中……")


@dataclass(frozen=True)
class Ctx:
    """Where and when a page is served: the day (1..8) and how links carry it."""

    day: int
    prefix: str = ""  # "/day/N" when the day came from the path
    query: str = ""  # "?day=N" when it came from the query string

    def url(self, path: str) -> str:
        """A link to another demo page on the same day."""
        return f"{self.prefix}{path}{self.query}"


def _pick(shop: Shop, options: tuple[str, ...] | list[str]) -> str:
    """A deterministic per-shop choice, so wording varies between shops."""
    n = int(hashlib.sha256(shop.target_id.encode()).hexdigest(), 16)
    return options[n % len(options)]


def licence_path(shop: Shop) -> str | None:
    """Path of the shop's separate licence page, or None when it has none."""
    if shop.style in ("linked", "js-linked") and shop.display != "none":
        return shop.root + SKINS[shop.platform].licence_slug
    return None


def page_truth_paths(shop: Shop) -> list[str]:
    """Every HTML page a shop serves: home, licence page (if any) and item pages."""
    licence = licence_path(shop)
    return [shop.root, *([licence] if licence else []),
            *(item_path(shop, it) for it in shop.items)]


def image_path(shop: Shop) -> str:
    """Path of the shop's licence image."""
    return f"{shop.root}img/{shop.image_name}.png"


def item_path(shop: Shop, item: Item) -> str:
    """Path of one item's detail page."""
    return f"{shop.root}item/{item.item_id}"


def _licence_rows(shop: Shop, lic: Licence) -> list[tuple[str, str]]:
    name_label = _pick(shop, ("企业名称", "名称", "公司名称", "主体名称"))
    if lic.individual:
        name_label = "名称"
    rows = [("统一社会信用代码", lic.uscc), (name_label, lic.name), ("类型", lic.entity_type),
            ("经营者" if lic.individual else "法定代表人", lic.person)]
    if lic.capital:
        rows.append(("注册资本", lic.capital))
    rows += [("成立日期", lic.founded), ("经营场所" if lic.individual else "住所", lic.address)]
    if shop.platform in ("jd", "tmall"):
        rows = [rows[1], rows[0], *rows[2:]]
    return rows


def licence_block(shop: Shop, ctx: Ctx, compact: bool = False) -> El:
    """The licence as the shop shows it: text rows, an image, or a pending notice."""
    lic = shop.licence
    if shop.display == "pending" or lic is None:
        return h("div", "zz-info", h("p", "zz-pending", _pick(shop, PENDING)))
    if shop.display == "image":
        img = h("img", {"src": ctx.url(image_path(shop)), "alt": shop.image_alt,
                        "class": "lic-img", "width": "700", "height": "490"})
        cap = h("figcaption", None, shop.image_caption) if shop.image_caption else None
        return h("figure", "zz-figure", img, cap)
    rows = _licence_rows(shop, lic)
    if compact:
        return h("p", "footer-licence", "营业执照：",
                 *(f"{k}：{v}　" for k, v in rows[:4]), f"地址：{lic.address}")
    form = _pick(shop, ("dl", "table", "p"))
    if form == "dl":
        return h("dl", "license-list", *(c for k, v in rows
                                         for c in (h("dt", None, k), h("dd", None, v))))
    if form == "table":
        return h("table", "license-table", *(h("tr", None, h("th", None, k), h("td", None, v))
                                             for k, v in rows))
    return h("div", "license-text", *(h("p", None, f"{k}：{v}") for k, v in rows))


def _permits(shop: Shop) -> El | None:
    lines = []
    if shop.permit:
        lines.append(h("p", "permit", f"食品经营许可证编号：{shop.permit}"))
        lines.append(h("p", "permit-valid", "有效期至：2029年06月30日"))
        if shop.platform == "meituan":
            lines.append(h("p", "grade", "食品安全量化分级：A级（良好）"))
    if shop.food_filing:
        lines.append(h("p", "filing", shop.food_filing))
    return h("div", "permits", *lines) if lines else None


def _entry(shop: Shop, ctx: Ctx) -> El | None:
    path = licence_path(shop)
    if path is None:
        return None
    skin = SKINS[shop.platform]
    return h("a", {"href": ctx.url(path), "class": skin.entry_class}, shop.entry or skin.entry)


def _header(shop: Shop, skin: Skin, ctx: Ctx) -> El:
    home = h("a", {"href": ctx.url(shop.root)}, "首页")
    entry = _entry(shop, ctx) if skin.entry_place == "nav" else None
    nav = h("nav", None, home, h("a", {"href": ctx.url(shop.root) + "#goods"}, "全部宝贝"), entry)
    return h("header", skin.head_class, h("span", "platform", skin.name_zh),
             h("h1", "shop-name", shop.title), nav)


def _footer(shop: Shop, ctx: Ctx, with_licence: bool) -> El:
    skin = SKINS[shop.platform]
    parts: list[El | str | None] = []
    if with_licence and shop.display != "none":
        parts.append(licence_block(shop, ctx, compact=True))
        parts.append(_permits(shop))
    if skin.entry_place == "footer" and shop.kind != "livestream":
        parts.append(h("p", "links", h("a", {"href": ctx.url(shop.root)}, "关于我们"), " | ",
                       _entry(shop, ctx), " | ", "联系客服"))
    parts += [h("p", None, line) for line in shop.footer]
    parts.append(h("p", None, f"© 2026 {skin.name_zh}（演示站点，非真实店铺）"))
    return h("footer", None, *parts)


def _listing(shop: Shop, ctx: Ctx) -> El:
    rows = [(it, it.price_on(ctx.day), it.strike_on(ctx.day), ctx.url(item_path(shop, it)))
            for it in shop.items]
    listing = SKINS[shop.platform].listing(rows)
    return h("section", {"id": "goods"}, h("h2", None, "店铺宝贝"), listing)


def _body(shop: Shop, ctx: Ctx) -> list[El]:
    skin = SKINS[shop.platform]
    aside = _entry(shop, ctx) if skin.entry_place == "aside" else None
    main: list[El | None] = [
        h("aside", "shop-card", h("p", None, f"店铺：{shop.title}"), h("p", None, "服务：正品保障"),
          h("p", None, aside)) if aside else None,
        h("section", "shop-intro", h("h2", None, "店铺介绍"), h("p", None, shop.intro))
        if shop.intro else None,
        h("section", "notice", h("h2", None, "店铺公告"), *(h("p", None, n) for n in shop.notices))
        if shop.notices else None,
        _listing(shop, ctx),
    ]
    if shop.style == "js" and shop.display != "none":
        main.append(h("section", "shop-info", h("h2", None, skin.entry),
                      licence_block(shop, ctx), _permits(shop)))
    return [_header(shop, skin, ctx), h("main", None, *main),
            _footer(shop, ctx, with_licence=shop.style == "footer")]


def home(shop: Shop, ctx: Ctx) -> bytes:
    """The shop home page (or live room for a livestream target)."""
    skin = SKINS[shop.platform]
    title = f"{shop.title} - {skin.name_zh}"
    if shop.kind == "livestream":
        return _live(shop, ctx)
    body = _body(shop, ctx)
    if shop.style in ("js", "js-linked"):
        body = deferred(body, "app", "app-data")
    return page(title, skin.css(), body)


def licence_page(shop: Shop, ctx: Ctx) -> bytes:
    """The separate licence page a 亮照/证照信息 entry leads to."""
    skin = SKINS[shop.platform]
    heading = shop.entry or skin.entry
    unhelpful = shop.display == "image" and "执照" not in shop.image_alt
    hint = h("h3", None, "营业执照电子副本") if unhelpful and not shop.image_caption else None
    body = [_header(shop, skin, ctx),
            h("main", None, h("h2", None, heading), hint, licence_block(shop, ctx),
              _permits(shop),
              h("p", "tip", "以上信息由经营者自行提供，具体以工商部门登记为准。")),
            _footer(shop, ctx, with_licence=False)]
    return page(f"{heading} - {shop.title}", skin.css(), body)


def item_page(shop: Shop, item: Item, ctx: Ctx) -> bytes:
    """One product's detail page, with the price of the requested day."""
    skin = SKINS[shop.platform]
    strike = item.strike_on(ctx.day)
    body = [
        _header(shop, skin, ctx),
        h("main", "detail",
          h("h2", "item-title", item.title),
          h("div", "price-box", h("span", "now", f"¥{money(item.price_on(ctx.day))}"),
            h("span", "was", "划线价 ", h("del", None, f"¥{money(strike)}")) if strike else None),
          h("p", "sell-point", item.blurb) if item.blurb else None,
          h("div", "desc", *(h("p", None, para) for para in item.detail.split("\n") if para)),
          h("table", "params", *(h("tr", None, h("th", None, k), h("td", None, v)) for k, v in (
              ("商品编号", item.item_id), ("店铺", shop.title),
              ("发货地", DISTRICTS[shop.district])))),
          h("p", "sold", f"累计销量 {item.sold}") if item.sold else None),
        _footer(shop, ctx, with_licence=False),
    ]
    return page(f"{item.title} - {shop.title}", skin.css(), body)


_LIVE_JS = """
(function () {
  var lines = ["欢迎新朋友进入直播间", "点赞点起来", "已下单，期待", "主播讲得很清楚",
               "什么时候发货", "1号链接还有吗"];
  var n = 0;
  var timer = setInterval(function () {
    var ul = document.getElementById("chat");
    if (!ul || n >= 12) { clearInterval(timer); return; }
    var li = document.createElement("li");
    var t = document.createElement("time");
    t.textContent = new Date().toLocaleTimeString("zh-CN",
      {hour12: false, timeZone: "Asia/Shanghai"});
    var who = document.createElement("span"); who.className = "nick";
    who.textContent = "用户" + (1000 + n * 37);
    var msg = document.createElement("span"); msg.className = "msg";
    msg.textContent = lines[n % lines.length];
    li.appendChild(t); li.appendChild(who); li.appendChild(msg);
    ul.appendChild(li); n++;
  }, 1500);
})();
"""


def _live(shop: Shop, ctx: Ctx) -> bytes:
    skin = SKINS[shop.platform]
    chat = h("ul", {"class": "chat", "id": "chat"}, *(
        h("li", {"data-time": f"2026-11-28T{hms}+08:00"}, h("time", None, hms),
          h("span", "nick", nick), h("span", "msg", text))
        for hms, nick, text in shop.chat))
    body = [
        h("header", "live-top", h("span", "platform", f"{skin.name_zh}直播"),
          h("h1", "room-title", f"{shop.title} 直播间"),
          h("span", "online", "在线 2.3万"), _entry(shop, ctx)),
        h("main", None,
          h("div", "player", h("p", None, "直播中 LIVE")),
          h("section", "shop-intro", h("p", None, shop.intro)) if shop.intro else None,
          h("section", "notice", *(h("p", None, n) for n in shop.notices))
          if shop.notices else None,
          _listing(shop, ctx),
          h("section", "comments", h("h2", None, "直播间互动"), chat)),
        _footer(shop, ctx, with_licence=shop.style == "footer"),
        script(_LIVE_JS),
    ]
    return page(f"{shop.title}的直播间 - {skin.name_zh}", skin.css(), body)


def index(shops: list[Shop], ctx: Ctx) -> bytes:
    """The demo's landing page: every shop grouped by platform."""
    rows = [h("li", None, h("a", {"href": ctx.url(s.root)}, f"[{SKINS[s.platform].name_zh}] "
                            f"{s.title}"), f"（{s.category}）") for s in shops]
    body = [h("header", None, h("h1", None, "红盾网监 演示商城 Demo marketplace")),
            h("main", None, h("p", None, f"第 {ctx.day} 天（共 8 天价格历史）"),
              h("ul", None, *rows))]
    return page("演示商城", SKINS["other"].css(), body)
