"""Who says each part of a page: chat lines and their speakers, and the platform's own regions.

Read from structure, in any markup: a chat is a run of three or more sibling items that
each carry a short author element (or an "author：text" prefix); a speaker's role comes
from a badge or label (主播, 场控, 系统消息 …; an image badge by its alt text, a level
after its word kept: 粉丝团6级), from role-like attribute tokens (class,
data-*, role: "msg-system", "badge host"), or, in a chat where the seller's lines are
labelled, from the absence of a label (a viewer). A review list (marked so, or under a
评价 heading) is the buyers' however short: one review is a buyer's too; so is a whole
review region (a block marked so, or opening with a 用户评价 heading), save the seller's
replies in it; and so is the run of alike blocks after a short 买家评价 heading within its
parent's section (reviews laid out as part of the product's page). A block that
opens with a platform notice label (平台提醒：, 抖音官方提示：) and a page-chrome region
(header, nav, footer, aside) whose attributes mark it official belong to the platform.
Every word list is `speech` data from the packs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from lxml import etree

from rules.posts import Post, thread_posts
from rules.speaker_tree import BLOCK_TAGS, LABEL, MIN_CHAT_ITEMS, TIME, TreeReading
from rules.speech import Speech

_ITEM_MAX = 300  # characters: longer siblings are articles, not chat lines
_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_SELLER_SIDE = ("seller", "anchor", "assistant")
SAMPLE = 6  # items read before a long run of siblings is taken for a chat


@dataclass(frozen=True)
class Speaker:
    """The role of an element's text and, for a chat line, its author's name."""

    role: str
    author: str = ""


def label_role(label: str, speech: Speech, exact: bool = False) -> str | None:
    """The role a shown label names ("快手小助手" → platform, "场控" → assistant), or None.

    A badge (exact) must be a label itself; an author name may hold one ("主播小美").
    """
    key = (label, exact)
    if key not in speech.label_roles:
        speech.label_roles[key] = _read_label(label, speech, exact)
    return speech.label_roles[key]


def _read_label(label: str, speech: Speech, exact: bool) -> str | None:
    label = label.strip("【】[]（）()：: ")
    if not label:
        return None
    named = next((r for r, words in speech.roles.items() if label in words), None)
    if named:
        return named  # a role's own word (官方回复), before any platform word in it
    if exact:
        parts = {_without_level(part, speech) for part in label.split()}
        return next((r for r, words in speech.roles.items() if parts & set(words)), None)
    labels = {role: [w for w in words if (label.startswith(w) and len(label) - len(w) <= 4)
                     or (label.endswith(w) and len(label) - len(w) <= 6)]
              for role, words in speech.roles.items()}
    platform_word = any(w in label for w in speech.platform_words)
    rest = label
    for word in sorted(speech.platform_words, key=len, reverse=True):
        rest = rest.replace(word, "")
    if labels.get("platform"):
        return "platform"
    if labels.get("seller") or any(w in label for w in speech.roles.get("seller", ())):
        return "assistant" if labels.get("assistant") else "seller"
    if platform_word and (not rest or any(labels.values())
                          or any(w in label for w in speech.notice_words)):
        return "platform"
    for role in ("anchor", "assistant", "viewer"):
        if labels.get(role):
            return role
    return None


def _without_level(part: str, speech: Speech) -> str:
    """A badge word without the level after it ("粉丝团6级" → "粉丝团", "会员V3" → "会员")."""
    level = _level_pattern(speech.level_marks).search(part)
    return part[:level.start()] if level and level.start() > 0 else part


@lru_cache(maxsize=8)
def _level_pattern(level_marks: tuple[str, ...]) -> re.Pattern[str]:
    """The level at the end of a badge word (digits and level marks), compiled once per list."""
    marks = "".join(f"|{re.escape(m)}" for m in sorted(level_marks, key=len, reverse=True))
    return re.compile(rf"(?:\d{marks})*\d(?:\d{marks})*$", re.IGNORECASE)


def _cue_role(r: TreeReading, el: etree._Element) -> str | None:
    found = r.cue_words(el)
    for role in ("platform", "anchor", "assistant", "viewer"):
        if found & set(r.speech.attribute_cues.get(role, ())):
            return role
    return None


def _reviews(r: TreeReading, parent: etree._Element) -> bool:
    """A list of buyers' reviews: marked by its container's attributes or its heading."""
    if r.review_marked[parent]:
        return True
    heading = parent.getprevious()
    return heading is not None and any(w in r.text(heading)[:30] for w in r.speech.review_words)


def _headed_reviews(r: TreeReading, el: etree._Element) -> bool:
    """A block whose first child is a short heading naming reviews (用户评价, 买家秀)."""
    if not len(el):
        return False
    first = next((c for c in el if isinstance(c.tag, str)), None)
    if first is None or first.tag not in _HEADING_TAGS:
        return False
    heading = r.text(first)
    return len(heading) <= 12 and any(w in heading for w in r.speech.review_words)


def _review_regions(r: TreeReading, root: etree._Element) -> dict[etree._Element, Speaker]:
    """Buyers' review regions, however their items are marked up: a block whose own
    attributes mark it a review list, or which opens with a review heading, is the buyers'
    (role viewer) as a whole; inside it a seller's reply (掌柜回复：, 商家回复：) is the
    seller's. The page's title block (its h1) is never a review region. One walk in document
    order that carries whether an ancestor is read already (no ancestor re-walk)."""
    out: dict[etree._Element, Speaker] = {}
    cues = set(r.speech.review_cues)
    stack: list[tuple[etree._Element, etree._Element | None, bool]] = [(root, None, False)]
    while stack:
        el, parent, parent_inside = stack.pop()
        inside = parent_inside or (parent is not None and parent in out)
        if len(el):
            stack.extend((c, el, inside) for c in reversed(el) if isinstance(c.tag, str))
        if inside or el.tag not in BLOCK_TAGS:
            continue
        if not (r.tokens[el] & cues or _headed_reviews(r, el)) or el.find(".//h1") is not None:
            continue
        _mark_reviews(r, el, out)
    return out


def _mark_reviews(r: TreeReading, el: etree._Element, out: dict[etree._Element, Speaker]
                  ) -> None:
    """A review block the buyers' (role viewer), save the seller's replies in it (掌柜回复：)."""
    out[el] = Speaker("viewer")
    for node in el.iter():
        m = LABEL.match(node.text or "") if isinstance(node.tag, str) else None
        role = label_role(m.group(1), r.speech) if m else None
        if m and role in _SELLER_SIDE:
            reply = node if len(r.text(node)) > len(m.group(0).strip()) else node.getparent()
            out[reply if reply is not None else node] = Speaker(role or "seller")


def _review_sections(r: TreeReading, root: etree._Element,
                     out: dict[etree._Element, Speaker]) -> None:
    """Reviews laid out as a section of their parent, not a block of their own: a short h2–h6
    heading naming reviews (买家评价), then a run of alike blocks (one tag, one class) up to
    the next heading of its level or higher or the first unlike block. Each block is the
    buyers' (`_mark_reviews`) unless it, a descendant or an ancestor is read already."""
    for heading in _review_headings(r, root):
        for block in _section_after(heading):
            if block in out or any(a in out for a in block.iterancestors()) or any(
                    d in out for d in block.iterdescendants()):
                continue
            _mark_reviews(r, block, out)


def _review_headings(r: TreeReading, root: etree._Element) -> list[etree._Element]:
    words = r.speech.review_words
    return [h for h in root.iter("h2", "h3", "h4", "h5", "h6")
            if len(text := r.text(h)) <= 12 and any(w in text for w in words)]


def _section_after(heading: etree._Element) -> list[etree._Element]:
    """The run of alike blocks right after a heading, within its level."""
    level = int(heading.tag[1])
    run: list[etree._Element] = []
    for sibling in heading.itersiblings():
        if not isinstance(sibling.tag, str):
            continue
        if sibling.tag in _HEADING_TAGS and int(sibling.tag[1]) <= level:
            break
        if sibling.tag not in BLOCK_TAGS or (run and (sibling.tag, sibling.get("class"))
                                              != (run[0].tag, run[0].get("class"))):
            break
        run.append(sibling)
    return run


def _short_lists(r: TreeReading, owners: set[str]) -> dict[etree._Element, Speaker]:
    """Lists too short for a chat: one or two buyers' reviews under 买家评价, each a buyer's
    unless a seller label (掌柜回复) or cue says otherwise; one or two lines of a chat panel
    (marked chat, or under a chat heading), each its badge's or label's speaker's. In a chat
    panel a comment may hold its replies (a thread): each reply is its author's line."""
    out: dict[etree._Element, Speaker] = {}
    for parent in r.short:
        items = [c for c in parent if isinstance(c.tag, str)]
        headed = bool(items) and items[0].tag in _HEADING_TAGS
        if headed:
            items = items[1:]  # a thread's own title (留言 · 2) heads it
        if not items or len(items) >= MIN_CHAT_ITEMS or any(k.tag not in BLOCK_TAGS for k in items):
            continue  # a line's own spans (author, text) are no list
        reviews = _reviews(r, parent)
        if reviews and (headed or parent.tag == "section"):
            continue  # a titled review block is a review region as a whole (_review_regions)
        if not reviews and not _chat_marked(r, parent):
            continue
        threads = {k: _replies(r, k) for k in items if r.holds_list(k)}
        if threads and (not _chat_marked(r, parent) or not all(threads.values())):
            continue  # a layout block holding lists, not a comment holding its replies
        read: list[tuple[etree._Element, str, str | None]] = []
        for item in (*items, *(reply for replies in threads.values() for reply in replies)):
            if not r.text(item) or r.longer_than(item, _ITEM_MAX):
                continue
            author, badge = r.author_without(item, threads[item]) if threads.get(item) \
                else r.author(item)
            if not reviews and not author:
                continue
            read.append((item, author, _line_role(r, item, (author, badge), owners,
                                                  thread=item in threads)))
        # a thread that labels the seller's replies (卖家, is-seller) leaves the rest to buyers
        labelled_seller = any(role in _SELLER_SIDE for _, _, role in read)
        for item, author, role in read:
            out[item] = Speaker(role or ("viewer" if reviews or labelled_seller else "unknown"),
                                author)
    return out


def _line_role(r: TreeReading, item: etree._Element, said_by: tuple[str, str],
               owners: set[str], thread: bool) -> str | None:
    """A short list's line's role: its attribute cues (not a thread's: its replies' cues are
    theirs), its badge, its author's label, or the shop's account named among them."""
    author, badge = said_by
    speech = r.speech
    return ((None if thread else _cue_role(r, item))
            or label_role(badge, speech, exact=True)
            or (label_role(author, speech) if author else None)
            or next((role for name in (author, *badge.split()) if name
                     and (role := _owners_account(name, owners, speech))), None))


def _replies(r: TreeReading, comment: etree._Element) -> list[etree._Element]:
    """The replies a comment holds: its block children that carry an author of their own
    and words beyond it (the comment's own author header row is no reply)."""
    return [c for c in comment if isinstance(c.tag, str) and c.tag in BLOCK_TAGS
            and (author := r.author(c)[0]) and len(r.text(c)) > len(author) + 4]


def _chat_marked(r: TreeReading, parent: etree._Element) -> bool:
    """A container marked as a chat by its (or an ancestor's) attributes or its heading."""
    if r.chat_marked[parent]:
        return True
    first = next((c for c in parent if isinstance(c.tag, str)), None)
    heading = first if first is not None and first.tag in _HEADING_TAGS else parent.getprevious()
    return heading is not None and any(w in r.text(heading)[:30] for w in r.speech.chat_words)


def _chat_like(r: TreeReading, parent: etree._Element, items: list[etree._Element]) -> bool:
    """Times or "author：" prefixes on most items, a chat container, or a chat heading."""
    timed = sum(1 for k in items if any(TIME.match(c.text or "") or c.tag == "time"
                                        for c in k.iter() if isinstance(c.tag, str)))
    prefixed = sum(1 for k in items if LABEL.match(r.text(k)))
    if max(timed, prefixed) * 2 >= len(items):
        return True
    if any(label_role(r.author(k)[1], r.speech, exact=True) for k in items):
        return True  # speaker badges (主播, 场控, 系统消息) on the lines
    return _chat_marked(r, parent)


def _chat_items(r: TreeReading, parent: etree._Element) -> list[etree._Element]:
    """The items of a chat list, or [] (the cheapest tests first: each only rules out)."""
    if len(parent) < MIN_CHAT_ITEMS:
        return []
    kids = [c for c in parent if isinstance(c.tag, str)]
    if len(kids) < MIN_CHAT_ITEMS:
        return []
    tags: dict[str, int] = {}
    for k in kids:
        tags[k.tag] = tags.get(k.tag, 0) + 1
    tag, count = max(tags.items(), key=lambda kv: kv[1])
    items = [k for k in kids if k.tag == tag]
    if count < MIN_CHAT_ITEMS:
        return []
    sample = items[:SAMPLE]
    if any(r.longer_than(k, _ITEM_MAX) for k in sample):
        return []  # articles, not chat lines (read first: an article's author is costly)
    if sum(1 for k in sample if r.author(k)[0]) * 2 < len(sample):
        return []  # chat lists are uniform: the first lines tell
    if any(r.longer_than(k, _ITEM_MAX) or r.holds_list(k) for k in items):
        return []  # articles, or page blocks that hold lists of their own: layout, no chat
    with_author = sum(1 for k in items if r.author(k)[0])
    if with_author * 2 < len(items):
        return []
    return items if _reviews(r, parent) or _chat_like(r, parent, items) else []


def _chat(r: TreeReading, items: list[etree._Element], owners: set[str],
          reviews: bool = False) -> dict[etree._Element, Speaker]:
    speech = r.speech
    read: list[tuple[etree._Element, str, str | None]] = []
    for item in items:
        author, badge = r.author(item)
        role = (_cue_role(r, item) or label_role(badge, speech, exact=True)
                or label_role(author, speech))
        if role is None and len(author) >= 2:
            role = _owners_account(author, owners, speech)
        read.append((item, author, role))
    by_author = {a: role for _, a, role in read if a and role}
    labelled_seller = any(role in ("seller", "anchor", "assistant") for _, _, role in read)
    # a chat that badges its speakers (粉丝团, 系统) would badge the seller's side too
    badged = any(label_role(r.author(item)[1], speech, exact=True) for item in items)
    out = {}
    for item, author, role in read:
        role = role or by_author.get(author)
        if role is None:
            role = "viewer" if (labelled_seller or reviews or badged) and author else "unknown"
        out[item] = Speaker(role, author)
    return out


def _thread(r: TreeReading, posts: list[Post], owners: set[str]) -> dict[etree._Element, Speaker]:
    """Each post and reply of a forum thread (rules.posts) as its poster's: a badge (楼主,
    版主), the poster's name, or the shop's account; the others are buyers'. A thread that
    labels no post the seller's is left to the other readers (a review list, a 公告 list)."""
    flat, stack = [], list(posts)
    while stack:
        post = stack.pop()
        flat.append(post)
        stack.extend(post.replies)
    speech = r.speech
    read = [(post, label_role(post.badge, speech, exact=True) or label_role(post.author, speech)
             or _owners_account(post.author, owners, speech)) for post in flat]
    if not any(role in _SELLER_SIDE for _, role in read):
        return {}
    return {post.block: Speaker(role or "viewer", post.author) for post, role in read}


_ACCOUNT_SEPARATORS = " ·•・-_|:：()（）【】[]"


def _owners_account(author: str, owners: set[str], speech: Speech) -> str | None:
    """The room's own account speaks for the shop (anchor): an author that is part of a
    shop's name, or a shop's name and a seller-side role word (恒温优品家居·场控)."""
    if any(author in o for o in owners):
        return "anchor"
    for owner in (o for o in owners if len(o) >= 2 and o in author):
        rest = author.replace(owner, "").strip(_ACCOUNT_SEPARATORS)
        role = label_role(rest, speech) if rest else "anchor"
        if role in _SELLER_SIDE:
            return role
    return None


def annotate(root: etree._Element, speech: Speech, owners: set[str] | None = None
             ) -> dict[etree._Element, Speaker]:
    """Elements whose text a given speaker says: chat lines and platform regions (the tree
    is only read; rules.speaker_tree reads each element's cues, text and author once)."""
    out: dict[etree._Element, Speaker] = {}
    if not speech.roles:
        return out
    r = TreeReading(root, speech)
    names = owners or set()
    platform_cues = set(speech.attribute_cues.get("platform", ()))
    for el in r.chrome:
        if r.tokens[el] & platform_cues:
            out.setdefault(el, Speaker("platform"))
    for el in r.labelled:
        m = LABEL.match(el.text or "")
        if el not in out and m and label_role(m.group(1), speech) == "platform":
            out[el] = Speaker("platform")
    for el in r.parents:
        items = _chat_items(r, el)
        if items:
            for item, speaker in _chat(r, items, names, _reviews(r, el)).items():
                out.setdefault(item, speaker)
    for el in r.parents:
        posts = thread_posts(r, el)
        if posts:
            for item, speaker in _thread(r, posts, names).items():
                out.setdefault(item, speaker)
    for item, speaker in _short_lists(r, names).items():
        out.setdefault(item, speaker)
    for region, speaker in _review_regions(r, root).items():
        out.setdefault(region, speaker)
    _review_sections(r, root, out)
    return out
