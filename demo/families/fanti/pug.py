"""A small indentation markup (Pug/Jade-like) compiled to HTML: fanti's markup generator.

One node per line; its children are the lines indented under it (two spaces a level).
`tag.cls.cls#id(attr=value attr2=value2) text` opens an element (tag defaults to div);
`| text` is a text node; `! markup` is passed through as it is (doctype, style). Text is
escaped when compiled, so the family writes its wording into the source as it is.
"""

from __future__ import annotations

import re
from html import escape

_HEAD = re.compile(r"([a-z][a-z0-9-]*)?((?:[.#][\w-]+)*)(?:\(([^)]*)\))?(?: (.*))?$")
_VOID = frozenset({"meta", "img", "br", "hr", "link", "input"})


def _open(head: str) -> tuple[str, str, str]:
    """(tag, start tag, inline text) of one element line."""
    m = _HEAD.match(head)
    if not m:
        raise ValueError(f"pug: cannot read {head!r}")
    tag, marks, attrs, text = m.group(1) or "div", m.group(2), m.group(3), m.group(4) or ""
    parts = [tag]
    classes = [x[1:] for x in re.findall(r"[.#][\w-]+", marks) if x[0] == "."]
    ids = [x[1:] for x in re.findall(r"[.#][\w-]+", marks) if x[0] == "#"]
    if ids:
        parts.append(f'id="{ids[0]}"')
    if classes:
        parts.append(f'class="{" ".join(classes)}"')
    for pair in (attrs or "").split():
        key, _, value = pair.partition("=")
        parts.append(f'{key}="{escape(value)}"' if value else key)
    return tag, "<" + " ".join(parts) + ">", text


def compile_pug(source: str) -> str:
    """The HTML of an indented source."""
    out: list[str] = []
    stack: list[tuple[int, str]] = []
    for raw in source.splitlines():
        if not raw.strip():
            continue
        depth = len(raw) - len(raw.lstrip(" "))
        body = raw.strip()
        while stack and stack[-1][0] >= depth:
            out.append(f"</{stack.pop()[1]}>")
        if body.startswith("| "):
            out.append(escape(body[2:]))
        elif body.startswith("! "):
            out.append(body[2:])
        else:
            tag, start, text = _open(body)
            out.append(start + escape(text))
            if tag not in _VOID:
                stack.append((depth, tag))
    while stack:
        out.append(f"</{stack.pop()[1]}>")
    return "".join(out)


class Source:
    """Lines of indented source written one at a time: `src.add(level, head, text)`."""

    def __init__(self) -> None:
        self.lines: list[str] = []

    def add(self, level: int, head: str, text: str = "") -> None:
        """One element line; text is put on the line (no newlines in it)."""
        text = " ".join(text.split())
        self.lines.append("  " * level + head + (f" {text}" if text else ""))

    def text(self, level: int, text: str) -> None:
        """A bare text node."""
        self.lines.append("  " * level + "| " + " ".join(text.split()))

    def raw(self, level: int, markup: str) -> None:
        """Markup passed through."""
        self.lines.append("  " * level + "! " + markup)

    def html(self) -> str:
        return compile_pug("\n".join(self.lines))
