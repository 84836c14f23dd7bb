"""A watched live room as the rules read it: chat lines, room-state changes, frame OCR.

Reads the `live/` files of a sealed capture (crawlers/live/records.py formats) into
`LiveText`s, each with where in the session it is (`LiveRef`: source, seconds from
the start of the watch, a ref "chat:<seq>" / "timeline:<n>" / frame path, and the
nearest frame). Chat keeps the speaker role the recorder read from the page's
structure (system → platform); a withdrawn line still counts as said. Timeline values
(pinned notice, product card, cart, live captions) and the text burned into the picture
are the room's own, the seller's. The viewer count is a number, not words: not read.
A chat list the recorder found by structure (session.json `chat_lists`) is emptied in
the watched page's DOM (`parse_watched`): its rows are read once, from chat.jsonl, with
the roles the recorder read, not again as the shop's page text.
"""

from __future__ import annotations

import bisect
import json
from dataclasses import dataclass
from pathlib import Path

import lxml.html
from lxml import etree

from hongdun.livechat import fold_rows
from hongdun.records import Box
from rules.parsed import ParsedPage, parse_page
from rules.speakers import label_role
from rules.speech import Speech

LIVE_DIR = "live"
STATES_READ = ("notice", "product", "cart", "caption", "ticker")
# whose words a timeline text is: a strip the platform draws (a 公告 ticker) is the
# platform's; the rest (captions, 口播, the seller's panels) the seller's
STATE_ROLES = {"ticker": "platform"}


@dataclass(frozen=True)
class LiveRef:
    """Where a text is in a live session (copied into the Place of a finding)."""

    source: str  # "chat", "timeline" or "frame_ocr"
    at_s: float
    ref: str
    frame: str  # artefact path of the nearest frame ("" if the watch has none)
    box: Box | None = None  # frame_ocr: the OCR box on that frame


@dataclass(frozen=True)
class LiveText:
    """One readable text of the session, with its speaker."""

    source: str
    text: str
    author: str
    role: str
    label: str
    where: LiveRef


def _jsonl(path: Path) -> list[dict[str, object]]:
    if not path.exists():
        return []
    return [json.loads(raw) for raw in path.read_text(encoding="utf-8").splitlines()
            if raw.strip()]


class _Frames:
    """The watch's frames by time, for the nearest one to a moment."""

    def __init__(self, folder: Path) -> None:
        rows = sorted((float(f["offset_s"]), f"{LIVE_DIR}/{f['path']}")  # type: ignore[arg-type]
                      for f in _jsonl(folder / "frames.jsonl"))
        self.times = [t for t, _ in rows]
        self.paths = [p for _, p in rows]

    def nearest(self, at_s: float) -> str:
        if not self.paths:
            return ""
        k = bisect.bisect_left(self.times, at_s)
        near = [i for i in (k - 1, k) if 0 <= i < len(self.paths)]
        return self.paths[min(near, key=lambda i: abs(self.times[i] - at_s))]


def _rules_role(recorded: str, speaker: str, speech: Speech) -> str:
    """The rules' role of a chat line: the recorder's `system` is the platform; a line the
    recorder could not place is read from its speaker's label ("场控小王"), if any."""
    if recorded == "system":
        return "platform"
    if recorded == "unknown":
        return label_role(speaker, speech) or "unknown"
    return recorded


def _chat(folder: Path, frames: _Frames, speech: Speech) -> list[LiveText]:
    out = []
    for line in fold_rows(_jsonl(folder / "chat.jsonl")):
        speaker = str(line.get("speaker") or "")
        role = _rules_role(str(line.get("role") or "unknown"), speaker, speech)
        at_s = round(int(line["page_ms"]) / 1000, 3)
        label = f"{at_s:.1f}s" + (" 已撤回 withdrawn" if line.get("withdrawn") else "")
        out.append(LiveText("chat", str(line.get("text") or ""), speaker, role, label,
                            LiveRef("chat", at_s, f"chat:{line['seq']}", frames.nearest(at_s))))
    return out


def _timeline(folder: Path, frames: _Frames) -> list[LiveText]:
    out = []
    for n, change in enumerate(_jsonl(folder / "timeline.jsonl"), 1):
        value = str(change.get("value") or "")
        if change.get("state") not in STATES_READ or not value.strip():
            continue
        at_s = float(change["offset_s"])  # type: ignore[arg-type]
        role = STATE_ROLES.get(str(change["state"]), "seller")
        out.append(LiveText("timeline", value, "", role, f"{change['state']} {at_s:.1f}s",
                            LiveRef("timeline", at_s, f"timeline:{n}", frames.nearest(at_s))))
    return out


def _frame_ocr(folder: Path) -> list[LiveText]:
    out = []
    for run in _jsonl(folder / "ocr.jsonl"):
        frame = f"{LIVE_DIR}/{run['frames'][0]}"  # type: ignore[index]
        x, y, w, h = (float(v) for v in run["box"])  # type: ignore[union-attr]
        at_s = float(run["first_s"])  # type: ignore[arg-type]
        out.append(LiveText("frame_ocr", str(run["text"]), "", "seller", f"{at_s:.1f}s",
                            LiveRef("frame_ocr", at_s, frame, frame, Box(x, y, w, h))))
    return out


def read_live(capture_folder: str, speech: Speech) -> list[LiveText]:
    """Every text of a capture's watched session (none when it has no live/ folder)."""
    folder = Path(capture_folder) / LIVE_DIR if capture_folder else None
    if folder is None or not (folder / "chat.jsonl").exists():
        return []
    frames = _Frames(folder)
    return [*_chat(folder, frames, speech), *_timeline(folder, frames), *_frame_ocr(folder)]


def _element_at(root: etree._Element, path: str) -> etree._Element | None:
    """The element at a recorder path ("body[1]/div[1]/div[5]": tag and rank among the
    siblings of that tag, from the document element), or None."""
    node = root
    for step in path.split("/"):
        tag, _, rank = step.partition("[")
        same = [c for c in node if isinstance(c.tag, str) and c.tag == tag]
        k = int(rank.rstrip("]") or 1) - 1
        if not 0 <= k < len(same):
            return None
        node = same[k]
    return node


def recorded_chat_lists(capture_folder: str) -> tuple[str, ...]:
    """The paths of the chat lists the recorder found by structure (session.json
    `chat_lists`); none when the capture has no watched session."""
    session = Path(capture_folder) / LIVE_DIR / "session.json" if capture_folder else None
    if session is None or not session.exists():
        return ()
    paths = json.loads(session.read_text(encoding="utf-8")).get("chat_lists") or []
    return tuple(str(p) for p in paths)


def parse_watched(body: bytes, content_type: str, chat_lists: tuple[str, ...]) -> ParsedPage:
    """The watched page as the rules read it, parsed once: the chat lists the recorder found
    by structure emptied (their rows are judged from chat.jsonl). The tree is this call's
    own, so emptying it spoils no other reader; `html` is the emptied document's."""
    parsed = parse_page(body, content_type)
    root = parsed.root
    if root is None:
        return parsed
    emptied = [el for el in (_element_at(root, p) for p in chat_lists) if el is not None]
    if not emptied:
        return parsed
    for el in emptied:
        for child in list(el):
            el.remove(child)
        el.text = None
    return ParsedPage(lxml.html.tostring(root, encoding="unicode", method="html"), root)
