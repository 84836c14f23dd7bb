"""tuwen: shops whose product copy is long images: the words in alt text, figcaptions, tooltips.

Why a new kind: earlier shops write their claims as text of the page (paragraphs, cards,
chat, captions of a video). A 详情页 on 淘宝/京东 is mostly a stack of long images: here each
image carries its words only in its `<img alt>` (the text a screen reader and a search
engine get) or in a `<figcaption>` text layer under it, and the badges over the goods
(功效, 售后, 福利) show a short label while the claim sits in their `title` and `aria-label`
tooltip. The images themselves hold no text (plain SVG). The licence is either a licence
picture on a 证照信息 page whose fields are the figcaption's text layer, or only the tooltip
of a 营业执照 badge in the shop header. Templates are str.format strings filled by an
escaping Formatter (`fmt.py`); `tu-` classes; each shop is judged against the family's
registry extract (registry.csv).
"""

from __future__ import annotations

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
from demo.families.sellerbook import Item, Seller, load, targets, verdict
from demo.families.tuwen.fmt import fill

ROOT = "/f/tuwen"
HERE = Path(__file__).parent
DATA = HERE / "shops.yaml"
PLATFORMS = {"taobao": "淘宝", "jd": "京东", "pinduoduo": "拼多多", "douyin": "抖音小店"}
TIP_LABEL = {"功效": "功效说明", "售后": "售后说明", "福利": "福利"}
_CSS = ("body{margin:0;font-family:sans-serif;background:#f6f6f6}.tu-bar{background:#ff5000;"
        "color:#fff;padding:10px 14px;display:flex;gap:12px}.tu-bar a{color:#fff}"
        ".tu-tip{border:1px solid #ff5000;border-radius:10px;padding:0 6px;font-size:12px;"
        "color:#ff5000;background:#fff}.tu-wrap{background:#fff;margin:8px;padding:10px}"
        ".tu-long figure{margin:0}.tu-long img{display:block;width:100%;height:auto}"
        ".tu-long figcaption{font-size:13px;color:#555;padding:4px 0 10px}"
        ".tu-rate{border-top:1px solid #eee;padding:6px 0;font-size:13px}")
_LONG = ('<svg xmlns="http://www.w3.org/2000/svg" width="750" height="1200">'
         '<rect width="750" height="1200" fill="#f3e5d8"/></svg>')
_PAPER = ('<svg xmlns="http://www.w3.org/2000/svg" width="600" height="420">'
          '<rect width="600" height="420" fill="#fdf6e3" stroke="#c62828" stroke-width="8"/>'
          '</svg>')

PAGE = """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{title}</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<link rel="stylesheet" href="{root}/static/tu.css"></head>
<body class="tu-page"><header class="tu-bar"><a class="tu-shop" href="{home}">{shop}</a>
<span class="tu-plat">{platform}</span>{badge:raw}</header>
<main class="tu-wrap">{main:raw}</main></body></html>"""
TIP = ('<span class="tu-tip" tabindex="0" role="note" title="{text}" aria-label="{text}">'
       '{label}</span>')
FIGURE = ('<figure class="tu-fig"><img src="{src}" alt="{alt}" width="750" height="1200" '
          'loading="lazy"><figcaption>{cap}</figcaption></figure>')
GOOD = '<li class="tu-good"><a href="{href}">{name}</a> <em>{price}</em></li>'
DETAIL = """<h1 class="tu-name">{name}</h1><p class="tu-price">{price}</p>
<div class="tu-tips">{tips:raw}</div><section class="tu-long">{figures:raw}</section>
<section class="tu-rates"><h2>宝贝评价</h2>{rates:raw}</section>"""
RATE = '<p class="tu-rate"><b>{who}</b>：{text}</p>'


def _lic_text(seller: Seller, sep: str) -> str:
    s = seller.shown
    assert s is not None
    person = "经营者" if s.kind == "个体工商户" else "法定代表人"
    rows = [f"企业名称：{s.name}", f"统一社会信用代码：{s.uscc}", f"类型：{s.kind}",
            f"{person}：{s.person}", f"住所：{s.address}", f"成立日期：{s.founded}"]
    if seller.permit:
        rows.append(f"食品经营许可证：{seller.permit}")
    return sep.join(rows)


def _verdict(seller: Seller, where: str) -> list[Label]:
    assert seller.shown is not None
    return verdict(seller, seller.shown, where)


def _page(seller: Seller, title: str, main: str) -> bytes:
    badge = ""
    if seller.extra["lic"] == "tooltip" and seller.shown is not None:
        badge = fill(TIP, text=_lic_text(seller, "；"), label="营业执照")
    elif seller.extra["lic"] == "figure":
        badge = f'<a class="tu-zz" href="{ROOT}/tw/{seller.key}/zhengzhao.html">证照信息</a>'
    return fill(PAGE, title=title, root=ROOT, home=f"{ROOT}/tw/{seller.key}/",
                shop=seller.shop_name, platform=PLATFORMS[seller.platform], badge=badge,
                main=main).encode()


def _figures(words: tuple[Said, ...]) -> str:
    """Each word on its layer (who: alt, cap, or tip:<kind>; none is cap): every alt or cap
    word gets a long image of its own."""
    out = []
    for n, s in enumerate((w for w in words if not w.who.startswith("tip:")), 1):
        alt = s.text if s.who == "alt" else f"商品详情图{n}"
        cap = "" if s.who == "alt" else s.text
        out.append(fill(FIGURE, src=f"{ROOT}/static/tu-long.svg", alt=alt, cap=cap))
    return "".join(out)


def _detail(seller: Seller, item: Item) -> Page:
    tips = "".join(fill(TIP, text=s.text, label=TIP_LABEL[s.who[4:]])
                   for s in item.words if s.who.startswith("tip:"))
    rates = "".join(fill(RATE, who=r.who or "买家", text=r.text) for r in item.reviews)
    main = fill(DETAIL, name=item.name, price=item.price, tips=tips,
                figures=_figures(item.words), rates=rates)
    return Page(f"/tw/{seller.key}/item/{item.slug}.html", "item",
                _page(seller, f"{item.name} - {seller.shop_name}", main),
                tuple(labels_of((*item.words, *item.reviews))))


def shop_files(seller: Seller) -> tuple[list[Page], Assets]:
    """A shop's home (its goods and any licence badge), its 详情页s and its 证照信息 page."""
    base = f"/tw/{seller.key}/"
    goods = "".join(fill(GOOD, href=f"{ROOT}{base}item/{i.slug}.html", name=i.name,
                         price=i.price) for i in seller.items)
    notice = "".join(fill('<p class="tu-notice">{t}</p>', t=s.text) for s in seller.home)
    main = f'{notice}<h2>全部宝贝</h2><ul class="tu-goods">{goods}</ul>'
    labels = labels_of(seller.home)
    lic = seller.extra["lic"]
    if lic == "tooltip":
        labels += _verdict(seller, "only in the title/aria-label tooltip of the header's "
                                   "营业执照 badge")
    elif lic == "none":
        labels.append(Label("violation", "licence.missing", "no licence on any page of the shop"))
        labels += permit_labels(seller.category, seller.permit, seller.filing)
    pages = [Page(base, "home", _page(seller, seller.shop_name, main), tuple(labels))]
    pages += [_detail(seller, i) for i in seller.items]
    if lic == "figure":
        paper = fill(FIGURE, src=f"{ROOT}/static/tu-yyzz.svg", alt="营业执照电子版",
                     cap=_lic_text(seller, "\n")).replace('height="1200"', 'height="420"')
        main = f'<h2>证照信息</h2><section class="tu-long">{paper}</section>'
        pages.append(Page(base + "zhengzhao.html", "licence",
                          _page(seller, f"{seller.shop_name} 证照信息", main),
                          tuple(_verdict(seller, "as a licence picture whose fields are "
                                                 "only its figcaption text layer"))))
    return pages, {}


def build() -> Family:
    """The tuwen family: 11 shops whose words sit in image alt text, figcaptions and tooltips."""
    sellers = load("tuwen", DATA)
    shared: Assets = {
        "/static/tu.css": (_CSS.encode(), "text/css; charset=utf-8"),
        "/static/tu-long.svg": (_LONG.encode(), "image/svg+xml"),
        "/static/tu-yyzz.svg": (_PAPER.encode(), "image/svg+xml"),
    }
    pages, assets = collect(sellers, shop_files, shared)
    family_targets = targets(sellers, "tw", "storefront", "/tw/{key}/")
    return Family(
        name="tuwen",
        title="网店详情页：长图文案只在 img alt、figcaption 文字层和 title/aria-label 提示",
        generator="demo/families/tuwen/fmt.py: str.format templates through an escaping "
                  "Formatter ({x:raw} for markup); text-free SVG long images; tu- classes",
        voice="海口中院 2025 沙棘益菌酵素 判决, 广东 2019 食品违法广告典型案例 (罗汉果茶洗黑肺, "
              "羊奶可抗癌), 云南 2025 (糖尿病人专用大米), 消法 第二十五条 (已拆封的音像制品), "
              "淘宝/京东 详情页 copy and buyers' 评价",
        render=False, targets=family_targets, pages=pages, assets=assets,
        registry=tuple(s.filed for s in sellers))
