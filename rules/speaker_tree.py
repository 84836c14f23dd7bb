"""One page tree as the speaker reading (rules/speakers.py) asks about it, each answer once.

`TreeReading` walks the tree down once for every element's attribute tokens and whether a
review or chat cue marks it or an ancestor (up to body), and keeps each element's text,
chat author, text size and list shape as they are first asked for, so no question walks
an element's ancestors again or a subtree more than once (sizes and shapes are summed
from the children's). One reading per `annotate` call: nothing outlives it.
"""

from __future__ import annotations

import re

from lxml import etree

from rules.speech import Speech

_TOKEN = re.compile(r"[a-z]+")
_SPACE = re.compile(r"\s+")
_LEADING_TIME = re.compile(r"^\s*\d{1,2}:\d{2}(:\d{2})?\s*")
TIME = re.compile(r"^\s*\[?\d{1,2}:\d{2}(:\d{2})?\]?\s*$")
_SEPARATOR = re.compile(r"^[：:｜|]+$")  # an element between a line's author and its words
_ACCESSIBLE = ("alt", "title", "aria-label")  # the text of a wordless badge (an image's alt)
LABEL = re.compile(r"^\s*[【\[（(]?([^：:】\]）)\s]{1,16})[】\]）)]?\s*[：:】\]）)]")
BLOCK_TAGS = frozenset({"div", "p", "li", "ul", "ol", "dl", "section", "article", "table"})
_STOPS = ("body", "html")  # a cue is looked for on an element and its ancestors up to these
_NONE: frozenset[str] = frozenset()
_CHROME_TAGS = frozenset({"header", "nav", "footer", "aside"})
_CHROME_ROLES = frozenset({"banner", "navigation", "contentinfo", "complementary"})
_SHORT_LIST_TAGS = frozenset({"ul", "ol", "dl", "div", "section"})
MIN_CHAT_ITEMS = 3


_UNSHOWN = ("style", "script", "noscript")  # text a browser never shows (a shadow root's CSS)


def element_text(el: etree._Element) -> str:
    """An element's shown text (no style or script), whitespace runs as one space, trimmed."""
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


def tokens(el: etree._Element, seen: dict[str, frozenset[str]] | None = None
           ) -> frozenset[str]:
    """The words of an element's role-like attributes (class, role, id, data-*, aria-*);
    `seen` keeps the words of attribute values already read (a page repeats its classes)."""
    if not len(el.attrib):
        return _NONE
    words = " ".join(v for k, v in el.attrib.items()
                     if k in ("class", "role", "id") or k.startswith(("data-", "aria-")))
    found = seen.get(words) if seen is not None else None
    if found is None:
        found = frozenset(_TOKEN.findall(words.lower().replace("_", " ").replace("-", " ")))
        if seen is not None:
            seen[words] = found
    return found


def _marked(el: etree._Element, cues: frozenset[str]) -> bool:
    """A cue on the element or an ancestor, up to and including body (or html)."""
    for node in (el, *el.iterancestors()):
        if tokens(node) & cues:
            return True
        if node.tag in _STOPS:
            break
    return False


def _kids(el: etree._Element) -> list[etree._Element]:
    return [c for c in el if isinstance(c.tag, str)]


class TreeReading:
    """The speaker reading's questions about one tree (rooted at `root`), each answered once."""

    def __init__(self, root: etree._Element, speech: Speech) -> None:
        self.speech = speech
        review, chat = frozenset(speech.review_cues), frozenset(speech.chat_cues)
        self.tokens: dict[etree._Element, frozenset[str]] = {}
        self.review_marked: dict[etree._Element, bool] = {}  # a review cue on it or above
        self.chat_marked: dict[etree._Element, bool] = {}  # a chat cue on it or above
        self._texts: dict[etree._Element, str] = {}
        self._authors: dict[etree._Element, tuple[str, str]] = {}
        self._sizes: dict[etree._Element, tuple[int, int, bool]] = {}
        self.chrome: list[etree._Element] = []  # header, nav, footer, aside (by tag or role)
        self.labelled: list[etree._Element] = []  # own text holding a label's end mark
        kids: dict[etree._Element, int] = {}  # element children
        seen: dict[str, frozenset[str]] = {}
        marks_review, marks_chat = self.review_marked, self.chat_marked
        for el in root.iter(etree.Element):  # elements in document order: parents first
            tag = el.tag
            own = self.tokens[el] = tokens(el, seen)
            kids[el] = 0
            if tag in _CHROME_TAGS or (own and el.get("role") in _CHROME_ROLES):
                self.chrome.append(el)  # (a chrome role is a word: its tokens are not empty)
            text = el.text  # a label's end in its own text: 主播：, 【系统】
            if text and ("：" in text or ":" in text or "】" in text):
                self.labelled.append(el)
            if el is root:
                marks_review[el], marks_chat[el] = _marked(el, review), _marked(el, chat)
                continue
            parent = el.getparent()
            kids[parent] += 1
            up = tag not in _STOPS
            marks_review[el] = bool(own & review) or (up and marks_review[parent])
            marks_chat[el] = bool(own & chat) or (up and marks_chat[parent])

        # In document order: the elements that may hold a chat (MIN_CHAT_ITEMS or more element
        # children), and the blocks that may hold a list too short for one (fewer items, after
        # a heading of their own if they open with one: speakers._short_lists applies the
        # rule; this only leaves out the blocks that cannot pass it).
        self.parents = [el for el, n in kids.items() if n >= MIN_CHAT_ITEMS]
        self.short = [el for el, n in kids.items()
                      if 1 <= n <= MIN_CHAT_ITEMS and el.tag in _SHORT_LIST_TAGS]

    def text(self, el: etree._Element) -> str:
        """`element_text`, once per element."""
        if el not in self._texts:
            self._texts[el] = element_text(el)
        return self._texts[el]

    def cue_words(self, el: etree._Element) -> frozenset[str]:
        """The attribute tokens of an element and everything in it."""
        found: set[str] = set()
        for node in el.iter():
            if isinstance(node.tag, str):
                found |= self.tokens[node] if node in self.tokens else tokens(node)
        return frozenset(found)

    def _size(self, item: etree._Element) -> tuple[int, int, bool]:
        """(characters of text, of them not whitespace, whether it holds rows) of an element,
        summed from its children's, each element's computed once."""
        sizes = self._sizes
        if item in sizes:
            return sizes[item]
        stack: list[tuple[etree._Element, list[etree._Element] | None]] = [(item, None)]
        while stack:
            el, kids = stack.pop()
            if kids is None:
                kids = _kids(el)
                stack.append((el, kids))
                stack.extend((k, None) for k in kids if k not in sizes)
                continue
            raw, solid = len(el.text or ""), _solid(el.text)
            for child in el:
                if isinstance(child.tag, str) and child.tag not in _UNSHOWN:
                    raw, solid = raw + sizes[child][0], solid + sizes[child][1]
                raw, solid = raw + len(child.tail or ""), solid + _solid(child.tail)
            tags = [k.tag for k in kids if k.tag in BLOCK_TAGS] if el.tag in BLOCK_TAGS else []
            rows = len(tags) > len(set(tags))  # two block children of one tag
            sizes[el] = (raw, solid, rows or any(sizes[k][2] for k in kids))
        return sizes[item]

    def longer_than(self, el: etree._Element, most: int) -> bool:
        """len(self.text(el)) > most, mostly read from the summed sizes."""
        raw, solid, _ = self._size(el)
        if solid > most:
            return True
        return raw > most and len(self.text(el)) > most

    def holds_list(self, item: etree._Element) -> bool:
        """The item, or a block in it, holds rows: two or more block children of one tag (a
        nested list). A chat line never does (its author, badge and time are inline or one
        header row above its text); a page's layout block (a chat panel, a product grid) does."""
        return self._size(item)[2]

    def author(self, item: etree._Element) -> tuple[str, str]:
        """(author, badge text) of a chat item: its first short text element that is not a
        time or a separator ("："). The badge text holds the short text elements before the
        words and the accessible text of wordless elements (an image badge's alt "粉丝团6级")."""
        if item not in self._authors:
            self._authors[item] = self._read_author(item)
        return self._authors[item]

    def author_without(self, item: etree._Element, inner: list[etree._Element]
                       ) -> tuple[str, str]:
        """(author, badge text) of a comment read without the replies it holds (`inner`)."""
        skipped = {el for reply in inner for el in reply.iter()}
        return self._read_author(item, skipped)

    def _read_author(self, item: etree._Element, skipped: set[etree._Element] | None = None
                     ) -> tuple[str, str]:
        parts = [c for c in item.iter() if isinstance(c.tag, str) and c is not item
                 and (c.text or "").strip() and len(c) == 0 and c.tag not in _UNSHOWN
                 and not (skipped and c in skipped)]
        texts = [(c, _SPACE.sub(" ", c.text or "").strip()) for c in parts]
        texts = [(c, t) for c, t in texts if not TIME.match(t) and not _SEPARATOR.match(t)]
        icons = [t for t in (self._badge_text(c) for c in item.iter()
                             if c is not item and not (skipped and c in skipped)) if t]
        if len(texts) >= 2 and len(texts[0][1]) <= 24:
            badge = " ".join([*icons, *(t for _, t in texts[:-1] if len(t) <= 8)])
            names = [t for _, t in texts[:-1]]
            # a role badge after a name (明目健康馆 作者) is the badge, not the author
            if len(names) >= 2 and names[-1] in self.speech.role_words and _WORDY.search(names[-2]):
                return names[-2], badge
            return names[-1], badge
        if len(texts) == 1 and skipped:  # a comment's header row alone: its author's name
            return texts[0][1], " ".join(icons)
        m = LABEL.match(_LEADING_TIME.sub("", self.text(item)))
        return (m.group(1), " ".join(icons)) if m else ("", "")

    def _badge_text(self, el: etree._Element) -> str:
        """The accessible text (alt, title, aria-label) of a short wordless element (a badge)."""
        if not isinstance(el.tag, str) or not any(el.get(a) for a in _ACCESSIBLE) or self.text(el):
            return ""
        text = next(_SPACE.sub(" ", el.get(a, "")).strip() for a in _ACCESSIBLE if el.get(a))
        return text if len(text) <= 8 else ""


_WORDY = re.compile(r"[\u4e00-\u9fffA-Za-z]")  # a name has words (a time or a count has none)


def _solid(text: str | None) -> int:
    """Characters of a text that are not whitespace."""
    return sum(map(len, text.split())) if text else 0
