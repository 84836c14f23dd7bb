"""Watch a live room for a window and write what happened as it happens (STYLE.md §15).

    recorder = await LiveRecorder.prepare(page, out, WatchOptions(seconds=60))
    await page.goto(room_url)              # the observer is in before any page script
    summary = await recorder.watch()
    video = await finish_video(context, page, out)   # crawlers.live.video

Writes chat.jsonl (every row the chat list ever showed, with later left/withdrawn
events), timeline.jsonl (room-state changes), frames/ + frames.jsonl (a screenshot
every N seconds and after state changes, rate-limited), network.warc.gz +
network.jsonl (crawlers.live.network) and session.json. Every Playwright call has its
own deadline; files are flushed and fsynced at checkpoints; the window always ends.
This module is the watch itself (the loop, the drain, checkpoints, the session); the
frames are crawlers/live/camera.py, the chat and timeline records crawlers/live/chatlog.py,
the bounds crawlers/live/options.py. The observer script is recorder.js's frame with its
parts (RECORDER_PARTS) put in, in order, as one init script: the page sees one recorder.
"""

from __future__ import annotations

import asyncio
import json
import os
import time
from collections.abc import Awaitable
from dataclasses import asdict, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import IO, Any, TypeVar

from playwright.async_api import CDPSession, Page

from crawlers.live.camera import VIDEO_BOX_JS, Camera
from crawlers.live.chatlog import ChatLog
from crawlers.live.network import NetworkLog
from crawlers.live.options import WatchOptions, utc_now
from crawlers.live.records import WatchSummary
from crawlers.shadow import SHADOW_INIT_JS

__all__ = ["FILES", "LiveRecorder", "WatchOptions", "init_script"]
T = TypeVar("T")
FILES = ("chat.jsonl", "timeline.jsonl", "frames.jsonl", "network.jsonl", "network.warc.gz",
         "session.json")
# the recorder's parts, in the order they join recorder.js's closure (at __PARTS__)
RECORDER_PARTS = ("recorder_rows.js", "recorder_lists.js", "recorder_observer.js")
CONFIG_KEYS = ("chat_list", "author", "badge", "state", "max_queue", "grow", "max_labels",
               "label_chars", "max_roots", "recycle", "strip", "withdrawn_words",
               "withdrawn_classes")


@lru_cache(maxsize=1)
def _observer_source() -> str:
    """recorder.js with its parts put in, before the config is."""
    folder = resources.files("crawlers.live")
    parts = "".join(folder.joinpath(name).read_text(encoding="utf-8") for name in RECORDER_PARTS)
    frame = folder.joinpath("recorder.js").read_text(encoding="utf-8")
    if frame.count("  /* __PARTS__ */\n") != 1:
        raise RuntimeError("recorder.js: one __PARTS__ line is where its parts go")
    return frame.replace("  /* __PARTS__ */\n", parts)


def init_script(options: WatchOptions) -> str:
    """The observer script with its selectors, for page.add_init_script."""
    config = {k: options.selectors[k] for k in CONFIG_KEYS}
    # the shadow-root keeper first (it skips itself when the page already has it)
    return SHADOW_INIT_JS + _observer_source().replace(
        "__CONFIG__", json.dumps(config, ensure_ascii=False))


class LiveRecorder(Camera, ChatLog):
    """One watch of one page into one folder."""

    def __init__(self, page: Page, out: Path, options: WatchOptions) -> None:
        self.page, self.out, self.options = page, out, options
        (out / "frames").mkdir(parents=True, exist_ok=True)
        self._started = time.monotonic()
        self.network = NetworkLog(out, self._started)
        self._files: dict[str, IO[str]] = {
            name: open(out / name, "a", encoding="utf-8")  # noqa: SIM115 (closed in _close)
            for name in ("chat.jsonl", "timeline.jsonl", "frames.jsonl")}
        self._tasks: set[asyncio.Task[None]] = set()
        self._page_base = 0.0  # page seconds at monotonic time _mono_base
        self._mono_base = self._started
        self.lines = self.dropped = self.line_events = self.states = 0
        self.frames = self.frames_skipped = 0
        self._state_pending: set[str] = set()
        self._last_state_frame = -1e9
        self._shot: asyncio.Task[None] | None = None  # the screenshot in flight, if any
        self._cdp: CDPSession | bool | None = None  # None: not tried yet; False: unavailable
        self._acked = 0  # number of the last observer event written
        self._prepared = self._started
        self.window_s = options.seconds  # the window actually watched
        self._stopped = False  # the window is over: pushed frames are no longer kept
        self._last_cast = -1e9  # page time of the last screencast frame kept
        self._epoch0 = time.time()  # wall-clock time at page time _page_base
        self._unsourced: dict[int, str] = {}  # lines whose network record has not come yet
        self.errors: list[str] = []
        self.states_dropped = 0
        self.video_box: tuple[float, float, float, float] | None = None
        self.chat_lists: tuple[str, ...] = ()  # found by structure, read at the window's end
        self._started_utc = ""
        self.summary: WatchSummary | None = None

    @classmethod
    async def prepare(cls, page: Page, out: Path, options: WatchOptions) -> LiveRecorder:
        """Install the observer and network listeners on a page before it navigates."""
        recorder = cls(page, out, options)
        recorder._prepared = time.monotonic()  # about when the page (and its video) began
        await asyncio.wait_for(page.add_init_script(script=init_script(options)),
                               options.call_timeout_s)
        recorder.network.attach(page, recorder._spawn)
        return recorder

    def _spawn(self, coro: object) -> None:
        task = asyncio.ensure_future(coro)  # type: ignore[arg-type]
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _call(self, what: str, awaitable: Awaitable[T]) -> T | None:
        """One Playwright call under its own deadline; a failure is noted, never raised."""
        try:
            return await asyncio.wait_for(awaitable, self.options.call_timeout_s)
        except Exception as exc:  # a hung or closed page must not stop the watch
            if len(self.errors) < 100:
                self.errors.append(f"{what}: {type(exc).__name__}: {str(exc)[:120]}")
            return None

    def _offset(self) -> float:
        """Seconds since the page's navigation started (the page-time origin)."""
        return round(self._page_base + time.monotonic() - self._mono_base, 3)

    async def watch(self, until: float | None = None) -> WatchSummary:
        """Watch for options.seconds, ending by `until` (time.monotonic()) if given; write as
        it goes; return the summary (session.json)."""
        opts, started_utc = self.options, utc_now()
        self._started_utc = started_utc
        now_ms = await self._call("clock", self.page.evaluate("performance.now()"))
        box = await self._call("video box", self.page.evaluate(VIDEO_BOX_JS,
                                                               opts.selectors["video"]))
        self.video_box = tuple(box) if box else None  # type: ignore[assignment]
        if opts.screencast:
            await self._start_screencast()
        self._mono_base, self._page_base = time.monotonic(), float(now_ms or 0) / 1000
        self.window_s = opts.seconds
        if until is not None:  # a deadline for the window's end (the page's, less a reserve)
            self.window_s = max(0.0, min(opts.seconds, until - time.monotonic()))
            if self.window_s < opts.seconds:
                self.errors.append(f"window cut to {self.window_s:.1f}s by the page deadline")
        end = time.monotonic() + self.window_s
        next_frame = next_checkpoint = time.monotonic()
        while time.monotonic() < end:
            await self._drain()
            now = time.monotonic()
            if now >= next_frame and not opts.screencast:
                self._shoot("interval")
                next_frame = now + opts.frame_every_s
            elif self._state_pending and now - self._last_state_frame >= opts.state_frame_gap_s:
                self._shoot("state:" + ",".join(sorted(self._state_pending)))
            if now >= next_checkpoint:
                self._checkpoint()
                next_checkpoint = now + opts.checkpoint_every_s
            await asyncio.sleep(max(0.0, min(opts.drain_every_s, end - time.monotonic())))
        window_end = utc_now()
        self._stopped = True
        if self.options.screencast and self._cdp:
            await self._call("screencast stop", self._cdp.send(  # type: ignore[union-attr]
                "Page.stopScreencast"))
        try:  # the last frame and bodies after the window, together under one deadline
            await asyncio.wait_for(self._tail(), opts.tail_s)
        except TimeoutError:
            self.errors.append(f"tail: the last frame and bodies took over {opts.tail_s:g}s")
        await self._drain(attempts=3)  # what reached the page in the window, never cut
        self._resolve_sources()
        lists = await self._call("chat lists", self.page.evaluate(
            "window.__hongdunLive ? window.__hongdunLive.lists() : []"))
        self.chat_lists = tuple(str(x) for x in lists or ())
        return self._close(started_utc, window_end)

    async def _tail(self) -> None:
        # Let the page run what it already received (queued frames and poll replies)
        # before the last read: one task round trip, under the per-call deadline.
        await self._call("settle", self.page.evaluate(
            "new Promise(r => setTimeout(() => requestAnimationFrame(() => r(0)), 0))"))
        if self._shot is not None:
            await self._shot
        if self._state_pending:
            await self._frame("state:" + ",".join(sorted(self._state_pending)))
        if self._tasks:
            await asyncio.wait(set(self._tasks), timeout=self.options.call_timeout_s)

    async def _drain(self, attempts: int = 1) -> None:
        """Read the observer's queued events in batches and write them; each batch is
        acknowledged by the next call, so one lost to a timeout comes again."""
        while True:
            batch = await self._call("drain", self.page.evaluate(
                "window.__hongdunLive ? window.__hongdunLive.drain("
                f"{self.options.drain_batch}, {self._acked})"
                " : {events: [], dropped: 0, pending: 0}"))
            if not batch:
                attempts -= 1
                if attempts <= 0:
                    return
                continue
            for event in batch["events"]:
                if int(event.get("n", 0)) <= self._acked:
                    continue  # sent again after a lost answer: written already
                self._event(event)
                self._acked = int(event.get("n", 0))
            self.dropped = max(self.dropped, int(batch["dropped"]))
            if not batch["pending"]:
                self._resolve_sources()
                return

    def _checkpoint(self) -> None:
        for handle in self._files.values():
            handle.flush()
            os.fsync(handle.fileno())
        self.network.checkpoint()

    def abort(self, reason: str) -> WatchSummary:
        """End a watch that was cut short (its page died or overran): keep what was written."""
        if self.summary is not None:
            return self.summary
        self.errors.append(reason)
        return self._close(self._started_utc or utc_now(), utc_now())

    @property
    def began(self) -> bool:
        """True once the window started (there is a session to keep)."""
        return bool(self._started_utc)

    def truncate(self, reason: str) -> WatchSummary:
        """Mark the session cut short for reason (session.json `truncated`), ending it first
        if it is still open: what was written stands as the room's record."""
        summary = replace(self.abort(reason), truncated=reason)
        self._write_session(summary)
        return summary

    def _close(self, started_utc: str, window_end: str) -> WatchSummary:
        self._checkpoint()
        for handle in self._files.values():
            handle.close()
        self.network.close()
        summary = WatchSummary(self.page.url, started_utc, utc_now(), self.window_s,
                               self.lines, self.dropped, self.line_events, self.states,
                               self.frames, self.frames_skipped, self.network.count,
                               FILES, tuple(self.errors + self.network.errors), window_end,
                               self.video_box, self._bounds(),
                               round(self._mono_base - self._page_base - self._prepared, 3),
                               chat_lists=self.chat_lists)
        self._write_session(summary)
        return summary

    def _write_session(self, summary: WatchSummary) -> None:
        self.summary = summary
        with open(self.out / "session.json", "w", encoding="utf-8") as handle:
            json.dump(asdict(summary), handle, ensure_ascii=False, indent=1)
            handle.flush()
            os.fsync(handle.fileno())

    def _bounds(self) -> dict[str, Any]:
        """The bounds of this watch and how often each was reached (a room that never
        stops changing is cut at these, and the capture says so)."""
        o = self.options
        return {"window_s": o.seconds, "window_watched_s": self.window_s,
                "max_lines": o.max_lines, "lines_dropped": self.dropped,
                "max_state_changes": o.max_state_changes, "states_dropped": self.states_dropped,
                "max_frames": o.max_frames, "frame_every_s": o.frame_every_s,
                "state_frame_gap_s": o.state_frame_gap_s, "frames_skipped": self.frames_skipped,
                "max_network_records": self.network.max_records,
                "network_dropped": self.network.dropped}

