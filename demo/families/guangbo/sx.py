"""S-expression page notation read and rendered as HTML: guangbo's markup generator.

A page is written as text: `(tag.cls#id :attr "value" "text" (child ...))`. The first
symbol names the element (tag, then `.class` and `#id` marks), `:name value` pairs are
attributes, quoted strings are text (escaped when rendered) and lists are child elements.
`q(text)` quotes a Python string for the notation; `(raw "...")` passes markup through.
"""

from __future__ import annotations

import re
from html import escape

_TOKEN = re.compile(r'\s*(?:(\()|(\))|"((?:[^"\\]|\\.)*)"|([^\s()"]+))')
_VOID = frozenset({"meta", "img", "br", "hr", "link", "input"})
Node = list["Node | str | tuple[str]"]


def q(text: str) -> str:
    """A Python string as a quoted string of the notation."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _tokens(source: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    pos = 0
    while pos < len(source):
        m = _TOKEN.match(source, pos)
        if not m or m.end() == pos:
            if source[pos:].strip():
                raise ValueError(f"sx: cannot read at {source[pos:pos + 20]!r}")
            break
        pos = m.end()
        if m.group(1):
            out.append(("(", ""))
        elif m.group(2):
            out.append((")", ""))
        elif m.group(3) is not None:
            out.append(("str", re.sub(r"\\(.)", r"\1", m.group(3))))
        else:
            out.append(("sym", m.group(4)))
    return out


def _parse(tokens: list[tuple[str, str]], i: int) -> tuple[Node, int]:
    node: Node = []
    while i < len(tokens):
        kind, value = tokens[i]
        if kind == "(":
            child, i = _parse(tokens, i + 1)
            node.append(child)
        elif kind == ")":
            return node, i + 1
        else:
            node.append((value,) if kind == "sym" else value)
            i += 1
    return node, i


def _render(node: Node) -> str:
    head = node[0]
    assert isinstance(head, tuple), node
    marks = re.findall(r"[.#]?[^.#]+", head[0])
    tag = marks[0]
    if tag == "raw":
        return "".join(str(x) for x in node[1:])
    attrs = [f'id="{m[1:]}"' for m in marks[1:] if m[0] == "#"]
    classes = [m[1:] for m in marks[1:] if m[0] == "."]
    if classes:
        attrs.append(f'class="{" ".join(classes)}"')
    inner: list[str] = []
    rest = node[1:]
    k = 0
    while k < len(rest):
        part = rest[k]
        if isinstance(part, tuple) and part[0].startswith(":"):
            value = rest[k + 1]
            text = value[0] if isinstance(value, tuple) else str(value)
            attrs.append(f'{part[0][1:]}="{escape(text)}"')
            k += 2
            continue
        inner.append(_render(part) if isinstance(part, list) else escape(str(part)))
        k += 1
    start = "<" + " ".join([tag, *attrs]) + ">"
    return start if tag in _VOID else f"{start}{''.join(inner)}</{tag}>"


def render(source: str) -> str:
    """The HTML of one or more top-level expressions."""
    tree, _ = _parse(_tokens(source), 0)
    return "".join(_render(n) for n in tree if isinstance(n, list))
