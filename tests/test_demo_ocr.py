"""The drawn licence images are legible (even watermarked): OCR reads back code and name."""

from __future__ import annotations

import pytest

from demo.catalog import all_shops
from demo.licence_image import licence_png


def test_ocr_reads_code_and_name_from_a_licence_image() -> None:
    rapidocr = pytest.importorskip("rapidocr_onnxruntime", reason="OCR engine not installed")
    shop = next(s for s in all_shops() if s.target_id == "mt-02")
    assert shop.licence is not None
    result, _ = rapidocr.RapidOCR()(licence_png(shop.licence, shop.watermark))
    text = "".join(line[1] for line in result).replace(" ", "")
    assert shop.licence.uscc in text
    assert shop.licence.name in text
    assert "营业执照" in text
