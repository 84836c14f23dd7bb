"""Family `liangzhao` (sealed, eighth batch): small firms' 官网 whose licence sits off the page.

Pages are Mustache-style templates (`stache.py`) filled from each firm's data; `lz-`
classes. Every site has a home page, 关于我们 and 联系我们. The business licence is never a
plain block: it is in a closed `<dialog>` opened from the footer's 亮照 badge, in a closed
`<details>` fold on 关于我们, on a 电子营业执照 page reached only through the footer's QR
code, or in a 资质证照 tab whose panel is filled by fetch() when the tab is opened.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

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
    permit_labels,
    registry_labels,
)
from demo.families.liangzhao.stache import render

ROOT = "/f/liangzhao"
HERE = Path(__file__).resolve().parent
TEMPLATES = {name: (HERE / "pages" / f"{name}.html").read_text(encoding="utf-8")
             for name in ("frame", "home", "about", "contact", "dzzz")}
PLACES = {
    "dialog": "in a closed dialog opened from the footer's 亮照 badge",
    "details": "in a closed <details> fold on 关于我们",
    "qr": "on a 电子营业执照 page reached only through the footer's QR code",
    "tab": "in a 资质证照 tab filled by fetch() when the tab is opened",
}


@dataclass(frozen=True)
class Firm:
    """One firm's 官网. place: where its licence sits (PLACES), or "none" (badge, no licence)."""

    tid: str
    slug: str
    name: str  # the brand the site shows
    reg: Registered
    category: str
    shown: Shown | None
    place: str
    slogan: Said | str
    intro: tuple[Said | str, ...]
    offers: tuple[tuple[str, Said | str], ...]
    notes: tuple[Said | str, ...] = ()  # 购物须知 / 服务说明 on 关于我们
    contact: tuple[tuple[str, Said | str], ...] = ()
    permit: str = ""
    status: str = "存续"
    status_date: str = ""
    note: str = ""

    @property
    def path(self) -> str:
        return f"/{self.slug}/"

    @property
    def filed(self) -> Filed:
        return Filed(self.reg, self.status, self.status_date)


def _t(w: Said | str) -> str:
    return w.text if isinstance(w, Said) else w


def _fields(f: Firm) -> list[dict[str, str]]:
    if f.shown is None:
        return []
    s = f.shown
    person = "经营者" if "个体" in s.kind else "法定代表人"
    rows = [("名称", s.name), ("统一社会信用代码", s.uscc), ("类型", s.kind), (person, s.person),
            ("住所", s.address), ("成立日期", s.founded)]
    if f.permit:
        rows.append(("食品经营许可证", f.permit))
    return [{"k": k, "v": v} for k, v in rows]


def _licence_labels(f: Firm) -> list[Label]:
    if f.place == "none":
        return [Label("violation", "licence.missing",
                      "the 亮照 badge opens a notice that the licence is being uploaded: "
                      "none shown")]
    out = licence_labels(f.shown, f.reg, f.name, PLACES[f.place])
    out += registry_labels(f.shown, f.filed, f.name)
    return out + permit_labels(f.category, f.permit)


def _frame(f: Firm, title: str, body: str, script: bool = False) -> bytes:
    ctx = {"title": f"{title} - {f.name}", "brand": f.name, "home": f"{ROOT}{f.path}",
           "body": body, "year": "2026", "root": ROOT,
           "dialog": f.place in ("dialog", "none"), "qr": f.place == "qr",
           "fields": _fields(f) if f.place == "dialog" else [],
           "empty": f.place == "none", "script": script or f.place in ("dialog", "none")}
    return render(TEMPLATES["frame"], ctx).encode()


def _home(f: Firm) -> Page:
    ctx = {"brand": f.name, "slogan": _t(f.slogan), "intro": [_t(w) for w in f.intro],
           "offers": [{"name": n, "text": _t(w)} for n, w in f.offers],
           "tab": f.place == "tab", "src": f"{ROOT}{f.path}zz.json"}
    body = render(TEMPLATES["home"], ctx)
    labels = labels_of([f.slogan, *f.intro, *(w for _, w in f.offers)])
    if f.place in ("dialog", "tab", "none"):
        labels += _licence_labels(f)
    return Page(f.path, "home", _frame(f, "首页", body, f.place == "tab"), tuple(labels))


def _about(f: Firm) -> Page:
    ctx = {"brand": f.name, "intro": [_t(w) for w in f.intro[:1]],
           "notes": [_t(w) for w in f.notes], "details": f.place == "details",
           "fields": _fields(f) if f.place == "details" else []}
    labels = labels_of(f.notes)
    if f.place == "details":
        labels += _licence_labels(f)
    role = "licence" if f.place == "details" else "item"
    return Page(f.path + "about.html", role, _frame(f, "关于我们", render(TEMPLATES["about"], ctx)),
                tuple(labels))


def _contact(f: Firm) -> Page:
    ctx = {"rows": [{"k": k, "v": _t(w)} for k, w in f.contact]}
    return Page(f.path + "contact.html", "item",
                _frame(f, "联系我们", render(TEMPLATES["contact"], ctx)),
                tuple(labels_of(w for _, w in f.contact)))


def _dzzz(f: Firm) -> Page:
    ctx = {"fields": _fields(f)}
    return Page(f.path + "dzzz.html", "licence",
                _frame(f, "电子营业执照", render(TEMPLATES["dzzz"], ctx)),
                tuple(_licence_labels(f)))


def pages_of(f: Firm) -> tuple[list[Page], dict[str, tuple[bytes, str]]]:
    """A firm's pages, and the JSON its 资质证照 tab fetches (when it has one)."""
    pages = [_home(f), _about(f), _contact(f)]
    assets: dict[str, tuple[bytes, str]] = {}
    if f.place == "qr":
        pages.append(_dzzz(f))
    if f.place == "tab":
        doc = {"title": "营业执照", "rows": [[r["k"], r["v"]] for r in _fields(f)]}
        assets[f.path + "zz.json"] = (json.dumps(doc, ensure_ascii=False).encode(),
                                      "application/json")
    return pages, assets


def build() -> Family:
    """The liangzhao family: every firm's site, the shared script, style and QR image."""
    from demo.families.liangzhao.firms import EXTRA, FIRMS

    shared = {"/lz.js": ((HERE / "pages" / "lz.js").read_bytes(), "text/javascript"),
              "/lz.css": ((HERE / "pages" / "lz.css").read_bytes(), "text/css"),
              "/qr.svg": ((HERE / "pages" / "qr.svg").read_bytes(), "image/svg+xml")}
    pages, assets = collect(FIRMS, pages_of, shared)
    targets = tuple(Target(f.tid, "other", "storefront", f.path, f.name, f.reg.name, f.reg.uscc,
                           f.reg.uscc[2:8], f.category, f.note) for f in FIRMS)
    return Family(
        "liangzhao", "小微企业官网（营业执照藏在弹窗、折叠块、二维码页或异步标签页）",
        "Mustache-style templates ({{x}}, {{#list}}, {{^x}}) filled by a 40-line renderer; "
        "the licence in a <dialog>, a <details> fold, a QR-linked page or a fetch() tab; "
        "lz- classes",
        "small firms' own copy (烘焙, 茶舍, 月子会所, 渔具, 婚纱, 养生, 渔家乐, 机械, "
        "粉丝坊, 农场, "
        "画廊): slogans, 公司简介, 服务项目, 购物须知, 联系方式",
        True, targets, pages, assets, (*(f.filed for f in FIRMS), *EXTRA))
