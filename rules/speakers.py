"""Who says each part of a page: chat lines and their speakers, and the platform's own regions.

Read from structure, in any markup: a chat is a run of three or more sibling items that
each carry a short author element (or an "author：text" prefix); a speaker's role comes
from a badge or label (主播, 场控, 系统消息 …; an image badge by its alt text, a level
after its word kept: 粉丝团6级), from role-like attribute tokens (class,
data-*, role: "msg-system", "badge host"), or, in a chat where the seller's lines are
labelled, from the absence of a label (a viewer). A review list (marked so, or under a
评价 heading) is the buyers' however short: one review is a buyer's too; so is a whole
review region (a block marked so, or opening with a 用户评价 heading), save the seller's
replies in it. A block that
opens with a platform notice label (平台提醒：, 抖音官方提示：) and a page-chrome region
(header, nav, footer, aside) whose attributes mark it official belong to the platform.
Every word list is `speech` data from the packs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from lxml import etree

from rules.speech import Speech

_TOKEN = re.compile(r"[a-z]+")
_SPACE = re.compile(r"\s+")
_LEADING_TIME = re.compile(r"^\s*\d{1,2}:\d{2}(:\d{2})?\s*")
_TIME = re.compile(r"^\s*\[?\d{1,2}:\d{2}(:\d{2})?\]?\s*$")
_SEPARATOR = re.compile(r"^[：:｜|]+$")  # an element between a line's author and its words
_ACCESSIBLE = ("alt", "title", "aria-label")  # the text of a wordless badge (an image's alt)
_LABEL = re.compile(r"^\s*[【\[（(]?([^：:】\]）)\s]{1,16})[】\]）)]?\s*[：:】\]）)]")
_CHROME_XPATH = ("descendant-or-self::*[self::header or self::nav or self::footer or self::aside"
                 " or @role='banner' or @role='navigation' or @role='contentinfo'"
                 " or @role='complementary']")
_LABELLED_XPATH = ("descendant-or-self::*[contains(text(), '：') or contains(text(), ':')"
                   " or contains(text(), '】')]")
_PARENT_XPATH = "descendant-or-self::*[count(*) >= 3]"
_BLOCK_TAGS = frozenset({"div", "p", "li", "ul", "ol", "dl", "section", "article", "table"})
_ITEM_MAX = 300  # characters: longer siblings are articles, not chat lines
_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_SELLER_SIDE = ("seller", "anchor", "assistant")
MIN_CHAT_ITEMS = 3
# Blocks that may hold a list too short for a chat: fewer than MIN_CHAT_ITEMS items, after a
# heading of their own if they open with one (_short_lists applies the rule; this only
# leaves out the blocks that cannot pass it).
_SHORT_LIST_XPATH = ("descendant-or-self::*[(self::ul or self::ol or self::dl or self::div"
                     f" or self::section) and count(*) >= 1 and count(*) <= {MIN_CHAT_ITEMS}]")
SAMPLE = 6  # items read before a long run of siblings is taken for a chat


@dataclass(frozen=True)
class Speaker:
    """The role of an element's text and, for a chat line, its author's name."""

    role: str
    author: str = ""


_UNSHOWN = ("style", "script", "noscript")  # text a browser never shows (a shadow root's CSS)


def _text(el: etree._Element) -> str:
    if next(el.iter(*_UNSHOWN), None) is None:
        return _SPACE.sub(" ", "".join(el.itertext())).strip()
    out, skip = [], 0
    for event, node in etree.iterwalk(el, events=("start", "end")):
        unshown = node.tag in _UNSHOWN
        if event == "start":
            skip += unshown
            if not skip and node.text:
                out.append(node.text)
        else:
            skip -= unshown
            if not skip and node is not el and node.tail:
                out.append(node.tail)
    return _SPACE.sub(" ", "".join(out)).strip()


def _tokens(el: etree._Element) -> set[str]:
    words = " ".join(v for k, v in el.attrib.items()
                     if k in ("class", "role", "id") or k.startswith(("data-", "aria-")))
    return set(_TOKEN.findall(words.lower().replace("_", " ").replace("-", " ")))


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


def _cue_role(el: etree._Element, speech: Speech) -> str | None:
    found = set()
    for node in el.iter():
        if isinstance(node.tag, str):
            found |= _tokens(node)
    for role in ("platform", "anchor", "assistant", "viewer"):
        if found & set(speech.attribute_cues.get(role, ())):
            return role
    return None


def _author(item: etree._Element) -> tuple[str, str]:
    """(author, badge text) of a chat item: its first short text element that is not a time
    or a separator ("："). The badge text holds the short text elements before the words and
    the accessible text of wordless elements (an image badge's alt "粉丝团6级")."""
    parts = [c for c in item.iter() if isinstance(c.tag, str) and c is not item
             and (c.text or "").strip() and len(c) == 0 and c.tag not in _UNSHOWN]
    texts = [(c, _SPACE.sub(" ", c.text or "").strip()) for c in parts]
    texts = [(c, t) for c, t in texts if not _TIME.match(t) and not _SEPARATOR.match(t)]
    icons = [t for t in (_badge_text(c) for c in item.iter() if c is not item) if t]
    if len(texts) >= 2 and len(texts[0][1]) <= 24:
        badge = " ".join([*icons, *(t for _, t in texts[:-1] if len(t) <= 8)])
        names = [t for _, t in texts[:-1]]
        return names[-1], badge
    whole = _text(item)
    m = _LABEL.match(_LEADING_TIME.sub("", whole))
    return (m.group(1), " ".join(icons)) if m else ("", "")


def _badge_text(el: etree._Element) -> str:
    """The accessible text (alt, title, aria-label) of a short wordless element (a badge)."""
    if not isinstance(el.tag, str) or not any(el.get(a) for a in _ACCESSIBLE) or _text(el):
        return ""
    text = next(_SPACE.sub(" ", el.get(a, "")).strip() for a in _ACCESSIBLE if el.get(a))
    return text if len(text) <= 8 else ""


def _reviews(parent: etree._Element, speech: Speech) -> bool:
    """A list of buyers' reviews: marked by its container's attributes or its heading."""
    for node in (parent, *parent.iterancestors()):
        if _tokens(node) & set(speech.review_cues):
            return True
        if node.tag in ("body", "html"):
            break
    heading = parent.getprevious()
    return heading is not None and any(w in _text(heading)[:30] for w in speech.review_words)


def _headed_reviews(el: etree._Element, speech: Speech) -> bool:
    """A block whose first child is a short heading naming reviews (用户评价, 买家秀)."""
    first = next((c for c in el if isinstance(c.tag, str)), None)
    if first is None or first.tag not in _HEADING_TAGS:
        return False
    heading = _text(first)
    return len(heading) <= 12 and any(w in heading for w in speech.review_words)


def _review_regions(root: etree._Element, speech: Speech) -> dict[etree._Element, Speaker]:
    """Buyers' review regions, however their items are marked up: a block whose own
    attributes mark it a review list, or which opens with a review heading, is the buyers'
    (role viewer) as a whole; inside it a seller's reply (掌柜回复：, 商家回复：) is the
    seller's. The page's title block (its h1) is never a review region."""
    out: dict[etree._Element, Speaker] = {}
    cues = set(speech.review_cues)
    for el in root.iter(*_BLOCK_TAGS):
        if el.tag in ("body", "html") or any(a in out for a in el.iterancestors()):
            continue
        if not (_tokens(el) & cues or _headed_reviews(el, speech)) or el.find(".//h1") is not None:
            continue
        out[el] = Speaker("viewer")
        for node in el.iter():
            m = _LABEL.match(node.text or "") if isinstance(node.tag, str) else None
            role = label_role(m.group(1), speech) if m else None
            if m and role in _SELLER_SIDE:
                reply = node if len(_text(node)) > len(m.group(0).strip()) else node.getparent()
                out[reply if reply is not None else node] = Speaker(role or "seller")
    return out


def _short_lists(root: etree._Element, speech: Speech) -> dict[etree._Element, Speaker]:
    """Lists too short for a chat: one or two buyers' reviews under 买家评价, each a buyer's
    unless a seller label (掌柜回复) or cue says otherwise; one or two lines of a chat panel
    (marked chat, or under a chat heading), each its badge's or label's speaker's."""
    out: dict[etree._Element, Speaker] = {}
    for parent in root.xpath(_SHORT_LIST_XPATH):
        items = [c for c in parent if isinstance(c.tag, str)]
        headed = bool(items) and items[0].tag in _HEADING_TAGS
        if headed:
            items = items[1:]  # a thread's own title (留言 · 2) heads it
        if (not items or len(items) >= MIN_CHAT_ITEMS or any(_holds_list(k) for k in items)
                or any(k.tag not in _BLOCK_TAGS for k in items)):
            continue  # a line's own spans (author, text) are no list
        reviews = _reviews(parent, speech)
        if reviews and (headed or parent.tag == "section"):
            continue  # a titled review block is a review region as a whole (_review_regions)
        if not reviews and not _chat_marked(parent, speech):
            continue
        read: list[tuple[etree._Element, str, str | None]] = []
        for item in items:
            if not _text(item) or len(_text(item)) > _ITEM_MAX:
                continue
            author, badge = _author(item)
            if not reviews and not author:
                continue
            read.append((item, author, _cue_role(item, speech)
                         or label_role(badge, speech, exact=True)
                         or (label_role(author, speech) if author else None)))
        # a thread that labels the seller's replies (卖家, is-seller) leaves the rest to buyers
        labelled_seller = any(r in _SELLER_SIDE for _, _, r in read)
        for item, author, role in read:
            out[item] = Speaker(role or ("viewer" if reviews or labelled_seller else "unknown"),
                                author)
    return out


def _chat_marked(parent: etree._Element, speech: Speech) -> bool:
    """A container marked as a chat by its (or an ancestor's) attributes or its heading."""
    for node in (parent, *parent.iterancestors()):
        if _tokens(node) & set(speech.chat_cues):
            return True
        if node.tag in ("body", "html"):
            break
    first = next((c for c in parent if isinstance(c.tag, str)), None)
    heading = first if first is not None and first.tag in _HEADING_TAGS else parent.getprevious()
    return heading is not None and any(w in _text(heading)[:30] for w in speech.chat_words)


def _chat_like(parent: etree._Element, items: list[etree._Element], speech: Speech) -> bool:
    """Times or "author：" prefixes on most items, a chat container, or a chat heading."""
    timed = sum(1 for k in items if any(_TIME.match(c.text or "") or c.tag == "time"
                                        for c in k.iter() if isinstance(c.tag, str)))
    prefixed = sum(1 for k in items if _LABEL.match(_text(k)))
    if max(timed, prefixed) * 2 >= len(items):
        return True
    if any(label_role(_author(k)[1], speech, exact=True) for k in items):
        return True  # speaker badges (主播, 场控, 系统消息) on the lines
    return _chat_marked(parent, speech)


def _holds_list(item: etree._Element) -> bool:
    """The item, or a block in it, holds rows: two or more block children of one tag (a
    nested list). A chat line never does (its author, badge and time are inline or one
    header row above its text); a page's layout block (a chat panel, a product grid) does."""
    for block in item.iter(*_BLOCK_TAGS):
        tags = [c.tag for c in block if isinstance(c.tag, str) and c.tag in _BLOCK_TAGS]
        if any(tags.count(t) >= 2 for t in set(tags)):
            return True
    return False


def _chat_items(parent: etree._Element, speech: Speech) -> list[etree._Element]:
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
    if sum(1 for k in sample if _author(k)[0]) * 2 < len(sample):
        return []  # chat lists are uniform: the first lines tell
    if any(len(_text(k)) > _ITEM_MAX or _holds_list(k) for k in items):
        return []  # articles, or page blocks that hold lists of their own: layout, no chat
    with_author = sum(1 for k in items if _author(k)[0])
    if with_author * 2 < len(items):
        return []
    return items if _reviews(parent, speech) or _chat_like(parent, items, speech) else []


def _chat(items: list[etree._Element], speech: Speech, owners: set[str],
          reviews: bool = False) -> dict[etree._Element, Speaker]:
    read: list[tuple[etree._Element, str, str | None]] = []
    for item in items:
        author, badge = _author(item)
        role = (_cue_role(item, speech) or label_role(badge, speech, exact=True)
                or label_role(author, speech))
        if role is None and len(author) >= 2 and any(author in o for o in owners):
            role = "anchor"  # the room's own account speaks for the shop
        read.append((item, author, role))
    by_author = {a: r for _, a, r in read if a and r}
    labelled_seller = any(r in ("seller", "anchor", "assistant") for _, _, r in read)
    # a chat that badges its speakers (粉丝团, 系统) would badge the seller's side too
    badged = any(label_role(_author(item)[1], speech, exact=True) for item in items)
    out = {}
    for item, author, role in read:
        role = role or by_author.get(author)
        if role is None:
            role = "viewer" if (labelled_seller or reviews or badged) and author else "unknown"
        out[item] = Speaker(role, author)
    return out


def annotate(root: etree._Element, speech: Speech, owners: set[str] | None = None
             ) -> dict[etree._Element, Speaker]:
    """Elements whose text a given speaker says: chat lines and platform regions."""
    out: dict[etree._Element, Speaker] = {}
    if not speech.roles:
        return out
    names = owners or set()
    platform_cues = set(speech.attribute_cues.get("platform", ()))
    for el in root.xpath(_CHROME_XPATH):
        if _tokens(el) & platform_cues:
            out.setdefault(el, Speaker("platform"))
    for el in root.xpath(_LABELLED_XPATH):
        m = _LABEL.match(el.text or "")
        if el not in out and m and label_role(m.group(1), speech) == "platform":
            out[el] = Speaker("platform")
    for el in root.xpath(_PARENT_XPATH):
        items = _chat_items(el, speech)
        if items:
            for item, speaker in _chat(items, speech, names, _reviews(el, speech)).items():
                out.setdefault(item, speaker)
    for item, speaker in _short_lists(root, speech).items():
        out.setdefault(item, speaker)
    for region, speaker in _review_regions(root, speech).items():
        out.setdefault(region, speaker)
    return out
