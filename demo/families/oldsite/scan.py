"""A scanned-looking 营业执照 for the oldsite family, drawn with Pillow (grey paper, red seal)."""

from __future__ import annotations

import io

from PIL import Image, ImageDraw, ImageFont

from demo.families.corpus import Shown

FONT = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"


def licence_scan(shown: Shown) -> bytes:
    """PNG bytes of a 600x400 licence scan showing the displayed fields."""
    img = Image.new("RGB", (600, 400), (236, 232, 220))
    draw = ImageDraw.Draw(img)
    big, small = ImageFont.truetype(FONT, 34), ImageFont.truetype(FONT, 17)
    draw.rectangle((10, 10, 590, 390), outline=(150, 60, 40), width=4)
    draw.text((215, 24), "营业执照", font=big, fill=(120, 20, 20))
    rows = (("统一社会信用代码", shown.uscc), ("名    称", shown.name), ("类    型", shown.kind),
            ("法定代表人", shown.person), ("住    所", shown.address), ("成立日期", shown.founded))
    for i, (key, value) in enumerate(rows):
        draw.text((40, 100 + i * 40), f"{key}  {value}", font=small, fill=(30, 30, 30))
    draw.ellipse((450, 280, 560, 390), outline=(200, 30, 30), width=3)
    draw.text((470, 322), "登记机关", font=small, fill=(200, 30, 30))
    out = io.BytesIO()
    img.save(out, "PNG")
    return out.getvalue()
