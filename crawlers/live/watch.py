"""The sweep's hook into the live recorder: which targets are watched, and one watch's life.

A target is a live room when its list says so (kind `livestream`, which the targets
import also derives from the profile's live-room URL words). Its home page is then
not rendered like a storefront page but watched: `LiveWatch` is created per room with
a working folder under HOME/live/<sweep>/, the page's context records video, the
recorder is installed by the page-init callback before `goto`, the watch runs as the
first page step (inside the page's hard deadline, crawlers/guard.py, which for a
watch is the window plus the ordinary page budget), and `finish` closes the page and
its context so session.webm is complete. The sealer then moves the folder's files
into the capture (`live/...`, evidence/seal.py).

A watch whose page fails after the window began (its deadline overrun under heavy load,
a renderer crash) is cut short, not lost: `cut_short` marks the session truncated with
the reason (session.json `truncated`, the page's `truncated`), and the capture is sealed
unfailed with what was recorded, for the rules to judge.
"""

from __future__ import annotations

import asyncio
import contextlib
import secrets
import shutil
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from playwright.async_api import Page
from scrapy import Request

from crawlers.live.recorder import LiveRecorder, WatchOptions
from crawlers.live.records import WatchSummary
from crawlers.live.video import VIDEO_NAME
from crawlers.pagewatch import META_BUDGET, page_watch
from hongdun.records import Target
from hongdun.watch import DEFAULT_WATCH_S, check_watch_seconds

META_LIVE = "hongdun_live"
VIEWPORT = {"width": 1280, "height": 720}
VIDEO_SIZE = {"width": 800, "height": 450}  # Playwright's own default scale: encoding is CPU
FINISH_TIMEOUT_S = 20.0


def is_live(target: Target) -> bool:
    """True when a target is a live room to watch (its list's kind, see hongdun/targets.py)."""
    return target.kind == "livestream"


@dataclass
class LiveWatch:
    """One room's watch during a sweep: its folder, options, recorder and outcome."""

    folder: Path
    options: WatchOptions
    recorder: LiveRecorder | None = None
    request: Request | None = None
    summary: WatchSummary | None = None
    reserve_s: float = 25.0  # of the page's budget, kept for the steps after the watch
    errors: list[str] = field(default_factory=list)
    truncated: str = ""  # why the session was cut short after it began (see cut_short)

    @classmethod
    def create(cls, root: Path, target: Target, options: WatchOptions) -> LiveWatch:
        """A fresh working folder for one target's watch under root."""
        folder = root / f"{target.target_id}-{secrets.token_hex(4)}"
        (folder / "video").mkdir(parents=True)
        return cls(folder, options)

    def request_meta(self, context: str, page_budget: float) -> dict[str, Any]:
        """The scrapy-playwright meta that makes a browser request a watch of this room."""
        return {
            META_LIVE: self,
            # the window, the reads after it, the steps after those, and an ordinary page's
            # budget for opening it
            META_BUDGET: self.options.seconds + self.options.tail_s + self.reserve_s
            + page_budget,
            # (the window is cut when opening the page ate into it: see watch)
            "playwright_context": context,
            "playwright_context_kwargs": {"record_video_dir": str(self.folder / "video"),
                                          "record_video_size": VIDEO_SIZE,
                                          "viewport": VIEWPORT},
            "playwright_page_init_callback": self.install,
            # a watch is one viewer on one room for the whole window: its own download
            # slot, so rooms on one host are watched at once, not one after another
            "download_slot": f"live-{context}",
        }

    async def install(self, page: Page, request: Request) -> None:
        """Page-init callback: the recorder's observer and listeners, before navigation."""
        self.request = request
        self.recorder = await LiveRecorder.prepare(page, self.folder, self.options)

    async def watch(self, page: Page) -> WatchSummary | None:
        """The first page step: watch the room for the window (never raises)."""
        if self.recorder is None:
            self.errors.append("recorder was not installed")
            return None
        guard = page_watch(self.request) if self.request is not None else None
        # a page that opened late is watched for what its deadline leaves after the last
        # reads and the page's own steps (DOM, layout, screenshot)
        until = guard.deadline - self.options.tail_s - self.reserve_s if guard else None
        self.summary = await self.recorder.watch(until)
        return self.summary

    def cut_short(self, reason: str) -> str:
        """The page failed for reason after the window began: the session is truncated, and
        what it recorded is sealed as the room's capture. The reason, or "" when the watch
        never began (nothing was watched: the page simply failed)."""
        self.errors.append(reason)
        if self.recorder is not None and self.recorder.began:
            self.truncated = reason
        return self.truncated

    async def finish(self, page: Page) -> str:
        """Close the page and its context so the video is complete; the folder, or "" when
        nothing was recorded. Bounded: a context that does not close leaves no video."""
        video = page.video
        context = page.context
        with contextlib.suppress(Exception):
            await asyncio.wait_for(page.close(), FINISH_TIMEOUT_S)
        try:
            await asyncio.wait_for(context.close(), FINISH_TIMEOUT_S)
            if video is not None:
                source = Path(await asyncio.wait_for(video.path(), FINISH_TIMEOUT_S))
                if source.exists():
                    shutil.move(str(source), self.folder / VIDEO_NAME)
        except Exception as exc:  # the capture keeps what the recorder wrote
            self.errors.append(f"video: {type(exc).__name__}: {str(exc)[:120]}")
        if self.recorder is not None and self.truncated:  # cut short: keep what came
            self.summary = self.recorder.truncate(self.truncated)
        elif self.recorder is not None and self.summary is None:
            self.summary = self.recorder.abort("watch cut short: " + "; ".join(self.errors))
        shutil.rmtree(self.folder / "video", ignore_errors=True)
        return str(self.folder) if (self.folder / "chat.jsonl").exists() else ""


def watch_options(settings: Any) -> WatchOptions:
    """The watch options of a sweep, from its Scrapy settings."""
    seconds = settings.getfloat("HONGDUN_WATCH_SECONDS", DEFAULT_WATCH_S)
    base = WatchOptions(seconds=check_watch_seconds(seconds), screencast=True)
    return replace(base, max_lines=settings.getint("HONGDUN_CHAT_MAX_LINES", base.max_lines),
                   frame_every_s=settings.getfloat("HONGDUN_FRAME_EVERY", base.frame_every_s))
