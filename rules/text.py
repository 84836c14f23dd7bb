"""HTML to what a shopper sees: visible text with element locations, links and images.

Rules never look at markup or class names; they read the text a browser shows (CSS
generated content too, as the crawler stamped it: hongdun.records.GENERATED_ATTRS),
the links it offers and the images with their alt/title/caption and nearest
heading. Each run of text keeps the element it came from (a short path such as
`body/div[2]/p`) and, when the crawler stamped one, its box on the screenshot.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import urljoin

from lxml import etree

from hongdun.records import GENERATED_ATTRS, Box
from rules.layout import DOM_INDEX_ATTR
from rules.parsed import ParsedPage, parse_page, text_content
from rules.shown import CONTROLS, control_value, tooltips
from rules.speakers import Speaker, annotate
from rules.speech import Speech

_DROP = frozenset({"script", "style", "noscript", "template", "head", "iframe", "object",
                   # an SVG's parts that are not drawn as text (its <text> runs are read)
                   "title", "desc", "metadata", "defs", "symbol", "clippath", "mask", "pattern",
                   "lineargradient", "radialgradient", "filter", "marker"})
_BLOCK = frozenset({
    "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "fieldset",
    "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
    "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "td", "th",
    "thead", "tr", "ul", "title", "caption", "label", "option", "button",
    "text",  # an SVG <text> run: drawn as a line of its own (its <tspan>s inline)
})
_CELLS = frozenset({"td", "th"})  # a row's cells read on one line, apart, as a table shows them
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "caption", "legend", "dt", "th"})
_STRUCK_TAGS = frozenset({"del", "s", "strike"})
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_STRUCK_STYLE = re.compile(r"line-through", re.I)
# The crawler may stamp an element's box in CSS pixels of the full-page screenshot.
BOX_ATTR = "data-hongdun-box"


@dataclass(frozen=True)
class Segment:
    """A run of visible text [start, end) of PageText.text and the element that shows it."""

    start: int
    end: int
    path: str
    box: Box | None
    struck: bool


@dataclass(frozen=True)
class Link:
    """A hyperlink as shown: its visible text, title and absolute target."""

    text: str
    href: str
    title: str
    path: str


ICON_PX = 40  # an image declared smaller than this both ways is an icon (a licence is read)


@dataclass(frozen=True)
class Image:
    """An image in the DOM with the words around it that say what it shows."""

    src: str
    alt: str
    title: str
    caption: str
    heading: str
    path: str
    box: Box | None
    icon: bool = False  # declared under ICON_PX both ways: a badge's icon, never legible

    @property
    def words(self) -> str:
        """Everything a reader would take as the image's label, joined."""
        return " ".join(x for x in (self.alt, self.title, self.caption, self.heading) if x)


@dataclass(frozen=True)
class Region:
    """A stretch [start, end) of PageText.text said by one speaker (a chat line, a notice)."""

    start: int
    end: int
    role: str
    author: str = ""


@dataclass(frozen=True)
class PageText:
    """The visible text of one page, its segments, links, images and speaker regions."""

    text: str
    segments: tuple[Segment, ...]
    links: tuple[Link, ...]
    images: tuple[Image, ...]
    regions: tuple[Region, ...] = ()

    def speaker_at(self, offset: int) -> Region | None:
        """The innermost speaker region holding offset; None means the shop's own text."""
        inside = [r for r in self.regions if r.start <= offset < r.end]
        return min(inside, key=lambda r: r.end - r.start) if inside else None

    def segment_at(self, offset: int) -> Segment | None:
        """The segment holding the character at offset, or None (e.g. a line break)."""
        lo, hi = 0, len(self.segments) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            seg = self.segments[mid]
            if offset < seg.start:
                hi = mid - 1
            elif offset >= seg.end:
                lo = mid + 1
            else:
                return seg
        return None

    def struck_ranges(self) -> list[tuple[int, int]]:
        """Offsets of text shown struck through (<del>, <s>, <strike>, CSS line-through)."""
        return [(s.start, s.end) for s in self.segments if s.struck]


def parse_box(value: str | None) -> Box | None:
    """Read a 'x y width height' (or comma-separated) box stamp; None if absent or bad."""
    if not value:
        return None
    parts = re.split(r"[\s,]+", value.strip())
    try:
        x, y, w, h = (float(p) for p in parts)
    except ValueError:
        return None
    return Box(x, y, w, h) if w >= 0 and h >= 0 else None


def _hidden(el: etree._Element) -> bool:
    if el.get("hidden") is not None or el.get("aria-hidden") == "true":
        return True
    style = el.get("style")
    return bool(style and _HIDDEN_STYLE.search(style))


_SPACES = re.compile(r"\s+")


def shadow_root(el: etree._Element) -> bool:
    """A declarative shadow root: the first `<template shadowrootmode="open|closed">` child
    of its host (as the HTML parser attaches it, and as crawlers/shadow.py seals a rendered
    root). Its content is shown in the host, in document order, unlike an ordinary
    template's (inert, never shown). Any later one is inert, as in a browser."""
    if el.tag != "template" or (el.get("shadowrootmode") or "").lower() not in ("open", "closed"):
        return False
    host = el.getparent()
    first = None if host is None else next(
        (c for c in host if c.tag == "template"
         and (c.get("shadowrootmode") or "").lower() in ("open", "closed")), None)
    return first is el


def _slots(host: etree._Element) -> frozenset[str] | None:
    """The slot names ("" the default slot) of a host's declarative shadow root, None when
    it has none. A light child is shown only through its slot (slot="name", or the default
    slot for one without the attribute); it is read after the root's content."""
    root = next((c for c in host if shadow_root(c)), None)
    if root is None:
        return None
    names, todo = set(), list(root)
    while todo:
        node = todo.pop()
        if not isinstance(node.tag, str) or node.tag == "template":
            continue  # a nested root's slots are its own; an inert template's are not shown
        if node.tag == "slot":
            names.add(node.get("name") or "")
        todo.extend(node)
    return frozenset(names)


def _tag(el: etree._Element | None) -> str:
    return el.tag.lower() if el is not None and isinstance(el.tag, str) else ""


def _space(text: str) -> str:
    return _SPACES.sub(" ", text)


class _Builder:
    """Walks an lxml tree once, collecting text runs, links and images."""

    def __init__(self, base_url: str, boxes: Mapping[str, Box],
                 speakers: Mapping[etree._Element, Speaker] | None = None) -> None:
        self.base_url = base_url
        self.boxes = boxes
        self.speakers = speakers or {}
        self.regions: list[Region] = []
        self.parts: list[str] = []
        self.length = 0
        self.segments: list[Segment] = []
        self.links: list[Link] = []
        self.images: list[Image] = []
        self.last_heading = ""
        self.images_in: dict[etree._Element, int] = {}  # a caption block's images, counted once

    def emit(self, text: str, path: str, box: Box | None, struck: bool) -> None:
        text = _space(text)
        if not text.strip():
            if text and self.parts and not self.parts[-1].endswith((" ", "\n")):
                self._add(" ")
            return
        start = self.length
        self._add(text)
        self.segments.append(Segment(start, self.length, path, box, struck))

    def newline(self) -> None:
        if self.parts and not self.parts[-1].endswith("\n"):
            self._add("\n")

    def space(self) -> None:
        if self.parts and not self.parts[-1].endswith((" ", "\n")):
            self._add(" ")

    def _add(self, text: str) -> None:
        self.parts.append(text)
        self.length += len(text)

    def stripped_length(self, first_part: int, start: int) -> int:
        """len("".join(self.parts[first_part:]).strip()) (the parts from offset start),
        read from the whitespace at both ends, so a block's text is not joined to be sized."""
        parts, total = self.parts, self.length - start
        lead = trail = 0
        for k in range(first_part, len(parts)):
            rest = parts[k].lstrip()
            lead += len(parts[k]) - len(rest)
            if rest:
                break
        else:
            return 0
        for k in range(len(parts) - 1, first_part - 1, -1):
            rest = parts[k].rstrip()
            trail += len(parts[k]) - len(rest)
            if rest:
                break
        return total - lead - trail

    def walk(self, el: etree._Element, path: str, box: Box | None, struck: bool) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        tag = tag.lower()
        if (tag in _DROP and not shadow_root(el)) or _hidden(el):
            return
        box = self.boxes.get(path) or parse_box(el.get(BOX_ATTR)) or box
        struck = struck or tag in _STRUCK_TAGS or bool(_STRUCK_STYLE.search(el.get("style") or ""))
        cell = tag in _CELLS and _tag(el.getparent()) == "tr"
        block = (tag in _BLOCK and not cell) or el.get(DOM_INDEX_ATTR) is not None  # (grid item)
        if block:
            self.newline()
        elif cell:
            self.space()
        if tag == "img":
            self.image(el, path, box)
        elif tag in CONTROLS:  # a form control shows its value (rules/shown.py)
            value = control_value(el)
            if value.strip():
                self.space()
                self.emit(value, path, box, struck)
                self.space()
            return
        start, first_part = self.length, len(self.parts)
        speaker = self.speakers.get(el)
        slots = _slots(el)  # a shadow host shows only the light children its root slots in
        light_shown = slots is None or "" in slots  # the host's own text: the default slot
        before, after = (el.get(attr) for attr in GENERATED_ATTRS)  # CSS ::before / ::after
        if before:
            self.emit(before, path, box, struck)
        if el.text and light_shown:
            self.emit(el.text, path, box, struck)
        counts: dict[str, int] = {}
        for child in el:
            if isinstance(child.tag, str):
                name = child.tag.lower()
                counts[name] = counts.get(name, 0) + 1
                if slots is None or shadow_root(child) or (child.get("slot") or "") in slots:
                    n = child.get(DOM_INDEX_ATTR) or counts[name]  # (moved: its DOM index)
                    self.walk(child, f"{path}/{name}[{n}]", box, struck)
            if child.tail and light_shown:
                self.emit(child.tail, path, box, struck)
        if after:
            self.emit(after, path, box, struck)
        if tag == "a" and el.get("href"):
            shown = "".join(self.parts[first_part:])
            self.links.append(Link(_space(shown).strip(), urljoin(self.base_url, el.get("href")),
                                   (el.get("title") or "").strip(), path))
        if tag in _HEADINGS:
            heading = "".join(self.parts[first_part:]).strip()
            if heading:
                self.last_heading = heading[:60]
        elif block and self.length > start and self.stripped_length(first_part, start) <= 30:
            text = "".join(self.parts[first_part:]).strip()  # (a long block is not joined)
            if text:
                self.last_heading = text
        tips = tooltips(el) if tag != "img" else []  # (rules/shown.py)
        if tips:  # each on a line of its own, unless the element shows its words already
            shown = "".join(self.parts[first_part:])
            for tip in (t for t in tips if t not in shown):
                self.newline()
                self.emit(tip, path, box, struck)
                self.newline()
        if speaker is not None and self.length > start:
            self.regions.append(Region(start, self.length, speaker.role, speaker.author))
        if block:
            self.newline()

    def image(self, el: etree._Element, path: str, box: Box | None) -> None:
        alt = _space(el.get("alt") or "").strip()
        title = _space(el.get("title") or "").strip()
        caption = ""
        figure = next((a for a in el.iterancestors() if a.tag == "figure"), None)
        if figure is not None:
            cap = figure.find(".//figcaption")
            if cap is not None:
                caption = _space(text_content(cap)).strip()
        if not caption:
            caption = _block_caption(el, self.images_in)
        src = el.get("src") or el.get("data-src") or ""
        size = [el.get(k, "").strip().removesuffix("px") for k in ("width", "height")]
        icon = all(v.isdigit() and int(v) < ICON_PX for v in size)
        self.images.append(Image(urljoin(self.base_url, src) if src else "", alt, title,
                                 caption, self.last_heading, path, box, icon))
        label = " ".join(x for x in (alt, title) if x)
        if label:
            self.newline()
            self.emit(label, path, box, False)
            self.newline()


CAPTION_MAX = 30  # characters: a longer block beside an image is an article, not its caption


def _block_caption(img: etree._Element, images_in: dict[etree._Element, int]) -> str:
    """The short text sharing an image's block, read as its caption when there is no
    <figcaption>: <p><img><br>营业执照副本</p>, <td><img> 营业执照</td>. Only a block
    holding this one image and at most CAPTION_MAX characters of text (`images_in`: the
    blocks' image counts, kept by the caller for one page)."""
    block = next((a for a in img.iterancestors() if a.tag in _BLOCK and a.tag != "br"), None)
    if block is None or block.tag in ("body", "table", "tbody", "tr", "ul", "ol", "dl"):
        return ""
    if block not in images_in:  # (a block of many images is counted once, not per image)
        images_in[block] = sum(1 for _ in block.iter("img"))
    if images_in[block] != 1:
        return ""
    text = _space(text_content(block)).strip()
    return text if len(text) <= CAPTION_MAX else ""


def page_text(body: bytes | str, base_url: str = "",
              boxes: Mapping[str, Box] | None = None, speech: Speech | None = None,
              owners: tuple[str, ...] = (), content_type: str = "") -> PageText:
    """Parse an HTML document into its visible text, links and images (bytes are decoded
    by `decode_html` with the page's Content-Type); `read_text` of `parse_page`."""
    return read_text(parse_page(body, content_type), base_url, boxes, speech, owners)


def read_text(parsed: ParsedPage, base_url: str = "",
              boxes: Mapping[str, Box] | None = None, speech: Speech | None = None,
              owners: tuple[str, ...] = ()) -> PageText:
    """A parsed document's visible text, links and images (the tree is only read).

    `boxes` maps element paths (as this module names them) to where the browser drew
    them on the screenshot; a finding in that element carries the box. With `speech`,
    chat lines and platform regions are read (rules.speakers); `owners` are names of
    the shop (its registered and shown names) whose chat lines are the anchor's.
    """
    root = parsed.root
    if root is None:
        return PageText("", (), (), ())
    body_el = root.find("body")
    top = body_el if body_el is not None else root
    speakers: dict[etree._Element, Speaker] = {}
    if speech is not None:
        shown = [_space(text_content(h)).strip() for h in top.iter("h1")]
        title = root.find(".//head/title")
        if title is not None and title.text:
            shown.append(title.text.strip())
        speakers = annotate(top, speech, {o for o in (*owners, *shown) if o})
    builder = _Builder(base_url, boxes or {}, speakers)
    head_title = root.find(".//head/title")
    if head_title is not None and (head_title.text or "").strip():
        builder.emit(head_title.text or "", "head/title[1]", None, False)
        builder.newline()
    builder.walk(top, "body", None, False)
    return PageText("".join(builder.parts), tuple(builder.segments), tuple(builder.links),
                    tuple(builder.images), tuple(builder.regions))
