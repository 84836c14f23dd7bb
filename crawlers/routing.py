"""The browser's requests kept off private addresses: the egress proxy and the request routes.

`EgressRouting` is the part of the guarded download handler (crawlers/guard.py) that
wires the browser to the network. The browser reaches it only through the egress proxy
(crawlers/egress.py), which refuses private addresses at connect time; scrapy-playwright's
page route (`abort_request`) asks the same `AddressGuard` for the pages the crawl opens, a
context route for every other page of the context (pop-ups, before they are closed), and
a request the proxy refused is recorded on the watch of a page of its context. Every
refusal is a `blocked` incident of that page and counts `hongdun/blocked_private`.
"""

from __future__ import annotations

import asyncio
import contextlib
from functools import partial
from typing import Any, Protocol
from urllib.parse import urlsplit

from playwright.async_api import BrowserContext, Page
from playwright.async_api import Request as PlaywrightRequest
from scrapy import Spider
from scrapy.crawler import Crawler
from scrapy_playwright.handler import BrowserContextWrapper, ScrapyPlaywrightDownloadHandler

from crawlers.egress import EgressProxy
from crawlers.ssrf import AddressGuard


class Noting(Protocol):
    """What a refusal is recorded on: a page's watch (crawlers.pagewatch.PageWatch)."""

    def note(self, kind: str, detail: str) -> None: ...


class EgressRouting(ScrapyPlaywrightDownloadHandler):
    """scrapy-playwright going out through the egress proxy, every route asking the guard."""

    _crawler: Crawler
    _watches: dict[Page, Noting]  # the pages the crawl holds, with their watches

    def wire_egress(self, guard: AddressGuard) -> None:
        """Start the egress proxy and make the browser launch through it; route the crawl's
        pages through the guard (scrapy-playwright's abort hook)."""
        self.guard = guard
        self.abort_request = self._refuse_private  # scrapy-playwright's per-page route hook
        self.egress = EgressProxy(guard)
        launch = self.config.launch_options
        launch["proxy"] = {"server": self.egress.start()}
        # With a SOCKS5 proxy Playwright makes Chromium resolve no name itself (MAP * ~NOTFOUND
        # but the proxy); our own resolver rules would replace that rule, so they go.
        launch["args"] = [a for a in launch.get("args", ())
                          if not a.startswith("--host-resolver-rules=")]

    async def _create_browser_context(self, name: str, context_kwargs: dict | None,
                                      spider: Spider | None = None) -> BrowserContextWrapper:
        wrapper = await super()._create_browser_context(name, context_kwargs, spider)
        context = wrapper.context
        # Pages the crawl opens are routed by scrapy-playwright's page route (abort_request);
        # this route sees every other page of the context: pop-ups, before they are closed.
        # Set up beside the page rather than awaited here, under scrapy-playwright's context
        # launch lock, where one more round trip to the driver would queue every new page
        # behind it; until it is in place the egress proxy alone refuses (and records).
        routing = asyncio.ensure_future(
            context.route("**", partial(self._route_other_pages, context)))
        routing.add_done_callback(retrieve)
        context.on("requestfailed", partial(self._refused_by_proxy, context))
        return wrapper

    def _context_watch(self, context: BrowserContext | None,
                       page: Page | None) -> Noting | None:
        """The watch of page, else of the latest crawled page of its context (a pop-up's
        requests are recorded on the page that opened it)."""
        if page is not None and page in self._watches:
            return self._watches[page]
        mine = [w for p, w in self._watches.items() if context and p.context is context]
        return mine[-1] if mine else None

    def _blocked(self, context: BrowserContext | None, pw_request: PlaywrightRequest,
                 reason: str) -> None:
        page = None
        with contextlib.suppress(Exception):
            page = pw_request.frame.page
        watch = self._context_watch(context, page)
        if watch:
            watch.note("blocked", f"{pw_request.resource_type} {pw_request.url}: {reason}")
        self._crawler.stats.inc_value("hongdun/blocked_private")

    async def _route_other_pages(self, context: BrowserContext, route: Any,
                                 pw_request: PlaywrightRequest) -> None:
        reason = await self.guard.refusal_async(pw_request.url)
        if reason is None:
            await route.fallback()
            return
        self._blocked(context, pw_request, f"{reason} (pop-up or other page)")
        await route.abort("blockedbyclient")

    def _refused_by_proxy(self, context: BrowserContext, pw_request: PlaywrightRequest) -> None:
        if "SOCKS" not in (pw_request.failure or ""):
            return
        split = urlsplit(pw_request.url)
        with contextlib.suppress(ValueError):
            port = split.port or {"https": 443, "wss": 443}.get(split.scheme, 80)
            reason = self.egress.refusal(split.hostname or "", port)
            if reason:
                self._blocked(context, pw_request, f"{reason} (refused at connect)")

    async def _refuse_private(self, pw_request: PlaywrightRequest) -> bool:
        """scrapy-playwright's abort hook: True (abort) for a private address."""
        reason = await self.guard.refusal_async(pw_request.url)
        if reason is None:
            return False
        context = None
        with contextlib.suppress(Exception):
            context = pw_request.frame.page.context
        self._blocked(context, pw_request, reason)
        return True


def retrieve(task: asyncio.Future[Any]) -> None:
    """Read a background task's outcome so asyncio does not log it as lost."""
    if not task.cancelled():
        task.exception()
