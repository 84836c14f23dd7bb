"""A capture as the rules read it: each page parsed once into text units, plus the Hit record.

A unit is one stretch of text a shopper could read: a page's visible text, the
OCR text of one of its images, or one livestream chat line. Matchers return
Hits (a span in a unit); the engine turns Hits into Findings.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from html import escape
from typing import Any, TypeVar

from hongdun.records import Box, Capture, ImageCapture, PageCapture, Target
from rules.captions import is_vtt, vtt_as_html
from rules.live import LiveRef, parse_watched, read_live, recorded_chat_lists
from rules.normalize import Normalized
from rules.parsed import ParsedPage, parse_page
from rules.pdf import is_pdf, pdf_as_html
from rules.script import fold
from rules.speakers import label_role
from rules.speech import Speech, shipped_speech
from rules.text import PageText, read_text

T = TypeVar("T")
LICENCE_ROLE_PREFIXES = ("licen", "qualif", "cert")


def is_licence_role(role: str) -> bool:
    """True for page roles the crawler uses for a shop's licence/qualification entry."""
    return role.lower().startswith(LICENCE_ROLE_PREFIXES)


@dataclass(frozen=True)
class Unit:
    """One readable stretch of text and where it came from."""

    page_index: int
    source: str  # "page", "ocr", "chat"
    text: str
    author: str = ""
    label: str = ""  # for OCR: the image's alt/caption; for chat: the time stamp
    page: PageText | None = field(default=None, compare=False, repr=False)
    role: str = "seller"  # for chat: the speaker's role; page text resolves per offset
    live: LiveRef | None = None  # a watched room's text: where in the session (rules/live.py)

    def speaker_at(self, offset: int) -> tuple[str, str]:
        """(role, author) of the words at an original offset of this unit."""
        if self.source == "chat":
            return self.role, self.author
        region = self.page.speaker_at(offset) if self.page is not None else None
        return (region.role, region.author) if region else ("seller", "")

    @cached_property
    def folded(self) -> str:
        """The text with traditional characters read as simplified (same offsets)."""
        return fold(self.text)

    @cached_property
    def norm(self) -> Normalized:
        """The normalised form used by term matchers (of the folded text: 頸椎 reads 颈椎)."""
        return Normalized.of(self.text, self.folded)


@dataclass(frozen=True)
class Hit:
    """A rule matched: the unit, the original-text span, and optional text overrides."""

    unit: Unit
    start: int
    end: int
    matched: str | None = None  # default: unit.text[start:end]
    context: str | None = None  # default: a window of unit.text around the span
    note: str = ""  # appended to the context (e.g. an exemption the inspector must weigh)
    certainty: str | None = None  # overrides the rule's certainty for this hit

    @property
    def matched_text(self) -> str:
        return self.matched if self.matched is not None else self.unit.text[self.start:self.end]

    def location(self) -> tuple[str, Box | None]:
        """The element path and screenshot box of the match, where known."""
        if self.unit.source == "ocr":
            return f"image {self.unit.label}".strip(), None
        if self.unit.live is not None:  # box: on the frame (frame_ocr), not the page
            return self.unit.live.ref, self.unit.live.box
        if self.unit.source == "chat":
            return f"chat {self.unit.label}".strip(), None
        if self.unit.page is None:
            return "", None
        seg = self.unit.page.segment_at(self.start)
        return (seg.path, seg.box) if seg else ("", None)


class PageView:
    """One captured page, parsed lazily and once (`parsed`), read by every rule."""

    def __init__(self, index: int, page: PageCapture, speech: Speech | None = None,
                 owners: tuple[str, ...] = (), live: tuple[Unit, ...] = (),
                 chat_lists: tuple[str, ...] = ()) -> None:
        self.index = index
        self.live = live  # the watched session's units, when this page was a live room
        self.page = page
        self.speech = speech if speech is not None else shipped_speech()
        self.owners = owners
        self.chat_lists = chat_lists  # recorded chat lists emptied before reading (live)

    @property
    def role(self) -> str:
        return self.page.role

    @property
    def url(self) -> str:
        return self.page.final_url or self.page.requested_url

    @cached_property
    def parsed(self) -> ParsedPage:
        """The page body decoded with its Content-Type and parsed once: its text, speakers,
        hidden panels and licence buttons all read this one tree (and never change it)."""
        content_type = next((v for k, v in self.page.headers if k.lower() == "content-type"), "")
        if self.chat_lists and self.page.ok:
            return parse_watched(self.page.body, content_type, self.chat_lists)
        if is_vtt(self.page.body, content_type) and self.page.ok:  # a video's caption track
            return parse_page(vtt_as_html(self.page.body, self.speech),
                              "text/html; charset=utf-8")
        if "json" in content_type.lower() and self.page.ok:
            return parse_page(json_as_html(self.page.body), "text/html; charset=utf-8")
        if is_pdf(self.page.body) and self.page.ok:  # 营业执照.pdf: its text layer and scans
            return parse_page(pdf_as_html(self.page.body, self.url), "text/html; charset=utf-8")
        return parse_page(self.page.body, content_type)

    @cached_property
    def text(self) -> PageText:
        """The page's visible text, links and images (empty for a failed page)."""
        if not self.page.ok:
            return PageText("", (), (), ())
        return read_text(self.parsed, self.url,
                         {block.path: block.box for block in self.page.layout},
                         self.speech, self.owners)

    @cached_property
    def units(self) -> tuple[Unit, ...]:
        """Page text, then each image's OCR text, then each chat line."""
        out = [Unit(self.index, "page", self.text.text, page=self.text)]
        for image in self.page.images:
            if image.ocr_text:
                out.append(Unit(self.index, "ocr", image.ocr_text, label=image.alt))
        for msg in self.page.messages:
            role = msg.role if msg.role != "unknown" else (
                label_role(msg.author, self.speech) or "unknown")  # "seller": the shop itself
            out.append(Unit(self.index, "chat", msg.text, author=msg.author, label=msg.at_utc,
                            role=role))
        return (*out, *self.live)

    @property
    def images(self) -> tuple[ImageCapture, ...]:
        return self.page.images

    @property
    def screenshot(self) -> str | None:
        """Artefact path of the page's first screenshot, if it has one."""
        if not self.page.screenshots:
            return None
        return f"pages/{self.index + 1:02d}-{self.role}/screenshot-1.png"


CHINESE = re.compile(r"[\u4e00-\u9fff]")


def _json_lines(value: Any) -> list[str]:
    if isinstance(value, dict):  # a Chinese key is a label a reader sees; "title" is not
        return [line for k, v in value.items() for line in (
            _json_lines(v) if isinstance(v, bool) or not isinstance(v, str | int | float)
            else [f"{k}：{v}" if CHINESE.search(k) else str(v)])]
    if isinstance(value, list):
        if len(value) == 2 and all(isinstance(v, str) for v in value):
            return [f"{value[0]}：{value[1]}"]  # a [label, value] row
        return [line for v in value for line in _json_lines(v)]
    return [] if value is None or isinstance(value, bool) else [str(value)]


def json_as_html(body: bytes) -> str:
    """A JSON body (a panel's data, fetched when a tab is tapped) as the lines its panel
    shows: a [label, value] row or a key and its value as 标签：值, other strings alone."""
    try:
        data = json.loads(body.decode("utf-8", errors="replace"))
    except ValueError:
        return ""
    lines = "".join(f"<p>{escape(line)}</p>" for line in _json_lines(data))
    return f"<html><body>{lines}</body></html>"


class CaptureView:
    """All pages of a capture, parsed once and shared by every rule."""

    def __init__(self, capture: Capture, speech: Speech | None = None) -> None:
        self.capture = capture
        owners = (capture.target.shop_name,)
        texts = read_live(capture.folder, speech or shipped_speech())
        watched = next((i for i, p in enumerate(capture.pages) if p.live_dir),
                       next((i for i, p in enumerate(capture.pages) if p.role == "home"), 0))
        chat_lists = recorded_chat_lists(capture.folder) if texts else ()
        self.pages = tuple(PageView(i, p, speech, owners, tuple(
            Unit(i, t.source, t.text, author=t.author, label=t.label, role=t.role, live=t.where)
            for t in texts) if i == watched else (), chat_lists if i == watched else ())
            for i, p in enumerate(capture.pages))
        self._memo: dict[str, Any] = {}

    def memo(self, key: str, compute: Callable[[], T]) -> T:
        """Compute a reading once per capture and share it between rules."""
        if key not in self._memo:
            self._memo[key] = compute()
        return self._memo[key]  # type: ignore[no-any-return]

    @property
    def target(self) -> Target:
        return self.capture.target

    @property
    def home(self) -> PageView | None:
        first = self.pages[0] if self.pages else None
        return next((p for p in self.pages if p.role == "home"), first)

    def licence_pages(self) -> list[PageView]:
        """The home page and the licence entry pages the crawler followed from it."""
        return [p for p in self.pages if p.role == "home" or is_licence_role(p.role)]
