"""A phone photo of a 营业执照 for the notes family (tilted, shadowed), drawn with Pillow."""

from __future__ import annotations

import io

from PIL import Image, ImageDraw, ImageFont

from demo.families.corpus import Shown

FONT = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"


def license_png(shown: Shown) -> bytes:
    """The licence as a slightly rotated photo on a desk; every field is only in the pixels."""
    sheet = Image.new("RGB", (820, 580), (252, 250, 244))
    draw = ImageDraw.Draw(sheet)
    big, small = ImageFont.truetype(FONT, 46), ImageFont.truetype(FONT, 25)
    draw.rectangle((10, 10, 810, 570), outline=(190, 150, 60), width=5)
    draw.text((300, 30), "营业执照", font=big, fill=(170, 30, 30))
    person = "经营者" if "个体" in shown.kind else "法定代表人"
    lines = (
        f"统一社会信用代码 {shown.uscc}",
        f"名称 {shown.name}",
        f"类型 {shown.kind}",
        f"{person} {shown.person}",
        f"经营场所 {shown.address}",
        f"成立日期 {shown.founded}",
    )
    for i, line in enumerate(lines):
        draw.text((50, 120 + i * 60), line, font=small, fill=(30, 30, 30))
    photo = Image.new("RGB", (900, 680), (120, 98, 80))
    photo.paste(sheet.rotate(2, expand=True, fillcolor=(120, 98, 80)), (30, 30))
    out = io.BytesIO()
    photo.save(out, "PNG")
    return out.getvalue()
