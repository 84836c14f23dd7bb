"""Markup as nested tuples (hiccup style), rendered to HTML: the bzlive family's generator.

A node is a string (text, escaped) or a tuple `(spec, attrs?, *children)` where spec is
`tag`, `tag.class`, `tag.class.other` or `tag#id.class`; attrs, when present, is a dict
(None or False drops an attribute, True writes it bare). Lists among the children are
spliced in, so a comprehension can sit in a tree.
"""

from __future__ import annotations

import re
from html import escape

VOID = frozenset({"meta", "img", "link", "br", "input", "hr"})
SPEC = re.compile(r"^([a-z][a-z0-9-]*)((?:[#.][A-Za-z0-9_-]+)*)$")
Node = str | tuple | list


def _attrs(spec: str, attrs: dict[str, object]) -> str:
    match = SPEC.match(spec)
    if match is None:
        raise ValueError(f"bad node spec {spec!r}")
    classes = [part[1:] for part in re.findall(r"[#.][A-Za-z0-9_-]+", match.group(2))
               if part[0] == "."]
    ids = [part[1:] for part in re.findall(r"#[A-Za-z0-9_-]+", match.group(2))]
    merged: dict[str, object] = {}
    if ids:
        merged["id"] = ids[0]
    if classes:
        merged["class"] = " ".join(classes)
    merged.update(attrs)
    out = []
    for key, value in merged.items():
        if value is None or value is False:
            continue
        out.append(f" {key}" if value is True else f' {key}="{escape(str(value))}"')
    return "".join(out)


def render(node: Node) -> str:
    """The HTML of one node and everything under it."""
    if isinstance(node, str):
        return escape(node, quote=False)
    if isinstance(node, list):
        return "".join(render(child) for child in node)
    spec, *rest = node
    attrs: dict[str, object] = rest.pop(0) if rest and isinstance(rest[0], dict) else {}
    tag = spec.split(".", 1)[0].split("#", 1)[0]
    head = f"<{tag}{_attrs(spec, attrs)}>"
    if tag in VOID:
        return head
    return head + "".join(render(child) for child in rest) + f"</{tag}>"


def raw_script(src: str) -> str:
    """A script element loading `src` (deferred)."""
    return f'<script defer src="{escape(src)}"></script>'
