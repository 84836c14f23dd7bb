"""Scrapy settings for Hongdun's crawlers (the project settings `scrapy.cfg` names).

`crawlers.run.sweep_settings` overrides the values that come from Hongdun's
configuration (data directory, timeouts, concurrency, Chromium path).
"""

from __future__ import annotations

from crawlers.browser import LAUNCH_ARGS

BOT_NAME = "hongdun"
SPIDER_MODULES = ["crawlers.spiders"]
NEWSPIDER_MODULE = "crawlers.spiders"

USER_AGENT = ("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
              "Chrome/140.0 Safari/537.36 Hongdun/0.1 (market-supervision sweep)")
# Inspection of public shop pages is the regulator's statutory duty (E-Commerce Law
# art. 15 requires the licence on the home page); robots.txt does not bind it.
ROBOTSTXT_OBEY = False
COOKIES_ENABLED = True
TELNETCONSOLE_ENABLED = False
LOG_LEVEL = "WARNING"

TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
# scrapy-playwright's handler with a hard deadline per page (crawlers/guard.py).
DOWNLOAD_HANDLERS = {
    "http": "crawlers.guard.GuardedPlaywrightHandler",
    "https": "crawlers.guard.GuardedPlaywrightHandler",
}
PLAYWRIGHT_BROWSER_TYPE = "chromium"
PLAYWRIGHT_LAUNCH_OPTIONS = {
    "executable_path": "/usr/bin/chromium",
    "headless": True,
    "args": LAUNCH_ARGS,
}
PLAYWRIGHT_DEFAULT_NAVIGATION_TIMEOUT = 20_000
# One context (a fresh profile) per target visit, closed when the visit ends. No cap on
# contexts: a cap deadlocks when every download slot waits for a context held by a
# visit whose next page is queued behind them. Open visits are bounded instead by
# fetching a visit's follow-up pages before new targets (see the spider's priorities).
PLAYWRIGHT_MAX_PAGES_PER_CONTEXT = 4

# Politeness and robustness.
CONCURRENT_REQUESTS = 8
CONCURRENT_REQUESTS_PER_DOMAIN = 4
DOWNLOAD_TIMEOUT = 20
RETRY_ENABLED = True
RETRY_TIMES = 1
# A timed-out page has spent its budget: it is recorded, not fetched again.
RETRY_EXCEPTIONS = [
    "scrapy.exceptions.CannotResolveHostError",
    "scrapy.exceptions.DownloadConnectionRefusedError",
    "scrapy.exceptions.DownloadFailedError",
    "scrapy.exceptions.ResponseDataLossError",
    "twisted.internet.error.ConnectionDone",
    "twisted.internet.error.ConnectError",
    "twisted.internet.error.ConnectionLost",
]
# Response size limits; HttpCompressionMiddleware applies them after decompression too
# (gzip bombs). crawlers.run sets them from Hongdun's configuration.
DOWNLOAD_MAXSIZE = 32 << 20
DOWNLOAD_WARNSIZE = 8 << 20
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 0.1
AUTOTHROTTLE_MAX_DELAY = 10
AUTOTHROTTLE_TARGET_CONCURRENCY = 4.0
REDIRECT_MAX_TIMES = 5

DOWNLOADER_MIDDLEWARES = {
    "crawlers.middlewares.SweepDeadline": 50,
    "crawlers.middlewares.PrivateAddressGuard": 60,
    "crawlers.middlewares.OffsiteRedirectGuard": 650,
}
ITEM_PIPELINES = {
    "crawlers.pipelines.OcrPipeline": 100,
    "crawlers.pipelines.SealPipeline": 200,
    "crawlers.pipelines.RulesPipeline": 300,
    "crawlers.pipelines.AnnotatePipeline": 400,
    "crawlers.writer.WriterPipeline": 500,  # findings, leads, the captures row
}
# A sweep first finishes captures an interrupted sweep sealed but did not carry through.
SPIDER_MIDDLEWARES = {"crawlers.recovered.FinishRecovered": 50}
EXTENSIONS = {
    "crawlers.guard.BrowserHandlerHome": 50,  # the one browser handler of both schemes
    "crawlers.heap.HeapTrim": 60,  # freed C heap back to the system (crawlers/heap.py)
    "crawlers.extensions.SweepRecorder": 100,
    "crawlers.extensions.SweepProgress": 200,
}

HONGDUN_HOME = None  # None: $HONGDUN_HOME or ./var
HONGDUN_SCREENSHOTS = True
HONGDUN_PAGE_TIMEOUT = 20
HONGDUN_PAGE_BUDGET = 30
HONGDUN_SWEEP_DEADLINE = 0  # seconds; 0: none
HONGDUN_ALLOW_PRIVATE = ""
HONGDUN_DOM_MAX_BYTES = 4 << 20
HONGDUN_SCREENSHOT_MAX_HEIGHT = 16384
HONGDUN_IMAGE_MAX_PIXELS = 40_000_000
HONGDUN_CHAT_MAX_LINES = 20_000  # per live page watch (issue 10's recorder reads it)
HONGDUN_WATCH_SECONDS = 60  # how long a live room is watched (hongdun sweep --watch)
HONGDUN_FRAME_EVERY = 5  # seconds between a watch's interval frames
HONGDUN_PROGRESS_INTERVAL = 2.0
# Targets open or in the pipelines at once (0: CONCURRENT_REQUESTS times 2 with the browser,
# times 8 without); a new target waits for one to finish, so browser contexts and captures
# held in memory stay bounded at any size of sweep.
HONGDUN_VISITS_IN_FLIGHT = 0
