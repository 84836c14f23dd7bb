"""The browser side of a capture: settle the page, read its images and layout, shoot it.

`read_page` (the settle wait, then images and layout, in one round trip) and
`screenshot` run as scrapy-playwright PageMethods inside the page that rendered the
request (under the guard's page deadline, crawlers/guard.py); `screenshot` cuts a page
taller than its limit; `read_page` waits for what `watch_settle` (installed in every
new page) saw go idle;
`replay_captured_document` is a page-init callback that serves the main document
from bytes already fetched over HTTP, so the screenshot shows exactly the
captured bytes.
"""

from __future__ import annotations

import asyncio
import json
from dataclasses import asdict, dataclass
from typing import Any
from urllib.parse import urljoin

from playwright.async_api import APIResponse, Page, Route
from playwright.async_api import Error as PlaywrightError
from scrapy import Request

from crawlers.generated import STAMP_JS
from crawlers.pages import SeenImage
from crawlers.shadow import (
    LIMITS,
    ROOTS_JS,
    SERIALISE_JS,
    SHADOW_INIT_JS,
    serialise_args,
    shadow_note,
)
from crawlers.ssrf import AddressGuard
from hongdun.records import Box, TextBlock

LAUNCH_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
MAX_SHOT_WIDTH = 2560  # CSS pixels; wider pages are cut (the cut recorded)
IMAGE_REDIRECTS = 3


def launch_args(heap_mb: int, guard: AddressGuard) -> list[str]:
    """Chromium's flags: the fixed ones, a V8 heap cap per renderer, private IPs unresolvable."""
    return [*LAUNCH_ARGS, f"--js-flags=--max-old-space-size={heap_mb}",
            f"--host-resolver-rules={guard.resolver_rules()}"]

TIMER_HORIZON_MS = 2000  # a setTimeout due within this is awaited; later ones are not
LONG_REQUEST_MS = 3000  # a request open longer is a stream or a long poll: not awaited
# A WebSocket (a live room's chat) is awaited while it keeps talking: until it has been
# silent SOCKET_QUIET_MS (the room's chat has gone quiet), for at most SOCKET_OPENING_MS
# after it opened (what a room sends on joining; after that it is a stream, not awaited).
SOCKET_QUIET_MS = 1000
SOCKET_OPENING_MS = 4000

# Page-init script (before the page's own scripts, in every frame): keeps what the page
# still has in flight: fetch/XHR requests and their bodies, scripts, stylesheets and
# frames it inserts, short timers, WebSockets while they talk (see SOCKET_QUIET_MS); and
# when its DOM last changed (a MutationObserver).
SETTLE_INIT_JS = """
(() => {
  if (window.__hongdunSettle) return;
  const HORIZON = HORIZON_MS, LONG = LONG_MS, now = () => performance.now();
  const QUIET = SOCKET_QUIET, OPENING = SOCKET_OPENING;
  const open = new Map(), timers = new Map();
  let changed = now(), token = 0;
  const begin = () => { const t = ++token; open.set(t, now()); return () => open.delete(t); };
  const st = window.setTimeout.bind(window), ct = window.clearTimeout.bind(window);
  window.setTimeout = function (handler, ms, ...rest) {
    const delay = Math.max(0, Number(ms) || 0);
    if (typeof handler !== 'function' || delay > HORIZON) return st(handler, ms, ...rest);
    const id = st(function () { timers.delete(id); return handler.apply(this, rest); }, delay);
    timers.set(id, now() + delay);
    return id;
  };
  window.clearTimeout = function (id) { timers.delete(id); return ct(id); };
  if (window.fetch) {
    const f = window.fetch;
    window.fetch = function (...args) {
      const end = begin();
      try { return f.apply(this, args).finally(end); } catch (e) { end(); throw e; }
    };
    for (const name of ['json', 'text', 'arrayBuffer', 'blob', 'formData']) {
      const read = Response.prototype[name];
      if (read) Response.prototype[name] = function (...args) {
        const end = begin();
        try { return read.apply(this, args).finally(end); } catch (e) { end(); throw e; }
      };
    }
  }
  if (window.XMLHttpRequest) {
    const send = XMLHttpRequest.prototype.send;
    XMLHttpRequest.prototype.send = function (...args) {
      const end = begin();
      this.addEventListener('loadend', end);
      try { return send.apply(this, args); } catch (e) { end(); throw e; }
    };
  }
  const sockets = new Set();
  if (window.WebSocket) {
    window.WebSocket = new Proxy(window.WebSocket, {construct(target, args, newTarget) {
      const ws = Reflect.construct(target, args, newTarget), s = {opened: now(), last: now()};
      sockets.add(s);
      const touch = () => { s.last = now(); };
      ws.addEventListener('open', touch); ws.addEventListener('message', touch);
      ws.addEventListener('close', () => sockets.delete(s));
      return ws;
    }});
  }
  const loads = el => (el.tagName === 'SCRIPT' && el.src) || el.tagName === 'IFRAME' ||
    (el.tagName === 'LINK' && /stylesheet/i.test(el.rel || ''));
  new MutationObserver(records => {
    changed = now();
    for (const r of records) for (const n of r.addedNodes) {
      if (n.nodeType === 1 && loads(n)) {
        const end = begin();
        n.addEventListener('load', end); n.addEventListener('error', end);
      }
    }
  }).observe(document, {subtree: true, childList: true, characterData: true});
  Object.defineProperty(window, '__hongdunSettle', {value: () => {
    const t = now();
    let pending = 0;
    for (const since of open.values()) if (t - since < LONG) pending++;
    // Every short timer not yet fired, overdue ones too: on a busy machine a page's build
    // timer is often past due and still queued when this runs (it fires when run).
    pending += timers.size;
    for (const s of sockets) if (t - s.last < QUIET && t - s.opened < OPENING) pending++;
    return {pending, changed, sleep: st};
  }});
})();
""".replace("HORIZON_MS", str(TIMER_HORIZON_MS)).replace("LONG_MS", str(LONG_REQUEST_MS)).replace(
    "SOCKET_QUIET", str(SOCKET_QUIET_MS)).replace("SOCKET_OPENING", str(SOCKET_OPENING_MS))

# Resolve once the page is idle: loaded, nothing in flight (see SETTLE_INIT_JS), its images
# complete, and its DOM unchanged for `quiet` ms; or after `limit` ms. Without the init
# script (a frame it did not reach) it watches the DOM itself from now on. With `scrolls`,
# a settled page taller than the window is then scrolled down a viewport at a time (at most
# `scrolls`, within the limit), back to the top, and settled again: what a page loads only
# when it is seen (a footer's licence behind an IntersectionObserver) is in the capture.
SETTLE_JS = """
async ([quiet, limit, scrolls = 0]) => {
  const start = performance.now(), probe = window.__hongdunSettle;
  let changed = start, observer = null, sleep = (f, ms) => setTimeout(f, ms);
  if (probe) sleep = probe().sleep;
  else {
    observer = new MutationObserver(() => { changed = performance.now(); });
    observer.observe(document, {subtree: true, childList: true, characterData: true});
  }
  const nap = ms => new Promise(r => sleep(r, ms));
  const settle = async () => {
    while (true) {
      const now = performance.now(), state = probe ? probe() : {pending: 0, changed};
      if (now - start >= limit) return false;
      const quietFor = now - (probe ? state.changed : changed);
      if (document.readyState === 'complete' && state.pending === 0 && quietFor >= quiet &&
          Array.from(document.images).every(img => img.complete) &&
          (probe || (document.body && document.body.innerText.length > 0)))
        return true;
      await nap(Math.max(20, Math.min(100, quiet - quietFor)));
    }
  };
  const root = document.documentElement;
  const height = () => Math.max(root ? root.scrollHeight : 0,
                                document.body ? document.body.scrollHeight : 0);
  try {
    let settled = await settle();
    const view = window.innerHeight || 0;
    if (settled && scrolls > 0 && view > 0 && height() > view + 1) {
      // what loads only when seen (a lazy footer, IntersectionObserver): a viewport at a time
      for (let i = 0; i < scrolls && performance.now() - start < limit - 2 * quiet; i++) {
        window.scrollBy(0, view);
        await nap(60);
        if (window.scrollY + view >= height() - 1) break;
      }
      window.scrollTo(0, 0);
      settled = await settle();
    }
    return {settled, waited: performance.now() - start};
  } finally { if (observer) observer.disconnect(); }
}
"""

# Every image, those inside shadow roots too (crawlers/shadow.py's bounded search).
_IMAGES_JS = """
() => {
  let roots = [];
  try { roots = (ROOTS_JS)(LIMITS).roots; } catch (e) { /* a page that broke the walk */ }
  const all = [...document.images, ...roots.flatMap(r => [...r.querySelectorAll('img')])];
  return all.map(img => {
  const r = img.getBoundingClientRect();
  const box = img.closest('figure, a, li, section, div') || img.parentElement;
  const near = box ? box.innerText.slice(0, 200) : '';
  return {src: img.currentSrc || img.src, alt: (img.alt || '') + ' ' + (img.title || ''),
          near, width: r.width, height: r.height};
  });
}
""".replace("ROOTS_JS", ROOTS_JS.strip()).replace("LIMITS", json.dumps(asdict(LIMITS)))


# Every element that shows its own text (or is an image), with its page-coordinate box.
# A shadow root's elements are named as the sealed DOM holds them: under the host's first
# child template[1] (crawlers/shadow.py), at most MAX_DEPTH roots deep.
_LAYOUT_JS = """
() => {
  const out = [], keep = window.__hongdunShadow;
  const rootOf = el => { try { return el.shadowRoot || (keep ? keep.root(el) : null); }
                         catch (e) { return null; } };
  const children = (parent, path, counts, depth) => {
    for (const child of parent.children) {
      const tag = child.tagName.toLowerCase();
      counts[tag] = (counts[tag] || 0) + 1;
      walk(child, `${path}/${tag}[${counts[tag]}]`, depth);
    }
  };
  const walk = (el, path, depth) => {
    if (out.length >= 5000) return;
    const own = el.tagName === 'IMG' || Array.from(el.childNodes).some(
      n => n.nodeType === 3 && n.textContent.trim());
    if (own) {
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.height > 0)
        out.push([path, r.left + scrollX, r.top + scrollY, r.width, r.height]);
    }
    const root = depth < MAX_DEPTH ? rootOf(el) : null;
    if (root) children(root, `${path}/template[1]`, {}, depth + 1);
    children(el, path, root ? {template: 1} : {}, depth);
  };
  if (document.body) walk(document.body, 'body', 0);
  return out;
}
""".replace("MAX_DEPTH", str(LIMITS.max_depth))


async def _evaluate(page: Page, script: str, arg: Any = None) -> Any:
    """page.evaluate, once more after the page navigated itself away mid-call (the
    navigation is recorded by the guard; the capture is of where the page went)."""
    try:
        return await page.evaluate(script, arg)
    except PlaywrightError as exc:
        if "context was destroyed" not in str(exc) and "navigat" not in str(exc):
            raise
    await page.wait_for_load_state()
    return await page.evaluate(script, arg)


async def watch_settle(page: Page) -> None:
    """Install the shadow-root keeper (crawlers/shadow.py) and the settle tracker
    (SETTLE_INIT_JS) in a new page, before it navigates."""
    await page.add_init_script(SHADOW_INIT_JS)
    await page.add_init_script(SETTLE_INIT_JS)


_READ_JS = (f"async (wait) => {{ const settled = await ({SETTLE_JS.strip()})(wait); "
            f"({STAMP_JS.strip()})(); "  # CSS generated content, once the page is built
            f"return [settled, ({_IMAGES_JS.strip()})(), ({_LAYOUT_JS.strip()})()]; }}")


async def read_page(page: Page, quiet_ms: int, limit_ms: int, scrolls: int = 0
                    ) -> tuple[dict[str, Any], list[SeenImage], tuple[TextBlock, ...]]:
    """In one round trip: wait until the page is idle (JS-rendered shops fill late: nothing
    in flight, its DOM unchanged for quiet_ms; at most limit_ms), then every image on the
    page with its alt text and the text around it, and where the browser drew each
    text-bearing element (to mark findings later); CSS generated content is stamped on its
    elements first (crawlers/generated.py). Returns whether it settled and the
    wait, the images and the layout."""
    settled, images, blocks = await _evaluate(page, _READ_JS, [quiet_ms, limit_ms, scrolls])
    return (settled,
            [SeenImage(str(i["src"]), " ".join(str(i["alt"]).split()),
                       " ".join(str(i["near"]).split()), float(i["width"]), float(i["height"]))
             for i in images],
            tuple(TextBlock(str(p), Box(float(x), float(y), float(w), float(h)))
                  for p, x, y, w, h in blocks))


_SIZE_JS = """
() => { const d = document.documentElement, b = document.body;
  return [Math.max(d ? d.scrollWidth : 0, b ? b.scrollWidth : 0),
          Math.max(d ? d.scrollHeight : 0, b ? b.scrollHeight : 0)]; }
"""


async def screenshot(page: Page, max_height: int) -> tuple[bytes, str | None]:
    """A full-page PNG, cut at max_height (and MAX_SHOT_WIDTH); with the cut, if any."""
    width, height = await _evaluate(page, _SIZE_JS)
    if height <= max_height and width <= MAX_SHOT_WIDTH:
        return await page.screenshot(full_page=True, type="png"), None
    clip = {"x": 0, "y": 0, "width": max(1, min(width, MAX_SHOT_WIDTH)),
            "height": max(1, min(height, max_height))}
    png = await page.screenshot(full_page=True, type="png", clip=clip)
    return png, (f"screenshot cut to {clip['width']}x{clip['height']} of "
                 f"{width}x{height} CSS px (limit {MAX_SHOT_WIDTH}x{max_height})")


# Remove the body's trailing nodes until the document's HTML is at most `max` characters.
_CAP_DOM_JS = """
(max) => {
  const root = document.documentElement;
  const total = root ? root.outerHTML.length : 0;
  if (total <= max) return [total, total];
  let over = total - max, parent = document.body;
  while (over > 0 && parent && parent.lastChild) {
    const node = parent.lastChild;
    const size = node.nodeType === 1 ? node.outerHTML.length : (node.textContent || '').length;
    if (size > over && node.nodeType === 1 && node.firstChild) { parent = node; continue; }
    node.remove();
    over -= size;
  }
  return [total, root ? root.outerHTML.length : 0];
}
"""


async def seal_shadow(page: Page, max_chars: int) -> str | None:
    """Write the page's shadow roots into its DOM as declarative shadow DOM (crawlers/shadow.py),
    at most max_chars of them, so the DOM read next holds what the page showed from them;
    returns what was left out, if anything. A page that broke the DOM methods the sealing
    uses keeps its capture; the note says its roots were not sealed and why."""
    try:
        return shadow_note(await page.evaluate(SERIALISE_JS, serialise_args(max_chars)))
    except PlaywrightError as exc:
        if any(w in str(exc) for w in ("closed", "destroyed", "navigat")):
            raise
        return f"shadow roots not sealed: {' '.join(str(exc).split())[:160]}"


async def cap_dom(page: Page, max_chars: int) -> str | None:
    """Seal the rendered DOM's shadow roots into it (seal_shadow), then cut it (after its
    screenshot) to max_chars of HTML, so reading it costs a bounded transfer; returns the
    roots left out and the cut made, if any."""
    shadow = await seal_shadow(page, max_chars)
    total, kept = await page.evaluate(_CAP_DOM_JS, max_chars)
    cut = None if total <= max_chars else (
        f"DOM cut to {kept} of {total} characters (limit {max_chars}) after the screenshot")
    return "; ".join(n for n in (shadow, cut) if n) or None


@dataclass(frozen=True)
class ImageMissed:
    """An image that was not fetched, and why: `blocked` for a refused private address
    (counted as such), otherwise a failure (status, size, timeout) kept with the capture."""

    reason: str
    blocked: bool = False


async def fetch_image(page: Page, url: str, guard: AddressGuard, seconds: float,
                      max_bytes: int = 5_000_000) -> tuple[bytes, str] | ImageMissed:
    """Fetch an image through the page's own browser context within `seconds`, following
    at most IMAGE_REDIRECTS redirects, each hop checked by the guard. Returns the bytes
    and media type, or why it was not fetched (a broken or slow image never fails the
    capture, and is never dropped without its reason)."""
    try:
        return await asyncio.wait_for(_fetch_image(page, url, guard, max_bytes), seconds)
    except TimeoutError:
        return ImageMissed(f"image {url[:200]}: not fetched within {seconds:.1f}s")
    except Exception as exc:
        return ImageMissed(f"image {url[:200]}: {type(exc).__name__}: "
                           f"{' '.join(str(exc).split())[:120]}")


async def _fetch_image(page: Page, url: str, guard: AddressGuard,
                       max_bytes: int) -> tuple[bytes, str] | ImageMissed:
    for _ in range(IMAGE_REDIRECTS + 1):
        refusal = await guard.refusal_async(url)
        if refusal:
            return ImageMissed(f"image {url}: {refusal}", blocked=True)
        response = await page.context.request.get(url, timeout=10_000, max_redirects=0)
        try:
            location = response.headers.get("location")
            if response.status in (301, 302, 303, 307, 308) and location:
                url = urljoin(url, location)
                continue
            return await _image_body(response, url, max_bytes)
        finally:  # the driver keeps every fetched body until disposed (or the context closes)
            await response.dispose()
    return ImageMissed(f"image {url[:200]}: more than {IMAGE_REDIRECTS} redirects")


async def _image_body(response: APIResponse, url: str,
                      max_bytes: int) -> tuple[bytes, str] | ImageMissed:
    length = response.headers.get("content-length", "")
    if not response.ok:
        return ImageMissed(f"image {url[:200]}: http {response.status}")
    if length.isdigit() and int(length) > max_bytes:
        return ImageMissed(f"image {url[:200]}: {length} bytes, over {max_bytes}")
    body = await response.body()
    if len(body) > max_bytes:
        return ImageMissed(f"image {url[:200]}: {len(body)} bytes, over {max_bytes}")
    return body, response.headers.get("content-type", "application/octet-stream")


async def replay_captured_document(page: Page, request: Request) -> None:
    """Page-init callback: answer the navigation with the bytes captured over HTTP."""
    captured: dict[str, Any] = request.meta["hongdun_replay"]

    async def fulfil(route: Route) -> None:
        # a request never carries its URL's fragment (a hash route): compare without it
        wanted = request.url.partition("#")[0]
        if route.request.is_navigation_request() and route.request.url == wanted:
            await route.fulfill(status=captured["status"], headers=captured["headers"],
                                body=captured["body"])
        else:
            await route.fallback()

    await page.route("**", fulfil)
