"""Annotated screenshots: a red frame at the box or a banner, title strip, original untouched."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image
from test_evidence_support import finding, make_config, visit

from evidence.annotate import HEADER, annotate
from evidence.canonical import sha256_file
from evidence.seal import Sealer
from hongdun.errors import HongdunError
from hongdun.records import Box


def _sealed(tmp_path: Path):  # type: ignore[no-untyped-def]
    return Sealer(make_config(tmp_path)).seal(visit())


def test_box_is_framed_in_red_and_original_kept(tmp_path: Path) -> None:
    capture = _sealed(tmp_path)
    shot = Path(capture.folder) / "pages/01-home/screenshot-1.png"
    before = sha256_file(shot)
    result = annotate(capture, finding(capture.capture_id, capture.evidence_id,
                                       box=Box(100, 100, 80, 40)))
    assert result.annotated == "derived/F1.png"
    assert sha256_file(shot) == before
    image = Image.open(Path(capture.folder) / "derived/F1.png").convert("RGB")
    assert image.height == 240 + HEADER
    assert image.getpixel((100 - 2, HEADER + 120)) == (220, 0, 0)  # left edge of the frame
    assert image.getpixel((140, HEADER + 120)) != (220, 0, 0)  # inside stays the screenshot
    header = image.crop((0, 0, image.width, HEADER - 2))
    assert (220, 0, 0) in {header.getpixel((x, y)) for x in range(0, 300)
                           for y in range(0, HEADER - 2)}  # the red title text was drawn


def test_without_box_a_banner_marks_the_whole_page(tmp_path: Path) -> None:
    capture = _sealed(tmp_path)
    result = annotate(capture, finding(capture.capture_id, capture.evidence_id))
    image = Image.open(Path(capture.folder) / str(result.annotated)).convert("RGB")
    assert image.getpixel((1, image.height - 2)) == (220, 0, 0)
    assert image.getpixel((2, HEADER + 10)) == (220, 0, 0)


def test_no_screenshot_returns_finding_unchanged(tmp_path: Path) -> None:
    capture = _sealed(tmp_path)
    original = finding(capture.capture_id, capture.evidence_id, screenshot=None)
    assert annotate(capture, original) is original
    assert not (Path(capture.folder) / "derived").exists()


def test_screenshot_must_be_an_artefact(tmp_path: Path) -> None:
    capture = _sealed(tmp_path)
    with pytest.raises(HongdunError, match="is not an artefact"):
        annotate(capture, finding(capture.capture_id, capture.evidence_id,
                                  screenshot="pages/09-x/screenshot-1.png"))
    with pytest.raises(HongdunError, match="not an artefact path"):
        annotate(capture, finding(capture.capture_id, capture.evidence_id,
                                  screenshot="../../keys/signing.key"))


def test_png_is_valid(tmp_path: Path) -> None:
    capture = _sealed(tmp_path)
    result = annotate(capture, finding(capture.capture_id, capture.evidence_id))
    data = (Path(capture.folder) / str(result.annotated)).read_bytes()
    assert Image.open(io.BytesIO(data)).format == "PNG"
