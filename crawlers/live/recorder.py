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
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import io
import json
import os
import time
from collections.abc import Awaitable
from dataclasses import asdict, dataclass, field, replace
from datetime import UTC, datetime
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import IO, Any, TypeVar

import yaml
from playwright.async_api import CDPSession, Page

from crawlers.live.network import NetworkLog
from crawlers.live.records import ChatEvent, ChatLine, Frame, StateChange, WatchSummary, to_json
from crawlers.live.roles import class_tokens, classify, styled_as_system

T = TypeVar("T")
FILES = ("chat.jsonl", "timeline.jsonl", "frames.jsonl", "network.jsonl", "network.warc.gz",
         "session.json")


@lru_cache(maxsize=1)
def _watch_config() -> dict[str, Any]:
    text = resources.files("crawlers.live").joinpath("watch.yaml").read_text(encoding="utf-8")
    return dict(yaml.safe_load(text))


@dataclass(frozen=True)
class WatchOptions:
    """How long and how closely to watch; every bound of a watch is here."""

    seconds: float = 60.0
    frame_every_s: float = 5.0
    # Interval frames from a CDP screencast (frames the compositor pushes, each with its
    # capture time) instead of screenshots, which stop answering on a busy machine; the
    # screenshots are then only those at room-state changes.
    screencast: bool = False
    screencast_every_nth: int = 2
    state_frame_gap_s: float = 1.0  # at most one state-change frame per gap
    frame_on: tuple[str, ...] = ("notice", "product", "cart")  # viewers: timeline only
    max_frames: int = 600
    max_lines: int = 50_000
    max_state_changes: int = 20_000
    drain_every_s: float = 0.25
    drain_batch: int = 2000
    checkpoint_every_s: float = 2.0
    call_timeout_s: float = 10.0
    tail_s: float = 15.0  # the reads after the window (last drain, frame, bodies), in all
    selectors: dict[str, Any] = field(default_factory=_watch_config)

    def __post_init__(self) -> None:
        if self.seconds <= 0 or self.frame_every_s <= 0 or self.call_timeout_s <= 0:
            raise ValueError("watch seconds, frame interval and call timeout must be positive")


def init_script(options: WatchOptions) -> str:
    """The observer script with its selectors, for page.add_init_script."""
    source = resources.files("crawlers.live").joinpath("recorder.js").read_text(encoding="utf-8")
    keys = ("chat_list", "author", "badge", "state", "max_queue", "grow")
    config = {k: options.selectors[k] for k in keys}
    return source.replace("__CONFIG__", json.dumps(config, ensure_ascii=False))


# The largest visible video or canvas: the picture whose burned-in text OCR reads.
_VIDEO_BOX_JS = """(sels) => { let best = null, area = 0;
  for (const e of document.querySelectorAll(sels.join(","))) {
    const r = e.getBoundingClientRect();
    if (r.width * r.height > area && r.width > 40 && r.height > 40) {
      area = r.width * r.height; best = [r.x, r.y, r.width, r.height]; } }
  return best; }"""


def _jpeg_to_png(data: bytes) -> bytes:
    """A pushed JPEG frame as PNG (frames/*.png), pixels as drawn."""
    from PIL import Image

    with Image.open(io.BytesIO(data)) as img:
        out = io.BytesIO()
        img.save(out, "PNG", compress_level=1)
        return out.getvalue()


def _utc() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


class LiveRecorder:
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
        opts, started_utc = self.options, _utc()
        self._started_utc = started_utc
        now_ms = await self._call("clock", self.page.evaluate("performance.now()"))
        box = await self._call("video box", self.page.evaluate(_VIDEO_BOX_JS,
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
        window_end = _utc()
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

    async def _start_screencast(self) -> None:
        """Ask the compositor to push frames; keep one per frame interval (the rest are only
        acknowledged), stamped with the moment it was drawn."""
        self._epoch0 = time.time() - (time.monotonic() - self._mono_base)
        if self._cdp is None:
            try:
                self._cdp = await self.page.context.new_cdp_session(self.page)
            except Exception:
                self._cdp = False
        if self._cdp is False:
            self.errors.append("screencast: no CDP session; interval frames are screenshots")
            self.options = replace(self.options, screencast=False)
            return
        cdp = self._cdp
        cdp.on("Page.screencastFrame", self._on_screencast)  # type: ignore[union-attr]
        await self._call("screencast", cdp.send(  # type: ignore[union-attr]
            "Page.startScreencast", {"format": "jpeg", "quality": 85,
                                     "everyNthFrame": self.options.screencast_every_nth}))

    def _on_screencast(self, event: dict[str, Any]) -> None:
        cdp = self._cdp
        if cdp and not self._stopped:
            self._spawn(self._ack(cdp, event["sessionId"]))  # type: ignore[arg-type]
        drawn = float(event.get("metadata", {}).get("timestamp") or time.time())
        offset = round(self._page_base + drawn - self._epoch0, 3)
        if self._stopped or offset - self._last_cast < self.options.frame_every_s:
            return
        if self.frames >= self.options.max_frames:
            self.frames_skipped += 1
            return
        self._last_cast = offset
        utc = datetime.fromtimestamp(drawn, UTC).isoformat(timespec="milliseconds")
        self._write_frame(_jpeg_to_png(base64.b64decode(event["data"])), offset, utc,
                          "interval")

    async def _ack(self, cdp: CDPSession, session_id: int) -> None:
        await self._call("screencast ack", cdp.send("Page.screencastFrameAck",
                                                    {"sessionId": session_id}))

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

    def _resolve_sources(self) -> None:
        """Mark lines whose network record arrived after the row (fetch bodies come late)."""
        for seq, text in list(self._unsourced.items()):
            ref = self.network.source_of(text)
            if ref:
                del self._unsourced[seq]
                self._files["chat.jsonl"].write(to_json(ChatEvent("source", seq, 0, _utc(), ref)))

    def _withdrawn(self, line: dict[str, Any]) -> bool:
        words, classes = self.options.selectors["withdrawn_words"], \
            set(self.options.selectors["withdrawn_classes"])
        return any(w in line["dom_text"] for w in words) or \
            bool(class_tokens(line["hints"]) & classes)

    def _event(self, event: dict[str, Any]) -> None:
        kind = event["kind"]
        if kind == "line":
            if self.lines >= self.options.max_lines:
                self.dropped += 1
                return
            self.lines += 1
            raw = event["line"]
            record = ChatLine(event["seq"], event["page_ms"], event["utc"], raw["speaker"],
                              classify(raw["hints"], raw["text"]), raw["hints"],
                              styled_as_system(raw["hints"]), raw["text"], raw["dom_text"],
                              withdrawn=self._withdrawn(raw),
                              source=self.network.source_of(raw["text"]))
            self._files["chat.jsonl"].write(to_json(record))
            if not record.source and len(self._unsourced) < 500:
                self._unsourced[record.seq] = record.text
        elif kind in ("left", "changed"):
            self.line_events += 1
            if kind == "changed":
                kind = "withdrawn" if self._withdrawn(event["line"]) else "changed"
            text = event["line"]["dom_text"] if "line" in event else ""
            self._files["chat.jsonl"].write(to_json(ChatEvent(kind, event["seq"],
                                                              event["page_ms"], event["utc"],
                                                              text)))
        elif kind == "state" and self.states >= self.options.max_state_changes:
            self.states_dropped += 1
        elif kind == "state":
            self.states += 1
            change = StateChange(event["state"], event["value"], event["page_ms"], event["utc"],
                                 round(event["page_ms"] / 1000, 3))
            self._files["timeline.jsonl"].write(to_json(change))
            if change.state in self.options.frame_on:
                self._state_pending.add(change.state)

    def _shoot(self, reason: str) -> None:
        """Take a frame beside the drain loop; one at a time, a busy camera skips a turn."""
        if self._shot is not None and not self._shot.done():
            if reason == "interval":
                self.frames_skipped += 1
            return
        self._shot = asyncio.ensure_future(self._frame(reason))

    async def _frame(self, reason: str) -> None:
        if reason.startswith("state:"):
            self._state_pending.clear()
            self._last_state_frame = time.monotonic()
        if self.frames >= self.options.max_frames:
            self.frames_skipped += 1
            return
        offset, utc = self._offset(), _utc()  # the moment the shot was asked for
        self._write_frame(await self._call("screenshot", self._screenshot()), offset, utc,
                          reason)

    def _write_frame(self, png: bytes | None, offset: float, utc: str, reason: str,
                     scale: float = 1.0) -> None:
        """Keep one frame: the PNG under frames/ and its line in frames.jsonl."""
        if png is None:
            return
        self.frames += 1
        name = f"frames/{self.frames:05d}-{int(offset * 1000):08d}ms.png"
        (self.out / name).write_bytes(png)
        frame = Frame(name, offset, utc, reason, hashlib.sha256(png).hexdigest(), scale)
        self._files["frames.jsonl"].write(to_json(frame))

    async def _screenshot(self) -> bytes:
        """The viewport as PNG straight from the compositor (CDP), which under load answers
        in a fraction of the time page.screenshot takes (it waits for fonts and a fresh
        frame); page.screenshot where CDP is not available."""
        if self._cdp is None:
            try:
                self._cdp = await self.page.context.new_cdp_session(self.page)
            except Exception:  # not Chromium, or the target is gone
                self._cdp = False
        if self._cdp is False:
            return await self.page.screenshot(type="png")
        shot = await self._cdp.send("Page.captureScreenshot",  # type: ignore[union-attr]
                                    {"format": "png", "optimizeForSpeed": True})
        return base64.b64decode(shot["data"])

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
        return self._close(self._started_utc or _utc(), _utc())

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
        summary = WatchSummary(self.page.url, started_utc, _utc(), self.window_s,
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

