"""Family `tplmall`: brand flagship stores rendered by Jinja2 templates with BEM class names.

Wording: formal company copy (品牌介绍, 购物须知, product specification tables,
buyer reviews). The licence sits on a separate credentials page in a table.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from demo.families.corpus import (
    Family,
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
)

MALLS = {
    "tmall": {"name": "天猫 TMALL", "color": "#c40000", "topbar": "天猫 理想生活上天猫",
              "footer": ("© 2003-2026 Tmall.com 版权所有", "增值电信业务经营许可证：浙B2-20110446"),
              "decoy": "platform chrome: the mall's telecom licence number"},
    "jd": {"name": "京东", "color": "#e4393c", "topbar": "京东 多快好省",
           "footer": ("Copyright © 2004-2026 京东JD.com 版权所有",
                      "营业执照：北京京东叁佰陆拾度电子商务有限公司"),
           "decoy": "platform chrome: the platform's own 营业执照 name in its footer"},
    "taobao": {"name": "淘宝网", "color": "#ff4400", "topbar": "淘宝网 Taobao.com",
               "footer": ("© 2003-2026 Taobao.com 版权所有", "浙公网安备 33010002000078号"),
               "decoy": "platform chrome: the platform's 公网安备 number"},
}


@dataclass(frozen=True)
class Product:
    """A listing: title, price, selling points, a specification table and buyer reviews."""

    pid: str
    title: str
    price: str
    points: tuple[Said, ...] = ()
    spec: tuple[tuple[str, Said], ...] = ()
    reviews: tuple[Said, ...] = ()


@dataclass(frozen=True)
class Seller:
    """One flagship store: registry record, what it shows, and its copy."""

    tid: str
    platform: str
    slug: str
    shop_name: str
    reg: Registered
    category: str
    shown: Shown | None
    entry: str = "店铺证照"
    permit: str = ""
    filing: str = ""
    story: tuple[Said, ...] = ()
    notices: tuple[Said, ...] = ()
    footer: tuple[Said, ...] = ()
    products: tuple[Product, ...] = ()
    note: str = ""


def _env() -> Environment:
    return Environment(loader=FileSystemLoader(Path(__file__).parent / "templates"),
                       autoescape=select_autoescape(["html"]), undefined=StrictUndefined)


def _pages(env: Environment, s: Seller) -> list[Page]:
    root = f"/{s.platform}/{s.slug}/"
    ctx = {"seller": s, "root": "/f/tplmall" + root, "mall": MALLS[s.platform],
           "authority": "烟台市市场监督管理局"}
    home_words = [*s.story, *s.notices, *s.footer, *(p.points[0] for p in s.products if p.points)]
    home_labels = labels_of(home_words) + permit_labels(s.category, s.permit, s.filing)
    home_labels.append(Label("decoy", "licence.mismatch", MALLS[s.platform]["decoy"]))
    if s.shown is None:
        home_labels.append(Label("violation", "licence.missing",
                                 "no licence on the home page and no credentials entry"))
    out = [Page(root, "home", env.get_template("home.html").render(**ctx).encode(),
                tuple(home_labels))]
    if s.shown is not None:
        body = env.get_template("credentials.html").render(**ctx, shown=s.shown).encode()
        out.append(Page(root + "credentials", "licence", body,
                        tuple(licence_labels(s.shown, s.reg, s.shop_name))))
    for p in s.products:
        said = [*p.points, *(v for _, v in p.spec), *p.reviews]
        body = env.get_template("item.html").render(**ctx, product=p).encode()
        out.append(Page(f"{root}item/{p.pid}.htm", "item", body, tuple(labels_of(said))))
    return out


def build() -> Family:
    """The tplmall family: every page rendered once."""
    from demo.families.tplmall.sellers import SELLERS

    env = _env()
    pages, _ = collect(SELLERS, lambda s: (_pages(env, s), {}))
    targets = tuple(Target(s.tid, s.platform, "storefront", f"/{s.platform}/{s.slug}/",
                           s.shop_name, s.reg.name, s.reg.uscc, s.reg.uscc[2:8], s.category,
                           s.note) for s in SELLERS)
    return Family("tplmall", "品牌旗舰店（模板渲染）", "Jinja2 templates, BEM class names",
                  "formal company copy: 品牌介绍, 购物须知, specification tables, reviews",
                  False, targets, pages)
