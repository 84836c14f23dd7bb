"""Per-item price history (SQLite) and the fictitious-original-price check (明码标价 art. 16).

Items are found the way a shopper would: a link to an item (an id in its URL)
or the product page itself, with the prices shown next to it. A price counts as
the compared "original" when it is struck through (<del>/<s>/<strike>, CSS
line-through) or labelled 原价/划线价/门市价/吊牌价. The rule fires when that price is
above the lowest price observed for the item in the previous 7 days, and stays
silent with less than 7 days of history.
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from hongdun.clock import iso_utc
from rules.view import CaptureView, Hit, PageView

if TYPE_CHECKING:
    from rules.engine import EvalContext

WINDOW = timedelta(days=7)
PRICE = re.compile(r"(?:[¥￥]|RMB|CNY)\s*(\d{1,7}(?:,\d{3})*(?:\.\d{1,2})?)"
                   r"|(\d{1,7}(?:\.\d{1,2})?)\s*元", re.I)
ORIGINAL_LABEL = re.compile(r"(原价|划线价|门市价|吊牌价|市场价|专柜价|原售价)[\s:：]*$")
NOT_PRICE_LABEL = re.compile(r"(满|减|券|优惠|省|运费|邮费|包邮|返|红包|定金|补贴|立减)[\s:：]*$")
ITEM_IN_URL = re.compile(
    r"[?&](?:id|item_?id|itemid|sku|sku_?id|goods_?id|product_?id|pid|gid)=([\w-]+)"
    r"|/(?:item|items|product|products|goods|detail|p|sku|dp)/([\w-]+)"
    r"|/(\d{4,})\.html?", re.I)
PRODUCT_ROLES = ("product", "item", "detail", "goods")
SCHEMA = """
CREATE TABLE IF NOT EXISTS price_history (
    target_id TEXT NOT NULL, item_key TEXT NOT NULL, observed_at TEXT NOT NULL,
    price REAL NOT NULL, struck REAL, capture_id TEXT NOT NULL, url TEXT NOT NULL,
    PRIMARY KEY (target_id, item_key, capture_id)
);
CREATE INDEX IF NOT EXISTS price_history_item ON price_history(target_id, item_key, observed_at);
"""


@dataclass(frozen=True)
class ItemPrice:
    """One item as shown on a page: its key, current price and any compared price."""

    key: str
    title: str
    price: float
    struck: float | None
    page_index: int
    struck_start: int
    struck_end: int


def item_key_from_url(url: str) -> str | None:
    """'id:<item id>' when the URL names an item, else None."""
    m = ITEM_IN_URL.search(url)
    if not m:
        return None
    return "id:" + next(g for g in m.groups() if g)


def _title_key(title: str) -> str:
    text = re.sub(r"\s+", "", unicodedata.normalize("NFKC", title)).lower()
    return "title:" + text[:40]


def _prices(page: PageView, lo: int, hi: int, prefix: str) -> list[tuple[float, bool, int, int]]:
    text, struck = page.text.text, page.text.struck_ranges()
    out = []
    for m in PRICE.finditer(text, lo, hi):
        seg = page.text.segment_at(m.start())
        if seg is None or not (seg.path == prefix or seg.path.startswith(prefix + "/")):
            continue
        value = float((m.group(1) or m.group(2)).replace(",", ""))
        before = text[max(lo, m.start() - 8):m.start()]
        if NOT_PRICE_LABEL.search(before):
            continue
        is_struck = (any(a <= m.start() < b for a, b in struck)
                     or bool(ORIGINAL_LABEL.search(before)))
        out.append((value, is_struck, m.start(), m.end()))
    return out


def _item(page: PageView, key: str, title: str, prefix: str) -> ItemPrice | None:
    segs = [s for s in page.text.segments if s.path == prefix or s.path.startswith(prefix + "/")]
    if not segs:
        return None
    found = _prices(page, segs[0].start, segs[-1].end, prefix)
    current = [p for p in found if not p[1]]
    compared = [p for p in found if p[1]]
    if not current:
        return None
    top = max(compared, default=None)
    return ItemPrice(key, title, current[0][0], top[0] if top else None, page.index,
                     top[2] if top else 0, top[3] if top else 0)


def _container(path: str, other_paths: list[str]) -> str:
    parts = path.split("/")
    best = path
    for n in range(len(parts) - 1, 0, -1):
        prefix = "/".join(parts[:n])
        if any(p.startswith(prefix + "/") for p in other_paths):
            break
        best = prefix
    return best


def _product_title(page: PageView) -> str:
    """The product's name on its own page: the first h1, else h2, else the document title."""
    for tag in ("/h1", "/h2"):
        seg = next((s for s in page.text.segments if tag in s.path), None)
        if seg is not None:
            return page.text.text[seg.start:seg.end].strip()
    seg = next((s for s in page.text.segments if s.path.startswith("head/title")), None)
    if seg is None:
        return ""
    return re.split(r"\s[-|–—_]\s", page.text.text[seg.start:seg.end])[0].strip()


def items_on(page: PageView) -> list[ItemPrice]:
    """Items shown on one page: one per item link (with its block), or the product page itself."""
    links = [(link, item_key_from_url(link.href)) for link in page.text.links]
    keyed = [(link, key) for link, key in links if key]
    out: dict[str, ItemPrice] = {}
    for link, key in keyed:
        others = [lk.path for lk, k in keyed if k != key]
        item = _item(page, key, link.text or link.title, _container(link.path, others))
        if item and (key not in out or (item.struck or 0) > (out[key].struck or 0)):
            out[key] = item
    if not out and (page.role.startswith(PRODUCT_ROLES) or item_key_from_url(page.url)):
        key = item_key_from_url(page.url)
        title = _product_title(page)
        item = _item(page, key or _title_key(title or page.url), title, "body")
        if item:
            out[item.key] = item
    return list(out.values())


class PriceHistory:
    """Observed prices per (target, item), kept in the shared SQLite database."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        conn.executescript(SCHEMA)

    def observe(self, target_id: str, item_key: str, observed_at: str, price: float,
                capture_id: str, struck: float | None = None, url: str = "") -> None:
        """Store one observation (idempotent per capture)."""
        self.conn.execute(
            "INSERT OR REPLACE INTO price_history VALUES (?, ?, ?, ?, ?, ?, ?)",
            (target_id, item_key, observed_at, price, struck, capture_id, url))

    def window(self, target_id: str, item_key: str, until: str) -> tuple[float | None, str | None]:
        """Lowest price in the 7 days before until, and the first observation ever before until."""
        since = iso_utc(datetime.fromisoformat(until) - WINDOW)
        low = self.conn.execute(
            "SELECT MIN(price) FROM price_history WHERE target_id=? AND item_key=?"
            " AND observed_at >= ? AND observed_at < ?", (target_id, item_key, since, until)
        ).fetchone()[0]
        first = self.conn.execute(
            "SELECT MIN(observed_at) FROM price_history WHERE target_id=? AND item_key=?"
            " AND observed_at < ?", (target_id, item_key, until)).fetchone()[0]
        return low, first

    def record(self, view: CaptureView) -> int:
        """Store every item price seen in a capture; return how many items were stored."""
        capture = view.capture
        items = view.memo("items", lambda: _all_items(view))
        for item in items:
            self.observe(capture.target.target_id, item.key, capture.captured_at, item.price,
                         capture.capture_id, item.struck, view.pages[item.page_index].url)
        return len(items)


def _all_items(view: CaptureView) -> list[ItemPrice]:
    seen: dict[str, ItemPrice] = {}
    for page in view.pages:
        if page.page.ok:
            for item in items_on(page):
                if item.key not in seen or (item.struck or 0) > (seen[item.key].struck or 0):
                    seen[item.key] = item
    return list(seen.values())


def fictitious_original(view: CaptureView, ctx: EvalContext) -> list[Hit]:
    """price.fictitious_original: a compared price above the 7-day low (needs 7 days of history)."""
    history = ctx.price_history
    if history is None:
        return []
    now = view.capture.captured_at
    cutoff = iso_utc(datetime.fromisoformat(now) - WINDOW)
    hits = []
    for item in view.memo("items", lambda: _all_items(view)):
        if item.struck is None:
            continue
        low, first = history.window(view.target.target_id, item.key, now)
        if low is None or first is None or first > cutoff or item.struck <= low:
            continue
        unit = view.pages[item.page_index].units[0]
        shown = unit.text[item.struck_start:item.struck_end]
        hits.append(Hit(unit, item.struck_start, item.struck_end,
                        matched=f"{item.title or item.key} {shown}".strip(),
                        note=f"7日内最低观测价 lowest observed in previous 7 days ¥{low:g}; "
                             f"现价 now ¥{item.price:g}; 商品 item {item.key}; "
                             f"观测自 observed since {first}"))
    return hits
