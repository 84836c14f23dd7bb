"""The browser side of a capture: settle the page, read its images and layout, shoot it.

`settle`, `list_images`, `layout` and `screenshot` run as scrapy-playwright
PageMethods inside the page that rendered the request (under the guard's page
deadline, crawlers/guard.py); `screenshot` cuts a page taller than its limit;
`replay_captured_document` is a page-init callback that serves the main document
from bytes already fetched over HTTP, so the screenshot shows exactly the
captured bytes.
"""

from __future__ import annotations

import asyncio
from typing import Any
from urllib.parse import urljoin

from playwright.async_api import Error as PlaywrightError
from playwright.async_api import Page, Route
from scrapy import Request

from crawlers.pages import SeenImage
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

# Resolve once the page's visible text has not changed for `settle` ms (or after `limit`).
_SETTLE_JS = """
async ([settle, limit]) => {
  const start = Date.now();
  let last = -1, stableSince = Date.now();
  while (Date.now() - start < limit) {
    const len = document.body ? document.body.innerText.length : 0;
    if (len !== last) { last = len; stableSince = Date.now(); }
    else if (len > 0 && Date.now() - stableSince >= settle) break;
    await new Promise(r => setTimeout(r, 100));
  }
  return last;
}
"""

_IMAGES_JS = """
() => Array.from(document.images).map(img => {
  const r = img.getBoundingClientRect();
  const box = img.closest('figure, a, li, section, div') || img.parentElement;
  const near = box ? box.innerText.slice(0, 200) : '';
  return {src: img.currentSrc || img.src, alt: (img.alt || '') + ' ' + (img.title || ''),
          near, width: r.width, height: r.height};
})
"""


# Every element that shows its own text (or is an image), with its page-coordinate box.
_LAYOUT_JS = """
() => {
  const out = [];
  const walk = (el, path) => {
    if (out.length >= 5000) return;
    const own = el.tagName === 'IMG' || Array.from(el.childNodes).some(
      n => n.nodeType === 3 && n.textContent.trim());
    if (own) {
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.height > 0)
        out.push([path, r.left + scrollX, r.top + scrollY, r.width, r.height]);
    }
    const counts = {};
    for (const child of el.children) {
      const tag = child.tagName.toLowerCase();
      counts[tag] = (counts[tag] || 0) + 1;
      walk(child, `${path}/${tag}[${counts[tag]}]`);
    }
  };
  if (document.body) walk(document.body, 'body');
  return out;
}
"""


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


async def settle(page: Page, settle_ms: int, limit_ms: int) -> None:
    """Wait until the page's visible text stops changing (JS-rendered shops fill late)."""
    await _evaluate(page, _SETTLE_JS, [settle_ms, limit_ms])


async def list_images(page: Page) -> list[SeenImage]:
    """Every image on the page with its alt text and the text around it."""
    raw: list[dict[str, Any]] = await _evaluate(page, _IMAGES_JS)
    return [SeenImage(str(i["src"]), " ".join(str(i["alt"]).split()),
                      " ".join(str(i["near"]).split()), float(i["width"]), float(i["height"]))
            for i in raw]


async def layout(page: Page) -> tuple[TextBlock, ...]:
    """Where the browser drew each text-bearing element, for marking findings later."""
    raw: list[list[Any]] = await _evaluate(page, _LAYOUT_JS)
    return tuple(TextBlock(str(p), Box(float(x), float(y), float(w), float(h)))
                 for p, x, y, w, h in raw)


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


async def cap_dom(page: Page, max_chars: int) -> str | None:
    """Cut the rendered DOM (after its screenshot) to max_chars of HTML, so reading it
    costs a bounded transfer; returns the cut made, if any."""
    total, kept = await page.evaluate(_CAP_DOM_JS, max_chars)
    if total <= max_chars:
        return None
    return f"DOM cut to {kept} of {total} characters (limit {max_chars}) after the screenshot"


async def fetch_image(page: Page, url: str, guard: AddressGuard, seconds: float,
                      max_bytes: int = 5_000_000) -> tuple[bytes, str] | str | None:
    """Fetch an image through the page's own browser context within `seconds`, following
    at most IMAGE_REDIRECTS redirects, each hop checked by the guard. Returns the bytes
    and media type, the refusal reason for a private address, or None if it failed."""
    try:
        return await asyncio.wait_for(_fetch_image(page, url, guard, max_bytes),
                                      max(0.1, seconds))
    except Exception:  # a broken or slow image must not fail the capture
        return None


async def _fetch_image(page: Page, url: str, guard: AddressGuard,
                       max_bytes: int) -> tuple[bytes, str] | str | None:
    for _ in range(IMAGE_REDIRECTS + 1):
        refusal = await guard.refusal_async(url)
        if refusal:
            return f"image {url}: {refusal}"
        response = await page.context.request.get(url, timeout=10_000, max_redirects=0)
        location = response.headers.get("location")
        if response.status in (301, 302, 303, 307, 308) and location:
            url = urljoin(url, location)
            continue
        length = response.headers.get("content-length", "")
        if not response.ok or (length.isdigit() and int(length) > max_bytes):
            return None
        body = await response.body()
        if len(body) > max_bytes:
            return None
        return body, response.headers.get("content-type", "application/octet-stream")
    return None


async def replay_captured_document(page: Page, request: Request) -> None:
    """Page-init callback: answer the navigation with the bytes captured over HTTP."""
    captured: dict[str, Any] = request.meta["hongdun_replay"]

    async def fulfil(route: Route) -> None:
        if route.request.is_navigation_request() and route.request.url == request.url:
            await route.fulfill(status=captured["status"], headers=captured["headers"],
                                body=captured["body"])
        else:
            await route.fallback()

    await page.route("**", fulfil)
