"""The download handler of a sweep without the browser: Scrapy's own HTTP, within the page budget.

`hongdun sweep --no-browser` renders nothing, so it starts no Playwright driver and
no Chromium (crawlers.run.sweep_settings picks this handler then). Every fetch gets
what is left of its page's budget (setting `page_budget`) as its download timeout,
exactly as the guarded browser handler (crawlers/guard.py) gives its HTTP fetches,
with the same `PageWatch` on the request and the same stage timings. Private
addresses are refused before the fetch by `crawlers.middlewares.PrivateAddressGuard`,
and a response from one is dropped after it, as in a browser sweep.
"""

from __future__ import annotations

import time

from scrapy import Request
from scrapy.core.downloader.handlers.http11 import HTTP11DownloadHandler
from scrapy.crawler import Crawler
from scrapy.http import Response

from crawlers import timing
from crawlers.pagewatch import META_SPENT, PageFailed, begin_download


class GuardedHttpHandler(HTTP11DownloadHandler):
    """Scrapy's HTTP/1.1 handler with the per-page deadline of crawlers/guard.py."""

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        self.budget = crawler.settings.getfloat("HONGDUN_PAGE_BUDGET", 30.0)

    async def download_request(self, request: Request) -> Response:  # type: ignore[override]
        spent, watch = begin_download(request, self._crawler, self.budget)
        try:
            if watch.remaining() <= 0:
                raise PageFailed("deadline: queued")
            limit = request.meta.get("download_timeout") or self.budget
            request.meta["download_timeout"] = max(0.1, min(float(limit), watch.remaining()))
            return await super().download_request(request)
        finally:
            request.meta[META_SPENT] = spent + time.monotonic() - watch.started
            timing.record(self._crawler, "fetch", watch.started, None, timing.BROWSER)
