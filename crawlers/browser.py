"""The browser side of a capture: settle the page, read its images and layout.

`settle`, `list_images` and `layout` run as scrapy-playwright PageMethods inside
the page that rendered the request, before its screenshot;
`replay_captured_document` is a page-init callback that serves the main document
from bytes already fetched over HTTP, so the screenshot shows exactly the
captured bytes.
"""

from __future__ import annotations

from typing import Any

from playwright.async_api import Page, Route
from scrapy import Request

from crawlers.pages import SeenImage
from hongdun.records import Box, TextBlock

LAUNCH_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]

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


async def settle(page: Page, settle_ms: int, limit_ms: int) -> None:
    """Wait until the page's visible text stops changing (JS-rendered shops fill late)."""
    await page.evaluate(_SETTLE_JS, [settle_ms, limit_ms])


async def list_images(page: Page) -> list[SeenImage]:
    """Every image on the page with its alt text and the text around it."""
    raw: list[dict[str, Any]] = await page.evaluate(_IMAGES_JS)
    return [SeenImage(str(i["src"]), " ".join(str(i["alt"]).split()),
                      " ".join(str(i["near"]).split()), float(i["width"]), float(i["height"]))
            for i in raw]


async def layout(page: Page) -> tuple[TextBlock, ...]:
    """Where the browser drew each text-bearing element, for marking findings later."""
    raw: list[list[Any]] = await page.evaluate(_LAYOUT_JS)
    return tuple(TextBlock(str(p), Box(float(x), float(y), float(w), float(h)))
                 for p, x, y, w, h in raw)


async def fetch_image(page: Page, url: str, max_bytes: int = 5_000_000) -> tuple[bytes, str] | None:
    """Fetch an image through the page's own browser context; None if it fails."""
    try:
        response = await page.context.request.get(url, timeout=10_000)
    except Exception:  # a broken image must not fail the capture
        return None
    body = await response.body()
    if not response.ok or len(body) > max_bytes:
        return None
    return body, response.headers.get("content-type", "application/octet-stream")


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
