"""A 营业执照 as a seller photographs it for the 查看资质 sheet: drawn with Pillow, no text."""

from __future__ import annotations

import io
from functools import cache

from PIL import Image, ImageDraw, ImageFont

from demo.families.corpus import Shown

FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"


@cache
def licence_photo(shown: Shown) -> bytes:
    """A PNG of the licence face: title, code, name, type, person, address, date."""
    img = Image.new("RGB", (900, 620), (246, 240, 226))
    draw = ImageDraw.Draw(img)
    draw.rectangle((14, 14, 886, 606), outline=(176, 40, 40), width=6)
    title = ImageFont.truetype(FONT, 52)
    body = ImageFont.truetype(FONT, 26)
    draw.text((330, 40), "营业执照", font=title, fill=(150, 20, 20))
    lines = (f"统一社会信用代码  {shown.uscc}", f"名　　称  {shown.name}",
             f"类　　型  {shown.kind}", f"经 营 者  {shown.person}",
             f"经营场所  {shown.address}", f"注册日期  {shown.founded}")
    for k, line in enumerate(lines):
        draw.text((70, 150 + 66 * k), line, font=body, fill=(40, 40, 40))
    draw.ellipse((640, 430, 820, 590), outline=(200, 30, 30), width=5)
    out = io.BytesIO()
    img.save(out, format="PNG", optimize=True)
    return out.getvalue()
