"""Family `mengchong` (sealed, eighth batch): 宠物用品 shops on 淘宝, 拼多多 and 抖音小店.

Pages are outlines (`outline.py`): lists of element paths with the text at their ends,
merged into a tree; `mc-` classes. A shop has a home page (店铺公告, 宠物分类, goods), a
商品详情 page for its lead product (卖点, 成分, 售后说明) and a 店铺资质 page. Pet trade
sensitivities: 宠物食品 is feed, not food (no 食品经营许可证), but a shop that also sells
people's snacks needs one; 活体 (live fish) are 鲜活 goods; pet shampoo may not claim to
cure disease; 拆封不退 on pet food is a refusal unless the buyer confirmed it at checkout.
"""

from __future__ import annotations

from dataclasses import dataclass

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
from demo.families.mengchong.outline import Entry, render

ROOT = "/f/mengchong"
SLUGS = {"淘宝": "taobao", "拼多多": "pdd", "抖音小店": "douyin"}
CERT_TITLES = {"淘宝": "店铺资质", "拼多多": "店铺资质信息", "抖音小店": "商家资质"}


@dataclass(frozen=True)
class Shop:
    """One pet shop. cert: "page" (licence on its 资质 page), "none" (资质 page says 暂无)."""

    tid: str
    slug: str
    platform: str
    shop_name: str
    reg: Registered
    category: str
    shown: Shown | None
    bulletin: tuple[Said | str, ...]
    goods: tuple[tuple[str, str, Said | str], ...]
    lead: str  # the lead product's title
    selling: tuple[Said | str, ...]  # 卖点 and 详情
    after: tuple[Said | str, ...]  # 售后说明
    cert: str = "page"
    permit: str = ""
    feed_note: str = ""  # a decoy note: pet food sold, needing no food permit
    beside: tuple[str, Said] | None = None  # a third party's papers on the 资质 page
    status: str = "存续"
    status_date: str = ""
    note: str = ""

    @property
    def path(self) -> str:
        return f"/{SLUGS[self.platform]}/{self.slug}/"

    @property
    def filed(self) -> Filed:
        return Filed(self.reg, self.status, self.status_date)


def _t(w: Said | str) -> str:
    return w.text if isinstance(w, Said) else w


def _top(s: Shop) -> list[Entry]:
    return [("body.mc-store/header.mc-bar/b.mc-bar-name", s.shop_name),
            ("body.mc-store/header.mc-bar/span.mc-bar-where", s.platform),
            ("body.mc-store/header.mc-bar/a.mc-bar-cert", CERT_TITLES[s.platform],
             {"href": f"{ROOT}{s.path}zizhi.html"})]


def _home(s: Shop) -> Page:
    e = _top(s)
    e.append(("body.mc-store/section.mc-board/h2.mc-board-title", "店铺公告"))
    e += [(f"body.mc-store/section.mc-board/p.mc-board-line@{k}", _t(w))
          for k, w in enumerate(s.bulletin)]
    e.append(("body.mc-store/nav.mc-kinds/span.mc-kind@a", "猫咪"))
    e.append(("body.mc-store/nav.mc-kinds/span.mc-kind@b", "狗狗"))
    e.append(("body.mc-store/nav.mc-kinds/span.mc-kind@c", "小宠水族"))
    for k, (name, price, blurb) in enumerate(s.goods):
        item = f"body.mc-store/main.mc-shelf/div.mc-tile@{k}"
        href = {"href": f"{ROOT}{s.path}item.html"} if k == 0 else {}
        e += [(f"{item}/a.mc-tile-name", name, href), (f"{item}/em.mc-tile-price", f"¥{price}"),
              (f"{item}/p.mc-tile-blurb", _t(blurb))]
    labels = labels_of([*s.bulletin, *(b for _, _, b in s.goods)])
    return Page(s.path, "home", render(s.shop_name, e), tuple(labels))


def _item(s: Shop) -> Page:
    e = _top(s)
    e.append(("body.mc-store/article.mc-detail/h1.mc-detail-title", s.lead))
    e += [(f"body.mc-store/article.mc-detail/section.mc-points/p.mc-point@{k}", _t(w))
          for k, w in enumerate(s.selling)]
    e.append(("body.mc-store/article.mc-detail/section.mc-service/h2.mc-service-title", "售后说明"))
    e += [(f"body.mc-store/article.mc-detail/section.mc-service/p.mc-service-line@{k}", _t(w))
          for k, w in enumerate(s.after)]
    return Page(s.path + "item.html", "item", render(f"{s.lead} - {s.shop_name}", e),
                tuple(labels_of([*s.selling, *s.after])))


def _cert(s: Shop) -> Page:
    e = _top(s)
    box = "body.mc-store/section.mc-papers"
    e.append((f"{box}/h1.mc-papers-title", CERT_TITLES[s.platform]))
    labels: list[Label] = []
    if s.cert == "none" or s.shown is None:
        e.append((f"{box}/p.mc-papers-none", "暂无资质信息"))
        labels.append(Label("violation", "licence.missing",
                            "the shop's 资质 page says 暂无资质信息: no licence is displayed"))
    else:
        sh = s.shown
        person = "经营者" if "个体" in sh.kind else "法定代表人"
        rows = [("企业名称", sh.name), ("统一社会信用代码", sh.uscc), ("企业类型", sh.kind),
                (person, sh.person), ("注册地址", sh.address), ("成立时间", sh.founded)]
        if s.permit:
            rows.append(("食品经营许可证", s.permit))
        for k, (key, value) in enumerate(rows):
            e += [(f"{box}/ul.mc-papers-rows/li@{k}/span.mc-key", key),
                  (f"{box}/ul.mc-papers-rows/li@{k}/span.mc-val", value)]
        labels += licence_labels(s.shown, s.reg, s.shop_name)
        labels += registry_labels(s.shown, s.filed, s.shop_name)
    if s.beside is not None:
        heading, said = s.beside
        e += [(f"{box}/div.mc-papers-more/h2", heading), (f"{box}/div.mc-papers-more/p", said.text)]
        labels += labels_of([said])
    labels += permit_labels(s.category, s.permit)
    if s.feed_note:
        labels.append(Label("decoy", "permit.food_missing", s.feed_note))
    return Page(s.path + "zizhi.html", "licence", render(CERT_TITLES[s.platform], e),
                tuple(labels))


def pages_of(s: Shop) -> tuple[list[Page], dict[str, tuple[bytes, str]]]:
    """A shop's home, lead item and 资质 pages."""
    return [_home(s), _item(s), _cert(s)], {}


def build() -> Family:
    """The mengchong family: every pet shop's pages."""
    from demo.families.mengchong.shops import EXTRA, SHOPS

    pages, assets = collect(SHOPS, pages_of)
    targets = tuple(Target(s.tid, s.platform, "storefront", s.path, s.shop_name, s.reg.name,
                           s.reg.uscc, s.reg.uscc[2:8], s.category, s.note) for s in SHOPS)
    return Family(
        "mengchong", "宠物用品店（淘宝 / 拼多多 / 抖音小店）",
        "outlines of element paths with text at their ends (`body.mc-store/main/div@1/a`), "
        "merged into a tree and serialised; mc- classes",
        "pet shops' own copy: 店铺公告, 卖点, 成分, 售后说明 for 猫粮, 猫砂, 洗护, 活体观赏鱼, "
        "宠物零食 and people's snacks, a factory's 授权书 on the 资质 page",
        False, targets, pages, assets, (*(s.filed for s in SHOPS), *EXTRA))
