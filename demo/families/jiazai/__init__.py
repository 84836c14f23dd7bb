"""jiazai: 老年用品/养生/酒水 catalogues whose later goods exist only past 加载更多 or on page 2.

Why a new kind: earlier shops show all their goods in the first HTML (or the first render),
or on item pages linked from it. A catalogue lists ten-odd goods a page: here the served
home page lists the first page only, and the rest come either from the 加载更多 button
(more.js fetches `more/2.html`, an HTML fragment of cards, and appends it on click) or from
a real second page (`list-2.html`, linked only by 下一页). The goods whose words break a rule
are all on page 2; a reader of page 1 alone sees none of them. The licence sits on a 资质
page linked from the footer, inline in the footer, or nowhere. The trade is new too: goods
sold to the elderly, 纳豆/红曲 foods, 富氢水杯 and 足浴盆, 白酒, 老花镜 and 戏曲 records, with
their wrinkles (溶栓 and 排毒 claims without a disease word, 已拆封的音像制品 lawfully outside
7-day returns, 本品不能代替药物 as a required warning). Templates use Server Side Includes
directives expanded in Python (`ssi.py`, `templates.html`); `yl-` BEM classes. Each shop is
judged against the family's registry extract (registry.csv).
"""

from __future__ import annotations

from html import escape as _esc
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
from demo.families.jiazai.ssi import Env, expand, read_blocks
from demo.families.sellerbook import Item, Seller, load, targets, verdict

ROOT = "/f/jiazai"
HERE = Path(__file__).parent
DATA = HERE / "shops.yaml"
BLOCKS = read_blocks(HERE / "templates.html")
PLATFORMS = {"pinduoduo": "拼多多", "taobao": "淘宝", "jd": "京东", "douyin": "抖音小店",
             "kuaishou": "快手小店"}
FOOT = Said("温馨提示：请在平台内下单付款，谨防诈骗。", decoy="live.offplatform_lure",
            note="the catalogue's footer warns against paying off the platform")
_CSS = (".yl-body{margin:0;font-family:sans-serif}.yl-head{background:#c62828;color:#fff;"
        "padding:10px 16px}.yl-main{padding:12px 16px}.yl-list{list-style:none;padding:0}"
        ".yl-card{border-bottom:1px solid #eee;padding:8px 0}.yl-card__price{color:#c62828}"
        ".yl-notice{background:#fff3e0;padding:8px 16px}.yl-foot{background:#f5f5f5;"
        "padding:12px 16px;font-size:12px}.yl-lic__table th{text-align:left;padding-right:8px}")


def _cards(items: tuple[Item, ...]) -> list[Env]:
    return [{"name": i.name, "price": i.price,
             "words": "".join(f'<p class="yl-card__say">{_esc(s.text)}</p>' for s in i.words)}
            for i in items]


def _licence_rows(seller: Seller) -> list[Env]:
    s = seller.shown
    assert s is not None
    rows = [("名称", s.name), ("统一社会信用代码", s.uscc), ("类型", s.kind),
            ("法定代表人", s.person), ("住所", s.address), ("成立日期", s.founded)]
    if seller.permit:
        rows.append(("食品经营许可证", seller.permit))
    return [{"k": k, "v": v} for k, v in rows]


def _verdict(seller: Seller, where: str) -> list[Label]:
    assert seller.shown is not None
    return verdict(seller, seller.shown, where)


def _page(seller: Seller, title: str, main: str, **extra: str) -> bytes:
    base = f"{ROOT}/jz/{seller.key}/"
    lic = seller.extra["lic"]
    env: Env = {"root": ROOT, "title": title, "shop": seller.shop_name,
                "platform": PLATFORMS[seller.platform], "main": main, "tip": FOOT.text,
                "notice": "".join(f"<p>{_esc(s.text)}</p>" for s in seller.home),
                "lic_link": base + "zizhi.html" if lic == "page" else "",
                "lic_inline": (expand("licence", {"rows": _licence_rows(seller)}, BLOCKS)
                               if lic == "footer" else ""), **extra}
    return expand("page", env, BLOCKS).encode()


def shop_files(seller: Seller) -> tuple[list[Page], Assets]:
    """A catalogue's first page, its second (a fragment or a page) and its 资质 page."""
    base = f"/jz/{seller.key}/"
    first = tuple(i for i in seller.items if i.page == 1)
    second = tuple(i for i in seller.items if i.page == 2)
    more = seller.extra["paging"] == "more"
    env: Env = {"cards": _cards(first), "more": f"{ROOT}{base}more/2.html" if more else "",
                "next": "" if more else f"{ROOT}{base}list-2.html", "page_no": "1"}
    main = expand("list", env, BLOCKS)
    extra = {"script": ROOT + "/static/jz-more.js"} if more else {}
    words1: tuple[Said, ...] = (*seller.home, FOOT, *(s for i in first for s in i.words))
    labels = labels_of(words1)
    lic = seller.extra["lic"]
    if lic == "footer":
        labels += _verdict(seller, "inline in the catalogue's footer")
    elif lic == "none":
        labels.append(Label("violation", "licence.missing",
                            "no licence on the catalogue, its second page or anywhere else"))
        labels += permit_labels(seller.category, seller.permit, seller.filing)
    pages = [Page(base, "home", _page(seller, seller.shop_name, main, **extra), tuple(labels))]
    words2 = labels_of(tuple(s for i in second for s in i.words))
    if more:
        body = expand("fragment", {"cards": _cards(second)}, BLOCKS).encode()
        pages.append(Page(base + "more/2.html", "home", body, tuple(words2)))
    else:
        env2: Env = {"cards": _cards(second), "prev": f"{ROOT}{base}", "page_no": "2"}
        pages.append(Page(base + "list-2.html", "home",
                          _page(seller, f"{seller.shop_name} 第2页", expand("list", env2, BLOCKS)),
                          tuple(words2)))
    if lic == "page":
        body = expand("licence", {"rows": _licence_rows(seller)}, BLOCKS)
        pages.append(Page(base + "zizhi.html", "licence",
                          _page(seller, f"{seller.shop_name} 资质信息", body),
                          tuple(_verdict(seller, ""))))
    return pages, {}


def build() -> Family:
    """The jiazai family: 11 catalogues whose rule-breaking goods are all on page 2."""
    sellers = load("jiazai", DATA)
    shared: Assets = {
        "/static/jz-more.js": ((HERE / "more.js").read_bytes(), "text/javascript; charset=utf-8"),
        "/static/jz.css": (_CSS.encode(), "text/css; charset=utf-8"),
    }
    pages, assets = collect(sellers, shop_files, shared)
    family_targets = targets(sellers, "jz", "storefront", "/jz/{key}/")
    return Family(
        name="jiazai", title="老年用品/养生/酒水网店：违规商品只在“加载更多”或第2页",
        generator="demo/families/jiazai/ssi.py: SSI directives (#echo, #include, #if, #each) "
                  "expanded from templates.html; more.js appends the 加载更多 fragment; yl- BEM "
                  "classes",
        voice="SAMR 第四批直播电商典型案例 (2025: 老年人 goods, 无法证明的宣传用语), 2015 纳豆胶囊 "
              "违法广告公告 (输液十年不如吃纳豆十天, 化开全身血栓), 保健功能目录 2023, "
              "消法 第二十五条 (已拆封的音像制品, 鲜活易腐), 七日无理由退货暂行办法, "
              "platform shop copy",
        render=True, targets=family_targets, pages=pages, assets=assets,
        registry=tuple(s.filed for s in sellers))
