"""Family `jiaopei` (sealed, ninth batch): 教培 course shops (成人职考, 艺术, 托管, 烘焙课) on
小鹅通 / 大众点评.

Pages are `string.Template` skeletons filled with escaped values; `jp-` classes. A shop
has a home (机构简介, the course list, 家长/学员评价 with the 机构回复, the platform's
reminder), one page per course (课程介绍, 报名须知 and 退费规则) and a 办学资质 page:
the 营业执照 as a two-column grid of `div`s, sometimes a teacher's certificate or the
venue landlord's licence beside it, or only a notice that the licence is "at the front desk".
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from string import Template

from demo.families.corpus import (
    Assets,
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

ROOT = "/f/jiaopei"
SLUGS = {"小鹅通": "xet", "大众点评": "dianping"}
REMIND = {
    "小鹅通": "小鹅通提示：请在店铺内下单支付，谨防以“内部名额”“私下报名更便宜”为由的转账诈骗。",
    "大众点评": "大众点评提醒：到店消费请以平台团购为准，勿向商家私下转账预付学费。",
}
SHELL = Template("""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">
<title>$title</title></head><body class="jp-body">
<header class="jp-head"><a class="jp-brand" href="$home">$name</a>
<a class="jp-qual" href="${home}zizhi.html">办学资质</a></header>
<div class="jp-content">$content</div>
<footer class="jp-foot"><small class="jp-remind">$remind</small></footer></body></html>""")
HOME = Template("""<h1 class="jp-h1">$name</h1><div class="jp-intro">$intro</div>
<h2 class="jp-h2">课程</h2><div class="jp-courses">$courses</div>
<h2 class="jp-h2">学员评价</h2><div class="jp-reviews">$reviews</div>""")
COURSE = Template("""<h1 class="jp-h1">$title</h1><p class="jp-fee">学费 ￥$fee</p>
<div class="jp-desc">$desc</div><h2 class="jp-h2">报名须知 · 退费规则</h2>
<div class="jp-rules">$rules</div>""")
QUAL = Template("""<h1 class="jp-h1">办学资质</h1><div class="jp-grid">$grid</div>
<div class="jp-extra">$extra</div><div class="jp-qnotes">$notes</div>""")
Words = tuple[Said | str, ...]


@dataclass(frozen=True)
class Course:
    """One course page."""

    cid: str
    title: str
    fee: str
    desc: Words = ()
    rules: Words = ()


@dataclass(frozen=True)
class School:
    """One 教培 shop: its registry record, its 办学资质 page, courses and reviews."""

    tid: str
    slug: str
    platform: str
    name: str
    reg: Registered
    category: str
    shown: Shown | None
    intro: Words
    courses: tuple[Course, ...]
    reviews: tuple[tuple[str, Said | str, str], ...] = ()  # who, words, 机构回复
    extra: tuple[tuple[str, str], ...] = ()  # a third party's certificate rows
    notes: Words = ()
    permit: str = ""
    status: str = "存续"
    note: str = ""

    @property
    def path(self) -> str:
        return f"/{SLUGS[self.platform]}/{self.slug}/"

    @property
    def filed(self) -> Filed:
        return Filed(self.reg, self.status)


def _t(w: Said | str) -> str:
    return w.text if isinstance(w, Said) else w


def _said(*groups: Words) -> list[Said]:
    return [w for g in groups for w in g if isinstance(w, Said)]


def _ps(cls: str, words: Words) -> str:
    return "".join(f'<p class="{cls}">{escape(_t(w))}</p>' for w in words)


def _page(s: School, title: str, content: str) -> bytes:
    return SHELL.substitute(title=escape(title), home=f"{ROOT}{s.path}", name=escape(s.name),
                            content=content, remind=escape(REMIND[s.platform])).encode()


def _home(s: School) -> Page:
    courses = "".join(f'<a class="jp-course" href="{ROOT}{s.path}course/{c.cid}.html">'
                      f"{escape(c.title)} ￥{escape(c.fee)}</a>" for c in s.courses)
    reviews = "".join(
        f'<div class="jp-review"><span class="jp-who">{escape(who)}</span>'
        f'<p class="jp-said">{escape(_t(w))}</p>'
        + (f'<p class="jp-reply">机构回复：{escape(reply)}</p>' if reply else "") + "</div>"
        for who, w, reply in s.reviews)
    content = HOME.substitute(name=escape(s.name), intro=_ps("jp-line", s.intro),
                              courses=courses, reviews=reviews)
    labels = labels_of(_said(s.intro, tuple(w for _, w, _ in s.reviews)))
    labels.append(Label("decoy", "live.offplatform_lure",
                        f"{s.platform}'s own reminder warns against private transfers"))
    return Page(s.path, "home", _page(s, s.name, content), tuple(labels))


def _course(s: School, c: Course) -> Page:
    content = COURSE.substitute(title=escape(c.title), fee=escape(c.fee),
                                desc=_ps("jp-line", c.desc), rules=_ps("jp-rule", c.rules))
    return Page(f"{s.path}course/{c.cid}.html", "item", _page(s, c.title, content),
                tuple(labels_of(_said(c.desc, c.rules))))


def _grid(rows: list[tuple[str, str]]) -> str:
    return "".join(f'<div class="jp-cell jp-key">{escape(k)}</div>'
                   f'<div class="jp-cell jp-val">{escape(v)}</div>' for k, v in rows)


def _qual(s: School) -> Page:
    rows: list[tuple[str, str]] = []
    if s.shown is not None:
        person = "经营者" if "个体" in s.shown.kind else "法定代表人"
        rows = [("名称", s.shown.name), ("统一社会信用代码", s.shown.uscc),
                ("类型", s.shown.kind), (person, s.shown.person), ("住所", s.shown.address),
                ("成立日期", s.shown.founded)]
        if s.permit:
            rows.append(("食品经营许可证", s.permit))
    content = QUAL.substitute(grid=_grid(rows), extra=_grid(list(s.extra)),
                              notes=_ps("jp-qnote", s.notes))
    labels = licence_labels(s.shown, s.reg, s.name) + registry_labels(s.shown, s.filed, s.name)
    labels += permit_labels(s.category, s.permit) + labels_of(_said(s.notes))
    if s.extra:
        labels.append(Label("decoy", "licence.mismatch",
                            f"a third party's document ({s.extra[0][0]}) beside the school's "
                            "own licence"))
    if s.shown is None:
        labels.append(Label("violation", "licence.missing",
                            "the 办学资质 page shows no licence, only a note"))
    return Page(s.path + "zizhi.html", "licence", _page(s, "办学资质", content), tuple(labels))


def pages_of(s: School) -> tuple[list[Page], Assets]:
    """Every page of one school."""
    return [_home(s), _qual(s), *(_course(s, c) for c in s.courses)], {}


def build() -> Family:
    """The jiaopei family."""
    from demo.families.jiaopei.schools import SCHOOLS

    pages, assets = collect(SCHOOLS, pages_of)
    targets = tuple(Target(s.tid, s.platform, "storefront", s.path, s.name, s.reg.name,
                           s.reg.uscc, s.reg.uscc[2:8], s.category, s.note) for s in SCHOOLS)
    return Family(
        "jiaopei", "教培课程店铺（小鹅通、大众点评）",
        "string.Template skeletons filled with escaped values; the licence as a grid of divs; "
        "jp- classes",
        "机构简介, 学员评价 with 机构回复, 课程介绍 and 退费规则, 办学资质 with a teacher's "
        "certificate or a landlord's licence, the platform's reminder",
        False, targets, pages, assets, tuple(s.filed for s in SCHOOLS))
