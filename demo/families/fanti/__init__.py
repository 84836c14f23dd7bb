"""fanti: 跨境/港澳 shops of Yantai firms written in 繁體中文 (traditional characters).

Why a new kind: every earlier family is written in simplified characters (a few bilingual
ones add English). Yantai's 跨境电商 firms sell to 香港, 澳門 and 台灣 buyers in traditional
script, with the region's own words: 營業執照 / 統一社會信用代碼 / 法定代表人 on the licence,
食品經營許可證 for food, claims such as 消炎, 治療暗瘡, 排毒 and 頂級, 第一, returns refused as
一經售出，概不退換, and lures in the region's channels (WhatsApp, 轉數快 (FPS) 轉賬, 私訊,
IG). The licence page writes the registered (simplified) name in traditional characters
(煙臺…有限公司): the same entity, not another's name. Pages are compiled from an indented
Pug-like source (`pug.py`), `Fz-` PascalCase classes, served as plain HTML. Each shop is
judged against the family's registry extract (registry.csv).
"""

from __future__ import annotations

from pathlib import Path

from opencc_purepy import OpenCC

from demo.families.codes import normal_name
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
from demo.families.fanti.pug import Source
from demo.families.sellerbook import Seller, load, targets, verdict

ROOT = "/f/fanti"
DATA = Path(__file__).with_name("shops.yaml")
_TC = OpenCC("s2t")
_CSS = ("body{font-family:'PingFang HK','Microsoft JhengHei',sans-serif;margin:0;color:#222}"
        ".Fz-Top{background:#b71c1c;color:#fff;padding:10px 16px}.Fz-Nav a{margin-right:12px}"
        ".Fz-Main{padding:12px 16px}.Fz-Card{border:1px solid #eee;margin:8px 0;padding:8px}"
        ".Fz-Notice{background:#fff8e1;padding:8px}.Fz-Review{color:#555;font-size:13px}"
        ".Fz-Licence th{text-align:left;padding-right:12px;color:#666}"
        ".Fz-Foot{border-top:1px solid #ddd;padding:10px 16px;font-size:12px;color:#888}")
FOOT = Said("跨境網購溫馨提示：請通過平台下單及付款，切勿私下轉賬。",
             decoy="live.offplatform_lure",
             note="the shop's footer warns against paying off the platform")
PLATFORM_TC = {"taobao": "淘寶", "tmall": "天貓國際", "jd": "京東香港", "douyin": "抖音商城",
               "other": "官方網店"}


def tc(text: str) -> str:
    """A simplified registry value written in traditional characters, as the pages show it."""
    return str(_TC.convert(text))


def _frame(seller: Seller, title: str, fill: Source) -> bytes:
    base = f"{ROOT}/tc/{seller.key}/"
    src = Source()
    src.raw(0, "<!DOCTYPE html>")
    src.add(0, "html(lang=zh-Hant-HK)")
    src.add(1, "head")
    src.add(2, "meta(charset=utf-8)")
    src.add(2, "title", title)
    src.raw(2, f"<style>{_CSS}</style>")
    src.add(1, "body")
    src.add(2, "header.Fz-Top")
    src.add(3, "span.Fz-ShopName", seller.shop_name)
    src.add(3, "small.Fz-Platform", PLATFORM_TC[seller.platform])
    src.add(2, "nav.Fz-Nav")
    src.add(3, f"a(href={base})", "店舖首頁")
    for item in seller.items:
        src.add(3, f"a(href={base}{item.slug}.html)", item.name.split(" ")[0])
    if seller.shown is not None:
        src.add(3, f"a(href={base}zizhi.html)", "店舖資質")
    src.add(2, "main.Fz-Main")
    src.lines += ["      " + line for line in fill.lines]
    src.add(2, "footer.Fz-Foot")
    src.text(3, FOOT.text)
    return src.html().encode()


def _home(seller: Seller) -> Page:
    fill = Source()
    if seller.home:
        fill.add(0, "section.Fz-Notice")
        fill.add(1, "h2", "店舖公告")
        for said in seller.home:
            fill.add(1, "p", said.text)
    fill.add(0, "section.Fz-Goods")
    fill.add(1, "h2", "全部商品")
    for item in seller.items:
        fill.add(1, "div.Fz-Card")
        fill.add(2, f"a(href={ROOT}/tc/{seller.key}/{item.slug}.html)", item.name)
        fill.add(2, "span.Fz-Price", item.price)
    labels = labels_of((*seller.home, FOOT))
    if seller.shown is None:
        labels.append(Label("violation", "licence.missing",
                            "no 營業執照 shown anywhere: no 店舖資質 page, none on home or goods"))
        labels += permit_labels(seller.category, seller.permit, seller.filing)
    return Page(f"/tc/{seller.key}/", "home", _frame(seller, seller.shop_name, fill),
                tuple(labels))


def _licence(seller: Seller) -> Page:
    shown = seller.shown
    assert shown is not None
    rows = [("名稱", tc(shown.name)), ("統一社會信用代碼", shown.uscc), ("類型", tc(shown.kind)),
            ("法定代表人", tc(shown.person)), ("住所", tc(shown.address)),
            ("成立日期", shown.founded.replace("-", "年", 1).replace("-", "月") + "日")]
    if seller.permit:
        rows.append(("食品經營許可證編號", seller.permit))
    if seller.filing:
        rows.append(("僅銷售預包裝食品備案編號", seller.filing))
    fill = Source()
    fill.add(0, "h1", "營業執照信息")
    fill.add(0, "table.Fz-Licence")
    for k, v in rows:
        fill.add(1, "tr")
        fill.add(2, "th", k)
        fill.add(2, "td", v)
    fill.add(0, "p.Fz-Small", "以上信息由商家自行公示，以登記機關公示為準。")
    labels = verdict(seller, shown, "in traditional characters only (營業執照, 統一社會信用代碼)")
    if normal_name(shown.name) == normal_name(seller.reg.name):
        labels.append(Label("decoy", "licence.mismatch",
                            f"the name is written in traditional characters ({tc(shown.name)}): "
                            f"the registered name {shown.name}, not another entity's"))
    return Page(f"/tc/{seller.key}/zizhi.html", "licence",
                _frame(seller, f"{seller.shop_name} 店舖資質", fill), tuple(labels))


def shop_files(seller: Seller) -> tuple[list[Page], Assets]:
    """A shop's home, goods pages and (when it shows one) its 店舖資質 page."""
    pages = [_home(seller)]
    if seller.shown is not None:
        pages.append(_licence(seller))
    for item in seller.items:
        fill = Source()
        fill.add(0, "h1", item.name)
        fill.add(0, "p.Fz-Price", item.price)
        fill.add(0, "section.Fz-Detail")
        fill.add(1, "h2", "商品詳情")
        for said in item.words:
            fill.add(1, "p", said.text)
        if item.reviews:
            fill.add(0, "section.Fz-Reviews")
            fill.add(1, "h2", "買家評價")
            for said in item.reviews:
                fill.add(1, "div.Fz-Review")
                fill.add(2, "b", said.who or "匿名買家")
                fill.add(2, "span", said.text)
        pages.append(Page(f"/tc/{seller.key}/{item.slug}.html", "item",
                          _frame(seller, item.name, fill),
                          tuple(labels_of((*item.words, *item.reviews)))))
    return pages, {}


def build() -> Family:
    """The fanti family: 11 跨境/港澳 shops written in traditional characters."""
    sellers = load("fanti", DATA)
    pages, assets = collect(sellers, shop_files)
    family_targets = targets(sellers, "ft", "storefront", "/tc/{key}/")
    return Family(
        name="fanti", title="跨境/港澳網店：繁體中文頁面（營業執照、統一社會信用代碼）",
        generator="demo/families/fanti/pug.py: an indented Pug-like source compiled to HTML; "
                  "Fz- PascalCase classes; pages in traditional characters",
        voice="市說新語/中消協 2022 普通食品功效提示 (繁體轉載), 抖音 引導私下交易 表現形式, "
              "TikTok Shop 避免引導私下交易 建議, 消法 第二十五條 exceptions, "
              "HK shops' 轉數快/WhatsApp wording, buyers' reviews",
        render=False, targets=family_targets, pages=pages, assets=assets,
        registry=tuple(s.filed for s in sellers))
