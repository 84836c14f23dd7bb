"""Family `notes`: 小红书-style shops and notes, rendered client-side from window.__INITIAL_STATE__.

Every page is the same empty shell: a JSON state object (ASCII-escaped, so no Chinese
is in the served HTML) and `static/reds.js`, which builds the DOM with `reds-` classes
about 400 ms after load. A shop page holds the bio, 店铺公告, the note feed, goods
and a 店铺信息 box whose entry (资质证照 / 店铺资质 …) leads to the qualification page;
a note page holds the shop's note and its comment thread (作者 replies tagged), and
every page carries the platform's 官方 tips. 小红书 has no site profile of its own.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from demo.families.corpus import (
    Family,
    Label,
    Page,
    Registered,
    Said,
    Shown,
    Target,
    labels_of,
    licence_labels,
    permit_labels,
)

PLATFORM = "小红书"
ROOT = "/f/notes"
TIPS = (
    Said(
        "小红书提示：请在小红书站内完成交易，站外交易无法享受平台售后保障，谨防诈骗。",
        decoy="live.offplatform_lure",
        note="the platform's own 官方 tip warns against off-platform trading",
    ),
)
SHELL = (
    '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">'
    '<meta name="viewport" content="width=device-width, initial-scale=1">'
    "<title>小红书 - 你的生活兴趣社区</title>"
    f'<script src="{ROOT}/static/reds.js" defer></script></head>'
    '<body><div id="app"><div class="reds-loading">loading</div></div>'
    "<script>window.__INITIAL_STATE__={state}</script></body></html>"
)


@dataclass(frozen=True)
class Comment:
    """One comment (or reply) under a note; tag is the badge (作者 for the shop, "" for users)."""

    user: str
    text: Said | str
    tag: str = ""
    replies: tuple[Comment, ...] = ()


@dataclass(frozen=True)
class Note:
    """A note the shop posted: title, paragraphs, the goods it carries and its comments."""

    nid: str
    title: Said | str
    body: tuple[Said | str, ...]
    goods: str = ""
    price: str = ""
    comments: tuple[Comment, ...] = ()


@dataclass(frozen=True)
class Seller:
    """One 小红书 shop. qual: "text", "image" (photo only), "empty" (nothing uploaded),
    "declaration" (an exempt individual's self-declaration)."""

    tid: str
    sid: str
    shop_name: str
    reg: Registered | None
    district: str
    category: str
    shown: Shown | None
    qual: str = "text"
    entry: str = "资质证照"
    permit: str = ""
    filing: str = ""
    declaration: str = ""
    declared_at: str = ""  # the exempt individual's actual address
    bio: tuple[Said | str, ...] = ()
    notice: tuple[Said | str, ...] = ()
    notes: tuple[Note, ...] = ()
    others: tuple[tuple[str, Said], ...] = ()  # third parties' certificates: (title, wording)
    note: str = ""


def _t(s: Said | str) -> str:
    return s.text if isinstance(s, Said) else s


def _said(items: tuple[Said | str, ...]) -> list[Said]:
    return [s for s in items if isinstance(s, Said)]


def _shell(state: dict[str, object]) -> bytes:
    text = json.dumps(state, ensure_ascii=True, separators=(",", ":")).replace("</", "<\\/")
    return SHELL.format(state=text).encode()


def _comment(c: Comment, reply: bool = False) -> dict[str, object]:
    return {
        "user": c.user,
        "text": _t(c.text),
        "tag": c.tag,
        "reply": reply,
        "replies": [_comment(r, True) for r in c.replies],
    }


def _comment_said(c: Comment) -> list[Said]:
    own = [c.text] if isinstance(c.text, Said) else []
    return own + [s for r in c.replies for s in _comment_said(r)]


def _home(s: Seller, root: str) -> Page:
    state = {
        "page": "shop",
        "title": f"{s.shop_name}的店铺 - 小红书",
        "shop": {
            "name": s.shop_name,
            "fans": "粉丝 1.2万 · 获赞与收藏 8.6万",
            "bio": [_t(b) for b in s.bio],
            "notice": [_t(n) for n in s.notice],
            "since": "2023年",
            "entry": s.entry if s.qual else "",
            "entryUrl": ROOT + root + "qualification",
        },
        "notes": [
            {"title": _t(n.title), "likes": "2.3万", "url": f"{ROOT}{root}explore/{n.nid}"}
            for n in s.notes
        ],
        "goods": [{"title": n.goods, "price": n.price} for n in s.notes if n.goods],
        "tips": [t.text for t in TIPS],
    }
    words = [*_said(s.bio), *_said(s.notice), *_said(tuple(n.title for n in s.notes)), *TIPS]
    labels = labels_of(words) + permit_labels(s.category, s.permit, s.filing)
    if s.qual == "empty":
        labels.append(
            Label(
                "violation",
                "licence.missing",
                "the 资质 page says nothing was uploaded: no licence anywhere",
            )
        )
    return Page(root, "home", _shell(state), tuple(labels))


def _licence_fields(shown: Shown) -> list[list[str]]:
    person = "经营者" if "个体" in shown.kind else "法定代表人"
    return [
        ["企业名称", shown.name],
        ["统一社会信用代码", shown.uscc],
        ["类型", shown.kind],
        [person, shown.person],
        ["住所", shown.address],
        ["成立日期", shown.founded],
    ]


def _qualification(s: Seller, root: str) -> Page:
    blocks: list[dict[str, object]] = []
    labels: list[Label] = []
    empty = ""
    if s.qual == "empty":
        empty = "商家暂未上传资质信息"
    elif s.qual == "declaration":
        blocks.append(
            {
                "title": "经营者信息",
                "fields": [
                    ["经营者", s.shop_name],
                    ["声明", s.declaration],
                    ["实际经营地址", s.declared_at],
                    ["联系方式", "店铺客服（站内私信）"],
                ],
                "image": "",
                "alt": "",
            }
        )
        labels.append(
            Label(
                "decoy",
                "licence.missing",
                "an exempt individual shows the fixed self-declaration (Order 37 "
                "art. 12) instead of a licence",
            )
        )
    elif s.shown is not None and s.reg is not None:
        image = s.qual == "image"
        blocks.append(
            {
                "title": "营业执照",
                "fields": [] if image else _licence_fields(s.shown),
                "image": f"{ROOT}{root}license.png" if image else "",
                "alt": "img_2091.png" if image else "",
            }
        )
        hard = (
            "only as a photo (alt img_2091.png) under the heading 营业执照; fields in the "
            "image only (OCR)"
            if image
            else ""
        )
        labels += licence_labels(s.shown, s.reg, s.shop_name, hard)
    if s.permit:
        blocks.append(
            {
                "title": "食品经营许可证",
                "fields": [["许可证编号", s.permit], ["经营者名称", s.reg.name if s.reg else ""]],
                "image": "",
                "alt": "",
            }
        )
    if s.filing:
        blocks.append(
            {
                "title": "仅销售预包装食品备案",
                "fields": [["备案编号", s.filing]],
                "image": "",
                "alt": "",
            }
        )
    for title, said in s.others:
        blocks.append({"title": title, "fields": [["说明", said.text]], "image": "", "alt": ""})
        labels += labels_of([said])
    state = {
        "page": "qualification",
        "title": f"资质证照 - {s.shop_name}",
        "qualification": {
            "hint": "以下信息由商家提供，小红书依据法律法规要求展示。",
            "empty": empty,
            "blocks": blocks,
        },
        "tips": [t.text for t in TIPS],
    }
    return Page(root + "qualification", "licence", _shell(state), tuple(labels))


def _note(s: Seller, n: Note, root: str) -> Page:
    state = {
        "page": "note",
        "title": f"{_t(n.title)} - 小红书",
        "note": {
            "author": s.shop_name,
            "title": _t(n.title),
            "body": [_t(p) for p in n.body],
            "goods": n.goods,
            "price": n.price,
            "comments": [_comment(c) for c in n.comments],
        },
        "tips": [t.text for t in TIPS],
    }
    said = [*_said((n.title,)), *_said(n.body), *(x for c in n.comments for x in _comment_said(c))]
    return Page(f"{root}explore/{n.nid}", "item", _shell(state), tuple(labels_of(said)))


def build() -> Family:
    """The notes family: state objects for every page, one renderer script, licence photos."""
    from demo.families.notes.photo import license_png
    from demo.families.notes.shops import SHOPS

    pages: list[Page] = []
    assets = {
        "/static/reds.js": (
            (Path(__file__).parent / "reds.js").read_bytes(),
            "application/javascript; charset=utf-8",
        )
    }
    for s in SHOPS:
        root = f"/shop/{s.sid}/"
        pages.append(_home(s, root))
        if s.qual:
            pages.append(_qualification(s, root))
        if s.qual == "image" and s.shown is not None:
            assets[root + "license.png"] = (license_png(s.shown), "image/png")
        pages += [_note(s, n, root) for n in s.notes]
    targets = tuple(
        Target(
            s.tid,
            PLATFORM,
            "storefront",
            f"/shop/{s.sid}/",
            s.shop_name,
            s.reg.name if s.reg else "",
            s.reg.uscc if s.reg else "",
            s.district,
            s.category,
            s.note,
        )
        for s in SHOPS
    )
    return Family(
        "notes",
        "小红书店铺与笔记（客户端渲染）",
        "JSON state in window.__INITIAL_STATE__ + reds.js DOM builder, reds- classes",
        "小红书 notes and comment threads (作者 replies), 店铺公告, 资质证照 blocks, "
        "官方 tips, an exempt individual's declaration",
        True,
        targets,
        tuple(pages),
        assets,
    )
