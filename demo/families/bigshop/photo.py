"""A 营业执照 photo for the bigshop pages, drawn with Pillow (the fields live only in the image)."""

from __future__ import annotations

import io
from functools import lru_cache

from PIL import Image, ImageDraw, ImageFont

from demo.families.corpus import Shown

FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"


@lru_cache(maxsize=4)
def _font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(FONT, size)


def licence_png(shown: Shown) -> bytes:
    """A scanned-looking licence: title, the code line, then the registered fields."""
    img = Image.new("RGB", (900, 620), (246, 240, 226))
    draw = ImageDraw.Draw(img)
    draw.rectangle((14, 14, 886, 606), outline=(176, 48, 40), width=6)
    draw.text((330, 40), "营 业 执 照", font=_font(52), fill=(176, 48, 40))
    draw.text((60, 130), f"统一社会信用代码  {shown.uscc}", font=_font(28), fill=(20, 20, 20))
    rows = (
        ("名    称", shown.name),
        ("类    型", shown.kind),
        ("法定代表人", shown.person),
        ("住    所", shown.address),
        ("成立日期", shown.founded),
    )
    for i, (key, value) in enumerate(rows):
        draw.text((60, 200 + i * 62), f"{key}   {value}", font=_font(28), fill=(20, 20, 20))
    draw.text((560, 540), "登记机关  烟台市市场监督管理局", font=_font(22), fill=(90, 90, 90))
    draw.text((60, 560), "仅限京东店铺资质展示使用", font=_font(20), fill=(200, 120, 110))
    out = io.BytesIO()
    img.save(out, "PNG")
    return out.getvalue()
