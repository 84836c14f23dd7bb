"""The live-room parts of an evidence bundle: per live finding, the transcript excerpt as a
readable file and the frame of each place, marked (issue 10).

Bundle paths (listed and hashed in bundle.json and SHA256SUMS like every file):
  live/<finding_id>/transcript.txt    the lines around each matched line, the timeline
                                      entry, the frame and video names with their SHA-256
  live/<finding_id>/frame-<n>.png     the frame nearest place n, header strip + OCR box
The sealed originals (captures/<id>/live/…, the video among them) travel unchanged
under the capture's signed manifest; these files are read from them and name them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from evidence import livesession
from evidence.annotate import mark_frame
from hongdun.errors import HongdunError
from hongdun.records import Capture, Finding

_SAFE_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$")


@dataclass(frozen=True)
class LiveFinding:
    """One live finding's session evidence and the bundle files made from it."""

    finding: Finding
    view: livesession.LiveView
    transcript: str  # bundle path of transcript.txt
    frames: dict[int, str]  # place number -> bundle path of its marked frame


def frame_title(finding: Finding, item: livesession.Excerpt) -> tuple[str, str]:
    """A marked frame's header: what was found and when, then where in the session."""
    frame = item.frame
    where = (f"位置 {item.number} · {item.place.source} · 画面 "
             f"{livesession.clock_text(frame.at_s)} ({frame.utc} UTC)" if frame else "")
    said = f"命中时刻 {livesession.clock_text(item.at_s)}「{item.place.matched_text[:40]}」"
    return f"{finding.title_zh} · {said}", f"{finding.finding_id} · {where}"


def marked_frame(folder: Path, sealed: livesession.Sealed, finding: Finding,
                 item: livesession.Excerpt) -> bytes:
    """The PNG of an excerpt's frame, read sealed and marked; the excerpt must have a frame."""
    if item.frame is None:
        raise livesession.LiveFileError(f"place {item.number} has no frame")
    png = livesession.sealed_bytes(folder, sealed, item.frame.path)
    title, subtitle = frame_title(finding, item)
    return mark_frame(png, item.box, title, subtitle)


def bundle_files(captures: Mapping[str, Capture], findings: Sequence[Finding]
                 ) -> tuple[dict[str, LiveFinding], dict[str, bytes]]:
    """Each live finding's session evidence, and the bundle files (path -> bytes) for them."""
    views: dict[str, LiveFinding] = {}
    files: dict[str, bytes] = {}
    for finding in findings:
        capture = captures[finding.capture_id]
        folder = Path(capture.folder)
        view = livesession.read_live(folder, capture, finding)
        if view is None:
            continue
        if not _SAFE_ID.match(finding.finding_id):
            raise HongdunError(f"finding id {finding.finding_id!r} cannot name a bundle file")
        base = f"live/{finding.finding_id}"
        files[f"{base}/transcript.txt"] = livesession.transcript_file(view, finding,
                                                                      capture.capture_id)
        frames = {}
        for item in view.excerpts:
            if item.frame is not None:
                frames[item.number] = f"{base}/frame-{item.number}.png"
                files[frames[item.number]] = marked_frame(folder, capture, finding, item)
        views[finding.finding_id] = LiveFinding(finding, view, f"{base}/transcript.txt", frames)
    return views, files
