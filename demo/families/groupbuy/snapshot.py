"""Images for the groupbuy shops: a 团长's phone snapshot of a licence, and a shop avatar."""

from __future__ import annotations

import io

from PIL import Image, ImageDraw, ImageFont

from demo.families.corpus import Shown

FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"


def _png(img: Image.Image) -> bytes:
    out = io.BytesIO()
    img.save(out, "PNG")
    return out.getvalue()


def licence_photo(shown: Shown) -> bytes:
    """A portrait phone snapshot of a 营业执照 (副本), lines left-aligned as on the paper."""
    img = Image.new("RGB", (720, 960), (236, 232, 220))
    draw = ImageDraw.Draw(img)
    title, text = ImageFont.truetype(FONT, 44), ImageFont.truetype(FONT, 24)
    draw.rectangle((24, 24, 696, 936), outline=(160, 40, 40), width=4)
    draw.text((250, 60), "营业执照", font=title, fill=(160, 40, 40))
    draw.text((290, 120), "（副  本）", font=text, fill=(60, 60, 60))
    person = "经营者" if "个体" in shown.kind else "法定代表人"
    lines = (
        ("统一社会信用代码", shown.uscc),
        ("名称", shown.name),
        ("类型", shown.kind),
        (person, shown.person),
        ("经营场所", shown.address),
        ("注册日期", shown.founded),
    )
    y = 200
    for key, value in lines:
        draw.text((60, y), key, font=text, fill=(40, 40, 40))
        draw.text((60, y + 34), value, font=text, fill=(20, 20, 20))
        y += 100
    draw.text((330, 860), "烟台市市场监督管理局", font=text, fill=(120, 40, 40))
    return _png(img)


def avatar_png() -> bytes:
    """A plain round shop avatar."""
    img = Image.new("RGB", (96, 96), (255, 255, 255))
    ImageDraw.Draw(img).ellipse((4, 4, 92, 92), fill=(238, 90, 36))
    return _png(img)
