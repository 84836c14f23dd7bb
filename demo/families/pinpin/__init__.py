"""Family `pinpin` (sealed): 拼多多-style storefronts, streamed out through a SAX writer.

Markup is written event by event with `xml.sax.saxutils.XMLGenerator` (`Stream`): no
templates, no tree. Class names are camelCase with a `pin` prefix (`pinMallHead`).
A home page shows the mall head with the platform's own badges (百亿补贴, 品牌认证,
its 热销榜 chip), goods cards with 拼单价 / 单独购买 prices, the seller's 店铺公告 and
客服说明, buyer reviews, and the platform's tip bar. The licence sits in a 店铺详情 tab
panel (hidden until tapped), in a bottom sheet opened by a 查看资质 button, on a separate
资质证照 page, as a photo only, or nowhere; a brand owner's 授权书 may sit beside it.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from xml.sax.saxutils import XMLGenerator

from demo.families.corpus import (
    Assets,
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
from demo.families.pinpin.photo import licence_photo

FAMILY = "pinpin"
ROOT = f"/f/{FAMILY}"
PLATFORM_TIP = Said("平台提示：拼多多不会以任何理由要求您添加微信、QQ或私下转账，"
                    "脱离平台交易将无法获得售后保障。")
PLATFORM_RULE = Said("消费者保障：本商品支持7天无理由退货。平台规则规定，商家不得以“特价商品"
                     "一经售出概不退换”等理由拒绝消费者依法退货。")
CSS = ("body{margin:0;font:14px sans-serif;background:#f4f4f4}.pinSheet[aria-hidden=true],"
       ".pinTabPanel[hidden]{display:none}.pinGoodsCard{display:block;background:#fff;"
       "margin:6px;padding:8px;color:#222;text-decoration:none}.pinPriceLine span{margin-right:"
       "8px}.pinGroupPrice{color:#e02e24;font-weight:bold}.pinBadgeRow span{margin-right:4px;"
       "padding:0 4px;border:1px solid #e02e24}.pinBadgeSubsidy{background:#e02e24;color:#fff}"
       ".pinTipBar{color:#888;font-size:12px;padding:8px}")
# Taps open the 店铺详情 tab panel and the 查看资质 sheet (no < or & : written as SAX text).
TAPS = ("document.addEventListener('click',function(e){var b=e.target.closest('[aria-controls]');"
        "if(!b){return;}var p=document.getElementById(b.getAttribute('aria-controls'));"
        "if(p.hasAttribute('hidden')){p.removeAttribute('hidden');}"
        "else{p.setAttribute('aria-hidden',p.getAttribute('aria-hidden')==='true'?'false':'true');}"
        "});")


@dataclass(frozen=True)
class Goods:
    """One goods card and its detail page: title, group price, solo price, words."""

    gid: str
    title: Said
    group_price: str
    solo_price: str
    sold: str
    detail: tuple[Said, ...] = ()
    reviews: tuple[tuple[str, Said], ...] = ()  # (buyer nick, words)


@dataclass(frozen=True)
class Mall:
    """One 拼多多 shop: registry record, what it displays and where, goods and words."""

    tid: str
    mall: str
    shop_name: str
    reg: Registered
    category: str
    shown: Shown | None
    where: str  # tab | sheet | page | none
    goods: tuple[Goods, ...]
    badges: tuple[str, ...] = ()  # the platform's badges on the mall head
    notice: tuple[Said, ...] = ()  # 店铺公告 / 客服说明 (the seller's words)
    permit: str = ""
    filing: str = ""
    extra: tuple[Said, ...] = ()  # other blocks in the licence area (brand 授权书 ...)
    photo: bool = False  # the licence only as a photo (no text of it on the page)
    note: str = ""


class Stream:
    """HTML written as a stream of SAX events; `el` opens and closes one element."""

    def __init__(self) -> None:
        self.out = io.StringIO()
        self.sax = XMLGenerator(self.out, "utf-8", short_empty_elements=False)

    @contextmanager
    def el(self, tag: str, cls: str = "", **attrs: str) -> Iterator[None]:
        named = {k.rstrip("_").replace("_", "-"): v for k, v in attrs.items()}
        if cls:
            named["class"] = cls
        self.sax.startElement(tag, named)
        yield
        self.sax.endElement(tag)

    def text(self, tag: str, words: str, cls: str = "", **attrs: str) -> None:
        with self.el(tag, cls, **attrs):
            self.sax.characters(words)

    def page(self, title: str) -> bytes:
        head = ('<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8">'
                '<meta name="viewport" content="width=device-width,initial-scale=1">'
                f'<title>{_esc(title)}</title><style>{CSS}</style></head>')
        return (head + self.out.getvalue() + "</html>").encode()


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _licence_rows(s: Stream, m: Mall) -> None:
    if m.shown is None:
        return
    rows = (("企业名称", m.shown.name), ("统一社会信用代码", m.shown.uscc), ("类型", m.shown.kind),
            ("法定代表人", m.shown.person), ("住所", m.shown.address),
            ("成立日期", m.shown.founded))
    s.text("h4", "营业执照信息", "pinQualTitle")
    with s.el("ul", "pinQualList"):
        for key, value in rows:
            with s.el("li", "pinQualRow"):
                s.text("span", key + "：", "pinQualKey")
                s.text("span", value, "pinQualVal")
    if m.permit:
        s.text("h4", "食品经营许可证", "pinQualTitle")
        s.text("p", f"许可证编号：{m.permit}　经营者名称：{m.shown.name}", "pinQualPermit")
    if m.filing:
        s.text("p", m.filing, "pinQualPermit")


def _licence_area(s: Stream, m: Mall) -> None:
    if m.photo:
        s.text("h4", "营业执照", "pinQualTitle")
        with s.el("div", "pinQualPhoto"):
            s.sax.startElement("img", {"class": "pinQualImg", "src": "licence.png",
                                       "alt": "证照图片", "width": "450"})
            s.sax.endElement("img")
    else:
        _licence_rows(s, m)
    for said in m.extra:
        s.text("p", said.text, "pinQualExtra")
    s.text("p", "以上资质信息由商家提供，平台已审核。", "pinQualFoot")


def _goods_card(s: Stream, m: Mall, g: Goods) -> None:
    with s.el("a", "pinGoodsCard", href=f"goods/{g.gid}"):
        s.text("p", g.title.text, "pinGoodsTitle")
        with s.el("div", "pinPriceLine"):
            s.text("span", f"¥{g.group_price}", "pinGroupPrice")
            s.text("span", "2人拼", "pinGroupTag")
            s.text("span", f"单独购买 ¥{g.solo_price}", "pinSoloPrice")
            s.text("span", f"已拼{g.sold}件", "pinSold")


def _home(m: Mall) -> bytes:
    s = Stream()
    with s.el("body", "pinApp"):
        with s.el("header", "pinMallHead"):
            s.text("h1", m.shop_name, "pinMallName")
            with s.el("div", "pinBadgeRow", aria_label="平台标识"):
                for badge in m.badges:
                    cls = "pinBadgeSubsidy" if badge == "百亿补贴" else "pinBadgePlain"
                    s.text("span", badge, cls)
            s.text("span", "店铺粉丝 3.2万 · 已拼 45万+ 件", "pinMallStat")
            if m.where == "sheet":
                s.text("button", "查看资质", "pinQualBtn", type="button",
                       aria_controls=f"q-{m.mall}")
        with s.el("nav", "pinTabs", role="tablist"):
            s.text("button", "首页", "pinTab", role="tab", aria_selected="true")
            s.text("button", "全部商品", "pinTab", role="tab", aria_selected="false")
            s.text("button", "店铺详情", "pinTab", role="tab", aria_selected="false",
                   aria_controls=f"d-{m.mall}")
        if m.notice:
            with s.el("section", "pinNotice"):
                s.text("h3", "店铺公告", "pinNoticeTitle")
                for said in m.notice:
                    s.text("p", said.text, "pinNoticeLine")
        with s.el("section", "pinGoodsGrid"):
            for g in m.goods:
                _goods_card(s, m, g)
        with s.el("section", "pinTabPanel", id=f"d-{m.mall}", role="tabpanel", hidden="hidden",
                  aria_label="店铺详情"):
            s.text("h3", "店铺详情", "pinPanelTitle")
            s.text("p", f"店铺名称：{m.shop_name}　开店时间：3年", "pinPanelLine")
            if m.where == "tab":
                _licence_area(s, m)
            elif m.where == "page":
                s.text("a", "资质证照", "pinQualLink", href="qualification")
            else:
                for said in m.extra:
                    s.text("p", said.text, "pinQualExtra")
        if m.where == "sheet":
            with s.el("div", "pinSheet", id=f"q-{m.mall}", role="dialog", aria_hidden="true",
                      aria_label="店铺资质"):
                s.text("h3", "店铺资质", "pinSheetTitle")
                _licence_area(s, m)
                s.text("button", "关闭", "pinSheetClose", type="button")
        s.text("footer", PLATFORM_TIP.text, "pinTipBar")
        s.text("script", TAPS)
    return s.page(f"{m.shop_name} - 拼多多")


def _goods_page(m: Mall, g: Goods) -> bytes:
    s = Stream()
    with s.el("body", "pinApp pinGoodsPage"):
        with s.el("header", "pinGoodsHead"):
            s.text("h1", g.title.text, "pinGoodsName")
            with s.el("div", "pinPriceLine"):
                s.text("span", f"拼单价 ¥{g.group_price}", "pinGroupPrice")
                s.text("span", f"单买价 ¥{g.solo_price}", "pinSoloPrice")
            s.text("span", "百亿补贴 · 假一赔十 · 退货包运费", "pinServiceChips")
        with s.el("section", "pinDetail"):
            s.text("h3", "商品详情", "pinDetailTitle")
            for said in g.detail:
                s.text("p", said.text, "pinDetailLine")
        with s.el("section", "pinReviews"):
            s.text("h3", f"商品评价({len(g.reviews) * 137})", "pinReviewTitle")
            for nick, said in g.reviews:
                with s.el("div", "pinReview"):
                    s.text("span", nick, "pinReviewer")
                    s.text("span", "已拼单", "pinReviewTag")
                    s.text("p", said.text, "pinReviewWords")
        with s.el("div", "pinBuyBar"):
            s.text("a", f"进店：{m.shop_name}", "pinBuyShop", href=f"{ROOT}/pdd/mall/{m.mall}/")
            s.text("button", "发起拼单", "pinBuyGroup", type="button")
        s.text("p", PLATFORM_RULE.text, "pinRuleBar")
        s.text("footer", PLATFORM_TIP.text, "pinTipBar")
    return s.page(g.title.text)


def _qual_page(m: Mall) -> bytes:
    s = Stream()
    with s.el("body", "pinApp pinQualPage"):
        s.text("h2", f"{m.shop_name} · 资质证照", "pinQualHead")
        _licence_area(s, m)
    return s.page("资质证照")


def _pages(m: Mall) -> list[Page]:
    root = f"/pdd/mall/{m.mall}/"
    where = {"tab": "in the hidden 店铺详情 tab panel", "sheet": "in a bottom sheet opened by "
             "the 查看资质 button"}.get(m.where, "") + (" as a photo only" if m.photo else "")
    licence = licence_labels(m.shown, m.reg, m.shop_name, where)
    licence += permit_labels(m.category, m.permit, m.filing)
    licence += labels_of(m.extra)
    home = labels_of([*m.notice, *(g.title for g in m.goods)])
    if m.shown is None:
        home.append(Label("violation", "licence.missing",
                          "no seller licence in the 店铺详情 tab, no 资质 sheet or page"
                          + (" (only a third party's papers)" if m.extra else "")))
    home.append(Label("decoy", "live.offplatform_lure",
                      "the platform's tip bar quotes 添加微信 / 私下转账 to warn against them"))
    if any("榜" in b for b in m.badges):
        home.append(Label("decoy", "ad.absolute_terms", "the platform's 热销榜第1名 chip in its "
                          "badge row is the platform's ranking, not the seller's claim"))
    pages: list[Page] = []
    if m.where == "page":
        pages.append(Page(root + "qualification", "licence", _qual_page(m), tuple(licence)))
    else:
        home += licence
    pages.insert(0, Page(root, "home", _home(m), tuple(home)))
    for g in m.goods:
        said = [*g.detail, *(r for _, r in g.reviews)]
        rule = Label("decoy", "returns.refused", "the platform's 消费者保障 bar quotes "
                     "一经售出概不退换 as what sellers may not say")
        pages.append(Page(f"{root}goods/{g.gid}", "item", _goods_page(m, g),
                          (*labels_of(said), rule)))
    return pages


def _assets(m: Mall) -> Assets:
    if not (m.photo and m.shown):
        return {}
    return {f"/pdd/mall/{m.mall}/licence.png": (licence_photo(m.shown), "image/png")}


def build() -> Family:
    """The pinpin family: mall homes, goods pages, 资质证照 pages and licence photos."""
    from demo.families.pinpin.malls import MALLS

    targets = tuple(Target(m.tid, "pinduoduo", "storefront", f"/pdd/mall/{m.mall}/",
                           m.shop_name, m.reg.name, m.reg.uscc, m.reg.uscc[2:8], m.category,
                           m.note) for m in MALLS)
    pages, assets = collect(MALLS, lambda m: (_pages(m), _assets(m)))
    return Family(FAMILY, "拼多多式店铺（SAX 事件流输出）",
                  "xml.sax.saxutils.XMLGenerator event stream; camelCase pin- classes; "
                  "licence in a hidden 店铺详情 tab panel, a 查看资质 bottom sheet or a page",
                  "拼多多 mall copy: 百亿补贴/品牌认证 platform badges, 拼单价, 店铺公告, "
                  "客服说明, buyer reviews, platform tip bar, brand 授权书",
                  False, targets, pages, assets)
