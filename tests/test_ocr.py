"""OCR of licence images with the real RapidOCR engine, and the licence rules reading its text."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from evidence.ocr import OcrEngine, read_images
from hongdun.records import Capture, ImageCapture, PageCapture, Target
from rules.engine import RuleSet

FONT = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
AT = "2026-11-20T02:00:00.000Z"
TARGET = Target("t-ocr", "pinduoduo", "storefront", "https://shop.test/",
                "烟台市莱山区海岸贸易有限公司", "91370613MA3D4E5F6J", "370613", "日用百货",
                registered_name="烟台市莱山区海岸贸易有限公司")
ENTRY = '<html><body><a href="/licence">资质</a></body></html>'.encode()


def licence_png(name: str, code: str) -> bytes:
    font = ImageFont.truetype(str(FONT), 40)
    img = Image.new("RGB", (1100, 520), (250, 246, 236))
    draw = ImageDraw.Draw(img)
    draw.text((420, 30), "营业执照", font=ImageFont.truetype(str(FONT), 60), fill=(200, 20, 20))
    draw.text((60, 170), f"统一社会信用代码 {code}", font=font, fill=(20, 20, 20))
    draw.text((60, 260), "名称", font=font, fill=(20, 20, 20))
    draw.text((260, 260), name, font=font, fill=(20, 20, 20))
    draw.text((60, 350), "类型 有限责任公司", font=font, fill=(20, 20, 20))
    out = io.BytesIO()
    img.save(out, "PNG")
    return out.getvalue()


@pytest.fixture(scope="module")
def engine() -> OcrEngine:
    if not FONT.exists():
        pytest.fail(f"fonts-noto-cjk is required: {FONT}")
    return OcrEngine()


def page_with(image: bytes) -> PageCapture:
    html = b'<html><body><img src="/l.png" alt="x"></body></html>'
    url = "https://shop.test/licence"
    picture = ImageCapture("https://shop.test/l.png", image, "image/png", "图片")
    return PageCapture("licence", url, url, 200, (), html, (), True, AT, AT, images=(picture,))


def test_ocr_reads_code_and_name_and_rules_use_them(engine: OcrEngine) -> None:
    from rules.codes import uscc_check_char
    good = "91370613MA3D4E5F6" + uscc_check_char("91370613MA3D4E5F6")
    target = Target(**{**TARGET.__dict__, "uscc": good})
    read = read_images(page_with(licence_png("烟台市莱山区金沙滩贸易有限公司", good)), engine)
    text = read.images[0].ocr_text or ""
    assert good in text.replace(" ", "")
    assert "营业执照" in text
    assert engine.images == 1 and engine.seconds > 0
    home = PageCapture("home", "https://shop.test/", "https://shop.test/", 200, (),
                       ENTRY, (), True, AT, AT)
    cap = Capture("c-ocr", target, "s", "/tmp", "e" * 64, AT, (), (home, read))
    findings = RuleSet.load().evaluate(cap)
    assert [(f.rule_id, f.page_role) for f in findings] == [("licence.mismatch", "licence")]
    assert "金沙滩" in findings[0].matched_text


def test_ocr_of_a_matching_licence_gives_no_finding(engine: OcrEngine) -> None:
    from rules.codes import uscc_check_char
    good = "91370613MA3D4E5F6" + uscc_check_char("91370613MA3D4E5F6")
    target = Target(**{**TARGET.__dict__, "uscc": good})
    read = read_images(page_with(licence_png(target.shop_name, good)), engine)
    home = PageCapture("home", "https://shop.test/", "https://shop.test/", 200, (),
                       ENTRY, (), True, AT, AT)
    cap = Capture("c-ocr2", target, "s", "/tmp", "e" * 64, AT, (), (home, read))
    assert RuleSet.load().evaluate(cap) == []


def test_undecodable_image_reads_as_empty_and_read_text_is_kept(engine: OcrEngine) -> None:
    page = page_with(b"not an image")
    read = read_images(page, engine)
    assert read.images[0].ocr_text == ""
    assert read.body == page.body and read.images[0].body == b"not an image"
    already = read_images(read, engine)
    assert already.images[0].ocr_text == ""
