"""Detection quality: per-rule precision and recall, per page family and leave-one-family-out.

What it does (no crawler, no sealing; only loopback traffic):
1. Starts demo.server.DemoServer on a free loopback port and reads each family's
   targets file (`classic` is the original demo; the others are the held-out
   families under /f/<family>/, see demo/README.md).
2. Visits every target the way the crawler chooses pages: the home page, the
   licence entries and the item pages that crawlers.pages picks with the
   target's site profile. A page is fetched over HTTP; when the family needs a
   browser and the page carries a <script>, it is rendered in Chromium
   (/usr/bin/chromium, via Playwright) and the rendered DOM is judged instead.
   Licence images are downloaded and, unless --no-ocr, read by RapidOCR. A family with a
   registry extract (demo/families/<f>/registry.csv) is judged with it loaded, as after
   `hongdun registry import` (licence.deregistered, names against the registry's).
   A live room of a held-out family is judged as `hongdun sweep` judges it: watched for a
   window through the sweep's recorder and options (bench/watch_rooms.py: every family's
   rooms in one Chromium, AT_ONCE at a time), its recorded session read by
   rules.live.parse_watched with the DOM at the window's end. The window is the sweep's
   own minimum (hongdun.watch.MIN_WATCH_S, 15 s); --watch N watches N seconds (60: the
   sweep's default) and --one-dom judges one settled DOM per room instead.
3. classic only: days 1..N-1 (the demo's /day/K/ prices) feed the price history;
   day N is judged. With --days 1 price.fictitious_original is left out of its truth.
4. Prints, per rule: the in-family figures (classic, which today's rules were
   tuned on), each held-out family, the leave-one-family-out aggregate over the
   held-out families (macro mean of the folds, and pooled counts) and the worst
   family; then every disagreement (the scoring and the table: bench/detect_scoring.py).

Run: .venv/bin/python bench/detect_quality.py [--families a,b] [--no-ocr] [--no-browser]
     [--days N] [--watch SECONDS | --one-dom]       (quick: --no-ocr --days 1)
"""

from __future__ import annotations

import argparse
import re
import sqlite3
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.detect_scoring import PRICE, FamilyResult, leave_one_out, report
from crawlers.browser import SETTLE_INIT_JS, SETTLE_JS
from crawlers.generated import STAMP_JS
from crawlers.pages import FRAME, follow_plan, role_limits, same_shop
from crawlers.profiles import Profiles
from crawlers.shadow import SERIALISE_JS, SHADOW_INIT_JS, serialise_args
from demo.families import CLASSIC, HELD_OUT, NAMES, build
from demo.families.truth import family_dir, load_truth, targets_csv
from demo.server import DemoServer
from demo.site import targets_csv as classic_targets_csv
from evidence.ocr import OcrEngine, read_images
from hongdun.clock import iso_utc
from hongdun.records import Capture, ImageCapture, PageCapture, Target
from hongdun.registry import Registry, read_registry_file
from hongdun.targets import parse_targets
from hongdun.watch import MIN_WATCH_S, check_watch_seconds
from rules.engine import EvalContext, RuleSet
from rules.licence import read_licence
from rules.licence_patterns import LICENCE_WORDS, NOT_LICENCE_IMAGE
from rules.prices import PriceHistory
from rules.text import page_text
from rules.view import CaptureView

__all__ = ["FamilyResult", "leave_one_out", "measure", "report"]  # the tests' API

DAY_ZERO = datetime(2026, 11, 20, 2, 0, tzinfo=UTC)
DOM_MAX_CHARS = (4 << 20) // 2  # the crawler's cap_dom limit (HONGDUN_DOM_MAX_BYTES // 2)


_SHEET_LINK = re.compile(r"""<link\b[^>]*rel=["']?stylesheet[^>]*href=["']([^"']+)""", re.I)
# a ::before / ::after rule whose content holds words (a CJK character, written or escaped as
# \540D, or two letters): words shown by the styles; a separator or an icon glyph is none
_SHOWN_CONTENT = re.compile(r"""::?(?:before|after)[^{}]*\{[^}]*content\s*:\s*["'][^"']*?"""
                            r"""(?:[\u4e00-\u9fff]|\\[4-9][0-9a-f]{3}|[a-z]{2})""", re.I)


@dataclass
class Fetcher:
    """HTTP first, Chromium when the family needs scripts run; counts what it did."""

    browser: Any = None
    fetched: int = 0
    rendered: int = 0
    _cache: dict[str, bytes] = field(default_factory=dict)
    _tab: Any = None  # one reused browser tab
    _sheets: dict[str, str] = field(default_factory=dict)  # linked style sheets, by URL

    def get(self, url: str) -> tuple[int, bytes, str]:
        """(status, body, content type) of a plain GET."""
        self.fetched += 1
        try:
            with urllib.request.urlopen(url, timeout=20) as resp:
                return resp.status, resp.read(), resp.headers.get("Content-Type", "")
        except urllib.error.HTTPError as exc:
            return exc.code, b"", ""

    def page(self, role: str, url: str, at: str, render: bool,
             settle_ms: int = 1000, scrolls: int = 0) -> tuple[PageCapture, str]:
        """One page (rendered when asked and it carries scripts) and its text for link picking.

        A rendered page counts as built as the crawler judges it (crawlers.browser's
        settle: nothing in flight, DOM unchanged for the profile's settle_ms).
        """
        status, body, ctype = self.get(url)
        charset = ctype.partition("charset=")[2].strip() or "utf-8"
        html = body.decode(charset, errors="replace")
        rendered = False
        scripted = render and b"<script" in body.lower()
        if status < 400 and self.browser is not None and (scripted or self._styled(body, url)):
            if self._tab is None:
                self._tab = self.browser.new_page()
                self._tab.add_init_script(SHADOW_INIT_JS)  # the crawler's root keeper
                self._tab.add_init_script(SETTLE_INIT_JS)  # the crawler's settle tracker
            self._tab.goto(url, wait_until="load", timeout=30_000)
            self._tab.evaluate(SETTLE_JS, [settle_ms, 8000, scrolls])
            self._tab.evaluate(STAMP_JS)  # CSS generated content, as read_page stamps it
            # shadow roots written in as the crawler's cap_dom does (crawlers/shadow.py)
            self._tab.evaluate(SERIALISE_JS, serialise_args(DOM_MAX_CHARS))
            html = self._tab.content()
            # scrapy-playwright encodes the rendered DOM in the page's declared charset
            body, rendered = html.encode(charset, errors="xmlcharrefreplace"), True
            self.rendered += 1
        error = None if status < 400 else f"http {status}"
        headers = (("Content-Type", ctype),) if ctype else ()
        return PageCapture(role, url, url, status, headers, body, (), rendered, at, at,
                           error=error), html

    def _styled(self, body: bytes, url: str) -> bool:
        """Whether the page's own styles show words (::before/::after content): the sweep
        shows every page in the browser, which writes them; an HTTP body alone does not."""
        html = body.decode("utf-8", errors="replace")
        sheets = [html] + [self._sheet(urllib.parse.urljoin(url, href))
                           for href in _SHEET_LINK.findall(html)]
        return any(_SHOWN_CONTENT.search(css) for css in sheets)

    def _sheet(self, url: str) -> str:
        if url not in self._sheets:
            status, body, _ = self.get(url)
            self._sheets[url] = body.decode("utf-8", errors="replace") if status < 400 else ""
        return self._sheets[url]

    def image(self, url: str, alt: str) -> ImageCapture | None:
        """A licence image, fetched once per URL."""
        if url not in self._cache:
            status, body, ctype = self.get(url)
            self._cache[url] = body if status < 400 and ctype.startswith("image/") else b""
        body = self._cache[url]
        return ImageCapture(url, body, "image/png", alt) if body else None


def visit(fetcher: Fetcher, profiles: Profiles, target: Target, at: str, render: bool,
          ocr: OcrEngine | None, *, prices_only: bool = False,
          watched: tuple[Path, str] | None = None) -> Capture:
    """Fetch a target's home page, its licence entries and items as the crawler picks them;
    a live room that was watched (folder with live/, DOM at the window's end) is judged
    with its session, as the sweep judges it."""
    profile = profiles.for_target(target)
    settle = profile.settle_ms
    # a watched room's DOM is the one at the window's end: its home page is not rendered again
    home, html = fetcher.page("home", target.url, at, render and watched is None, settle,
                              profile.scroll_pages)
    if watched is not None and home.ok:
        html = watched[1]
        home = PageCapture("home", target.url, target.url, home.status, home.headers,
                           html.encode(), (), True, at, at, live_dir=str(watched[0]))
    pages = [home]
    queue: list[tuple[str, str]] = []
    framed: set[str] = set()
    if home.ok:
        follow, frames = follow_plan(html, home.final_url, "home", target.url, profile)
        queue = [link for link in follow if not prices_only or link[1] == "item"]
        framed = set(frames)
    seen, limits, counted = {target.url}, role_limits(profile), ["home"]
    while queue:  # breadth first, with the spider's per-role limits (frames counted apart)
        url, role = queue.pop(0)
        kind = FRAME if url in framed else role
        if url in seen or counted.count(kind) >= limits.get(kind, 1 << 30):
            continue
        seen.add(url)
        counted.append(kind)
        page, text = fetcher.page(role, url, at, render, settle, profile.scroll_pages)
        pages.append(page)
        if page.ok and not prices_only:
            follow, frames = follow_plan(text, page.final_url, role, target.url, profile)
            queue += follow
            framed |= set(frames)
    if not prices_only:
        pages = [_with_images(fetcher, p, ocr) for p in pages]
    failure = None if home.ok else (home.error or f"http {home.status}")
    return Capture(f"{target.target_id}-{at[:10]}", target, "bench",
                   str(watched[0]) if watched else "/nonexistent", "0" * 64,
                   at, (), tuple(pages), failure)


def _with_images(fetcher: Fetcher, page: PageCapture, ocr: OcrEngine | None) -> PageCapture:
    if page.role not in ("home", "licence", "about") or not page.ok:
        return page
    images = []
    for image in page_text(page.body, page.final_url).images:
        words = image.words
        wanted = LICENCE_WORDS.search(words) or (page.role == "licence"
                                                 and not NOT_LICENCE_IMAGE.search(words))
        # an icon is skipped as the crawler skips it (crawlers.pages.images_to_keep's size)
        if image.src and wanted and not image.icon and same_shop(image.src, page.final_url):
            got = fetcher.image(image.src, words)
            if got is not None:
                images.append(got)
    if not images:
        return page
    page = PageCapture(**{**page.__dict__, "images": tuple(images)})
    return read_images(page, ocr) if ocr is not None else page


def image_only(capture: Capture) -> bool:
    """True when the shop's licence was seen only as images with no OCR text: it counts as
    displayed, but no code or name of the shop's was read, so code and name verdicts
    (uscc_invalid, mismatch) need OCR to be decided."""
    reading = read_licence(CaptureView(capture))
    images = any(d.startswith("执照图片") for d in reading.displays)
    read = any(c.shop for c in reading.codes) or bool(reading.names)
    ocr_text = any(i.ocr_text for p in capture.pages for i in p.images)
    return images and not read and not ocr_text


def _targets(csv_text: str) -> list[Target]:
    """Targets from a family's targets file, read as `hongdun targets import` reads a list
    (platform names in Chinese, header aliases, other columns kept as tags)."""
    return parse_targets(csv_text)


def measure(names: Sequence[str], *, browser: bool = True, ocr: bool = False, days: int = 1,
            chromium: str = "/usr/bin/chromium", watch: float = MIN_WATCH_S,
            workers: int = 2) -> dict[str, FamilyResult]:
    """Sweep the named families on a fresh demo server and judge them with today's rule packs.

    Live rooms are watched for `watch` seconds first, every family's at once (0: one DOM per
    room). The families are then independent, so `workers` threads sweep them side by side,
    each with its own Fetcher and Chromium (Playwright's sync API belongs to the thread that
    started it): one family's renders overlap another's fetching and judging. The figures do
    not depend on it."""
    rules = RuleSet.load()
    profiles = Profiles.load()
    engine = OcrEngine() if ocr else None
    with DemoServer() as server, tempfile.TemporaryDirectory(prefix="detect-live-") as tmp:
        rooms = _watched(names, server.base_url, (watch if browser else 0.0, chromium, ocr),
                         Path(tmp))

        def sweep(group: Sequence[str]
                  ) -> dict[str, tuple[dict[str, frozenset[str]], frozenset[str]]]:
            wanted = browser  # (every family: a page's styles may show words, see _styled)
            with _browser(wanted, chromium) as chrome:
                fetcher = Fetcher(chrome)
                return {name: ((_sweep_classic(fetcher, profiles, rules, server.base_url, days,
                                               engine), frozenset()) if name == CLASSIC else
                               _sweep_family(fetcher, profiles, rules, server.base_url, name,
                                             engine, rooms.get(name, {})))
                        for name in group}

        groups = _balanced(names, max(1, workers))
        with ThreadPoolExecutor(len(groups)) as pool:
            predicted = {k: v for part in pool.map(sweep, groups) for k, v in part.items()}
    out: dict[str, FamilyResult] = {}
    for name in names:
        truth = load_truth(name)
        if name == CLASSIC and days < 2:
            truth = {t: r - {PRICE} for t, r in truth.items()}
        out[name] = FamilyResult(name, truth, *predicted[name])
    return out


def _balanced(names: Sequence[str], workers: int) -> list[list[str]]:
    """The families split into at most `workers` groups of about equal work: a rendered page
    costs about as much as ten fetched ones, so rendered families are spread first."""
    def cost(name: str) -> int:
        family = None if name == CLASSIC else build(name)
        pages = 40 if family is None else len(family.pages)
        return pages * (10 if family is None or family.render else 1)

    groups: list[list[str]] = [[] for _ in range(min(workers, len(names)))]
    loads = [0] * len(groups)
    for name in sorted(names, key=cost, reverse=True):
        i = loads.index(min(loads))
        groups[i].append(name)
        loads[i] += cost(name)
    return [g for g in groups if g]


@contextmanager
def _browser(wanted: bool, chromium: str) -> Iterator[Any]:
    if not wanted:
        yield None
        return
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chrome = pw.chromium.launch(executable_path=chromium, headless=True,
                                    args=["--no-sandbox"])
        try:
            yield chrome
        finally:
            chrome.close()


def _watched(names: Sequence[str], base: str, watch: tuple[float, str, bool], root: Path
             ) -> dict[str, dict[str, tuple[Path, str]]]:
    """Every held-out family's live rooms watched in one Chromium (bench/watch_rooms.py):
    per family, per target id, the folder holding live/ and the DOM at the window's end."""
    from bench.watch_rooms import watch_rooms

    seconds, chromium, ocr = watch
    if seconds <= 0:
        return {}
    rooms = [(name, t) for name in names if name != CLASSIC
             for t in _targets(targets_csv(build(name), base)) if t.kind == "livestream"]
    folders = [root / name / t.target_id for name, t in rooms]
    doms = watch_rooms([(t.url, f) for (_, t), f in zip(rooms, folders, strict=True)],
                       seconds, chromium, ocr)
    out: dict[str, dict[str, tuple[Path, str]]] = {}
    for (name, t), folder, dom in zip(rooms, folders, doms, strict=True):
        out.setdefault(name, {})[t.target_id] = (folder, dom)
    return out


def _sweep_family(fetcher: Fetcher, profiles: Profiles, rules: RuleSet, base: str, name: str,
                  ocr: OcrEngine | None, watched: dict[str, tuple[Path, str]]
                  ) -> tuple[dict[str, frozenset[str]], frozenset[str]]:
    """Rules found per target, and the targets whose licence was only an image (no OCR)."""
    family = build(name)
    at = iso_utc(DAY_ZERO)
    out, needs_ocr = {}, set()
    context = EvalContext(registry=family_registry(name))
    targets = _targets(targets_csv(family, base))
    for target in targets:
        capture = visit(fetcher, profiles, target, at, family.render, ocr,
                        watched=watched.get(target.target_id))
        out[target.target_id] = frozenset(f.rule_id for f in rules.evaluate(capture, context))
        if ocr is None and image_only(capture):
            needs_ocr.add(target.target_id)
    return out, frozenset(needs_ocr)


def family_registry(name: str) -> Registry | None:
    """The family's registry extract (demo/families/<name>/registry.csv), loaded by
    `hongdun registry import`'s own reader into an in-memory registry; None without one."""
    path = family_dir(name) / "registry.csv"
    if not path.exists():
        return None
    registry = Registry(sqlite3.connect(":memory:"))
    registry.save(read_registry_file(path), str(path))
    return registry


def _sweep_classic(fetcher: Fetcher, profiles: Profiles, rules: RuleSet, base: str, days: int,
                   ocr: OcrEngine | None) -> dict[str, frozenset[str]]:
    history = PriceHistory(sqlite3.connect(":memory:"))
    out = {}
    for day in range(1, days + 1):
        at = iso_utc(DAY_ZERO + timedelta(days=day))
        last = day == days
        for target in _targets(classic_targets_csv(f"{base}/day/{8 - days + day}")):
            capture = visit(fetcher, profiles, target, at, True, ocr, prices_only=not last)
            found = rules.evaluate(capture, EvalContext(price_history=history),
                                   only=None if last else [PRICE])
            if last:
                out[target.target_id] = frozenset(f.rule_id for f in found)
    return out


def main(argv: list[str] | None = None) -> int:
    """Run the measurement and print the table; exit 0."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--families", default=",".join(NAMES),
                        help="comma list (default: all: %(default)s)")
    parser.add_argument("--no-ocr", action="store_true", help="do not OCR licence images")
    parser.add_argument("--no-browser", action="store_true", help="HTTP bodies only")
    parser.add_argument("--days", type=int, default=8, help="classic demo days (history = N-1)")
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    parser.add_argument("--watch", type=float, default=MIN_WATCH_S, metavar="SECONDS",
                        help="watch the held-out families' live rooms this long, as "
                             "`hongdun sweep --watch` does (default: the sweep's minimum, "
                             "%(default)g)")
    parser.add_argument("--one-dom", action="store_true",
                        help="judge one settled DOM per live room instead of watching it")
    args = parser.parse_args(argv)
    names = [n.strip() for n in args.families.split(",") if n.strip()]
    unknown = [n for n in names if n not in NAMES]
    if unknown or not names or not 1 <= args.days <= 8:
        print(f"detect_quality: --families from {', '.join(NAMES)}; --days 1..8", file=sys.stderr)
        return 2
    try:
        watch = 0.0 if args.one_dom else check_watch_seconds(args.watch)
    except ValueError as exc:
        print(f"detect_quality: --watch: {exc} (or --one-dom)", file=sys.stderr)
        return 2
    started = time.perf_counter()
    results = measure(names, browser=not args.no_browser, ocr=not args.no_ocr, days=args.days,
                      chromium=args.chromium, watch=watch)
    print(report(results))
    held = [n for n in names if n in HELD_OUT]
    print(f"families {len(names)} (held out: {', '.join(held) or 'none'}), targets "
          f"{sum(len(r.truth) for r in results.values())}, live rooms "
          f"{f'watched {watch:g} s' if watch else 'one DOM each'}, "
          f"{time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
