"""The storefront spider: visit each target's home page and its licence entries.

For each target it fetches the home page (over HTTP, or in the browser when the
site profile says the platform needs one), then, one after the other, up to the
profile's number of licence entries (亮照/证照/资质 links), then about/contact
pages (关于我们/联系我们/公司简介, where small sites publish the licence), and product pages
within the same shop, and yields one `Visit` with every page, failed ones
included. A page's same-site frames are fetched as pages of their own with its role,
each sealed with a `frame` incident naming the frame and its page; a video's caption
track likewise (role captions, fetched over HTTP, never rendered). A page
fetched over HTTP is then shown in Chromium from the captured bytes, so its
screenshot is of exactly what was received. Each target gets its own browser
context (a fresh profile) that is closed when its visit ends. Every page works
within its own budget (crawlers/guard.py); what it did meanwhile (dialogs,
pop-ups, navigations, refused private addresses, limits) is kept with it.

Run it through `hongdun sweep`, or as `scrapy crawl storefront -a targets=FILE.csv`.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Iterable
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import scrapy
from scrapy import signals
from scrapy.http import Response
from scrapy_playwright.page import PageMethod
from twisted.python.failure import Failure

from crawlers import browser, hongdun_config, timing
from crawlers.guard import close_context
from crawlers.inflight import VisitsInFlight
from crawlers.live.watch import META_LIVE, LiveWatch, is_live, watch_options
from crawlers.middlewares import NotReached
from crawlers.pages import (
    CAPTIONS,
    FRAME,
    Frame,
    follow_plan,
    images_to_keep,
    role_limits,
    same_shop,
)
from crawlers.pagewatch import META_SPENT, page_watch
from crawlers.profiles import Profiles, SiteProfile
from crawlers.responses import failure_reason, headers_of, ip_of, is_html, status_error
from crawlers.ssrf import AddressGuard
from hongdun import db
from hongdun.clock import utc_now
from hongdun.errors import InputFileError
from hongdun.records import ImageCapture, Incident, PageCapture, Target, Visit
from hongdun.targets import load_targets, read_targets_file

# Error pages reach the callbacks (and are recorded); redirects are still followed.
ERROR_STATUSES = list(range(400, 600))


@dataclass
class _VisitState:
    """One target's visit: the pages fetched so far and how many are still in flight."""

    target: Target
    profile: SiteProfile
    context: str
    pages: list[tuple[int, PageCapture]] = field(default_factory=list)  # (order, page)
    roles: list[str] = field(default_factory=list)  # role (or FRAME) of every page requested
    frames: dict[str, Frame] = field(default_factory=dict)  # frame URL: whose frame it is
    seen: set[str] = field(default_factory=set)
    pending: int = 0
    finished: bool = False


class StorefrontSpider(scrapy.Spider):
    """Visit shops and yield one Visit per target."""

    name = "storefront"

    def __init__(self, targets: Iterable[Target] | str | None = None,
                 sweep_id: str | None = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._targets_arg = targets
        self.sweep_id = sweep_id or "manual-" + utc_now().replace(":", "").replace("-", "")
        self.profiles = Profiles.load()
        self.browser_version: str | None = None
        self.target_ids: list[str] = []
        self.done_ids: set[str] = set()  # targets whose Visit was yielded
        self.in_flight = VisitsInFlight(1)  # its limit is set from the settings in start()

    def _targets(self) -> list[Target]:
        if isinstance(self._targets_arg, str):
            return read_targets_file(Path(self._targets_arg))
        if self._targets_arg is not None:
            return list(self._targets_arg)
        cfg = hongdun_config(self.settings)
        targets = load_targets(db.connect(cfg.db_path))
        if not targets:
            raise InputFileError("no targets imported: run `hongdun targets import FILE.csv`")
        return targets

    async def start(self) -> AsyncIterator[scrapy.Request]:
        targets = self._targets()
        self.target_ids = [t.target_id for t in targets]
        self.in_flight = VisitsInFlight(self.settings.getint("HONGDUN_VISITS_IN_FLIGHT") or (
            self.settings.getint("CONCURRENT_REQUESTS", 8) * (2 if self._screenshots else 8)))
        for signal in (signals.item_scraped, signals.item_dropped, signals.item_error):
            self.crawler.signals.connect(self.in_flight.item_left, signal=signal)
        self.crawler.stats.set_value("hongdun/targets", len(targets))  # begun or waiting
        for target in targets:
            self.crawler.stats.max_value("hongdun/visits_in_flight_max",
                                         await self.in_flight.admit(target.target_id))
            profile = self.profiles.for_target(target)
            state = _VisitState(target, profile, context=f"target-{target.target_id}")
            yield self._page_request(state, target.url, "home")

    # -- requests ---------------------------------------------------------------
    @property
    def _screenshots(self) -> bool:
        return self.settings.getbool("HONGDUN_SCREENSHOTS", True)

    @cached_property
    def _guard(self) -> AddressGuard:
        return AddressGuard.from_setting(self.settings.get("HONGDUN_ALLOW_PRIVATE") or "")

    def unfinished(self) -> list[str]:
        """Targets of this sweep with no Visit: not reached before the sweep ended."""
        return [t for t in self.target_ids if t not in self.done_ids]

    def _page_request(self, state: _VisitState, url: str, role: str,
                      counted: str = "") -> scrapy.Request:
        state.seen.add(url)
        state.pending += 1
        state.roles.append(counted or role)
        kwargs = {"state": state, "role": role, "started": utc_now(), "requested": url,
                  "order": len(state.roles)}
        shown = self._screenshots and role != CAPTIONS  # (a caption track is fetched only)
        if shown and role == "home" and is_live(state.target):
            return self._browser_request(url, kwargs, replay=None, live=self._live(state))
        if shown and state.profile.render:
            return self._browser_request(url, kwargs, replay=None)
        return scrapy.Request(url, callback=self.on_fetched, errback=self.on_error,
                              cb_kwargs=kwargs, dont_filter=True, priority=_priority(role),
                              meta={"handle_httpstatus_list": ERROR_STATUSES,
                                    "hongdun_role": role,
                                    timing.META_QUEUED: time.monotonic()})

    def _live(self, state: _VisitState) -> LiveWatch:
        """A watch of a live room, in its own working folder under HOME/live/<sweep>."""
        root = hongdun_config(self.settings).home / "live" / self.sweep_id
        self.crawler.stats.inc_value("hongdun/live/watched")
        return LiveWatch.create(root, state.target, watch_options(self.settings))

    def _browser_request(self, url: str, kwargs: dict[str, Any],
                         replay: dict[str, Any] | None, spent: float = 0.0,
                         live: LiveWatch | None = None) -> scrapy.Request:
        state: _VisitState = kwargs["state"]
        limit = int(self.settings.getfloat("HONGDUN_PAGE_TIMEOUT", 20) * 1000)
        max_height = self.settings.getint("HONGDUN_SCREENSHOT_MAX_HEIGHT", 16384)
        meta: dict[str, Any] = {
            "playwright": True,
            "playwright_context": state.context,
            "playwright_include_page": True,
            "playwright_page_methods": [
                PageMethod(browser.read_page, state.profile.settle_ms, limit // 2,
                           state.profile.scroll_pages),
                PageMethod(browser.screenshot, max_height),
            ],
            "handle_httpstatus_list": ERROR_STATUSES,
            "hongdun_role": kwargs["role"] if replay is None else "render",
            META_SPENT: spent,
            timing.META_QUEUED: time.monotonic(),
        }
        if live is not None:  # the watch first; DOM, layout and screenshot show its end
            meta.update(live.request_meta(f"live-{state.target.target_id}",
                                          self.settings.getfloat("HONGDUN_PAGE_BUDGET", 30)))
            meta["playwright_page_methods"][0:1] = [  # a room never settles: no settle wait
                PageMethod(live.watch), PageMethod(browser.read_page, 0, 0)]
        if replay is not None:
            meta["hongdun_replay"] = replay
            meta["playwright_page_init_callback"] = browser.replay_captured_document
            # Showing captured bytes asks the shop's server for no page, so it does not
            # queue behind the polite per-domain slot that the HTTP fetches go through.
            meta["download_slot"] = "hongdun-replay"
        return scrapy.Request(url, callback=self.on_rendered, errback=self.on_error,
                              cb_kwargs={**kwargs, "replay": replay}, meta=meta,
                              dont_filter=True, priority=_priority(kwargs["role"]) + 1)

    # -- callbacks --------------------------------------------------------------
    async def on_fetched(self, response: Response, state: _VisitState, role: str,
                         started: str, requested: str, order: int) -> AsyncIterator[Any]:
        """A page fetched over HTTP: render its bytes for the screenshot, or keep it as is."""
        headers = headers_of(response)
        if self._screenshots and response.status < 400 and is_html(headers):
            limit = self.settings.getint("HONGDUN_DOM_MAX_BYTES", 4 << 20)
            cut = (f"shown in the browser: the first {limit} of {len(response.body)} bytes "
                   "(DOM size limit)") if len(response.body) > limit else None
            replay = {"status": response.status, "body": response.body[:limit], "cut": cut,
                      "raw": response.body,
                      "headers": {k: v for k, v in headers
                                  if k.lower() not in ("content-encoding", "content-length")},
                      "ip": str(response.ip_address) if response.ip_address else None}
            # a hash route (#/qualification) is not sent over HTTP: the browser is shown
            # the shell at the route, so its router draws that page
            shown = requested if requested.partition("#")[0] == response.url else response.url
            yield self._browser_request(shown, {"state": state, "role": role,
                                                       "started": started,
                                                       "requested": requested,
                                                       "order": order}, replay,
                                        float(response.meta.get(META_SPENT, 0.0)))
            return
        page = PageCapture(role, requested, response.url, response.status,
                           headers, response.body, (), False, started, utc_now(),
                           ip_of(response), status_error(response.status))
        for item in self._advance(state, page, response.text if is_html(headers) else "",
                                  order, float(response.meta.get(META_SPENT, 0.0))):
            yield item
        if state.finished:
            await self._close_context(state)

    async def on_rendered(self, response: Response, state: _VisitState, role: str,
                          started: str, requested: str, order: int,
                          replay: dict[str, Any] | None) -> AsyncIterator[Any]:
        """A page shown in the browser: take DOM, screenshot and licence-looking images."""
        called = time.monotonic()
        page_obj = response.meta["playwright_page"]
        methods = response.meta["playwright_page_methods"]
        live: LiveWatch | None = response.meta.get(META_LIVE)
        watch = page_watch(response.request)
        if page_obj.context.browser:
            self.browser_version = page_obj.context.browser.version
        settle, shown, layout = methods[-2].result  # read_page, then screenshot
        lost = [] if settle.get("settled", True) or live is not None else [Incident(
            "unsettled", f"页面未稳定 page still changing after {settle.get('waited', 0):.0f} "
            "ms (settle limit): captured as it stood", utc_now())]
        seen = images_to_keep(shown, role, state.profile)
        images = []
        fetching = time.monotonic()
        # A page's images at once, as the browser loads them, within their own time: a slow
        # render does not starve them (the page budget bounded the render before).
        seconds = hongdun_config(self.settings).number("image_timeout")
        fetched_all = await asyncio.gather(*(
            browser.fetch_image(page_obj, image.src, self._guard, seconds) for image in seen))
        for image, fetched in zip(seen, fetched_all, strict=True):
            if isinstance(fetched, browser.ImageMissed) and fetched.blocked:
                self.crawler.stats.inc_value("hongdun/blocked_private")
                if watch:
                    watch.note("blocked", fetched.reason)
            elif isinstance(fetched, browser.ImageMissed):  # licence-looking, yet not kept
                self.crawler.stats.inc_value("hongdun/images_missed")
                lost.append(Incident("image-missed", f"证照图片未取得 {fetched.reason}",
                                     utc_now()))
            else:
                images.append(ImageCapture(image.src, fetched[0], fetched[1],
                                           f"{image.alt} {image.near}".strip()))
        closing = time.monotonic()
        timing.record(self.crawler, "image-fetch", fetching, closing, timing.BROWSER)
        self.logger.debug("page read: %s %s: settled %s after %.0f ms; %d of %d images",
                          state.target.target_id, role, settle.get("settled"),
                          settle.get("waited", 0), len(images), len(seen))
        if live is not None:  # a watched room: stop the recorder, keep its files
            if watch and watch.remaining() < 0:  # overran after its window: cut short
                live.cut_short("deadline: images")
            live_dir = await self._finish_live(live, page_obj)
            timing.record(self.crawler, "live-finish", closing, None, timing.BROWSER)
            closing = time.monotonic()
        else:
            live_dir = ""
        await page_obj.close()  # bounded by the guard (crawlers/guard.py)
        timing.record(self.crawler, "page-close", closing, None, timing.BROWSER)
        png, cut = methods[-1].result
        for limit in (cut, (replay or {}).get("cut")):
            if limit and watch:
                watch.note("limit", limit)
        offsite = not same_shop(response.url, state.target.url)
        error = (f"offsite: redirected to {urlsplit(response.url).hostname}" if offsite
                 else status_error(response.status))
        if watch and watch.remaining() < 0 and not error and live is not None and live.truncated:
            error = "deadline: images"
        page = PageCapture(
            role, requested, response.url, response.status, headers_of(response),
            response.body, (png,), True, started, utc_now(),
            (replay or {}).get("ip") or ip_of(response), error, images=tuple(images),
            raw_body=replay["raw"] if replay else None, layout=layout,
            incidents=_incidents(response.request) + tuple(lost), live_dir=live_dir,
            truncated=live.truncated if live is not None and error == live.truncated else "",
        )
        spent = float(response.meta.get(META_SPENT, 0.0)) + time.monotonic() - called
        for item in self._advance(state, page, "" if offsite else response.text, order, spent):
            yield item
        if state.finished:
            await self._close_context(state)

    async def on_error(self, failure: Failure) -> AsyncIterator[Any]:
        """A page that could not be fetched: record why and carry on with the visit."""
        request = failure.request  # type: ignore[attr-defined]
        kwargs = request.cb_kwargs
        state: _VisitState = kwargs["state"]
        if isinstance(failure.value, NotReached):
            state.pending -= 1  # the target stays unfinished: recorded as not reached
            if state.pending == 0:
                self.in_flight.over(state.target.target_id)
            return
        reason = failure_reason(failure)
        live: LiveWatch | None = request.meta.get(META_LIVE)
        live_dir = truncated = ""
        if live is not None:  # what the watch wrote before the page failed is kept, and
            truncated = live.cut_short(reason)  # judged when the window had begun
            live_dir = await self._finish_live(live, request.meta.get("playwright_page"))
        page = PageCapture(kwargs["role"], kwargs["requested"], request.url, 0, (), b"", (),
                           bool(request.meta.get("playwright")), kwargs["started"], utc_now(),
                           None, reason, incidents=_incidents(request), live_dir=live_dir,
                           truncated=truncated if live_dir else "")
        for item in self._advance(state, page, "", kwargs["order"],
                                  float(request.meta.get(META_SPENT, 0.0))):
            yield item
        page_obj = request.meta.get("playwright_page")
        if page_obj is not None and not page_obj.is_closed():
            await page_obj.close()
        if state.finished:
            await self._close_context(state)

    async def _close_context(self, state: _VisitState) -> None:
        """The visit is over: close its browser context (its renderers and profile go with
        it) wherever its last page ended, rendered, fetched over HTTP or failed."""
        closing = time.monotonic()
        if await close_context(self.crawler, state.context):
            timing.record(self.crawler, "context-close", closing, None, timing.BROWSER)

    async def _finish_live(self, live: LiveWatch, page_obj: Any) -> str:
        """End a room's watch: page and context closed (the video complete), counted."""
        folder = await live.finish(page_obj) if page_obj is not None else ""
        if page_obj is None and live.recorder is not None:
            live.recorder.abort("the page was never opened")
            folder = str(live.folder)
        summary = live.summary
        if summary is not None:
            self.crawler.stats.inc_value("hongdun/live/lines", summary.lines)
            self.crawler.stats.inc_value("hongdun/live/frames", summary.frames)
        return folder

    def _advance(self, state: _VisitState, page: PageCapture, html: str,
                 order: int, spent: float) -> Iterable[Any]:
        """Add a page to its visit and request the pages it leads to, all at once; when
        none is left in flight, yield the Visit with its pages in the order requested."""
        self.logger.info("page done: %s %s %s in %.1fs of work (budget %.0fs): %s",
                         state.target.target_id, page.role, page.requested_url, spent,
                         self.settings.getfloat("HONGDUN_PAGE_BUDGET", 30), page.error or "ok")
        if (frame := state.frames.get(page.requested_url)) is not None:
            page = replace(page, incidents=(Incident(FRAME, frame.note, page.started_utc),
                                            *page.incidents))
        state.pages.append((order, page))
        state.pending -= 1
        self.crawler.stats.inc_value("hongdun/pages")
        if page.error:
            key = page.error.split(":")[0].replace(" ", "_")
            self.crawler.stats.inc_value(f"capture/failed/{key}")
        if page.ok and html:
            parsing = time.monotonic()
            limits = role_limits(state.profile)
            follow, framed = follow_plan(html, page.final_url, page.role, state.target.url,
                                         state.profile)
            for url, role in follow:
                counted = FRAME if url in framed else role
                if url in state.seen or state.roles.count(counted) >= limits.get(counted,
                                                                                 1 << 30):
                    continue
                if url in framed:
                    state.frames[url] = framed[url]
                yield self._page_request(state, url, role, counted)
            timing.record(self.crawler, "links", parsing)
        if state.pending == 0:
            state.finished = True
            self.done_ids.add(state.target.target_id)
            pages = tuple(p for _, p in sorted(state.pages, key=lambda pair: pair[0]))
            yield Visit(state.target, self.sweep_id, pages,
                        self.settings.get("USER_AGENT"), self.browser_version)


def _priority(role: str) -> int:
    """Pages of visits under way go before new targets' home pages, so few visits (and
    browser contexts) are open at once and each finishes soon after it starts."""
    return 0 if role == "home" else 10


def _incidents(request: scrapy.Request) -> tuple[Incident, ...]:
    watch = page_watch(request)
    return watch.summary() if watch else ()
