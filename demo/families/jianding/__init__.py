"""Family `jianding`: 二手奢侈品 鉴定 resale shops and 跨境 (cross-border) import shops, bilingual.

Pages are `str.format` templates filled by a Formatter subclass (`fmt.py`: escaped fields,
`each` loops, `opt` blocks); camelCase `lx` classes. Sellers on 得物, 闲鱼, 抖音, 天猫国际 and
京东国际: a home page with a bilingual notice board, goods grid, the 鉴定 steps and buyers'
reviews; goods pages with the authentication lab's report and 售后 / After-sales; a
资质 page (Business licence / 营业执照) where a customs broker, a lab or a franchisor may
show its licence beside (or instead of) the seller's.
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
    labels_of,
    licence_labels,
    permit_labels,
    registry_labels,
)
from demo.families.jianding.fmt import Engine

ROOT = "/f/jianding"
PLATFORM_NOTES = {
    "得物": "得物提示：请勿脱离得物私下交易，站外交易平台不承担鉴别与售后责任。",
    "闲鱼": "闲鱼提醒：不要脱离闲鱼交易，线下转账被骗无法追回。",
    "抖音": "抖音电商提醒：商家引导加微信、私下转账均属违规，请勿相信。",
    "天猫国际": "天猫国际提醒：请在天猫国际完成支付，切勿向个人账户转账。Pay on Tmall Global only.",
    "京东国际": "京东国际提示：请在京东下单付款，私下交易无保障。Do not pay outside JD.",
}
SLUGS = {"得物": "dewu", "闲鱼": "xianyu", "抖音": "douyin", "天猫国际": "tmallhk",
         "京东国际": "jdhk"}
TEMPLATES = {
    "page": ('<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>{title}'
             '</title><meta name="viewport" content="width=device-width,initial-scale=1">'
             '<style>.lxNav a{{margin-right:1.5em}}.lxCard{{display:block;margin:6px 0}}'
             '.lxCard span{{margin-right:1em}}</style>'
             '</head><body class="lxBody"><nav class="lxNav"><a class="lxNavHome" href="{home}">'
             '{shop}</a>{cert:opt:certlink}</nav><main class="lxMain">{main:raw}</main>'
             '<footer class="lxFoot"><p class="lxFootNote">{note}</p>{foot:raw}</footer>'
             '</body></html>'),
    "certlink": '<a class="lxNavCert" href="{href}">{text}</a>',
    "home": ('<header class="lxHero"><h1 class="lxShopName">{shop}</h1><p class="lxTagline">'
             '{tagline}</p></header><section class="lxBoard"><h2 class="lxBoardTitle">'
             '店铺公告 Notice</h2>{notices:each:para}</section><section class="lxGrid">'
             '{goods:each:card}</section>{steps:opt:steps}<section class="lxReviews">'
             '<h2 class="lxReviewsTitle">买家评价 Reviews</h2>{reviews:each:review}</section>'),
    "para": '<p class="lxPara">{text}</p>',
    "card": ('<a class="lxCard" href="{href}"><span class="lxCardName">{name}</span>'
             '<span class="lxCardPrice">¥{price}</span>'
             '<span class="lxCardGrade">{grade}</span></a>'),
    "steps": ('<section class="lxSteps"><h2 class="lxStepsTitle">鉴定流程 How we authenticate</h2>'
              '<ol class="lxStepList">{items:each:step}</ol></section>'),
    "step": '<li class="lxStep">{text}</li>',
    "review": ('<blockquote class="lxReview"><cite class="lxReviewer">{who}</cite>'
               '<p class="lxReviewText">{text}</p></blockquote>'),
    "item": ('<article class="lxItem"><h1 class="lxItemName">{name}</h1><p class="lxItemPrice">'
             '¥{price} · 成色 {grade}</p><section class="lxSpec"><h2 class="lxSpecTitle">'
             '商品详情 Details</h2>{desc:each:para}</section>{report:opt:report}'
             '<section class="lxAfter"><h2 class="lxAfterTitle">售后 After-sales</h2>'
             '{after:each:para}</section></article>'),
    "report": ('<section class="lxReport"><h2 class="lxReportTitle">鉴定报告 Report</h2>'
               '<p class="lxReportText">{text}</p></section>'),
    "cert": ('<article class="lxCert"><h1 class="lxCertTitle">{title}</h1>{licence:opt:licence}'
             '{extra:each:para}{third:each:third}</article>'),
    "licence": ('<table class="lxLicence"><caption class="lxLicenceCap">营业执照 Business licence'
                '</caption>{rows:each:kv}</table>'),
    "kv": '<tr class="lxKv"><th class="lxKey">{key}</th><td class="lxVal">{value}</td></tr>',
    "third": ('<section class="lxThird"><h2 class="lxThirdTitle">{title}</h2>'
              '<p class="lxThirdText">{text}</p></section>'),
}
ENGINE = Engine(TEMPLATES)


@dataclass(frozen=True)
class Lot:
    """A goods page: name, price, grade (成色), details, the lab report, after-sales."""

    lid: str
    name: str
    price: str
    grade: str
    desc: tuple[Said | str, ...] = ()
    report: Said | str = ""
    after: tuple[Said | str, ...] = ()


@dataclass(frozen=True)
class Dealer:
    """One resale or cross-border shop. cert: "page" (资质 page) or "none"."""

    tid: str
    slug: str
    platform: str
    shop_name: str
    tagline: str
    reg: Registered
    category: str
    shown: Shown | None
    cert: str = "page"
    permit: str = ""
    status: str = "存续"
    status_date: str = ""
    notices: tuple[Said | str, ...] = ()
    steps: tuple[Said | str, ...] = ()
    lots: tuple[Lot, ...] = ()
    reviews: tuple[tuple[str, Said | str], ...] = ()
    third: tuple[tuple[str, Said], ...] = ()
    extra: tuple[Said | str, ...] = ()  # lines on the 资质 page (a former entity's 注销 ...)
    former: Filed | None = None
    note: str = ""

    @property
    def path(self) -> str:
        return f"/{SLUGS[self.platform]}/{self.slug}/"

    @property
    def filed(self) -> Filed:
        return Filed(self.reg, self.status, self.status_date)


def _t(w: Said | str) -> str:
    return w.text if isinstance(w, Said) else w


def _paras(items: tuple[Said | str, ...]) -> list[dict[str, str]]:
    return [{"text": _t(w)} for w in items]


def _said(*groups: tuple[Said | str, ...]) -> list[Said]:
    return [w for g in groups for w in g if isinstance(w, Said)]


def _page(d: Dealer, title: str, main: str) -> bytes:
    cert = {"href": f"{ROOT}{d.path}zizhi.html", "text": "资质 Licence"} if d.cert == "page" else {}
    return ENGINE.fill("page", title=title, home=f"{ROOT}{d.path}", shop=d.shop_name, cert=cert,
                       main=main, note=PLATFORM_NOTES[d.platform], foot="").encode()


def _home(d: Dealer) -> Page:
    goods = [{"href": f"{ROOT}{d.path}lot/{lot.lid}.html", "name": lot.name, "price": lot.price,
              "grade": lot.grade} for lot in d.lots]
    main = ENGINE.fill("home", shop=d.shop_name, tagline=d.tagline, notices=_paras(d.notices),
                       goods=goods, steps={"items": _paras(d.steps)} if d.steps else {},
                       reviews=[{"who": who, "text": _t(w)} for who, w in d.reviews])
    labels = labels_of(_said(d.notices, d.steps, tuple(w for _, w in d.reviews)))
    labels.append(Label("decoy", "live.offplatform_lure",
                        f"{d.platform}'s footer notice warns against private deals"))
    labels += permit_labels(d.category, d.permit)
    if d.cert == "none":
        labels.append(Label("violation", "licence.missing",
                            "a trading shop with no licence and no 资质 entry anywhere"))
    return Page(d.path, "home", _page(d, d.shop_name, main), tuple(labels))


def _rows(shown: Shown, permit: str) -> list[dict[str, str]]:
    person = "经营者 Operator" if "个体" in shown.kind else "法定代表人 Legal rep."
    rows = [("名称 Name", shown.name), ("统一社会信用代码 USCC", shown.uscc),
            ("类型 Type", shown.kind), (person, shown.person), ("住所 Address", shown.address),
            ("成立日期 Founded", shown.founded)]
    if permit:
        rows.append(("食品经营许可证 Food permit", permit))
    return [{"key": k, "value": v} for k, v in rows]


def _cert(d: Dealer) -> Page:
    licence = {"rows": _rows(d.shown, d.permit)} if d.shown is not None else {}
    main = ENGINE.fill("cert", title="资质信息 Qualifications", licence=licence,
                       extra=_paras(d.extra),
                       third=[{"title": t, "text": w.text} for t, w in d.third])
    labels = licence_labels(d.shown, d.reg, d.shop_name)
    labels += registry_labels(d.shown, d.filed, d.shop_name)
    labels += labels_of(_said(d.extra, tuple(w for _, w in d.third)))
    if d.former is not None:
        labels.append(Label("decoy", "licence.deregistered",
                            f"the page tells of the former entity {d.former.reg.name} "
                            f"({d.former.status}); the licence shown is the seller's own"))
    return Page(d.path + "zizhi.html", "licence", _page(d, "资质信息", main), tuple(labels))


def _lot(d: Dealer, lot: Lot) -> Page:
    report = {"text": _t(lot.report)} if lot.report else {}
    main = ENGINE.fill("item", name=lot.name, price=lot.price, grade=lot.grade,
                       desc=_paras(lot.desc), report=report, after=_paras(lot.after))
    labels = labels_of(_said(lot.desc, (lot.report,), lot.after))
    return Page(f"{d.path}lot/{lot.lid}.html", "item", _page(d, lot.name, main), tuple(labels))


def pages_of(d: Dealer) -> list[Page]:
    """Every page of one dealer."""
    out = [_home(d)]
    if d.cert == "page":
        out.append(_cert(d))
    return out + [_lot(d, lot) for lot in d.lots]


def build() -> Family:
    """The jianding family: every template filled once."""
    from demo.families.jianding.dealers import DEALERS

    pages = tuple(p for d in DEALERS for p in pages_of(d))
    targets = tuple(Target(d.tid, d.platform, "storefront", d.path, d.shop_name, d.reg.name,
                           d.reg.uscc, d.reg.uscc[2:8], d.category, d.note) for d in DEALERS)
    registry = tuple([d.filed for d in DEALERS] + [d.former for d in DEALERS if d.former])
    return Family(
        "jianding", "二手奢侈品鉴定与跨境进口店铺（中英双语）",
        "str.format templates filled by a string.Formatter subclass (escaped fields, each / opt "
        "specs); camelCase lx classes",
        "bilingual resale and cross-border copy: 鉴定流程, 鉴定报告 of a third-party lab, 成色, "
        "跨境 notices, 售后 / After-sales with the 七日无理由 exemptions, buyers' reviews; a "
        "customs broker's, a lab's and a franchisor's licences",
        False, targets, pages, {}, registry)
