"""A caption track (WebVTT) read as what the room said: one chat line per cue, with its speaker.

A replay or a live room's video may carry its spoken words only in a `<track>` of captions
(crawlers.pages follows it as a `captions` page). Each cue is a line of the broadcast: the
voice span's name (`<v 小美>`) is its author; a label opening the cue names its speaker
(【平台提示】, 场控：); the rest is the room's own voice, the anchor's. `vtt_as_html` writes
the cues as a chat list whose items carry the speaker as an attribute token (host,
assistant, system, viewer: the shipped role tokens), so rules.speakers reads them like any
chat and the rules judge each line by who said it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html import escape, unescape

from rules.speaker_tree import LABEL
from rules.speakers import label_role
from rules.speech import Speech

_TIMING = re.compile(r"^\s*((?:\d+:)?\d{1,2}:\d{2}\.\d{3})\s+-->\s+((?:\d+:)?\d{1,2}:\d{2}\.\d{3})")
_VOICE = re.compile(r"<v(?:\.[^\s>]*)?(?:\s+([^>]*))?>", re.I)
_TAG = re.compile(r"<[^>]*>")
_CJK = re.compile(r"[\u3000-\u9fff\uff00-\uffef]")
_TOKEN = {"anchor": "host", "assistant": "assistant", "platform": "system", "viewer": "viewer"}
_NOT_CUES = ("WEBVTT", "NOTE", "STYLE", "REGION")
MAX_CUES = 5000  # a track longer than this is read up to it


@dataclass(frozen=True)
class Cue:
    """One spoken line of a caption track: when, by whose voice (may be empty), what."""

    start: str
    voice: str
    text: str


def is_vtt(body: bytes, content_type: str) -> bool:
    """A WebVTT document: by its Content-Type, or by its signature line."""
    return "text/vtt" in content_type.lower() or body.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(
        b"WEBVTT")


def read_cues(body: bytes) -> list[Cue]:
    """The cues of a WebVTT track, a voice span's line apart from the next voice's."""
    text = body.decode("utf-8", errors="replace").lstrip("\ufeff").replace("\r\n", "\n")
    cues: list[Cue] = []
    for block in re.split(r"\n[ \t]*\n", text.replace("\r", "\n")):  # (blank-line separated)
        lines = block.strip("\n").split("\n")
        if not lines or (lines[0].startswith(_NOT_CUES) and "-->" not in lines[0]):
            continue
        at = next((i for i, line in enumerate(lines) if _TIMING.match(line)), None)
        if at is None:
            continue
        start = _TIMING.match(lines[at]).group(1)  # type: ignore[union-attr]
        cues += [Cue(start, voice, said) for voice, said in _voices(_joined(lines[at + 1:]))]
        if len(cues) >= MAX_CUES:
            break
    return cues[:MAX_CUES]


def _joined(lines: list[str]) -> str:
    """A cue's payload lines as one: joined without a space between two CJK characters."""
    out = ""
    for line in (line.strip() for line in lines):
        if out and line and not (_CJK.match(out[-1]) and _CJK.match(line[0])):
            out += " "
        out += line
    return out


def _voices(payload: str) -> list[tuple[str, str]]:
    """(voice, text) of each voice span of a payload; text before any span has no voice."""
    parts: list[tuple[str, str]] = []
    spans = list(_VOICE.finditer(payload))
    edges = [(0, "", spans[0].start() if spans else len(payload))]
    edges += [(m.end(), (m.group(1) or "").strip(),
               spans[k + 1].start() if k + 1 < len(spans) else len(payload))
              for k, m in enumerate(spans)]
    for start, voice, end in edges:
        said = " ".join(unescape(_TAG.sub("", payload[start:end])).split())
        if said:
            parts.append((voice, said))
    return parts


def speaker_of(cue: Cue, speech: Speech) -> str:
    """The role of a cue: a platform label opening it, else the role its label or voice
    names (场控, 助播), else the broadcast's own voice (anchor)."""
    label = LABEL.match(cue.text)
    said_by = label_role(label.group(1), speech) if label else None
    if said_by == "platform":
        return "platform"
    voiced = label_role(cue.voice, speech) if cue.voice else None
    return said_by or voiced or "anchor"


def vtt_as_html(body: bytes, speech: Speech) -> str:
    """A caption track as a chat list: each cue an item with its time, author and speaker
    token (see module)."""
    items = "".join(
        f'<li class="cue {_TOKEN.get(speaker_of(cue, speech), "host")}"><time>{cue.start}'
        f"</time> <b>{escape(cue.voice or '字幕')}</b>：<span>{escape(cue.text)}</span></li>"
        for cue in read_cues(body))
    return (f"<html><head><title>字幕 captions</title></head><body>"
            f'<ol class="chat captions">{items}</ol></body></html>')
