"""JsonML: markup as nested lists, `["tag", {attrs}, child, ...]`, rendered to HTML.

shouqi's pages are data before they are markup, as some site builders store them: every
element a list whose first member is the tag, an optional attribute dict second, then its
children (lists or strings, strings escaped). `RawText` marks a script body written as is.
"""

from __future__ import annotations

from html import escape
from typing import Any

VOID = frozenset({"meta", "link", "img", "br", "hr", "input"})


class RawText(str):
    """A string written without escaping (script and style bodies)."""


def render(ml: Any) -> str:
    """The HTML of one JsonML node (a list) or text (a string)."""
    if isinstance(ml, RawText):
        return str(ml)
    if isinstance(ml, str):
        return escape(ml, quote=False)
    tag, rest = ml[0], list(ml[1:])
    attrs: dict[str, Any] = rest.pop(0) if rest and isinstance(rest[0], dict) else {}
    out = "".join(f" {k}" if v is True else f' {k}="{escape(str(v))}"'
                  for k, v in attrs.items() if v is not False and v is not None)
    if tag in VOID:
        return f"<{tag}{out}>"
    return f"<{tag}{out}>{''.join(render(c) for c in rest)}</{tag}>"


def page(ml: Any) -> bytes:
    """A whole document from its ["html", ...] node."""
    return ("<!DOCTYPE html>\n" + render(ml)).encode()
