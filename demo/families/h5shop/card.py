"""A phone-photo style 营业执照 for the h5shop family: portrait, white card, diagonal watermark."""

from __future__ import annotations

import io

from PIL import Image, ImageDraw, ImageFont

from demo.families.corpus import Shown

FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"


def licence_card(shown: Shown) -> bytes:
    """PNG bytes of a 480x640 licence photo showing the displayed fields."""
    img = Image.new("RGB", (480, 640), (250, 247, 240))
    draw = ImageDraw.Draw(img)
    head, body = ImageFont.truetype(FONT, 40), ImageFont.truetype(FONT, 16)
    draw.rectangle((16, 16, 464, 624), outline=(190, 150, 70), width=6)
    draw.text((160, 48), "营业执照", font=head, fill=(170, 20, 20))
    rows = (("统一社会信用代码", shown.uscc), ("名称", shown.name), ("类型", shown.kind),
            ("法定代表人", shown.person), ("住所", shown.address), ("成立日期", shown.founded))
    y = 150
    for key, value in rows:
        draw.text((40, y), key, font=body, fill=(60, 60, 60))
        draw.text((40, y + 22), value[:24], font=body, fill=(10, 10, 10))
        y += 62
    mark = Image.new("RGBA", (480, 640), (0, 0, 0, 0))
    ImageDraw.Draw(mark).text((60, 300), "仅供网店亮照使用 他用无效", font=head,
                              fill=(120, 120, 120, 70))
    img.paste(mark.rotate(30), (0, 0), mark.rotate(30))
    out = io.BytesIO()
    img.save(out, "PNG")
    return out.getvalue()
