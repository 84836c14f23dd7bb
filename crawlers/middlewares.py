"""Downloader middleware that refuses redirects leaving the shop's host.

A shop page that redirects to another host is not the shop's page: the
redirect is recorded as the page's failure reason instead of being followed.
Placed after RedirectMiddleware's number so it sees the 3xx response first.
"""

from __future__ import annotations

from urllib.parse import urljoin, urlsplit

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response


class OffsiteRedirect(IgnoreRequest):
    """A page redirected to a different host."""


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
