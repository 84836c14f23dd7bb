"""The demo site as data: targets file, labelled truth, and request routing to pages.

`targets_csv(base_url)` and `load_truth()` are the interfaces the rest of the
product (and the tests) use; `Site.respond(path, query)` maps a request to bytes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import parse_qs

import yaml

from demo import pages
from demo.catalog import all_shops
from demo.licence_image import licence_png
from demo.model import DAYS, TODAY, Shop
from demo.skins import SKINS
from hongdun.errors import HongdunError
from hongdun.tables import csv_text

HERE = Path(__file__).resolve().parent
TRUTH_FILE = HERE / "truth.yaml"
TARGETS_FILE = HERE / "targets.csv"
DEMO_BASE_URL = "http://127.0.0.1:8765"
HEADER = ("target_id", "platform", "kind", "url", "shop_name", "uscc", "district", "category",
          "registered_name")
FOOD_CATEGORIES = frozenset({"食品", "餐饮", "酒水", "保健食品"})  # need a 食品经营许可证
ROLES = ("home", "licence", "item")
_DAY_PATH = re.compile(r"^/day/(\d+)(/.*)$")


class DemoError(HongdunError):
    """The demo site or its data files are unusable."""


def targets_csv(base_url: str) -> str:
    """The demo targets file (CSV text) for a demo server at base_url."""
    base = base_url.rstrip("/")
    return csv_text(HEADER, ((s.target_id, s.platform, s.kind, base + s.root, s.shop_name,
                              s.uscc, s.district, s.category, s.shop_name)
                             for s in all_shops()))


def page_truth(shop: Shop) -> dict[str, tuple[str, frozenset[str], str]]:
    """Every page of a shop: path -> (role, rules a correct system reports there, note)."""
    licence = pages.licence_path(shop)
    on_licence = {"licence.uscc_invalid", "licence.mismatch"} if licence else set()
    home_rules = {r for r in shop.rules if r not in on_licence}
    for item in shop.items:
        home_rules |= item.rules
    out = {shop.root: ("home", frozenset(home_rules), "")}
    if licence:
        out[licence] = ("licence", frozenset(shop.rules & on_licence), "")
    for item in shop.items:
        out[pages.item_path(shop, item)] = ("item", item.rules | item.detail_rules, item.note)
    return out


def truth_document() -> dict[str, object]:
    """The content of truth.yaml, generated from the shop declarations."""
    targets: dict[str, object] = {}
    for shop in all_shops():
        per_page = page_truth(shop)
        rules = frozenset().union(*(r for _, r, _ in per_page.values()))
        targets[shop.target_id] = {
            "rules": sorted(rules),
            "note": shop.note,
            "pages": {path: {"role": role, "rules": sorted(r), **({"note": n} if n else {})}
                      for path, (role, r, n) in per_page.items()},
        }
    return {"version": 1, "days": DAYS, "targets": targets}


def _read_truth() -> dict[str, dict[str, object]]:
    try:
        doc = yaml.safe_load(TRUTH_FILE.read_text(encoding="utf-8"))
        targets = doc["targets"]
    except (OSError, yaml.YAMLError, KeyError, TypeError) as exc:
        raise DemoError(f"{TRUTH_FILE}: unreadable truth file ({exc})") from None
    return targets


def load_truth(*, roles: tuple[str, ...] = ROLES) -> dict[str, frozenset[str]]:
    """target_id -> rule ids a correct system must report (empty = clean), from truth.yaml.

    `roles` restricts the truth to what is visible on those page roles (home,
    licence, item), for a crawler that does not follow every link.
    """
    out: dict[str, frozenset[str]] = {}
    for target_id, entry in _read_truth().items():
        found: set[str] = set()
        for page in entry["pages"].values():  # type: ignore[union-attr]
            if page["role"] in roles:
                found.update(page["rules"])
        out[target_id] = frozenset(found)
    return out


def load_page_truth() -> dict[str, frozenset[str]]:
    """Page path (e.g. /jd/shop/jd1001442/zhengzhao) -> rule ids shown on that page."""
    return {path: frozenset(page["rules"]) for entry in _read_truth().values()
            for path, page in entry["pages"].items()}  # type: ignore[union-attr]


@dataclass(frozen=True)
class Response:
    """What the server sends back for one request."""

    status: int
    body: bytes
    content_type: str = "text/html; charset=utf-8"
    headers: tuple[tuple[str, str], ...] = ()


def _error(status: int, text: str) -> Response:
    body = f"<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>{status}" \
           f"</title></head><body><h1>{status}</h1><p>{text}</p></body></html>"
    return Response(status, body.encode())


@dataclass
class Site:
    """All demo shops, indexed by path, with a per-instance cache of licence images."""

    shops: list[Shop] = field(default_factory=all_shops)
    _images: dict[str, bytes] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._by_root = {s.root: s for s in self.shops}

    def respond(self, path: str, query: str, base_url: str) -> Response:
        """Route one GET request to a page, image, redirect or error."""
        params = parse_qs(query)
        prefix, qs, day = "", "", TODAY
        match = _DAY_PATH.match(path)
        if match:
            day, path, prefix = int(match.group(1)), match.group(2), f"/day/{match.group(1)}"
        elif "day" in params:
            raw = params["day"][0]
            if not raw.isdigit():
                return _error(400, "day 必须是 1-8 的整数 (day must be an integer 1-8)")
            day, qs = int(raw), f"?day={raw}"
        if not 1 <= day <= DAYS:
            return _error(404, f"没有第 {day} 天的数据 (days run 1..{DAYS})")
        ctx = pages.Ctx(day, prefix, qs)
        if path == "/":
            return Response(200, pages.index(self.shops, ctx))
        if path == "/robots.txt":
            return Response(200, b"User-agent: *\nAllow: /\n", "text/plain; charset=utf-8")
        if path == "/targets.csv":
            return Response(200, targets_csv(base_url + prefix).encode(), "text/csv; charset=utf-8")
        return self._shop_page(path, ctx)

    def _shop_page(self, path: str, ctx: pages.Ctx) -> Response:
        parts = path.split("/")
        if len(parts) < 4:
            return _error(404, "页面不存在 (no such page)")
        root = "/".join(parts[:4]) + "/"
        shop = self._by_root.get(root)
        if shop is None:
            return _error(404, "店铺不存在或已关闭 (no such shop)")
        rest = path[len(root):] if path.startswith(root) else None
        if rest is None:
            return Response(301, b"", headers=(("Location", ctx.url(root)),))
        if rest == "":
            return Response(200, pages.home(shop, ctx))
        if rest == SKINS[shop.platform].licence_slug and pages.licence_path(shop):
            return Response(200, pages.licence_page(shop, ctx))
        if shop.display == "image" and path == pages.image_path(shop):
            return Response(200, self._image(shop), "image/png",
                            (("Cache-Control", "max-age=3600"),))
        if rest.startswith("item/"):
            for item in shop.items:
                if rest == f"item/{item.item_id}":
                    return Response(200, pages.item_page(shop, item, ctx))
            return _error(404, "宝贝不存在或已下架 (no such item)")
        return _error(404, "页面不存在 (no such page)")

    def _image(self, shop: Shop) -> bytes:
        cached = self._images.get(shop.target_id)
        if cached is None:
            if shop.licence is None:
                raise DemoError(f"{shop.target_id}: display is image but no licence is declared")
            cached = self._images[shop.target_id] = licence_png(shop.licence, shop.watermark)
        return cached
