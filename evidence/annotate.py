"""Annotated screenshots and live frames: a marked copy, never the sealed original."""

from __future__ import annotations

import dataclasses
import io
import os
import re
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont, UnidentifiedImageError

from evidence.manifest import safe_relative
from hongdun.errors import HongdunError
from hongdun.records import Box, Capture, Finding

FONT = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
RED = (220, 0, 0)
_SAFE_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$")
HEADER = 56
FRAME = 4


def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    try:
        return ImageFont.truetype(str(FONT), size)
    except OSError:
        return ImageFont.load_default(size)


def render(png: bytes, finding: Finding) -> bytes:
    """The annotated PNG: header strip with the rule title and id, red frame or banner."""
    try:
        shot = Image.open(io.BytesIO(png))
        shot.load()
    except (UnidentifiedImageError, OSError) as exc:
        raise HongdunError(f"screenshot of {finding.finding_id} is not an image ({exc})") from None
    canvas, draw = _with_header(
        shot, finding.title_zh,
        f"{finding.rule_id} · {finding.finding_id} · {finding.captured_at}", 22)
    boxes = [p.box for p in finding.places if p.box is not None  # the boxes on this image:
             and p.page_role == finding.page_role  # a page's, or a live frame's own
             and (p.frame == finding.screenshot if p.source == "frame_ocr" else
                  not p.frame)] or ([finding.box] if finding.box else [])
    for b in boxes:  # every matched place on this page's screenshot
        left, top = b.x, HEADER + b.y
        draw.rectangle((left - FRAME, top - FRAME, left + b.width + FRAME,
                        top + b.height + FRAME), outline=RED, width=FRAME)
    if not boxes:
        draw.rectangle((0, HEADER, canvas.width - 1, canvas.height - 1), outline=RED,
                       width=FRAME)
        banner = "未定位具体位置 / location not marked: whole page"
        draw.rectangle((FRAME, HEADER + FRAME, canvas.width - FRAME, HEADER + FRAME + 26),
                       fill=RED)
        draw.text((FRAME + 6, HEADER + FRAME + 3), banner, fill="white", font=_font(16))
    out = io.BytesIO()
    canvas.save(out, format="PNG")
    return out.getvalue()


def annotate(capture: Capture, finding: Finding) -> Finding:
    """Write derived/<finding_id>.png for a finding's screenshot; return it with `annotated`."""
    if finding.screenshot is None:
        return finding
    if finding.capture_id != capture.capture_id:
        raise HongdunError(f"finding {finding.finding_id} is not about capture "
                           f"{capture.capture_id}")
    if not _SAFE_ID.match(finding.finding_id):
        raise HongdunError(f"finding id {finding.finding_id!r} cannot name a file")
    if not safe_relative(finding.screenshot):
        raise HongdunError(f"screenshot path {finding.screenshot!r} is not an artefact path")
    try:
        capture.artefact(finding.screenshot)
    except KeyError:
        raise HongdunError(f"{finding.screenshot} is not an artefact of "
                           f"{capture.capture_id}") from None
    folder = Path(capture.folder)
    png = render((folder / finding.screenshot).read_bytes(), finding)
    relative = f"derived/{finding.finding_id}.png"
    (folder / "derived").mkdir(exist_ok=True)
    tmp = folder / f"derived/.{finding.finding_id}.{os.getpid()}.tmp"
    tmp.write_bytes(png)
    os.replace(tmp, folder / relative)
    return dataclasses.replace(finding, annotated=relative)


def mark_frame(png: bytes, box: Box | None, title: str, subtitle: str) -> bytes:
    """A marked copy of a live frame: header strip (what and when), red box on the OCR text
    when there is one. Never written over the sealed frame."""
    try:
        shot = Image.open(io.BytesIO(png))
        shot.load()
    except (UnidentifiedImageError, OSError) as exc:
        raise HongdunError(f"live frame is not an image ({exc})") from None
    canvas, draw = _with_header(shot, title, subtitle, 20)
    if box is not None:
        top = HEADER + box.y
        draw.rectangle((box.x - FRAME, top - FRAME, box.x + box.width + FRAME,
                        top + box.height + FRAME), outline=RED, width=FRAME)
    out = io.BytesIO()
    canvas.save(out, format="PNG")
    return out.getvalue()


def _with_header(shot: Image.Image, title: str, subtitle: str,
                 size: int) -> tuple[Image.Image, ImageDraw.ImageDraw]:
    """The image on a white canvas under a pink header strip holding title and subtitle."""
    shot = shot.convert("RGB")
    canvas = Image.new("RGB", (max(shot.width, 480), shot.height + HEADER), "white")
    canvas.paste(shot, (0, HEADER))
    draw = ImageDraw.Draw(canvas)
    draw.rectangle((0, 0, canvas.width, HEADER - 1), fill=(255, 236, 236))
    draw.line((0, HEADER - 1, canvas.width, HEADER - 1), fill=RED, width=2)
    draw.text((10, 6), title, fill=RED, font=_font(size))
    draw.text((10, 33), subtitle, fill=(60, 60, 60), font=_font(14))
    return canvas, draw
