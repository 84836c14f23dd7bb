"""Every page within its own budget: scrapy-playwright's handler with hard deadlines.

`GuardedPlaywrightHandler` is the download handler for http(s). Each download
gets the page's remaining budget (setting `page_budget`, seconds of work per
page, carried from the HTTP fetch to its render in `META_SPENT`):
- an HTTP fetch gets it as its `download_timeout`;
- a browser render runs as a task awaited with that timeout, outside the
  browser, so a Playwright call that never returns (navigation, a settle or
  layout evaluate on a busy `while(true)` page, a screenshot, page content,
  close) cannot hold the sweep. The page is then closed; if close does not
  return, its renderer is crashed through CDP (`Page.crash` runs on the
  renderer's IO thread, so it works on a busy page); if that does not answer
  either, the browser is killed and scrapy-playwright relaunches it.
The failure reaches the spider's errback as `PageFailed("deadline: screenshot")`,
`"renderer-crashed"` or `"browser-restarted"`.

While the crawler holds a page, a `PageWatch` (crawlers/pagewatch.py) records what it did: dialogs
(dismissed), pop-ups (closed), main-frame navigations, refused private
addresses and limits hit. The spider copies them into the PageCapture.

The browser reaches the network only through the egress proxy, and every request of a
page or pop-up is routed through the same address guard (crawlers/routing.py).

Scrapy builds a download handler per scheme; the crawler's one handler (one Playwright
driver, one browser) lives in the `BrowserHandlerHome` extension (settings EXTENSIONS),
which the handler of either scheme finds through `crawler.get_extension`.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import time
from functools import partial
from typing import Any

import psutil
from playwright.async_api import Browser, BrowserContext, Page
from playwright.async_api import Error as PlaywrightError
from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy.http import Response
from scrapy_playwright.handler import BrowserContextWrapper

from crawlers import hongdun_config, timing
from crawlers.browser import cap_dom, watch_settle
from crawlers.pagewatch import (
    CLOSE_TIMEOUT,
    META_SPENT,
    PageFailed,
    PageWatch,
    begin_download,
    follow_events,
    page_watch,
)
from crawlers.routing import EgressRouting, retrieve
from crawlers.ssrf import AddressGuard

log = logging.getLogger(__name__)


def browser_processes() -> list[psutil.Process]:
    """This process's Chromium browser processes (not their renderers)."""
    found = []
    for proc in psutil.Process(os.getpid()).children(recursive=True):
        with contextlib.suppress(psutil.Error):
            parent = proc.parent()
            if "chrom" in proc.name() and (parent is None or "chrom" not in parent.name()):
                found.append(proc)
    return found


class GuardedPlaywrightHandler(EgressRouting):
    """scrapy-playwright with a hard per-page deadline, renderer kill and browser restart."""

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        cfg = hongdun_config(crawler.settings)
        self.budget = crawler.settings.getfloat("HONGDUN_PAGE_BUDGET", 30.0)
        self.dom_max = crawler.settings.getint("HONGDUN_DOM_MAX_BYTES", 4 << 20)
        self.wire_egress(AddressGuard.from_setting(crawler.settings.get(
            "HONGDUN_ALLOW_PRIVATE", cfg.get("allow_private")) or ""))
        self._watches: dict[Page, PageWatch] = {}  # type: ignore[assignment]
        self._restart_lock = asyncio.Lock()
        self._closing: asyncio.Future[None] | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> GuardedPlaywrightHandler:
        """One handler per crawler for http and https alike. Scrapy builds a handler per
        scheme, and each would start its own Playwright driver (a node process of some
        100 MB) and egress proxy, one of them idle, or with both schemes in a sweep two
        browsers: the second scheme gets the one the crawler's BrowserHandlerHome holds."""
        home = crawler.get_extension(BrowserHandlerHome)
        if home is None:
            log.warning("%s is not in EXTENSIONS: one Playwright driver per scheme",
                        BrowserHandlerHome.__qualname__)
            return cls(crawler)
        return home.handler_of(cls, crawler)

    async def close(self) -> None:
        """Close once, however many schemes share this handler (see from_crawler)."""
        if self._closing is None:
            self._closing = asyncio.ensure_future(super().close())
        await asyncio.shield(self._closing)

    # -- the budget ---------------------------------------------------------------
    async def download_request(self, request: Request) -> Response:  # type: ignore[override]
        spent, watch = begin_download(request, self._crawler, self.budget)
        try:
            if watch.remaining() <= 0:
                raise PageFailed("deadline: queued")
            if not request.meta.get("playwright"):
                limit = request.meta.get("download_timeout") or self.budget
                request.meta["download_timeout"] = max(0.1, min(float(limit), watch.remaining()))
                return await super().download_request(request)
            return await self._render(request, watch)
        finally:
            request.meta[META_SPENT] = spent + time.monotonic() - watch.started
            self._record_stages(request, watch)

    def _record_stages(self, request: Request, watch: PageWatch) -> None:
        """The download's stages as timing intervals (crawlers/timing.py)."""
        now = time.monotonic()
        if not request.meta.get("playwright"):
            timing.record(self._crawler, "fetch", watch.started, now, timing.BROWSER)
            return
        ends = [t for _, t in watch.stages[1:]] + [now]
        for (stage, start), end in zip(watch.stages, ends, strict=True):
            timing.record(self._crawler, f"render/{stage}", start, end, timing.BROWSER)

    async def _render(self, request: Request, watch: PageWatch) -> Response:
        task = asyncio.ensure_future(self._download_request(request, self._crawler.spider))
        try:
            done: set[asyncio.Future[Response]] = set()
            while not done and watch.remaining() > 0:  # page_opened() moves the deadline
                done, _ = await asyncio.wait({task}, timeout=watch.remaining())
        except asyncio.CancelledError:  # the sweep is closing: the render goes with it
            task.cancel()
            raise
        if task in done:
            exc = task.exception()
            if exc is None:
                return self._limited(task.result(), watch)
            if watch.crashed:
                raise PageFailed("renderer-crashed") from exc
            raise exc
        task.cancel()
        task.add_done_callback(retrieve)
        stage = watch.stage
        self._crawler.stats.inc_value(f"hongdun/deadline/{stage}")
        log.warning("page budget spent: %s (%s)", request.url, watch.timeline())
        if watch.crashed:
            raise PageFailed("renderer-crashed")
        outcome = await self.abandon(watch.page)
        watch.note("deadline", f"page budget spent at stage {stage}; {outcome}")
        if outcome == "browser-restarted":
            raise PageFailed("browser-restarted")
        raise PageFailed(f"deadline: {stage}")

    def _limited(self, response: Response, watch: PageWatch) -> Response:
        """The response with its DOM cut at the DOM size limit (the cut recorded)."""
        if len(response.body) <= self.dom_max:
            return response
        watch.note("limit", f"DOM cut at {self.dom_max} of {len(response.body)} bytes")
        body = response.body[: self.dom_max].decode("utf-8", "ignore").encode("utf-8")
        return response.replace(body=body)

    # -- closing what does not answer ------------------------------------------
    async def abandon(self, page: Page | None) -> str:
        """Close a page that overran; crash its renderer, or restart the browser, if the
        close does not return. Returns what it took."""
        if page is None:
            return await self._probe_browser("no page yet")
        if page.is_closed():
            return "page closed"
        try:
            await asyncio.wait_for(self._original_close(page), CLOSE_TIMEOUT)
            return "page closed"
        except TimeoutError:
            pass
        except Exception:  # the target is already gone
            return "page closed"
        self._crawler.stats.inc_value("hongdun/renderer_killed")
        try:
            session = await asyncio.wait_for(page.context.new_cdp_session(page), CLOSE_TIMEOUT)
            await asyncio.wait_for(session.send("Page.crash"), CLOSE_TIMEOUT)
        except TimeoutError:
            return await self._probe_browser("renderer kill did not answer")
        except Exception:  # Page.crash ends the target under the session: expected
            pass
        return "renderer killed through CDP"

    async def _probe_browser(self, why: str) -> str:
        """Ask the browser for its version; kill and relaunch it if it does not answer."""
        browser = getattr(self, "browser", None)
        if browser is None:
            return why
        try:
            session = await asyncio.wait_for(browser.new_browser_cdp_session(), CLOSE_TIMEOUT)
            await asyncio.wait_for(session.send("Browser.getVersion"), CLOSE_TIMEOUT)
            await asyncio.wait_for(session.detach(), CLOSE_TIMEOUT)
            return why
        except TimeoutError:
            await self.restart_browser(browser)
            return "browser-restarted"
        except Exception as exc:  # disconnected: scrapy-playwright relaunches it
            return f"{why}; browser: {type(exc).__name__}"

    async def restart_browser(self, stale: Browser) -> None:
        """Kill a browser that stopped answering; the next page launches a new one. Pages
        that found the same browser hung at the same time restart it once."""
        async with self._restart_lock:
            if getattr(self, "browser", None) is not stale:
                return
            with contextlib.suppress(Exception):  # its late "disconnected" must not drop
                stale.remove_listener("disconnected",  # the browser that replaces it
                                      self._browser_disconnected_callback)
            procs = browser_processes()
            log.warning("browser stopped answering: killing %s", [p.pid for p in procs])
            for proc in procs:
                with contextlib.suppress(psutil.Error):
                    proc.kill()
            del self.browser
            self.context_wrappers.clear()
            self._crawler.stats.inc_value("hongdun/browser_restarts")

    async def _close(self) -> None:
        """Close contexts and browser at the end of the sweep, killing what hangs."""
        # every visit closes its own context when it ends: one left here was leaked
        self._crawler.stats.set_value("hongdun/contexts_left_open", len(self.context_wrappers))
        try:
            await asyncio.wait_for(super()._close(), 6 * CLOSE_TIMEOUT)
        except Exception as exc:
            log.warning("browser did not close (%s): killing it", type(exc).__name__)
            for proc in browser_processes():
                with contextlib.suppress(psutil.Error):
                    proc.kill()
        self.egress.stop()

    # -- watching pages ---------------------------------------------------------
    async def _create_browser_context(self, name: str, context_kwargs: dict | None,
                                      spider: Spider | None = None) -> BrowserContextWrapper:
        wrapper = await super()._create_browser_context(name, context_kwargs, spider)
        _guard_close(wrapper.context, CLOSE_TIMEOUT * 2)
        return wrapper

    async def _create_page(self, request: Request, spider: Spider) -> Page:
        watch = page_watch(request) or PageWatch(time.monotonic() + self.budget)
        watch.enter("new-page")
        page = await super()._create_page(request, spider)
        await watch_settle(page)
        watch.page_opened()
        watch.page = page
        self._watches[page] = watch
        follow_events(page, watch)
        page.on("close", lambda _page: self._watches.pop(page, None))
        page.close = partial(self._guarded_close, page)  # type: ignore[method-assign]
        return page

    def _original_close(self, page: Page) -> Any:
        return Page.close(page, run_before_unload=False)

    async def _guarded_close(self, page: Page, **_: Any) -> None:
        """page.close() as the crawl calls it: bounded, falling back to a renderer kill."""
        if page.is_closed():
            return
        await self.abandon(page)

    async def _get_response_and_download(self, request: Request, page: Page,
                                         spider: Spider) -> Any:
        watch = page_watch(request)
        if watch:
            watch.enter("navigation")
        return await super()._get_response_and_download(request, page, spider)

    async def _apply_page_methods(self, page: Page, request: Request, spider: Spider) -> None:
        """scrapy-playwright's PageMethods, each named as the stage it runs."""
        watch = page_watch(request)
        for pm in request.meta.get("playwright_page_methods") or ():
            if watch:
                watch.enter(getattr(pm.method, "__name__", str(pm.method)))
            pm.result = await self._run_step(page, pm)
            await page.wait_for_load_state(timeout=self.config.navigation_timeout_ms)
        if watch:
            watch.enter("dom-limit")
        cut = await cap_dom(page, self.dom_max // 2)  # characters: CJK text is 3 bytes each
        if cut and watch:
            watch.note("limit", cut)
        if watch:
            watch.enter("content")

    async def _run_step(self, page: Page, pm: Any) -> Any:
        """One PageMethod. A page that navigates itself while the step runs destroys the
        step's JavaScript context: the navigation is recorded by the watch, and the step runs
        once more on the document the page landed on (the page's deadline still bounds it)."""
        method = partial(pm.method, page) if callable(pm.method) else getattr(page, pm.method)

        async def call() -> Any:
            result = method(*pm.args, **pm.kwargs)
            return await result if asyncio.iscoroutine(result) else result

        try:
            return await call()
        except PlaywrightError as exc:
            if "Execution context was destroyed" not in str(exc):
                raise
        await page.wait_for_load_state(timeout=self.config.navigation_timeout_ms)
        return await call()


def _guard_close(context: BrowserContext, timeout: float) -> None:
    original = context.close

    async def close(**kwargs: Any) -> None:
        with contextlib.suppress(Exception):
            await asyncio.wait_for(original(**kwargs), timeout)

    context.close = close  # type: ignore[method-assign]


class BrowserHandlerHome:
    """The crawler's one GuardedPlaywrightHandler (none in a sweep without the browser),
    built by the first scheme's handler lookup and shared by the other."""

    def __init__(self) -> None:
        self.handler: GuardedPlaywrightHandler | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> BrowserHandlerHome:
        return cls()

    def handler_of(self, cls: type[GuardedPlaywrightHandler],
                   crawler: Crawler) -> GuardedPlaywrightHandler:
        """The crawler's handler, built now if no scheme asked for it before."""
        if not isinstance(self.handler, cls):
            self.handler = cls(crawler)
        return self.handler


def crawler_handler(crawler: Crawler) -> GuardedPlaywrightHandler | None:
    """The crawler's browser handler, if its sweep has one."""
    home = crawler.get_extension(BrowserHandlerHome)
    return home.handler if home is not None else None


async def close_context(crawler: Crawler, name: str) -> bool:
    """Close the browser context `name` if the crawler's handler still holds it (a visit
    whose last page was fetched over HTTP, or failed, before any rendered page closed it);
    whether there was one. Bounded like every context close (_guard_close)."""
    handler = crawler_handler(crawler)
    wrapper = handler.context_wrappers.get(name) if handler is not None else None
    if wrapper is None:
        return False
    await wrapper.context.close()
    return True
