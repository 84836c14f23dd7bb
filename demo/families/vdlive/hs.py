"""A hyperscript markup generator: `h(tag, attrs, *children)` builds a node, `html(node)` writes it.

vdlive's pages are written the way a virtual-DOM framework writes them: nested calls of `h`
with an attribute dict (`class` given as a list, booleans as True), children strings escaped.
The room's script (room.js) uses the same `h` shape in the browser to draw the chat.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html import escape

VOID = frozenset({"meta", "link", "img", "br", "hr", "input", "source"})
Attrs = dict[str, "str | bool | list[str]"]


@dataclass(frozen=True)
class Node:
    """An element: tag, attributes and children (nodes or text)."""

    tag: str
    attrs: Attrs = field(default_factory=dict)
    children: tuple[Node | Raw | str, ...] = ()


@dataclass(frozen=True)
class Raw:
    """Text written as is (a script or style body)."""

    text: str


def h(tag: str, attrs: Attrs | None = None, *children: Node | Raw | str) -> Node:
    """A node; `attrs` may be omitted as None."""
    return Node(tag, dict(attrs or {}), tuple(children))


def _attr(key: str, value: str | bool | list[str]) -> str:
    if value is True:
        return f" {key}"
    if value is False:
        return ""
    text = " ".join(value) if isinstance(value, list) else value
    return f' {key}="{escape(text)}"'


def html(node: Node | Raw | str) -> str:
    """The markup of a node."""
    if isinstance(node, Raw):
        return node.text
    if isinstance(node, str):
        return escape(node, quote=False)
    attrs = "".join(_attr(k, v) for k, v in node.attrs.items())
    if node.tag in VOID:
        return f"<{node.tag}{attrs}>"
    return f"<{node.tag}{attrs}>{''.join(html(c) for c in node.children)}</{node.tag}>"


def document(lang: str, head: list[Node], body: Node) -> bytes:
    """A whole page."""
    return ("<!DOCTYPE html>" + html(h("html", {"lang": lang}, h("head", None, *head), body))
            ).encode()
