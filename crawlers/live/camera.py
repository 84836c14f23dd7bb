"""The frames of a live-room watch: interval and state-change screenshots, or a CDP screencast.

A mixin of LiveRecorder (crawlers/live/recorder.py), which owns the page, the folder, the
clock and the per-call deadline; this part takes the pictures and writes frames/ and
frames.jsonl. One screenshot is in flight at a time; a busy camera skips a turn.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import io
import time
from collections.abc import Awaitable, Callable
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any, TypeVar

from playwright.async_api import CDPSession, Page

from crawlers.live.options import WatchOptions, utc_now
from crawlers.live.records import Frame, to_json

T = TypeVar("T")

# The largest visible video or canvas: the picture whose burned-in text OCR reads.
VIDEO_BOX_JS = """(sels) => { let best = null, area = 0;
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


class Camera:
    """Frame taking for a watch (state kept on the recorder that mixes it in)."""

    page: Page
    out: Path
    options: WatchOptions
    errors: list[str]
    frames: int
    frames_skipped: int
    _files: dict[str, IO[str]]
    _cdp: CDPSession | bool | None
    _shot: asyncio.Task[None] | None
    _state_pending: set[str]
    _last_state_frame: float
    _stopped: bool
    _last_cast: float
    _epoch0: float
    _page_base: float
    _mono_base: float
    _spawn: Callable[[object], None]
    _call: Callable[[str, Awaitable[Any]], Awaitable[Any]]
    _offset: Callable[[], float]

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
        offset, utc = self._offset(), utc_now()  # the moment the shot was asked for
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
