"""Family `spa`: platform 小店 pages as a client-side app: an empty shell, JSON, hashed classes.

Markup: a shell `<div id="root">` and a script (app.js) that fetches the route's JSON
and builds the DOM with CSS-module class names (`_3xKq1`). Nothing is visible
without a browser. Wording: platform template fields (卖点, 功效, 售后政策, 客服说明).
"""

from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

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

COMPONENTS = ("top", "platformNotice", "noticeLine", "shopBar", "shopName", "shopScore",
              "qualLink", "feed", "card", "cardTitle", "cardPrice", "tags", "tag", "attrs",
              "attrRow", "attrKey", "attrVal", "qualBlock", "qualType", "qualPage", "empty",
              "detail", "detailTitle", "detailText", "para")
BUNDLE = "/static/app.8c1f3e.js"


def css_module(name: str) -> str:
    """A CSS-module style hashed class name, e.g. _3xKq1."""
    digest = base64.b64encode(hashlib.sha1(f"spa:{name}".encode()).digest(), b"Kq").decode()
    return "_" + str(len(name) % 10) + digest[:4]


@dataclass(frozen=True)
class Sku:
    """A product: template attributes (k, Said), detail paragraphs, service fields."""

    gid: str
    title: str
    price: str
    attrs: tuple[tuple[str, Said], ...] = ()
    detail: tuple[Said, ...] = ()
    service: tuple[tuple[str, Said], ...] = ()
    tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class Store:
    """A platform 小店: registry record and the JSON its pages are built from."""

    tid: str
    platform: str
    sid: str
    shop_name: str
    reg: Registered
    category: str
    shown: Shown | None
    permit: str = ""
    notices: tuple[Said, ...] = ()  # platform notices in the header region
    service: tuple[tuple[str, Said], ...] = ()  # shop-level template fields
    skus: tuple[Sku, ...] = ()
    empty_text: str = "商家暂未上传资质信息"
    note: str = ""


def _kv(fields: tuple[tuple[str, Said], ...]) -> list[dict[str, str]]:
    return [{"k": k, "v": v.text} for k, v in fields]


def _shell(title: str, view: str, base: str, api: str) -> bytes:
    route = json.dumps({"view": view, "base": base, "api": api}, ensure_ascii=False)
    return (f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{title}</title>'
            f'<link rel="stylesheet" href="/f/spa/static/app.8c1f3e.css"></head><body>'
            f'<div id="root"><div class="{css_module("skeleton")}"></div></div>'
            f"<script>window.__ROUTE__ = {route};</script>"
            f'<script src="/f/spa{BUNDLE}"></script></body></html>').encode()


def _qualifications(st: Store) -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    if st.shown is not None:
        s = st.shown
        out.append({"type": "营业执照", "fields": [
            {"k": "企业名称", "v": s.name}, {"k": "统一社会信用代码", "v": s.uscc},
            {"k": "企业类型", "v": s.kind}, {"k": "法定代表人", "v": s.person},
            {"k": "营业期限", "v": f"{s.founded} 至 长期"}, {"k": "注册地址", "v": s.address}]})
    if st.permit:
        out.append({"type": "食品经营许可证", "fields": [{"k": "许可证编号", "v": st.permit},
                                                  {"k": "有效期至", "v": "2030-12-31"}]})
    return out


def _store(st: Store) -> tuple[list[Page], dict[str, tuple[bytes, str]]]:
    root = f"/{st.platform}/{st.sid}/"
    base = "/f/spa" + root
    shop = {"name": st.shop_name, "score": "4.7"}
    head = {"shop": shop, "platform_notices": [n.text for n in st.notices]}
    data = {
        "home": {**head, "goods": [{"id": k.gid, "title": k.title, "price": k.price,
                                    "tags": list(k.tags)} for k in st.skus],
                 "service": _kv(st.service)},
        "qualification": {**head, "qualifications": _qualifications(st),
                          "empty_text": st.empty_text},
    }
    common = labels_of(st.notices)
    home = common + labels_of(v for _, v in st.service) + permit_labels(st.category, st.permit)
    if st.shown is None:
        home.append(Label("violation", "licence.missing",
                          f"the 资质 view is empty: {st.empty_text}"))
    pages = [Page(root, "home", _shell(st.shop_name, "home", base, f"/f/spa/api{root}home.json"),
                  tuple(home)),
             Page(root + "qualification", "licence",
                  _shell(f"店铺资质-{st.shop_name}", "qualification", base,
                         f"/f/spa/api{root}qualification.json"),
                  tuple(common + licence_labels(st.shown, st.reg, st.shop_name)))]
    for k in st.skus:
        data[f"goods/{k.gid}"] = {**head, "title": k.title, "price": k.price,
                                  "attrs": _kv(k.attrs), "detail": [d.text for d in k.detail],
                                  "service": _kv(k.service)}
        said = [*(v for _, v in k.attrs), *k.detail, *(v for _, v in k.service)]
        pages.append(Page(f"{root}goods/{k.gid}", "item",
                          _shell(k.title, "goods", base, f"/f/spa/api{root}goods/{k.gid}.json"),
                          tuple(common + labels_of(said))))
    assets = {f"/api{root}{name}.json": (json.dumps(doc, ensure_ascii=False).encode(),
                                         "application/json; charset=utf-8")
              for name, doc in data.items()}
    return pages, assets


def build() -> Family:
    """The spa family: shells, JSON documents and the bundle."""
    from demo.families.spa.stores import STORES

    classes = {name: css_module(name) for name in COMPONENTS}
    js = (Path(__file__).parent / "app.js").read_text(encoding="utf-8")
    assets = {BUNDLE: (js.replace("__CLASSES__", json.dumps(classes)).encode(),
                       "application/javascript; charset=utf-8"),
              "/static/app.8c1f3e.css": (b"", "text/css; charset=utf-8")}
    pages, assets = collect(STORES, _store, assets)
    targets = tuple(Target(s.tid, s.platform, "storefront", f"/{s.platform}/{s.sid}/",
                           s.shop_name, s.reg.name, s.reg.uscc, s.reg.uscc[2:8], s.category,
                           s.note) for s in STORES)
    return Family("spa", "平台小店（前端渲染）",
                  "client-side app: empty shell, JSON API, DOM built by script, hashed classes",
                  "platform template fields: 卖点, 功效, 售后政策, 客服说明", True, targets,
                  pages, assets)
