"""Text burned into a watch's frames: OCR after the watch, consecutive repeats merged.

Runs as a separate step over frames.jsonl (OCR is slow under load, so the watch
itself never waits for it), with each frame scaled to at most `max_pixels`. A text
line read in consecutive frames is one OcrRun with its first and last frame time;
runs are appended to ocr.jsonl as they close. Boxes are in frame pixels.
"""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

from crawlers.live.records import OcrRun, to_json
from evidence.ocr import OcrEngine, shared_engine

MAX_PIXELS = 640 * 360


Box = tuple[float, float, float, float]


def _scaled(png: bytes, max_pixels: int, crop: Box | None = None) -> tuple[bytes, float]:
    """The frame (cut to the picture's box, if known) scaled to at most max_pixels."""
    from PIL import Image

    with Image.open(io.BytesIO(png)) as img:
        cut = img.crop((int(crop[0]), int(crop[1]), int(crop[0] + crop[2]),
                        int(crop[1] + crop[3]))) if crop else img
        scale = min(1.0, (max_pixels / max(1, cut.width * cut.height)) ** 0.5)
        if scale >= 1.0 and crop is None:
            return png, 1.0
        small = cut.convert("RGB")
        if scale < 1.0:
            small = small.resize((max(1, int(cut.width * scale)), max(1, int(cut.height * scale))))
        out = io.BytesIO()
        small.save(out, "PNG")
        return out.getvalue(), scale


def video_box(out: Path) -> Box | None:
    """The box of the room's picture on the frames (session.json), if the watch found one."""
    try:
        box = json.loads((out / "session.json").read_text(encoding="utf-8")).get("video_box")
    except (OSError, ValueError):
        return None
    return (float(box[0]), float(box[1]), float(box[2]), float(box[3])) if box else None


def ocr_frames(out: Path, engine: OcrEngine | None = None, *,
               max_pixels: int = MAX_PIXELS, every: int = 1,
               reasons: tuple[str, ...] = ("interval", "state")) -> list[OcrRun]:
    """OCR every `every`-th frame of a watch folder into ocr.jsonl; return the runs. Only the
    room's picture is read when its box is known: the chat and panels beside it are DOM
    text the recorder already has, with their speakers."""
    engine = engine or shared_engine()
    crop = video_box(out)
    frames = sorted((json.loads(raw) for raw in
                     (out / "frames.jsonl").read_text(encoding="utf-8").splitlines()
                     if raw.strip()), key=lambda f: float(f["offset_s"]))
    runs: list[OcrRun] = []
    open_runs: dict[str, OcrRun] = {}
    with open(out / "ocr.jsonl", "w", encoding="utf-8") as handle:
        for frame in frames[::max(1, every)]:
            if not frame["reason"].startswith(reasons):
                continue
            css = float(frame.get("scale", 1.0))  # frame pixels per CSS pixel
            cut = tuple(v * css for v in crop) if crop else None
            dx, dy = (cut[0], cut[1]) if cut else (0.0, 0.0)
            data, scale = _scaled((out / frame["path"]).read_bytes(), max_pixels,
                                  cut)  # type: ignore[arg-type]
            seen: dict[str, OcrRun] = {}
            for line in engine.lines(data):
                run = open_runs.get(line.text)
                if run is None:
                    x, y, w, h = (v / scale for v in line.box)
                    run = OcrRun(line.text, frame["offset_s"], frame["offset_s"],
                                 (frame["path"],), (x + dx, y + dy, w, h), line.score)
                else:
                    run = OcrRun(run.text, run.first_s, frame["offset_s"],
                                 (*run.frames, frame["path"]), run.box, max(run.score, line.score))
                seen[line.text] = run
            for text, run in open_runs.items():
                if text not in seen:
                    handle.write(to_json(run))
                    runs.append(run)
            open_runs = seen
        for run in open_runs.values():
            handle.write(to_json(run))
            runs.append(run)
        handle.flush()
        os.fsync(handle.fileno())
    return runs
