"""Family `bigshop`: 京东 POP storefronts drawn as a DOM with xml.dom.minidom, `jz-` classes.

Pages follow what a buyer meets on 京东 today: a shop header whose 店铺信息 hover card
carries the 店铺证照信息 / 企业资质 entry, a separate showLicence page listing
企业名称 / 营业执照注册号 / 法定代表人姓名 / 营业执照所在地 … (the code sits under
营业执照注册号, not under 统一社会信用代码), SKU pages with 服务支持, 售后保障, 商品介绍
parameters (the manufacturer's SC number), 商品问答 and 评价, and the platform's own
footer (its ICP and drug-information licences). Wording: 京东 listing copy.
"""

from __future__ import annotations

from dataclasses import dataclass
from xml.dom.minidom import Element

from demo.families.bigshop.chrome import CHROME_DECOY, CHROME_TIP, Dom, page
from demo.families.bigshop.photo import licence_png
from demo.families.corpus import (
    Family,
    Label,
    Page,
    Registered,
    Said,
    Shown,
    Target,
    labels_of,
    licence_labels,
    permit_labels,
)

PLATFORM = "京东"


@dataclass(frozen=True)
class Sku:
    """One SKU page: title, price, selling points, 售后 lines, parameters, Q&A, comments."""

    sku: str
    title: str
    price: str
    points: tuple[Said, ...] = ()
    service: tuple[Said, ...] = ()
    params: tuple[tuple[str, Said | str], ...] = ()
    asks: tuple[tuple[Said | str, Said | str], ...] = ()  # (buyer question, answer)
    comments: tuple[Said, ...] = ()


@dataclass(frozen=True)
class Store:
    """One 京东 POP store: registry record, what it shows where, and its copy.

    cert: "page" (text + photo on showLicence), "photo" (photo only on showLicence),
    "footer-photo" (photo only, in the home page's shop footer), "pending"
    (showLicence says 审核中), "none" (no entry at all).
    """

    tid: str
    vid: str
    shop_name: str
    reg: Registered
    category: str
    shown: Shown | None
    cert: str = "page"
    entry: str = "店铺证照信息"
    permit: str = ""
    filing: str = ""
    notice: tuple[Said, ...] = ()
    helper: tuple[Said, ...] = ()  # the shop's 客服 card
    others: tuple[tuple[str, Said], ...] = ()  # extra certificates: (title, wording)
    skus: tuple[Sku, ...] = ()
    note: str = ""


def _text(s: Said | str) -> str:
    return s.text if isinstance(s, Said) else s


def _header(d: Dom, s: Store, root: str) -> Element:
    card = [
        d.h("dt", "jz-pop-name", s.shop_name),
        d.h("dd", "jz-pop-score", "商品评价 9.6 高 | 物流履约 9.5 高 | 售后服务 9.4 中"),
    ]
    if s.cert in ("page", "photo", "pending"):
        if s.entry == "企业资质":  # icon entry: the words are the link's title and hidden text
            card.append(
                d.h(
                    "dd",
                    "jz-pop-cert",
                    d.h(
                        "a",
                        "jz-ico-cert",
                        d.h("i", "jz-ico"),
                        d.h("span", "jz-sr", "企业资质"),
                        href=root + "showLicence.html",
                        title="企业资质",
                        target="_blank",
                    ),
                )
            )
        else:
            card.append(
                d.h(
                    "dd",
                    "jz-pop-cert",
                    d.h("a", "jz-cert-link", s.entry, href=root + "showLicence.html"),
                )
            )
    return d.h(
        "div",
        "jz-shophd",
        d.h("h1", "jz-shopname", s.shop_name),
        d.h("a", "jz-follow", "关注店铺", href="#"),
        d.h("a", "jz-im", "联系客服", href="#"),
        d.h("dl", "jz-popbox", *card),
    )


def _licence_block(d: Dom, s: Store, root: str) -> list[Element]:
    assert s.shown is not None
    shown = s.shown
    photo = d.h(
        "img", "jz-licpic", src=root + "licence.png", alt="" if s.cert != "page" else "营业执照"
    )
    if s.cert in ("photo", "footer-photo"):
        return [photo]
    rows = (
        ("企业名称", shown.name),
        ("营业执照注册号", shown.uscc),
        ("法定代表人姓名", shown.person),
        ("营业执照所在地", "山东省烟台市"),
        ("企业注册资金", "500万人民币"),
        ("营业执照有效期", f"{shown.founded} 至 长期"),
        ("公司地址", shown.address),
        (
            "营业执照经营范围",
            "一般项目：食品销售（仅销售预包装食品）；日用品销售"
            if s.filing
            else f"{s.category}销售；互联网销售（除销售需要许可的商品）",
        ),
        ("店铺名称", s.shop_name),
        ("店铺网址", f"//mall.jd.com/index-{s.vid}.html"),
    )
    lst = d.h(
        "ul",
        "jz-licinfo",
        *(
            d.h("li", "jz-licrow", d.h("span", "jz-lick", k + "："), d.h("span", "jz-licv", v))
            for k, v in rows
        ),
    )
    return [lst, photo]


def _home(d: Dom, s: Store, root: str) -> tuple[bytes, list[Label]]:
    cards = [
        d.h(
            "li",
            "jz-gl-item",
            d.h("a", "jz-gl-title", k.title, href=f"{root}item/{k.sku}.html"),
            d.h("strong", "jz-gl-price", "￥" + k.price),
            *(d.h("em", "jz-gl-promo", p.text) for p in k.points[:1]),
        )
        for k in s.skus
    ]
    body = [_header(d, s, root)]
    if s.notice:
        body.append(
            d.h(
                "div",
                "jz-notice",
                d.h("h3", "jz-notice-t", "店铺公告"),
                *(d.h("p", "jz-notice-p", n.text) for n in s.notice),
            )
        )
    body.append(d.h("ul", "jz-gl", *cards))
    if s.helper:
        body.append(
            d.h(
                "div",
                "jz-kefu",
                d.h("h3", "jz-kefu-t", "店铺客服"),
                *(d.h("p", "jz-kefu-p", n.text) for n in s.helper),
            )
        )
    shopfoot = [d.h("p", "jz-sf-p", f"{s.shop_name} · 由商家从山东烟台发货并提供售后服务")]
    if s.cert == "footer-photo":
        shopfoot += [d.h("span", "jz-sf-cap", "资质"), *_licence_block(d, s, root)]
    body.append(d.h("div", "jz-shopfoot", *shopfoot))
    words = [*s.notice, *s.helper, *(k.points[0] for k in s.skus if k.points), CHROME_TIP]
    labels = labels_of(words) + permit_labels(s.category, s.permit, s.filing) + [CHROME_DECOY]
    if s.shown is None:
        why = (
            "店铺证照信息 says 审核中: a pending notice is not a licence"
            if s.cert == "pending"
            else "no licence on the shop page and no 证照 entry"
        )
        labels.append(Label("violation", "licence.missing", why))
    if s.cert == "footer-photo":
        labels += licence_labels(
            s.shown,
            s.reg,
            s.shop_name,
            "only as a photo (no alt text) in the shop footer; the fields "
            "are in the image only (OCR)",
        )
    return page(d, f"{s.shop_name} - 京东", *body), labels


def _licence(d: Dom, s: Store, root: str) -> tuple[bytes, list[Label]]:
    parts: list[Element] = [
        d.h("h2", "jz-lic-t", "店铺证照信息"),
        d.h("p", "jz-lic-tip", "以下证照信息由商家提供并经京东审核，如有疑问请联系京东客服。"),
    ]
    labels: list[Label] = []
    if s.shown is None:
        parts.append(d.h("p", "jz-lic-empty", "该店铺证照信息正在审核中，暂未公示。"))
    else:
        parts += _licence_block(d, s, root)
        hard = (
            "only as a photo without alt text; the fields are in the image only (OCR)"
            if s.cert == "photo"
            else ""
        )
        labels += licence_labels(s.shown, s.reg, s.shop_name, hard)
    if s.permit:
        parts.append(
            d.h(
                "p",
                "jz-lic-more",
                f"食品经营许可证：许可证编号 {s.permit}，经营者名称"
                f" {s.reg.name}，有效期至2030年06月30日",
            )
        )
    if s.filing:
        parts.append(
            d.h("p", "jz-lic-more", f"仅销售预包装食品经营者备案信息采集表：备案编号 {s.filing}")
        )
    for title, said in s.others:
        parts.append(
            d.h(
                "div",
                "jz-lic-other",
                d.h("h4", "jz-lic-ot", title),
                d.h("p", "jz-lic-op", said.text),
            )
        )
        labels += labels_of([said])
    return page(d, f"店铺证照信息 - {s.shop_name}", d.h("div", "jz-licwrap", *parts)), labels


def _item(d: Dom, s: Store, k: Sku) -> tuple[bytes, list[Label]]:
    params = d.h(
        "ul", "jz-parameter", *(d.h("li", "jz-param", f"{key}：{_text(v)}") for key, v in k.params)
    )
    asks = d.h(
        "div",
        "jz-askanswer",
        d.h("h3", "jz-aa-t", "商品问答"),
        *(
            d.h(
                "dl",
                "jz-aa",
                d.h("dt", "jz-ask", d.h("i", "jz-ask-ico", "问"), _text(q)),
                d.h("dd", "jz-answer", d.h("i", "jz-ans-ico", "答"), _text(a)),
            )
            for q, a in k.asks
        ),
    )
    comments = d.h(
        "div",
        "jz-comment",
        d.h("h3", "jz-cm-t", "商品评价"),
        *(
            d.h(
                "div",
                "jz-cm-item",
                d.h("span", "jz-cm-user", c.who or "j***8"),
                d.h("p", "jz-cm-con", c.text),
            )
            for c in k.comments
        ),
    )
    body = d.h(
        "div",
        "jz-itemwrap",
        d.h("div", "jz-sku-name", k.title),
        d.h(
            "div",
            "jz-summary",
            d.h("span", "jz-p-price", "京东价 ￥" + k.price),
            *(d.h("p", "jz-p-ad", p.text) for p in k.points),
        ),
        d.h(
            "div",
            "jz-service",
            d.h(
                "span", "jz-service-t", f"服务支持：由 {s.shop_name} 从 烟台 发货，并提供售后服务。"
            ),
            *(d.h("p", "jz-service-p", x.text) for x in k.service),
        ),
        d.h("div", "jz-detail", d.h("h3", "jz-dt-t", "商品介绍"), params),
        asks,
        comments,
    )
    said = [
        *k.points,
        *k.service,
        *(v for _, v in k.params if isinstance(v, Said)),
        *(x for q, a in k.asks for x in (q, a) if isinstance(x, Said)),
        *k.comments,
    ]
    return page(d, f"{k.title}【京东】", body), labels_of(said)


def _pages(s: Store) -> tuple[list[Page], dict[str, tuple[bytes, str]]]:
    root = f"/shop/{s.vid}/"
    href = "/f/bigshop" + root
    body, labels = _home(Dom(), s, href)
    pages = [Page(root, "home", body, tuple(labels))]
    assets: dict[str, tuple[bytes, str]] = {}
    if s.cert in ("page", "photo", "pending"):
        body, labels = _licence(Dom(), s, href)
        pages.append(Page(root + "showLicence.html", "licence", body, tuple(labels)))
    if s.shown is not None:
        assets[root + "licence.png"] = (licence_png(s.shown), "image/png")
    for k in s.skus:
        body, labels = _item(Dom(), s, k)
        pages.append(Page(f"{root}item/{k.sku}.html", "item", body, tuple(labels)))
    return pages, assets


def build() -> Family:
    """The bigshop family: every page built once, licence photos drawn with Pillow."""
    from demo.families.bigshop.stores import STORES

    pages: list[Page] = []
    assets: dict[str, tuple[bytes, str]] = {}
    for s in STORES:
        more, pics = _pages(s)
        pages += more
        assets.update(pics)
    targets = tuple(
        Target(
            s.tid,
            PLATFORM,
            "storefront",
            f"/shop/{s.vid}/",
            s.shop_name,
            s.reg.name,
            s.reg.uscc,
            s.reg.uscc[2:8],
            s.category,
            s.note,
        )
        for s in STORES
    )
    return Family(
        "bigshop",
        "京东POP店铺（minidom 构建）",
        "xml.dom.minidom element trees, jz- hyphen classes, 京东 page anatomy",
        "京东 listing copy: 店铺公告, 店铺客服, 服务支持, 售后保障, 商品问答, 评价, "
        "showLicence fields (营业执照注册号)",
        False,
        targets,
        tuple(pages),
        assets,
    )
