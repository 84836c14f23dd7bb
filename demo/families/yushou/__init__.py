"""yushou: 预售 / 定金 shops whose 预售规则 and licence wait in native HTML popovers, pages from m4.

Why a new kind: earlier shops sell goods in stock. Here each seller sells on pre-sale: 付定金,
then 付尾款 in a window, then 发货. A deposit tempts the returns reading both ways: a buyer who
does not pay the balance lawfully forfeits the 定金 (民法典 第五百八十七条), a made-to-measure
suit, fresh cherries and a service voucher are lawfully excepted, while a coat pre-sale that
refuses every return after payment breaks 消法 §25. The 预售规则, and on some shops the licence,
sit in a native `<div popover>` opened by `<button popovertarget>`: no script, in the served
HTML, but not rendered until opened. Buyers' 问大家 are not the seller's words. Pages are
expanded from m4 macros (`m4.py`, `macros.m4`: define(`YS_SEC', …) and quoted arguments); BEM
`YS-` classes; each seller is judged against the family's registry extract (registry.csv).
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
from demo.families.sellerbook import Seller, load, saids, targets, verdict
from demo.families.yushou.m4 import M4, quote, quote_markup

ROOT = "/f/yushou"
HERE = Path(__file__).parent
DATA = HERE / "goods.yaml"
PLATFORM = {"taobao": "淘宝", "jd": "京东", "pinduoduo": "拼多多", "douyin": "抖音商城",
            "kuaishou": "快手小店"}
_CSS = ("body{margin:0;font-family:sans-serif;background:#f6f6f6;color:#222}.YS-bar{display:flex;"
        "gap:14px;background:#ff5000;color:#fff;padding:10px 16px}.YS-bar__nav{margin-left:auto}"
        ".YS-link{color:inherit;margin-left:10px}.YS-sec{background:#fff;margin:8px 12px;padding:"
        "8px 12px;border-radius:8px}.YS-steps{display:flex;gap:8px;list-style:none;padding:0}"
        ".YS-step{flex:1;background:#fff1e8;padding:6px;border-radius:4px;font-size:13px}"
        ".YS-step--on{background:#ff5000;color:#fff}.YS-pop{max-width:28em;padding:12px;"
        "border:1px solid #ccc;border-radius:8px}.YS-pop__btn{margin:6px 0;background:none;"
        "border:1px solid #ff5000;color:#ff5000;border-radius:12px;padding:2px 10px}"
        ".YS-lic th{text-align:left;padding-right:10px;font-weight:normal;color:#666}"
        ".YS-ask__who{margin-right:6px;color:#888}")


def _m4() -> M4:
    m = M4()
    m.expand((HERE / "macros.m4").read_text(encoding="utf-8"))
    return m


MACROS = _m4()


def _call(name: str, *args: str) -> str:
    return f"{name}({', '.join(args)})"


def _bar(seller: Seller) -> str:
    base = f"{ROOT}/ys/{seller.key}/"
    nav = _call("YS_LINK", quote(base), quote("店铺首页")) + _call(
        "YS_LINK", quote(f"{base}zizhi.html"), quote("店铺资质"))
    return _call("YS_BAR", quote(seller.shop_name),
                 quote(PLATFORM.get(seller.platform, seller.platform)), nav)


def _lic(seller: Seller) -> str:
    s = seller.shown
    assert s is not None
    rows = [("企业名称", s.name), ("统一社会信用代码", s.uscc), ("企业类型", s.kind),
            ("法定代表人/经营者", s.person), ("住所", s.address), ("成立日期", s.founded)]
    if seller.permit:
        rows.append(("食品经营许可证", seller.permit))
    return _call("YS_LIC", "".join(_call("YS_ROW", quote(k), quote(v)) for k, v in rows))


def _paras(items: tuple[Said, ...]) -> str:
    return "".join(_call("YS_P", quote(s.text)) for s in items)


def _page(title: str, body: str) -> bytes:
    return MACROS.expand(_call("YS_PAGE", quote(title), quote_markup(body))).encode()


def _home(seller: Seller) -> Page:
    base = f"{ROOT}/ys/{seller.key}/"
    labels: list[Label] = labels_of(seller.home)
    goods = "".join(_call("YS_GOOD", quote(i.name), quote(i.price),
                          _call("YS_LINK", quote(f"{base}{i.slug}.html"), quote("去付定金")))
                    for i in seller.items)
    body = _bar(seller) + _call("YS_SEC", quote("店铺公告"), _paras(seller.home))
    body += _call("YS_SEC", quote("预售中"), goods)
    if seller.extra["lic"] == "popover":
        body += _call("YS_SEC", quote("店铺证照"),
                      _call("YS_POP", quote("ys-lic"), quote("营业执照"), _lic(seller)))
        labels += verdict(seller, seller.shown,  # type: ignore[arg-type]
                          "in a native popover on the shop home, opened by its 营业执照 button")
    return Page(f"/ys/{seller.key}/", "home", _page(seller.shop_name, MACROS.expand(body)),
                tuple(labels))


def _item(seller: Seller) -> list[Page]:
    pre = seller.extra["presale"]
    rules = saids(seller.extra.get("rules"))
    out = []
    for item in seller.items:
        steps = _call("YS_STEPS", quote(str(pre["deposit"])), quote(str(pre["balance"])),
                      quote(str(pre["ship"])))
        asks = "".join(_call("YS_ASK", quote("seller" if r.who == "卖家" else "buyer"),
                             quote(r.who), quote(r.text)) for r in item.reviews)
        body = _bar(seller) + _call(
            "YS_SEC", quote(f"{item.name} {item.price}"),
            steps + _call("YS_POP", quote("ys-rule"), quote("预售规则"), _paras(rules)))
        body += _call("YS_SEC", quote("商品详情"), _paras(item.words))
        if asks:
            body += _call("YS_SEC", quote("问大家"), _call("YS_ASKS", asks))
        labels = labels_of((*item.words, *item.reviews, *rules))
        out.append(Page(f"/ys/{seller.key}/{item.slug}.html", "item",
                        _page(item.name, MACROS.expand(body)), tuple(labels)))
    return out


def _zizhi(seller: Seller) -> Page:
    labels: list[Label] = []
    lic = seller.extra["lic"]
    if lic == "zizhi":
        inner = _lic(seller)
        labels += verdict(seller, seller.shown,  # type: ignore[arg-type]
                          "on the 店铺资质 page linked from the shop bar")
    elif lic == "popover":
        inner = _call("YS_P", quote("营业执照请在店铺首页点击“营业执照”查看。"))
    else:
        inner = _call("YS_P", quote("商家暂未上传资质。"))
        labels.append(Label("violation", "licence.missing",
                            "neither the shop home nor the 店铺资质 page shows a licence"))
        labels += permit_labels(seller.category, seller.permit, seller.filing)
    body = _bar(seller) + _call("YS_SEC", quote("店铺资质"), inner)
    return Page(f"/ys/{seller.key}/zizhi.html", "licence",
                _page(f"{seller.shop_name} 店铺资质", MACROS.expand(body)), tuple(labels))


def shop_files(seller: Seller) -> tuple[list[Page], Assets]:
    """A pre-sale shop's home, its goods' pages and its 店铺资质 page."""
    if seller.extra["lic"] != "none" and seller.shown is None:
        raise ValueError(f"yushou/{seller.key}: a licence placement needs a licence")
    return [_home(seller), *_item(seller), _zizhi(seller)], {}


def build() -> Family:
    """The yushou family: 11 pre-sale shops expanded from m4 macros."""
    sellers = load("yushou", DATA)
    shared: Assets = {"/static/ys.css": (_CSS.encode(), "text/css; charset=utf-8")}
    pages, assets = collect(sellers, shop_files, shared)
    return Family(
        name="yushou",
        title="预售/定金店铺：预售规则与营业执照在原生 popover 里（不打开不显示）",
        generator="demo/families/yushou/m4.py: pages expanded from m4 macros (macros.m4: "
                  "define(`YS_SEC', ...), quoted arguments, dnl); 预售规则 and some licences in "
                  "native <div popover> opened by <button popovertarget>; BEM YS- classes",
        voice="民法典 第五百八十七条 (定金罚则), 平台预售规则 (尾款后七天无理由自签收起), "
              "消法 第二十五条/第二十六条, 中消协 2022 (清仓/特殊商品 不能扩大不退范围), "
              "广告法 第九条/第十七条; buyers' 问大家 and the seller's answers",
        render=False, targets=targets(sellers, "ys", "storefront", "/ys/{key}/"), pages=pages,
        assets=assets, registry=tuple(s.filed for s in sellers))
