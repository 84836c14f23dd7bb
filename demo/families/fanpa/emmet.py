"""Emmet-style abbreviations expanded to HTML: fanpa's markup generator.

`em("div.fp-card>h3{%}+p.fp-price{%}", name, price)`: `>` nests, `+` adds a sibling,
`(...)` groups, `.cls` / `#id` / `[attr=value ...]` mark an element, `{text}` is its text.
Every `%` in a text or an attribute value takes the next argument, escaped; a `raw{%}`
element passes its argument through unescaped (an already expanded fragment).
"""

from __future__ import annotations

import re
from html import escape

_VOID = frozenset({"meta", "img", "br", "hr", "link", "input"})
_NAME = re.compile(r"[a-zA-Z][\w-]*")


class _Reader:
    def __init__(self, text: str, args: tuple[str, ...]) -> None:
        self.text, self.pos, self.args = text, 0, list(args)

    def peek(self) -> str:
        return self.text[self.pos] if self.pos < len(self.text) else ""

    def fill(self, chunk: str, *, raw: bool = False) -> str:
        out = []
        for part in re.split(r"(%)", chunk):
            if part == "%":
                value = self.args.pop(0)
                out.append(value if raw else escape(value))
            else:
                out.append(part if raw else escape(part))
        return "".join(out)

    def until(self, end: str) -> str:
        stop = self.text.index(end, self.pos)
        chunk, self.pos = self.text[self.pos:stop], stop + 1
        return chunk

    def name(self) -> str:
        m = _NAME.match(self.text, self.pos)
        if not m:
            return ""
        self.pos = m.end()
        return m.group(0)


def _seq(r: _Reader) -> str:
    out = [_chain(r)]
    while r.peek() == "+":
        r.pos += 1
        out.append(_chain(r))
    return "".join(out)


def _chain(r: _Reader) -> str:
    if r.peek() == "(":
        r.pos += 1
        inner = _seq(r)
        assert r.peek() == ")", r.text
        r.pos += 1
        return inner
    tag = r.name() or "div"
    ids, classes, attrs, text = [], [], [], ""
    while r.peek() in (".", "#"):
        mark = r.peek()
        r.pos += 1
        (classes if mark == "." else ids).append(r.name())
    if r.peek() == "[":
        r.pos += 1
        for pair in re.findall(r'([\w:-]+)(?:="([^"]*)"|=(\S+))?', r.until("]")):
            key, quoted, bare = pair
            value = quoted or bare
            attrs.append(f'{key}="{r.fill(value)}"' if value else key)
    if r.peek() == "{":
        r.pos += 1
        text = r.fill(r.until("}"), raw=tag == "raw")
    children = ""
    if r.peek() == ">":
        r.pos += 1
        children = _seq(r)
    if tag == "raw":
        return text + children
    marks = ([f'id="{ids[0]}"'] if ids else []) + (
        [f'class="{" ".join(classes)}"'] if classes else []) + attrs
    start = "<" + " ".join([tag, *marks]) + ">"
    return start if tag in _VOID else f"{start}{text}{children}</{tag}>"


def em(abbreviation: str, *args: str) -> str:
    """The HTML of one abbreviation, its `%` filled from args in order."""
    r = _Reader(abbreviation, args)
    html = _seq(r)
    if r.pos != len(abbreviation) or r.args:
        raise ValueError(f"emmet: unread {abbreviation[r.pos:]!r} or args {r.args}")
    return html
