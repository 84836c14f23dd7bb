"""A flatbed-scan style 营业执照 (副本) for the cmssite family: landscape, cream paper."""

from __future__ import annotations

import io

from PIL import Image, ImageDraw, ImageFont

from demo.families.corpus import Shown

FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"


def licence_scan(shown: Shown) -> bytes:
    """PNG bytes of an 820x580 licence scan showing the displayed fields."""
    img = Image.new("RGB", (820, 580), (246, 240, 222))
    draw = ImageDraw.Draw(img)
    for x in range(0, 820, 40):
        draw.line((x, 0, x, 580), fill=(232, 228, 214))
    head, body = ImageFont.truetype(FONT, 44), ImageFont.truetype(FONT, 20)
    draw.rectangle((20, 20, 800, 560), outline=(140, 100, 40), width=5)
    draw.text((300, 40), "营业执照", font=head, fill=(160, 25, 25))
    draw.text((370, 100), "（副本）", font=body, fill=(90, 90, 90))
    rows = (("统一社会信用代码", shown.uscc), ("名　　称", shown.name), ("类　　型", shown.kind),
            ("法定代表人", shown.person), ("住　　所", shown.address), ("成立日期", shown.founded))
    for i, (key, value) in enumerate(rows):
        draw.text((60, 160 + i * 58), f"{key}　{value}", font=body, fill=(25, 25, 25))
    draw.ellipse((620, 400, 760, 540), outline=(210, 40, 40), width=4)
    draw.text((650, 458), "登记机关", font=body, fill=(210, 40, 40))
    out = io.BytesIO()
    img.save(out, "PNG")
    return out.getvalue()
