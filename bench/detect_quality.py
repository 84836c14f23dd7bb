"""Detection quality: per-rule precision and recall of the rule packs on the demo marketplace.

What it does (no crawler, no sealing; only loopback traffic):
1. Starts demo.server.DemoServer on a free loopback port and reads its targets file.
2. Visits every target like a minimal crawler: the home page, the licence entry
   pages it links to (links whose text says 亮照/证照/资质/执照/...), and the item
   pages it links to. A page is fetched over HTTP; when its HTML carries a
   <script> it is rendered in Chromium (/usr/bin/chromium, via Playwright) and
   the rendered DOM is used instead. Licence images on home and licence pages
   are downloaded and read by evidence.ocr (RapidOCR) unless --no-ocr.
3. Days 1..N-1 (the demo's /day/K/ price history) only feed the price history
   (SQLite in memory); day N is judged by every rule.
4. Compares each target's set of rule ids with demo.site.load_truth() and prints
   per-rule precision and recall, the misses and false alarms, and OCR seconds
   per licence image.

Run: .venv/bin/python bench/detect_quality.py [--no-ocr] [--no-browser] [--days N]
"""

from __future__ import annotations

import argparse
import csv
import io
import re
import sqlite3
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from demo.server import DemoServer
from demo.site import load_truth, targets_csv
from evidence.ocr import OcrEngine, read_images
from hongdun.clock import iso_utc
from hongdun.records import Capture, ImageCapture, PageCapture, Target
from rules.engine import EvalContext, RuleSet
from rules.licence import LICENCE_WORDS, NOT_LICENCE_IMAGE
from rules.prices import PriceHistory, item_key_from_url
from rules.text import page_text

ENTRY = re.compile(r"亮照|证照|资质|执照|工商|营业执照|商家信息|经营者信息|licen[cs]e|qualification"
                   r"|aptitude", re.I)
DAY_ZERO = datetime(2026, 11, 20, 2, 0, tzinfo=UTC)


@dataclass
class Fetcher:
    """HTTP first, Chromium when the page needs scripts; counts what it did."""

    browser: Any = None
    fetched: int = 0
    rendered: int = 0
    _cache: dict[str, bytes] = field(default_factory=dict)

    def get(self, url: str) -> tuple[int, bytes, str]:
        """(status, body, content type) of a plain GET."""
        self.fetched += 1
        try:
            with urllib.request.urlopen(url, timeout=20) as resp:
                return resp.status, resp.read(), resp.headers.get("Content-Type", "")
        except urllib.error.HTTPError as exc:
            return exc.code, b"", ""

    def page(self, role: str, url: str, at: str) -> PageCapture:
        """One page, rendered when it carries scripts and a browser is available."""
        status, body, _ = self.get(url)
        if status < 400 and self.browser is not None and b"<script" in body.lower():
            tab = self.browser.new_page()
            try:
                tab.goto(url, wait_until="networkidle", timeout=30_000)
                _settle(tab)
                body = tab.content().encode()
                self.rendered += 1
            finally:
                tab.close()
        error = None if status < 400 else f"http {status}"
        return PageCapture(role, url, url, status, (), body, (), self.browser is not None, at, at,
                           error=error)

    def image(self, url: str, alt: str) -> ImageCapture | None:
        """A licence image, fetched once per URL."""
        if url not in self._cache:
            status, body, ctype = self.get(url)
            self._cache[url] = body if status < 400 and ctype.startswith("image/") else b""
        body = self._cache[url]
        return ImageCapture(url, body, "image/png", alt) if body else None


def _settle(tab: Any, quiet_ms: int = 1200, limit_ms: int = 6000) -> None:
    """Wait until the page's text has stopped changing for quiet_ms (scripts build late)."""
    last, still, waited = -1, 0, 0
    while waited < limit_ms and still < quiet_ms:
        size = tab.evaluate("document.body ? document.body.innerText.length : 0")
        still = still + 300 if size == last else 0
        last = size
        tab.wait_for_timeout(300)
        waited += 300


def _same_host(a: str, b: str) -> bool:
    return urlsplit(a).netloc == urlsplit(b).netloc


def visit(fetcher: Fetcher, target: Target, at: str, day_only_prices: bool, max_items: int,
          ocr: OcrEngine | None) -> Capture:
    """Fetch a target's home, licence entries and items; OCR licence images."""
    home = fetcher.page("home", target.url, at)
    pages = [home]
    if home.ok:
        text = page_text(home.body, target.url)
        seen: set[str] = {target.url}
        items = 0
        for link in text.links:
            href = link.href.split("#")[0]
            if href in seen or not _same_host(href, target.url):
                continue
            if not day_only_prices and ENTRY.search(link.text + " " + link.title):
                seen.add(href)
                pages.append(fetcher.page("licence", href, at))
            elif item_key_from_url(href) and items < max_items:
                seen.add(href)
                items += 1
                pages.append(fetcher.page("item", href, at))
    if not day_only_prices:
        pages = [_with_images(fetcher, p, ocr) for p in pages]
    failure = None if home.ok else (home.error or f"http {home.status}")
    return Capture(f"{target.target_id}-{at[:10]}", target, "bench", "/nonexistent", "0" * 64,
                   at, (), tuple(pages), failure)


def _with_images(fetcher: Fetcher, page: PageCapture, ocr: OcrEngine | None) -> PageCapture:
    if page.role not in ("home", "licence") or not page.ok:
        return page
    images = []
    for image in page_text(page.body, page.final_url).images:
        words = image.words
        wanted = LICENCE_WORDS.search(words) or (page.role == "licence"
                                                 and not NOT_LICENCE_IMAGE.search(words))
        if image.src and wanted and _same_host(image.src, page.final_url):
            got = fetcher.image(image.src, words)
            if got is not None:
                images.append(got)
    if not images:
        return page
    page = PageCapture(**{**page.__dict__, "images": tuple(images)})
    return read_images(page, ocr) if ocr is not None else page


def _targets(base: str) -> list[Target]:
    rows = csv.DictReader(io.StringIO(targets_csv(base)))
    return [Target(**row) for row in rows]


def score(predicted: dict[str, set[str]], truth: dict[str, frozenset[str]],
          rule_ids: list[str]) -> list[tuple[str, int, int, int]]:
    """(rule, true positives, false positives, false negatives) per rule, by target."""
    out = []
    for rule in rule_ids:
        tp = sum(1 for t in truth if rule in truth[t] and rule in predicted.get(t, set()))
        fp = sum(1 for t in truth if rule not in truth[t] and rule in predicted.get(t, set()))
        fn = sum(1 for t in truth if rule in truth[t] and rule not in predicted.get(t, set()))
        out.append((rule, tp, fp, fn))
    return out


def main(argv: list[str] | None = None) -> int:
    """Run the measurement and print the table; exit 0."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-ocr", action="store_true", help="do not OCR licence images")
    parser.add_argument("--no-browser", action="store_true", help="HTTP bodies only")
    parser.add_argument("--days", type=int, default=8, help="demo days (history = days-1)")
    parser.add_argument("--max-items", type=int, default=8, help="item pages per target")
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    args = parser.parse_args(argv)
    rules = RuleSet.load()
    history = PriceHistory(sqlite3.connect(":memory:"))
    ocr = None if args.no_ocr else OcrEngine()
    started = time.perf_counter()
    predicted: dict[str, set[str]] = {}
    with DemoServer() as server:
        playwright = browser = None
        if not args.no_browser:
            from playwright.sync_api import sync_playwright
            playwright = sync_playwright().start()
            browser = playwright.chromium.launch(executable_path=args.chromium, headless=True)
        fetcher = Fetcher(browser)
        try:
            for day in range(1, args.days + 1):
                at = iso_utc(DAY_ZERO + timedelta(days=day))
                last = day == args.days
                for target in _targets(f"{server.base_url}/day/{day}"):
                    capture = visit(fetcher, target, at, not last, args.max_items, ocr)
                    ctx = EvalContext(price_history=history)
                    only = None if last else ["price.fictitious_original"]
                    found = rules.evaluate(capture, ctx, only=only)
                    if last:
                        predicted[target.target_id] = {f.rule_id for f in found}
        finally:
            if browser is not None:
                browser.close()
            if playwright is not None:
                playwright.stop()
    truth = load_truth()
    rule_ids = sorted({r for v in truth.values() for r in v} | {s.id for s in rules.specs})
    print(f"{'rule':<28} {'tp':>3} {'fp':>3} {'fn':>3} {'precision':>9} {'recall':>7}")
    for rule, tp, fp, fn in score(predicted, truth, rule_ids):
        p = f"{tp / (tp + fp):.2f}" if tp + fp else "-"
        r = f"{tp / (tp + fn):.2f}" if tp + fn else "-"
        print(f"{rule:<28} {tp:>3} {fp:>3} {fn:>3} {p:>9} {r:>7}")
    for target in sorted(truth):
        got, want = predicted.get(target, set()), set(truth[target])
        if got != want:
            print(f"  {target}: missed {sorted(want - got)} false alarm {sorted(got - want)}")
    print(f"targets {len(truth)}, pages fetched {fetcher.fetched}, rendered {fetcher.rendered}, "
          f"{time.perf_counter() - started:.1f} s")
    if ocr is not None and ocr.images:
        print(f"OCR: {ocr.images} licence images, {ocr.seconds / ocr.images:.2f} s per image")
    return 0


if __name__ == "__main__":
    sys.exit(main())
