"""Phone photos of a paper 营业执照 / 食品经营许可证 as food-delivery merchants upload them.

Drawn with Pillow: a slightly tilted, off-white certificate on a darker table, the
fields in a CJK font, a red seal. Only what a merchant would photograph; no layout
shared with the demo's own licence images.
"""

from __future__ import annotations

import io
from functools import cache

from PIL import Image, ImageDraw, ImageFont

FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"


@cache
def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    try:
        return ImageFont.truetype(FONT, size)
    except OSError:  # no CJK font: still a valid picture, unreadable as text
        return ImageFont.load_default()


@cache
def certificate_photo(title: str, lines: tuple[str, ...]) -> bytes:
    """A PNG photo of a certificate titled `title` with one field per line."""
    paper = Image.new("RGB", (560, 400), (248, 244, 232))
    draw = ImageDraw.Draw(paper)
    draw.rectangle((10, 10, 549, 389), outline=(170, 40, 40), width=3)
    draw.text((200, 22), title, fill=(150, 20, 20), font=_font(30))
    y = 84
    for line in lines:
        draw.text((34, y), line, fill=(30, 30, 30), font=_font(18))
        y += 34
    draw.ellipse((400, 270, 510, 380), outline=(200, 30, 30), width=4)
    draw.text((420, 312), "登记机关", fill=(200, 30, 30), font=_font(16))
    photo = Image.new("RGB", (640, 480), (92, 74, 60))
    photo.paste(paper.rotate(2.5, expand=True, fillcolor=(92, 74, 60)), (30, 22))
    out = io.BytesIO()
    photo.save(out, format="PNG", optimize=True)
    return out.getvalue()
