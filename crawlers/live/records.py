"""The records a live-room watch writes, one JSON object per line, as they happen.

chat.jsonl holds ChatLine records (a row entered the DOM) and ChatEvent records
(it left, was withdrawn or changed); every reader joins them with the one fold,
hongdun/livechat.fold_rows (`ChatLine(**row)` makes a folded row a record again).
timeline.jsonl holds StateChange, frames.jsonl Frame, network.jsonl NetworkEntry,
ocr.jsonl OcrRun.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any

from crawlers.live.roles import ROLES


@dataclass(frozen=True)
class ChatLine:
    """A chat row as it appeared: times, speaker, role hints, provisional role and text."""

    seq: int
    page_ms: int  # performance.now() in the page when the observer saw it
    utc: str  # the page's clock, ISO 8601
    speaker: str
    role: str  # provisional, from crawlers.live.roles
    hints: dict[str, Any]  # raw structural hints, for a later structural classifier
    system_styled: bool
    text: str
    dom_text: str
    withdrawn: bool = False
    left_page_ms: int | None = None
    left_utc: str | None = None
    source: str = ""  # network record that carried the text ("ws:12", "fetch:3"), if found
    kind: str = "line"

    def __post_init__(self) -> None:
        if self.role not in ROLES:
            raise ValueError(f"bad role {self.role!r}")


@dataclass(frozen=True)
class ChatEvent:
    """Something that happened to a line after it appeared: left, withdrawn, changed, or its
    network source found (text = the ref)."""

    kind: str
    seq: int
    page_ms: int
    utc: str
    text: str = ""


@dataclass(frozen=True)
class StateChange:
    """A change of one room-state panel: notice, product, cart or viewers."""

    state: str
    value: str | None
    page_ms: int
    utc: str
    offset_s: float


@dataclass(frozen=True)
class Frame:
    """One viewport screenshot: file, time offset and why it was taken."""

    path: str
    offset_s: float
    utc: str
    reason: str  # "interval" (screencast or screenshot) or "state:<kind>" (screenshot)
    sha256: str
    scale: float = 1.0  # frame pixels per CSS pixel of the page


@dataclass(frozen=True)
class NetworkEntry:
    """A WebSocket frame or fetch/XHR response kept in network.warc.gz."""

    ref: str  # "ws:N" or "fetch:N"
    kind: str  # "ws-sent", "ws-received" or "response"
    url: str
    offset_s: float
    utc: str
    size: int
    sha256: str
    status: int = 0


@dataclass(frozen=True)
class OcrRun:
    """A text line read in consecutive frames, merged: first and last frame time."""

    text: str
    first_s: float
    last_s: float
    frames: tuple[str, ...]
    box: tuple[float, float, float, float]
    score: float


@dataclass(frozen=True)
class WatchSummary:
    """What one watch recorded (session.json)."""

    url: str
    started_utc: str
    stopped_utc: str
    seconds: float
    lines: int
    lines_dropped: int
    line_events: int
    state_changes: int
    frames: int
    frames_skipped: int
    network_records: int
    files: tuple[str, ...] = field(default_factory=tuple)
    errors: tuple[str, ...] = field(default_factory=tuple)
    window_end_utc: str = ""  # the window's end; the page then settles once before the last read
    video_box: tuple[float, float, float, float] | None = None  # x, y, w, h of the picture
    bounds: dict[str, Any] = field(default_factory=dict)  # limits of the watch, and hits
    # seconds of session.webm before page time 0 (navigation start), the clock of every
    # offset in these files: a moment at_s plays at session.webm#t=<at_s + video_lead_s>
    video_lead_s: float = 0.0
    # why the session was cut short after it began (its page's deadline under load, a
    # renderer crash), "" when it ran its course; the files hold what came until then
    truncated: str = ""
    # the chat lists the recorder found by structure (no selector named them), as element
    # paths in the DOM at the window's end ("body[1]/div[1]/div[5]"): their rows are in
    # chat.jsonl with their roles, so the rules read them there, not again as page text
    chat_lists: tuple[str, ...] = ()


def to_json(record: Any) -> str:
    """One record as a JSON line (UTF-8 text, sorted keys)."""
    return json.dumps(asdict(record), ensure_ascii=False, sort_keys=True) + "\n"

