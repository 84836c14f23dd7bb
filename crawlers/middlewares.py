"""Downloader middlewares: off-site redirects, private addresses, and the sweep deadline.

- OffsiteRedirectGuard: a shop page that redirects to another host is not the
  shop's page; the redirect is recorded as the page's failure reason instead of
  being followed. Placed after RedirectMiddleware's number so it sees the 3xx
  response first.
- PrivateAddressGuard: no request (target URL, redirect hop, follow-up page)
  reaches a loopback, RFC 1918, link-local or other non-public address unless
  the allow-list names it (crawlers/ssrf.py); nor is a response kept whose
  server turned out to be at one (a name that resolved differently later).
- SweepDeadline: after `--deadline` seconds no new target is started; visits
  under way finish within their page budgets, and after a grace of two page
  budgets the sweep is closed whatever is left.
"""

from __future__ import annotations

import time
from urllib.parse import urljoin, urlsplit

from scrapy import Request, Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.http import Response
from scrapy.utils.defer import deferred_from_coro

from crawlers.ssrf import AddressGuard, address_kind
from hongdun.clock import utc_now


class OffsiteRedirect(IgnoreRequest):
    """A page redirected to a different host."""


class PrivateAddress(IgnoreRequest):
    """A request refused because it would reach a private-network address."""


class NotReached(IgnoreRequest):
    """A target not started because the sweep deadline had passed."""


class OffsiteRedirectGuard:
    """Turn a redirect to another host into a failed page with its reason."""

    def __init__(self, crawler: Crawler) -> None:
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> OffsiteRedirectGuard:
        return cls(crawler)

    def process_response(self, request: Request, response: Response) -> Response:
        location = response.headers.get(b"Location")
        if response.status in (301, 302, 303, 307, 308) and location:
            target = urljoin(request.url, location.decode("latin-1"))
            here, there = urlsplit(request.url).hostname, urlsplit(target).hostname
            if there != here:
                raise OffsiteRedirect(f"redirected from {here} to {there}")
        return response


class PrivateAddressGuard:
    """Refuse requests to private addresses not on the allow-list, and count them."""

    def __init__(self, crawler: Crawler) -> None:
        self.stats = crawler.stats
        self.guard = AddressGuard.from_setting(crawler.settings.get("HONGDUN_ALLOW_PRIVATE")
                                               or "")

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> PrivateAddressGuard:
        return cls(crawler)

    async def process_request(self, request: Request) -> None:
        reason = await self.guard.refusal_async(request.url)
        if reason:
            self.stats.inc_value("hongdun/blocked_private")
            raise PrivateAddress(f"blocked: {reason}")

    def process_response(self, request: Request, response: Response) -> Response:
        ip = response.ip_address
        if ip is None or self.guard.allows(request.url):
            return response
        kind = address_kind(str(ip))
        if kind:
            self.stats.inc_value("hongdun/blocked_private")
            raise PrivateAddress(f"blocked: private address {urlsplit(request.url).hostname} "
                                 f"was at {ip} ({kind})")
        return response


class SweepDeadline:
    """Stop starting targets at the sweep deadline; close the sweep after a grace."""

    def __init__(self, crawler: Crawler, seconds: float, grace: float) -> None:
        self.crawler = crawler
        self.seconds = seconds
        self.grace = grace
        self.ends: float | None = None
        crawler.signals.connect(self.opened, signal=signals.spider_opened)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SweepDeadline:
        seconds = crawler.settings.getfloat("HONGDUN_SWEEP_DEADLINE", 0.0)
        if seconds <= 0:
            raise NotConfigured("HONGDUN_SWEEP_DEADLINE is not set")
        return cls(crawler, seconds, 2 * crawler.settings.getfloat("HONGDUN_PAGE_BUDGET", 30))

    def opened(self, spider: Spider) -> None:
        from twisted.internet import reactor

        self.ends = time.monotonic() + self.seconds
        reactor.callLater(self.seconds, self.reached)  # type: ignore[attr-defined]

    def reached(self) -> None:
        from twisted.internet import reactor

        self.crawler.stats.set_value("hongdun/deadline_reached", utc_now())
        reactor.callLater(self.grace, self.stop)  # type: ignore[attr-defined]

    def stop(self) -> None:
        engine = self.crawler.engine
        if engine is not None and engine.running:
            self.crawler.stats.set_value("hongdun/deadline_forced", utc_now())
            deferred_from_coro(engine.close_spider_async(reason="deadline"))

    def process_request(self, request: Request) -> None:
        if (self.ends is not None and time.monotonic() >= self.ends
                and request.meta.get("hongdun_role") == "home"):
            raise NotReached("sweep deadline passed before this target was reached")
