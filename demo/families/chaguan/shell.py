"""The chaguan family's markup: one SPA shell served at every real path, and its JSON API.

Every route of a shop (/cg/<shop>/, /cg/<shop>/zizhi, /cg/<shop>/cha/<slug>) answers the
same shell: a mount point and the app script, no wording. app.js reads location.pathname,
fetches the shop's api/shop.json and renders the route; links are followed with
history.pushState. The licence block (api/zizhi.json) is fetched only when the home route's
footer scrolls into view (IntersectionObserver), or at once on the 资质 route.
"""

from __future__ import annotations

import json
from html import escape
from pathlib import Path

from demo.families.chaguan.shops import Shop
from demo.families.corpus import (
    Assets,
    Label,
    Page,
    Said,
    labels_of,
    licence_labels,
    permit_labels,
    registry_labels,
)

ROOT = "/f/chaguan"
APP = "/static/cg-app.js"
_CSS = (Path(__file__).parent / "shell.css").read_text(encoding="utf-8")


def shell(shop: Shop) -> bytes:
    """The shell every route of a shop serves: a mount point, the app script, no wording."""
    base = f"{ROOT}/cg/{shop.key}/"
    return (f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width,initial-scale=1">'
            f"<title>{escape(shop.shop_name)}</title><style>{_CSS}</style></head><body>"
            f'<div id="cg-app" data-base="{base}"><p class="cg-wait">加载中…</p></div>'
            f"<noscript>请开启浏览器的 JavaScript 后访问本店。</noscript>"
            f'<script src="{ROOT}{APP}"></script></body></html>').encode()


def _texts(items: tuple[Said, ...]) -> list[str]:
    return [s.text for s in items]


def shop_api(shop: Shop) -> dict[str, object]:
    """api/shop.json: what the home and item routes render."""
    return {"name": shop.shop_name, "zizhi": shop.zizhi_route, "banner": _texts(shop.banner),
            "notice": _texts(shop.notice),
            "teas": [{"slug": t.slug, "name": t.name, "price": t.price,
                      "detail": _texts(t.detail)} for t in shop.teas]}


def zizhi_api(shop: Shop) -> dict[str, object]:
    """api/zizhi.json: the licence block (fields as label/value pairs), permit or filing."""
    rows: list[list[str]] = []
    if shop.shown is not None:
        s = shop.shown
        rows = [["企业名称", s.name], ["统一社会信用代码", s.uscc], ["主体类型", s.kind],
                ["法定代表人/经营者", s.person], ["住所", s.address], ["成立日期", s.founded]]
    if shop.permit:
        rows.append(["食品经营许可证编号", shop.permit])
    if shop.filing:
        rows.append(["仅销售预包装食品备案编号", shop.filing])
    return {"title": "营业执照及经营资质" if shop.shown else "品质保障", "rows": rows,
            "extra": [shop.supplier] if shop.supplier else []}


def _licence_verdict(shop: Shop, where: str) -> list[Label]:
    return (licence_labels(shop.shown, shop.reg, shop.shop_name, where)
            + registry_labels(shop.shown, shop.filed, shop.shop_name)
            + permit_labels("食品", shop.permit, shop.filing))


def _missing(shop: Shop) -> list[Label]:
    return [Label("violation", "licence.missing",
                  "no business licence on any route: the footer shows only a supplier's "
                  "production permit, which is not the seller's licence")]


def shop_files(shop: Shop) -> tuple[list[Page], Assets]:
    """A shop's routes (each serving the shell) with their labels, and its two API files."""
    home = f"/cg/{shop.key}/"
    body = shell(shop)
    home_words: list[Said] = [*shop.banner, *shop.notice]
    home_labels = labels_of(home_words)
    pages: list[Page] = []
    if shop.shown is None:
        home_labels += _missing(shop) + permit_labels("食品", shop.permit, shop.filing)
    elif not shop.zizhi_route:
        home_labels += _licence_verdict(
            shop, "only in the home route's footer, fetched when scrolled into view")
    pages.append(Page(home, "home", body, tuple(home_labels)))
    if shop.zizhi_route and shop.shown is not None:
        pages.append(Page(home + "zizhi", "licence", body, tuple(_licence_verdict(shop, ""))))
    pages += [Page(f"{home}cha/{t.slug}", "item", body, tuple(labels_of(t.detail)))
              for t in shop.teas]
    assets: Assets = {
        home + "api/shop.json": (json.dumps(shop_api(shop), ensure_ascii=False).encode(),
                                 "application/json; charset=utf-8"),
        home + "api/zizhi.json": (json.dumps(zizhi_api(shop), ensure_ascii=False).encode(),
                                  "application/json; charset=utf-8"),
    }
    return pages, assets


def app_asset() -> Assets:
    """The shared SPA script."""
    return {APP: ((Path(__file__).parent / "app.js").read_bytes(),
                  "text/javascript; charset=utf-8")}
