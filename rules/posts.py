"""Forum threads: a run of posts (楼层), each opening with its poster's header row.

A seller's thread on a forum (贴吧, a local 论坛's 交易区) is a run of sibling blocks that each
open with a header row: a short block holding the poster's name, maybe badges (楼主, 认证商家,
版主), and a floor number (2楼, #3) or a date. The post's words follow, perhaps a licence table,
perhaps replies (楼中楼), each opening with a header row of its own. A post may be long (the
1楼 holds the whole offer), so a chat's length limits do not apply: the header rows say who
speaks. This module finds the posts and reads their header rows; rules.speakers gives each its
role (a badge, or the shop's account; in a thread that labels the seller's posts, the rest are
buyers').
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree

from rules.speaker_tree import BLOCK_TAGS, TIME, TreeReading

HEADER_MAX = 60  # characters: a header row is a name, badges and a floor number or a date
MIN_POSTS = 2
# a floor number (2楼, 第3楼, #4) or a date (2026-05-28, 05-28 12:30): what makes a header row
FLOOR = re.compile(r"^(?:第?\s*\d{1,5}\s*楼|#\s*\d{1,5})$")
DATE = re.compile(r"^\d{2,4}[-/.年]\d{1,2}(?:[-/.月]\d{1,2}日?)?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$")


@dataclass(frozen=True)
class Post:
    """One post or reply: its block, its poster's name and the badges beside it."""

    block: etree._Element
    author: str
    badge: str
    replies: tuple[Post, ...] = ()


def _marks(text: str) -> bool:
    return bool(FLOOR.match(text) or DATE.match(text) or TIME.match(text))


def header_of(r: TreeReading, block: etree._Element) -> tuple[str, str] | None:
    """(poster, badges) of a block's header row: its first element child, a short block whose
    leaves are a name, badges, and a floor number or a date (a <time> counts); else None."""
    first = next((c for c in block if isinstance(c.tag, str)), None)
    if first is None or first.tag not in BLOCK_TAGS or r.longer_than(first, HEADER_MAX):
        return None
    leaves = [(c, " ".join((c.text or "").split())) for c in first.iter()
              if isinstance(c.tag, str) and len(c) == 0 and (c.text or "").strip()]
    marked = any(c.tag == "time" or _marks(t) for c, t in leaves)
    words = [t for c, t in leaves if c.tag != "time" and not _marks(t)]
    if not marked or not words:
        return None
    return words[0], " ".join(words[1:])


def _post(r: TreeReading, block: etree._Element) -> Post | None:
    read = header_of(r, block)
    return None if read is None else Post(block, *read, tuple(_replies(r, block)))


def _replies(r: TreeReading, block: etree._Element) -> list[Post]:
    """The posts inside a block (楼中楼), outermost first: a block that opens with a header row
    is a reply, with its own replies inside it; any other block is looked into."""
    out: list[Post] = []
    for child in block:
        if isinstance(child.tag, str) and child.tag in BLOCK_TAGS:
            reply = _post(r, child)
            out.extend([reply] if reply is not None else _replies(r, child))
    return out


def thread_posts(r: TreeReading, parent: etree._Element) -> list[Post]:
    """The posts among a block's children: MIN_POSTS or more siblings of one tag that each
    open with a header row (and no other sibling of that tag without one); else []."""
    kids = [c for c in parent if isinstance(c.tag, str) and c.tag in BLOCK_TAGS]
    by_tag: dict[str, list[etree._Element]] = {}
    for k in kids:
        by_tag.setdefault(k.tag, []).append(k)
    for same in by_tag.values():
        if len(same) < MIN_POSTS:
            continue
        posts = [_post(r, k) for k in same]
        if all(posts):
            return [p for p in posts if p is not None]
    return []
