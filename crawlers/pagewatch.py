"""What a page did while the crawler held it, and the budget it works within.

A `PageWatch` is kept in a request's meta (`META_WATCH`) from the start of its
download: the page's deadline and remaining budget (`META_SPENT` carries what the
HTTP fetch already spent to the render, `META_BUDGET` a live watch's own budget), the
stage it is in (named when a deadline fails it), and its incidents: dialogs
(dismissed), pop-ups (closed), renderer crashes, main-frame navigations, refused
private addresses and limits hit. `follow_events` wires a Playwright page's events
to its watch; the spider copies the watch's summary into the PageCapture. The
download handlers that enforce the budget are crawlers/guard.py (browser) and
crawlers/httpfetch.py (plain HTTP).
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections import Counter
from dataclasses import dataclass, field
from functools import partial

from playwright.async_api import Dialog, Frame, Page
from scrapy import Request
from scrapy.crawler import Crawler

from crawlers import timing
from hongdun.clock import utc_now
from hongdun.records import Incident

META_WATCH = "hongdun_watch"
META_SPENT = "hongdun_spent"  # seconds of the page's budget already spent (fetch, render)
META_BUDGET = "hongdun_budget"  # this page's own budget, when not the sweep's (a live watch)
CLOSE_TIMEOUT = 2.5  # seconds for a page close, a renderer kill, or a browser probe
MAX_INCIDENTS = 40  # per page; further ones are only counted


class PageFailed(Exception):
    """A page the guard gave up on, with the reason recorded in its capture."""


@dataclass
class PageWatch:
    """One page while the crawler holds it: its deadline, its stage and what it did."""

    deadline: float  # time.monotonic() by which the page's work must be done
    budget: float = 0.0  # seconds of work left when the download started
    started: float = field(default_factory=time.monotonic)  # when the work (not the wait) began
    stage: str = "queued"
    page: Page | None = None
    crashed: bool = False
    incidents: list[Incident] = field(default_factory=list)
    counts: Counter[str] = field(default_factory=Counter)
    navigations: list[str] = field(default_factory=list)
    stages: list[tuple[str, float]] = field(default_factory=list)  # (stage, monotonic start)

    def enter(self, stage: str) -> None:
        """The page's work moves on to stage (named in a deadline failure)."""
        self.stage = stage
        self.stages.append((stage, time.monotonic()))

    def timeline(self) -> str:
        """Seconds spent per stage, for the log."""
        ends = [t for _, t in self.stages[1:]] + [time.monotonic()]
        return ", ".join(f"{name} {end - start:.1f}s"
                         for (name, start), end in zip(self.stages, ends, strict=True))

    def remaining(self) -> float:
        return self.deadline - time.monotonic()

    def page_opened(self) -> None:
        """The page exists: its work starts now, with the whole budget. Opening it (a wait
        for the browser and its context) was bounded by the same budget, separately."""
        self.started = time.monotonic()
        self.deadline = self.started + self.budget

    def note(self, kind: str, detail: str) -> None:
        """Record an incident; past MAX_INCIDENTS only count it."""
        self.counts[kind] += 1
        if len(self.incidents) < MAX_INCIDENTS:
            self.incidents.append(Incident(kind, " ".join(detail.split())[:300], utc_now()))

    def summary(self) -> tuple[Incident, ...]:
        """The incidents, plus one line per kind for those only counted, and the
        main-frame navigations after the first."""
        out = list(self.incidents)
        if len(self.navigations) > 1:
            out.append(Incident("navigated", " → ".join(self.navigations[:10]), utc_now()))
        kept = Counter(i.kind for i in self.incidents)
        for kind, n in sorted(self.counts.items()):
            if n > kept[kind]:
                out.append(Incident(kind, f"{n - kept[kind]} more not listed", utc_now()))
        return tuple(out)


def page_watch(request: Request) -> PageWatch | None:
    """The watch the guard kept for a request's page, if it rendered one."""
    watch = request.meta.get(META_WATCH)
    return watch if isinstance(watch, PageWatch) else None


def begin_download(request: Request, crawler: Crawler, budget: float) -> tuple[float, PageWatch]:
    """A download's watch: its page's budget (a live watch's own) less what it spent."""
    spent = float(request.meta.get(META_SPENT, 0.0))
    budget = float(request.meta.get(META_BUDGET) or budget)
    watch = request.meta[META_WATCH] = PageWatch(time.monotonic() + budget - spent, budget - spent)
    if (queued := request.meta.get(timing.META_QUEUED)) is not None:
        timing.record(crawler, "queue", queued, watch.started, timing.BROWSER)
    return spent, watch


# After this many dialogs a page's alert/confirm/prompt answer at once, as if dismissed.
MAX_DIALOGS = 10
_SILENCE_DIALOGS_JS = """() => { window.alert = () => undefined; window.confirm = () => false;
  window.prompt = () => null; }"""


async def _dismiss_dialog(watch: PageWatch, dialog: Dialog) -> None:
    watch.note("dialog", f"{dialog.type}: {dialog.message[:200]} (dismissed)")
    with contextlib.suppress(Exception):
        await asyncio.wait_for(dialog.dismiss(), CLOSE_TIMEOUT)
        if watch.counts["dialog"] == MAX_DIALOGS and dialog.page is not None:
            await asyncio.wait_for(dialog.page.evaluate(_SILENCE_DIALOGS_JS), CLOSE_TIMEOUT)
            watch.note("limit", f"{MAX_DIALOGS} dialogs: the page's further alert/confirm/"
                                "prompt calls answered as dismissed, without a dialog")


async def _close_popup(watch: PageWatch, popup: Page) -> None:
    watch.note("popup", f"{popup.url or 'about:blank'} (closed)")
    with contextlib.suppress(Exception):
        await asyncio.wait_for(popup.close(run_before_unload=False), CLOSE_TIMEOUT)


def _crashed(watch: PageWatch, _page: Page) -> None:
    watch.crashed = True
    watch.note("renderer", f"renderer crashed at stage {watch.stage}")


def _navigated(watch: PageWatch, page: Page, frame: Frame) -> None:
    if frame == page.main_frame and (not watch.navigations or watch.navigations[-1] != frame.url):
        watch.navigations.append(frame.url)


def follow_events(page: Page, watch: PageWatch) -> None:
    """Record the page's dialogs, pop-ups, crashes and navigations on its watch."""
    page.on("dialog", partial(_dismiss_dialog, watch))
    page.on("popup", partial(_close_popup, watch))
    page.on("crash", partial(_crashed, watch))
    page.on("framenavigated", partial(_navigated, watch, page))
