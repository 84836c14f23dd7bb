"""Family `haichan`: Yantai's own trades online: 海参/海鲜 sellers, 蓬莱 wineries, 栖霞/福山 fruit.

Every page is written first in the family's own line markup (`wikitext.py`: a sigil per
line) and compiled to HTML; `ycx-` classes. Storefronts on 淘宝/抖音/京东/拼多多 and two
wineries' and a sea ranch's own 官网 (`other`). The licence sits on a 证照 page behind the
shop's entry, in the footer, on 关于我们, or nowhere; third parties (a cold-chain carrier,
a distributor) show theirs beside the seller's; a 官网 tells of a predecessor's 注销.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from html import escape

from demo.families.corpus import (
    Family,
    Filed,
    Label,
    Page,
    Registered,
    Said,
    Shown,
    Target,
    labels_of,
    licence_labels,
    permit_labels,
    registry_labels,
)
from demo.families.haichan.wikitext import compile_wiki

ROOT = "/f/haichan"
TIPS = {
    "淘宝": "淘宝网提醒：请勿通过微信、QQ等站外方式交易和付款，谨防诈骗。",
    "抖音": "抖音电商安全提示：平台禁止商家引导私下交易，请勿添加个人联系方式转账。",
    "京东": "京东提示：请在京东完成付款，私下交易不受平台售后保障。",
    "拼多多": "拼多多提醒：商家要求加微信、站外付款的，请拒绝并举报。",
}
SHELL = """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{title}</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<style>.ycx-box[hidden]{{display:none}}.ycx-kv th{{text-align:left;padding-right:1em}}</style>
</head><body class="ycx-page">
{body}
</body></html>
"""


@dataclass(frozen=True)
class Item:
    """A goods page: title, price, description lines, 售后 lines."""

    iid: str
    title: str
    price: str
    desc: tuple[Said | str, ...] = ()
    after: tuple[Said | str, ...] = ()


@dataclass(frozen=True)
class Shop:
    """One seller. cert: "page" (证照 page behind `entry`), "footer", "about" (关于我们 page),
    "none". `former` is a predecessor entity the shop's pages tell of (its 注销)."""

    tid: str
    slug: str
    platform: str
    shop_name: str
    reg: Registered
    category: str
    shown: Shown | None
    cert: str = "page"
    entry: str = "证照信息"
    permit: str = ""
    filing: str = ""
    status: str = "存续"
    status_date: str = ""
    notice: tuple[Said | str, ...] = ()
    intro: tuple[Said | str, ...] = ()
    items: tuple[Item, ...] = ()
    reviews: tuple[tuple[str, Said | str], ...] = ()
    others: tuple[tuple[str, Said], ...] = ()
    former: Filed | None = None
    note: str = ""

    @property
    def own_site(self) -> bool:
        return self.platform == "other"

    @property
    def filed(self) -> Filed:
        return Filed(self.reg, self.status, self.status_date)


class Sheet:
    """A page's markup source and the labelled wording it shows, written line by line."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.said: list[Said] = []

    def put(self, sigil: str, item: Said | str) -> None:
        text = item.text if isinstance(item, Said) else item
        self.lines.append(f"{sigil} {text}" if sigil else text)
        if isinstance(item, Said):
            self.said.append(item)

    def each(self, sigil: str, items: Iterable[Said | str]) -> None:
        for item in items:
            self.put(sigil, item)

    def raw(self, *lines: str) -> None:
        self.lines.extend(lines)


def _path(s: Shop) -> str:
    return f"/{s.slug}/"


def _base(s: Shop) -> str:
    return ROOT + _path(s)


def _licence_rows(sheet: Sheet, shown: Shown, permit: str, filing: str) -> None:
    person = "经营者" if "个体" in shown.kind else "法定代表人"
    for key, value in (("主体名称", shown.name), ("统一社会信用代码", shown.uscc),
                       ("主体类型", shown.kind), (person, shown.person),
                       ("住所", shown.address), ("成立日期", shown.founded)):
        sheet.raw(f"| {key} | {value}")
    if permit:
        sheet.raw(f"| 食品经营许可证编号 | {permit}")
    if filing:
        sheet.raw(f"| 仅销售预包装食品备案 | {filing}")


def _licence_line(shown: Shown, permit: str) -> str:
    extra = f" 食品经营许可证 {permit}" if permit else ""
    return (f"~ 营业执照信息：{shown.name} 统一社会信用代码 {shown.uscc} "
            f"{shown.person} {shown.address}{extra}")


def _cert_labels(s: Shop, hard: str) -> list[Label]:
    out = licence_labels(s.shown, s.reg, s.shop_name, hard)
    return out + registry_labels(s.shown, s.filed, s.shop_name)


def _chrome(s: Shop, sheet: Sheet, title: str) -> bytes:
    base = _base(s)
    nav = [f"[首页]({base})", *(f"[{it.title[:6]}]({base}goods/{it.iid}.html)" for it in s.items)]
    if s.cert == "page":
        nav.append(f"[{s.entry}]({base}zhengzhao.html)")
    if s.cert == "about":
        nav.append(f"[{s.entry}]({base}about.html)")
    head = ["{box top}", f"= {s.shop_name}", " · ".join(nav), "{/box}"]
    foot = ["{box foot}"]
    if s.own_site:
        icp, police = len(s.slug), len(s.tid)
        foot += [f"~ 鲁ICP备2024031{icp:03d}号-1 · 鲁公网安备37060202000{police:03d}号"]
    else:
        foot += [f"~ {TIPS[s.platform]}"]
    if s.cert == "footer" and s.shown is not None:
        foot.append(_licence_line(s.shown, s.permit))
    foot.append("{/box}")
    body = compile_wiki("\n".join([*head, "{box main}", *sheet.lines, "{/box}", *foot]))
    return SHELL.format(title=escape(title), body=body).encode()


def _platform_labels(s: Shop) -> list[Label]:
    if s.own_site:
        return [Label("decoy", "licence.uscc_invalid",
                      "ICP and 公安备案 numbers in the footer are not a business licence code")]
    return [Label("decoy", "live.offplatform_lure",
                  f"{s.platform}'s own footer notice warns against trading off the platform")]


def _home(s: Shop) -> Page:
    sheet = Sheet()
    if s.notice:
        sheet.raw("== 店铺公告")
        sheet.each(">", s.notice)
    sheet.raw("== 本店好货")
    for it in s.items:
        sheet.raw(f"* [{it.title}]({_base(s)}goods/{it.iid}.html) ￥{it.price}")
    if s.reviews:
        sheet.raw("== 买家晒单")
        for who, said in s.reviews:
            text = said.text if isinstance(said, Said) else said
            sheet.raw(f'" {who} | {text}')
            if isinstance(said, Said):
                sheet.said.append(said)
    labels = labels_of(sheet.said) + _platform_labels(s)
    labels += permit_labels(s.category, s.permit, s.filing)
    if s.cert == "footer":
        labels += _cert_labels(s, "only in the footer of every page")
    if s.cert == "none":
        labels.append(Label("violation", "licence.missing",
                            "no licence on any page: no 证照 entry, no footer, no 关于我们"))
    return Page(_path(s), "home", _chrome(s, sheet, s.shop_name), tuple(labels))


def _cert(s: Shop) -> Page:
    about = s.cert == "about"
    sheet = Sheet()
    sheet.raw(f"== {s.entry}")
    if about:
        sheet.each("", s.intro)
        sheet.raw("=== 营业执照")
    if s.shown is not None:
        _licence_rows(sheet, s.shown, s.permit, s.filing)
    labels = _cert_labels(s, "on the 关于我们 page" if about else "")
    if s.former is not None:
        labels.append(Label("decoy", "licence.deregistered",
                            f"the page tells of the former entity {s.former.reg.name} "
                            f"({s.former.status}); the licence shown is the successor's"))
    for heading, said in s.others:
        sheet.raw(f"=== {heading}")
        sheet.put("~", said)
    labels += labels_of(sheet.said)
    slug = "about.html" if about else "zhengzhao.html"
    return Page(_path(s) + slug, "licence", _chrome(s, sheet, s.entry), tuple(labels))


def _item(s: Shop, it: Item) -> Page:
    sheet = Sheet()
    sheet.raw(f"== {it.title}", f"￥{it.price}", "=== 商品详情")
    sheet.each("", it.desc)
    if it.after:
        sheet.raw("=== 售后服务")
        sheet.each("*", it.after)
    return Page(f"{_path(s)}goods/{it.iid}.html", "item", _chrome(s, sheet, it.title),
                tuple(labels_of(sheet.said)))


def pages_of(s: Shop) -> list[Page]:
    """Every page of one shop."""
    out = [_home(s)]
    if s.cert in ("page", "about"):
        out.append(_cert(s))
    return out + [_item(s, it) for it in s.items]


def build() -> Family:
    """The haichan family: every shop's markup compiled once."""
    from demo.families.haichan.shops import SHOPS

    pages = tuple(p for s in SHOPS for p in pages_of(s))
    targets = tuple(Target(s.tid, s.platform, "storefront", f"/{s.slug}/", s.shop_name,
                           s.reg.name, s.reg.uscc, s.reg.uscc[2:8], s.category, s.note)
                    for s in SHOPS)
    registry = tuple([s.filed for s in SHOPS] + [s.former for s in SHOPS if s.former])
    return Family(
        "haichan", "烟台特产网店（海参、海鲜、葡萄酒、水果）",
        "a line markup of the family's own (sigils = > * | \" ~ !) compiled to HTML, "
        "ycx- classes",
        "Yantai trades: 海参 and seafood stalls, 蓬莱 wineries' 官网, fruit farmers; 店铺公告, "
        "买家晒单, 售后服务, 证照信息 / 关于我们, a carrier's and a distributor's licences",
        False, targets, pages, {}, registry)
