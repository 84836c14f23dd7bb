"""Reading a live capture's watch files (live/ in a capture folder) as an inspector and a court
read them: the transcript around a finding's line, the room-state entry, the frame, the window.

The files are the recorder's (formats in crawlers/live/records.py); this module reads
them on the evidence side of the flow, never importing the crawler, and checks every
file against the sealed manifest before it is read, so what the page, the bundle's
transcript and the PDF record show is what was sealed. Pure functions over records.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Protocol

from evidence.canonical import sha256_bytes
from hongdun.errors import HongdunError
from hongdun.livechat import fold_rows
from hongdun.records import Artefact, Box, Finding, Place

CHAT = "live/chat.jsonl"
TIMELINE = "live/timeline.jsonl"
FRAMES = "live/frames.jsonl"
SESSION = "live/session.json"
VIDEO = "live/session.webm"
LIVE_SOURCES = ("chat", "timeline", "frame_ocr")
AROUND = 8  # transcript lines shown before and after the matched one
MAX_FILE = 512 << 20  # a watch file read whole (50,000 chat lines are ~50 MB)
ROLE_ZH = {"anchor": "主播", "assistant": "助理", "viewer": "观众", "platform": "平台",
           "unknown": "未知"}
_ROLE_ALIASES = {"system": "platform"}  # the recorder says system, the records say platform
SOURCES_ZH = {"chat": "聊天记录", "timeline": "房间状态", "frame_ocr": "画面文字"}
STATE_ZH = {"notice": "置顶公告", "product": "讲解中商品", "cart": "小黄车", "viewers": "在线人数"}


class LiveFileError(HongdunError):
    """A live watch file that is missing, altered since sealing, or not in the recorder's form."""


class Sealed(Protocol):
    """What lists a capture's sealed files: a Manifest or a Capture."""

    def artefact(self, path: str) -> Artefact: ...


@dataclass(frozen=True)
class Line:
    """One chat line as the transcript shows it, with its later fate folded in."""

    seq: int
    at_s: float  # page time of its appearance, seconds (the watch's time base)
    utc: str
    speaker: str
    role: str  # anchor, assistant, viewer, platform or unknown
    text: str
    withdrawn: bool = False  # the page showed it as 撤回
    left_at_s: float | None = None  # when the player removed it from the DOM
    left_utc: str | None = None
    source: str = ""  # network record that carried it ("ws:12", "fetch:3")

    @property
    def role_zh(self) -> str:
        return ROLE_ZH[self.role]


@dataclass(frozen=True)
class State:
    """One room-state change: line n of timeline.jsonl, counted from 1 as "timeline:<n>"."""

    n: int
    state: str
    value: str
    at_s: float
    utc: str

    @property
    def state_zh(self) -> str:
        return STATE_ZH.get(self.state, self.state)


@dataclass(frozen=True)
class FrameInfo:
    """One sealed frame: its artefact path (live/frames/…), time, reason and hash."""

    path: str
    at_s: float
    utc: str
    reason: str
    sha256: str


@dataclass(frozen=True)
class Window:
    """The watch as session.json states it."""

    url: str
    started_utc: str
    stopped_utc: str
    window_end_utc: str
    seconds: float
    lines: int
    frames: int
    state_changes: int
    network_records: int
    errors: int


@dataclass(frozen=True)
class Excerpt:
    """What one live place of a finding points at: lines around it, state entry, frame."""

    number: int  # 1-based among the finding's places
    place: Place
    at_s: float | None
    utc: str
    lines: tuple[Line, ...] = ()
    hit: int | None = None  # seq of the matched line
    state: State | None = None
    frame: FrameInfo | None = None
    box: Box | None = None  # the OCR box on the frame (frame_ocr)
    note: str = ""  # what could not be found, said plainly


@dataclass(frozen=True)
class LiveView:
    """A live finding's session evidence: the window, each place's excerpt, the video."""

    window: Window
    excerpts: tuple[Excerpt, ...]
    video: Artefact | None
    lines_total: int
    frames_total: int


def is_live(sealed: Sealed) -> bool:
    """True when a capture's manifest holds a live watch (session.json)."""
    try:
        sealed.artefact(SESSION)
    except KeyError:
        return False
    return True


def live_places(finding: Finding) -> list[tuple[int, Place]]:
    """(1-based number, place) of each place of a finding that is in the live session."""
    return [(n, p) for n, p in enumerate(finding.places or (), 1) if p.source in LIVE_SOURCES]


def sealed_bytes(folder: Path, sealed: Sealed, path: str, limit: int = MAX_FILE) -> bytes:
    """A sealed file's bytes, refused unless they hash to the manifest's value."""
    try:
        art = sealed.artefact(path)
    except KeyError:
        raise LiveFileError(f"{path}: not in the capture's manifest") from None
    if art.size > limit:
        raise LiveFileError(f"{path}: {art.size} bytes, more than the {limit} read whole")
    try:
        data = (folder / path).read_bytes()
    except OSError as exc:
        raise LiveFileError(f"{path}: cannot be read ({exc.strerror})") from None
    if len(data) != art.size or sha256_bytes(data) != art.sha256:
        raise LiveFileError(f"{path}: 与封存清单不一致，已被改动 / does not match the sealed "
                            "manifest (altered after sealing)")
    return data


def _rows(data: bytes, path: str) -> list[dict[str, Any]]:
    rows = []
    for n, raw in enumerate(data.decode("utf-8", errors="replace").splitlines(), 1):
        if not raw.strip():
            continue
        try:
            row = json.loads(raw)
        except ValueError:
            raise LiveFileError(f"{path} line {n}: not JSON") from None
        if not isinstance(row, dict):
            raise LiveFileError(f"{path} line {n}: not a JSON object")
        rows.append(row)
    return rows


def _role(value: object) -> str:
    role = _ROLE_ALIASES.get(str(value), str(value))
    return role if role in ROLE_ZH else "unknown"


def transcript(data: bytes) -> list[Line]:
    """chat.jsonl folded: every line ever shown, with withdrawn/left/source applied, in order."""
    try:
        return [Line(int(row["seq"]), int(row["page_ms"]) / 1000, str(row["utc"]),
                     str(row.get("speaker") or ""), _role(row.get("role")),
                     str(row.get("text") or ""), bool(row.get("withdrawn")),
                     None if row.get("left_page_ms") is None
                     else int(row["left_page_ms"]) / 1000,
                     None if row.get("left_utc") is None else str(row["left_utc"]),
                     str(row.get("source") or ""))
                for row in fold_rows(_rows(data, CHAT))]
    except (KeyError, TypeError, ValueError) as exc:
        raise LiveFileError(f"{CHAT}: not in the recorder's form ({type(exc).__name__}: "
                            f"{exc})") from None


def timeline(data: bytes) -> list[State]:
    """timeline.jsonl as State records, n counting lines from 1 (the rules' "timeline:<n>")."""
    try:
        return [State(n, str(r["state"]), str(r.get("value") or ""), float(r["offset_s"]),
                      str(r["utc"])) for n, r in enumerate(_rows(data, TIMELINE), 1)]
    except (KeyError, TypeError, ValueError) as exc:
        raise LiveFileError(f"{TIMELINE}: not in the recorder's form ({exc})") from None


def frames(data: bytes) -> list[FrameInfo]:
    """frames.jsonl as FrameInfo records, paths made artefact paths (live/frames/…)."""
    try:
        return [FrameInfo(f"live/{r['path']}", float(r["offset_s"]), str(r["utc"]),
                          str(r["reason"]), str(r["sha256"])) for r in _rows(data, FRAMES)]
    except (KeyError, TypeError, ValueError) as exc:
        raise LiveFileError(f"{FRAMES}: not in the recorder's form ({exc})") from None


def window(data: bytes) -> Window:
    """session.json as the watch's Window."""
    try:
        raw = json.loads(data)
        return Window(str(raw["url"]), str(raw["started_utc"]), str(raw["stopped_utc"]),
                      str(raw.get("window_end_utc") or raw["stopped_utc"]),
                      float(raw["seconds"]), int(raw["lines"]), int(raw["frames"]),
                      int(raw["state_changes"]), int(raw["network_records"]),
                      len(raw.get("errors") or ()))
    except (KeyError, TypeError, ValueError) as exc:
        raise LiveFileError(f"{SESSION}: not in the recorder's form ({exc})") from None


def nearest(items: Sequence[FrameInfo], at_s: float | None) -> FrameInfo | None:
    """The frame whose time is nearest at_s (the last one before it on a tie)."""
    if not items or at_s is None:
        return None
    return min(items, key=lambda f: (abs(f.at_s - at_s), -f.at_s))


def _chat_excerpt(number: int, place: Place, lines: list[Line], around: int) -> Excerpt:
    seq = _ref_number(place.ref, "chat")
    index = next((k for k, line in enumerate(lines) if line.seq == seq), None)
    if index is None:  # no usable ref: the line saying the matched words nearest in time
        said = [k for k, line in enumerate(lines) if place.matched_text
                and place.matched_text in line.text]
        if said:
            index = min(said, key=lambda k: abs(lines[k].at_s - (place.at_s or 0.0)))
    if index is None:
        return Excerpt(number, place, place.at_s, "", note=f"聊天记录中没有 {place.ref or '该行'}"
                       f" / chat line {place.ref!r} is not in {CHAT}")
    hit = lines[index]
    return Excerpt(number, place, hit.at_s if place.at_s is None else place.at_s, hit.utc,
                   tuple(lines[max(0, index - around): index + around + 1]), hit.seq)


def _state_excerpt(number: int, place: Place, states: list[State]) -> Excerpt:
    n = _ref_number(place.ref, "timeline")
    state = states[n - 1] if n is not None and 1 <= n <= len(states) else None
    if state is None:  # no usable ref: the entry holding the matched words nearest in time
        said = [s for s in states if place.matched_text and place.matched_text in s.value]
        state = min(said, key=lambda s: abs(s.at_s - (place.at_s or 0.0))) if said else None
    if state is None:
        return Excerpt(number, place, place.at_s, "", note=f"房间状态记录中没有 {place.ref} / "
                       f"timeline entry {place.ref!r} is not in {TIMELINE}")
    note = "" if place.matched_text in state.value else (
        f"该条状态不含匹配内容 / timeline:{state.n} does not contain the matched text")
    return Excerpt(number, place, state.at_s if place.at_s is None else place.at_s, state.utc,
                   state=state, note=note)


def _ref_number(ref: str, kind: str) -> int | None:
    head, _, tail = ref.partition(":")
    return int(tail) if head == kind and tail.isdigit() else None


def excerpt(number: int, place: Place, lines: list[Line], states: list[State],
            shots: list[FrameInfo], around: int = AROUND) -> Excerpt:
    """The excerpt of one live place: its lines or state entry, and the frame of that moment."""
    if place.source == "chat":
        found = _chat_excerpt(number, place, lines, around)
    elif place.source == "timeline":
        found = _state_excerpt(number, place, states)
    else:
        found = Excerpt(number, place, place.at_s, "", box=place.box)
    by_path = {f.path: f for f in shots}
    wanted = place.ref if place.source == "frame_ocr" else place.frame
    frame = by_path.get(wanted) or (None if place.source == "frame_ocr" else
                                    nearest(shots, found.at_s))
    if frame is None and place.source == "frame_ocr":
        return replace(found, note=f"帧 {wanted} 不在封存记录中 / frame {wanted!r} "
                                f"is not in {FRAMES}")
    utc = found.utc or (frame.utc if frame else "")
    at_s = found.at_s if found.at_s is not None else (frame.at_s if frame else None)
    return replace(found, frame=frame, utc=utc, at_s=at_s)


def read_live(folder: Path, sealed: Sealed, finding: Finding,
              around: int = AROUND) -> LiveView | None:
    """A live finding's session evidence from its sealed capture; None for other findings."""
    places = live_places(finding)
    if not places or not is_live(sealed):
        return None
    info = window(sealed_bytes(folder, sealed, SESSION))
    lines = transcript(sealed_bytes(folder, sealed, CHAT)) if _has(sealed, CHAT) else []
    states = timeline(sealed_bytes(folder, sealed, TIMELINE)) if _has(sealed, TIMELINE) else []
    shots = frames(sealed_bytes(folder, sealed, FRAMES)) if _has(sealed, FRAMES) else []
    video = sealed.artefact(VIDEO) if _has(sealed, VIDEO) else None
    return LiveView(info, tuple(excerpt(n, p, lines, states, shots, around) for n, p in places),
                    video, len(lines), len(shots))


def _has(sealed: Sealed, path: str) -> bool:
    try:
        sealed.artefact(path)
    except KeyError:
        return False
    return True


def clock_text(at_s: float | None) -> str:
    """Seconds of page time as mm:ss.s (the video's clock), '—' when unknown."""
    if at_s is None:
        return "—"
    minutes, seconds = divmod(max(0.0, at_s), 60)
    return f"{int(minutes):02d}:{seconds:04.1f}"


def line_text(line: Line, hit: bool = False) -> str:
    """One transcript line as plain text: marker, time, role, speaker, words, fate."""
    marks = []
    if line.withdrawn:
        marks.append("已撤回 withdrawn")
    if line.left_at_s is not None:
        marks.append(f"已移出播放器 removed from the player at {clock_text(line.left_at_s)}")
    tail = f"  [{'; '.join(marks)}]" if marks else ""
    return (f"{'>>' if hit else '  '} {clock_text(line.at_s)}  {line.utc}  "
            f"{line.role_zh}({line.role}) {line.speaker or '—'}：{line.text}{tail}")


def transcript_file(view: LiveView, finding: Finding, capture_id: str) -> bytes:
    """The bundle's readable transcript excerpt of one finding (UTF-8 text)."""
    w = view.window
    out = [f"红盾网监 直播间记录摘录 / live-room transcript excerpt — {finding.finding_id}",
           f"线索 Finding: {finding.title_zh} ({finding.rule_id})",
           f"取证记录 Capture: {capture_id}",
           f"观看窗口 Watch: {w.started_utc} — {w.window_end_utc} UTC, {w.seconds:g} s, "
           f"{w.url}",
           f"记录 Recorded: {view.lines_total} 条聊天 chat lines, {view.frames_total} 帧 frames, "
           f"{w.state_changes} 次房间状态变化 state changes",
           f"来源文件 Source: {CHAT}, {TIMELINE}, {FRAMES} (sealed; see manifest.json)",
           "时间 = 自页面打开起的时间 (mm:ss.s，与录像一致) 与 UTC / time = page time and UTC", ""]
    if view.video is not None:
        out.insert(6, f"录像 Video: {view.video.path} SHA-256 {view.video.sha256} "
                      f"({view.video.size} bytes)")
    for item in view.excerpts:
        out.append(f"— 位置 {item.number} Place ({item.place.source}, {item.place.ref or '-'}) "
                   f"at {clock_text(item.at_s)} {item.utc}: 「{item.place.matched_text}」")
        if item.note:
            out.append(f"   {item.note}")
        out.extend(line_text(line, line.seq == item.hit) for line in item.lines)
        if item.state is not None:
            out.append(f"   {item.state.state_zh}({item.state.state}) → {item.state.value}")
        if item.frame is not None:
            box = f", 识别框 OCR box {item.box}" if item.box else ""
            out.append(f"   帧 Frame: {item.frame.path} at {clock_text(item.frame.at_s)} "
                       f"SHA-256 {item.frame.sha256}{box}")
        out.append("")
    return "\n".join(out).encode("utf-8")
