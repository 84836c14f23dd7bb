"""Family `yimei` (sealed, tenth batch): 医美 consultation pages on 悦美/美团医美-style platforms.

Markup comes from a tiny element builder (`el`, escaping every text child) with `ym-` and
BEM-like names. A clinic has a 机构主页 (its 机构介绍, the platform's 风险提示), a 项目
page per treatment with the 咨询问答 thread (用户问 / 机构答 / 平台答, told by a
`data-from` attribute and a role label) and a 机构资质 page with the 营业执照 fields and
the 医疗机构执业许可证 number, or a notice that it is under review.
"""

from __future__ import annotations

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
    collect,
    labels_of,
    licence_labels,
    registry_labels,
)

SLUGS = {"悦美": "yuemei", "美团医美": "mtym"}
RISK = {"悦美": ("风险提示：医疗美容是医疗行为，效果因人而异，请选择有《医疗机构执业许可证》"
                "的机构。"),
        "美团医美": "平台提示：请勿相信“永久”“根治”“零风险”等宣传，站外付款不受平台保障。"}
FROM = {"user": "用户问", "clinic": "机构答", "platform": "平台答"}
Ask = tuple[str, Said | str]  # from (user / clinic / platform), words


def el(tag: str, attrs: dict[str, str] | None = None, *kids: str | Said) -> str:
    """One element: attributes escaped, text children escaped, markup children as given."""
    attr = "".join(f' {k}="{escape(v)}"' for k, v in (attrs or {}).items())
    inner = "".join(escape(k.text) if isinstance(k, Said) else k for k in kids)
    return f"<{tag}{attr}>{inner}</{tag}>"


def txt(w: Said | str) -> str:
    """Escaped text of a piece of wording."""
    return escape(w.text if isinstance(w, Said) else w)


@dataclass(frozen=True)
class Clinic:
    """One 医美 clinic's pages. shown None = the 机构资质 page shows no licence fields."""

    tid: str
    slug: str
    platform: str
    name: str
    reg: Registered
    shown: Shown | None
    medlic: str  # 医疗机构执业许可证 登记号 ("" = none shown)
    intro: tuple[Said | str, ...]
    project: str
    blurb: tuple[Said | str, ...]
    asks: tuple[Ask, ...]
    status: str = "存续"
    status_date: str = ""
    note: str = ""

    @property
    def path(self) -> str:
        return f"/{SLUGS[self.platform]}/{self.slug}/"

    @property
    def filed(self) -> Filed:
        return Filed(self.reg, self.status, self.status_date)


def _doc(title: str, body: str) -> bytes:
    return ('<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport"'
            f' content="width=device-width"><title>{escape(title)}</title></head>'
            f'<body class="ym-page">{body}</body></html>').encode()


SERVED = "/f/yimei"  # where demo.server serves the family: its links name that prefix


def _nav(c: Clinic) -> str:
    links = [("", "机构主页"), ("xiangmu.html", "热门项目"), ("zizhi.html", "机构资质")]
    return el("nav", {"class": "ym-nav"},
              *(el("a", {"href": SERVED + c.path + h}, t) for h, t in links))


def _said(items: tuple[Said | str, ...]) -> list[Label]:
    return labels_of(w for w in items if isinstance(w, Said))


def pages_of(c: Clinic) -> list[Page]:
    """A clinic's 主页, 项目 page and 机构资质 page."""
    head = el("header", {"class": "ym-head"}, el("h1", {"class": "ym-head__name"}, c.name))
    home = (head + _nav(c) + el("section", {"class": "ym-intro"},
                                *(el("p", {}, txt(w)) for w in c.intro))
            + el("aside", {"class": "ym-risk"}, escape(RISK[c.platform])))
    risk = Label("decoy", "ad.medical_claims",
                 f"{c.platform}'s 风险提示 names treatment words to warn, not to claim")
    pages = [Page(c.path, "home", _doc(c.name, home), (risk, *_said(c.intro)))]
    thread = "".join(
        el("li", {"class": "ym-qa__item", "data-from": who},
           el("span", {"class": "ym-qa__who"}, FROM[who]), el("p", {}, txt(w)))
        for who, w in c.asks)
    item = (head + _nav(c) + el("h2", {"class": "ym-item__title"}, escape(c.project))
            + "".join(el("p", {"class": "ym-item__blurb"}, txt(w)) for w in c.blurb)
            + el("h3", {}, "咨询问答") + el("ol", {"class": "ym-qa"}, thread))
    pages.append(Page(c.path + "xiangmu.html", "item", _doc(c.project, item),
                      tuple(_said(c.blurb) + labels_of(w for _, w in c.asks
                                                        if isinstance(w, Said)))))
    if c.shown is None:
        rows = el("p", {"class": "ym-cert__wait"}, "机构资质审核中，审核通过后展示。")
        labels = [Label("violation", "licence.missing",
                        "the 机构资质 page says the licence is under review and shows none")]
    else:
        pairs = [("机构名称", c.shown.name), ("统一社会信用代码", c.shown.uscc),
                 ("类型", c.shown.kind), ("法定代表人", c.shown.person),
                 ("住所", c.shown.address), ("成立日期", c.shown.founded)]
        if c.medlic:
            pairs.append(("医疗机构执业许可证登记号", c.medlic))
        rows = el("dl", {"class": "ym-cert"}, *(el("dt", {}, escape(k)) + el("dd", {}, escape(v))
                                                for k, v in pairs))
        labels = licence_labels(c.shown, c.reg, c.name) + registry_labels(c.shown, c.filed, c.name)
    body = head + _nav(c) + el("h2", {}, "机构资质") + rows
    pages.append(Page(c.path + "zizhi.html", "licence", _doc(f"{c.name} 机构资质", body),
                      tuple(labels)))
    return pages


def build() -> Family:
    """The yimei family."""
    from demo.families.yimei.clinics import CLINICS

    pages, assets = collect(CLINICS, lambda c: (pages_of(c), {}))
    targets = tuple(Target(c.tid, c.platform, "storefront", c.path, c.name, c.reg.name, c.reg.uscc,
                           c.reg.uscc[2:8], "医疗美容", c.note) for c in CLINICS)
    return Family(
        "yimei", "医美咨询页（悦美 / 美团医美：机构主页、项目咨询问答、机构资质）",
        "a tiny element builder (el) escaping every text child; ym- BEM-like classes; the "
        "咨询问答 speakers told by data-from and a role label",
        "机构介绍 and 项目 blurbs paraphrased from published 医美 advertising cases, users' "
        "questions, clinics' and the platform's answers, 风险提示",
        False, targets, pages, assets, tuple(c.filed for c in CLINICS))
