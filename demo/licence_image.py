"""Draws a realistic 营业执照 (business licence) PNG with Pillow and the Noto CJK font.

The text is large and high-contrast so OCR can read the code and the name back.
Output is deterministic for the same licence and Pillow version.
"""

from __future__ import annotations

import io
import math
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from demo.model import Licence
from hongdun.errors import HongdunError

FONT_DIR = Path("/usr/share/fonts/opentype/noto")
REGULAR = FONT_DIR / "NotoSansCJK-Regular.ttc"
BOLD = FONT_DIR / "NotoSerifCJK-Bold.ttc"
WIDTH, HEIGHT = 1400, 980
INK = (20, 20, 20)
RED = (200, 24, 30)
FRAME = (176, 132, 60)


class FontMissing(HongdunError):
    """The CJK font needed to draw licence images is not installed."""


def _font(path: Path, size: int) -> ImageFont.FreeTypeFont:
    try:
        return ImageFont.truetype(str(path), size)
    except OSError:
        raise FontMissing(f"CJK font not found at {path}; install fonts-noto-cjk") from None


def _seal(draw: ImageDraw.ImageDraw, cx: int, cy: int, authority: str) -> None:
    """A red registration-authority seal: ring, five-pointed star, arc text."""
    r = 120
    draw.ellipse((cx - r, cy - r, cx + r, cy + r), outline=RED, width=7)
    points = []
    for k in range(10):
        radius = 36 if k % 2 == 0 else 15
        angle = -math.pi / 2 + k * math.pi / 5
        points.append((cx + radius * math.cos(angle), cy + radius * math.sin(angle)))
    draw.polygon(points, fill=RED)
    font = _font(REGULAR, 22)
    text = authority[:14]
    span = math.radians(220)
    for i, ch in enumerate(text):
        angle = -math.pi / 2 - span / 2 + span * (i + 0.5) / len(text)
        x = cx + (r - 30) * math.cos(angle)
        y = cy + (r - 30) * math.sin(angle)
        draw.text((x, y), ch, font=font, fill=RED, anchor="mm")
    draw.text((cx, cy + 62), "登记机关", font=_font(REGULAR, 20), fill=RED, anchor="mm")


def _watermark(img: Image.Image, text: str) -> Image.Image:
    """Faint diagonal repeated text, as platforms stamp on licence photos."""
    layer = Image.new("RGBA", (WIDTH * 2, HEIGHT * 2), (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    font = _font(REGULAR, 34)
    for row, y in enumerate(range(0, HEIGHT * 2, 260)):
        for x in range(-400 + (row % 2) * 300, WIDTH * 2, 760):
            draw.text((x, y), text, font=font, fill=(120, 120, 120, 38))
    layer = layer.rotate(28, resample=Image.Resampling.BICUBIC)
    left, top = WIDTH // 2, HEIGHT // 2
    layer = layer.crop((left, top, left + WIDTH, top + HEIGHT))
    return Image.alpha_composite(img.convert("RGBA"), layer).convert("RGB")


def licence_png(lic: Licence, watermark: str = "") -> bytes:
    """The licence drawn as a PNG image (bytes), optionally with a faint watermark."""
    img = Image.new("RGB", (WIDTH, HEIGHT), (252, 248, 238))
    draw = ImageDraw.Draw(img)
    draw.rectangle((18, 18, WIDTH - 19, HEIGHT - 19), outline=FRAME, width=10)
    draw.rectangle((40, 40, WIDTH - 41, HEIGHT - 41), outline=FRAME, width=3)
    draw.text((WIDTH // 2, 130), "营 业 执 照", font=_font(BOLD, 96), fill=RED, anchor="mm")
    draw.text((WIDTH // 2, 210), "（副  本）", font=_font(REGULAR, 30), fill=INK, anchor="mm")
    label = _font(REGULAR, 34)
    value = _font(REGULAR, 36)
    draw.text((90, 260), f"统一社会信用代码  {lic.uscc}", font=_font(REGULAR, 38), fill=INK)
    person_label = "经 营 者" if lic.individual else "法定代表人"
    place_label = "经营场所" if lic.individual else "住　　所"
    rows = [("名　　称", lic.name), ("类　　型", lic.entity_type), (person_label, lic.person)]
    if lic.capital:
        rows.append(("注册资本", lic.capital))
    elif lic.individual:
        rows.append(("组成形式", "个人经营"))
    rows += [("成立日期", lic.founded), (place_label, lic.address)]
    if lic.scope:
        rows.append(("经营范围", lic.scope))
    y = 340
    for name, text in rows:
        draw.text((90, y), name, font=label, fill=INK)
        for line in _wrap(text, 20):
            draw.text((330, y), line, font=value, fill=INK)
            y += 52
        y += 14
    draw.text((WIDTH - 480, HEIGHT - 80), "国家市场监督管理总局监制", font=_font(REGULAR, 22),
              fill=(90, 90, 90))
    _seal(draw, WIDTH - 200, HEIGHT - 230, lic.authority)
    if watermark:
        img = _watermark(img, watermark)
    out = io.BytesIO()
    img.save(out, format="PNG", optimize=True)
    return out.getvalue()


def _wrap(text: str, width: int) -> list[str]:
    """Split text into lines of at most `width` characters."""
    return [text[i:i + width] for i in range(0, len(text), width)] or [""]
