"""A tiny indentation template language for the yaofang family (Pug/Slim-like), and its compiler.

One element per line, children indented by two spaces:

    div.RxCard(data-kind=kind)      tag, .classes, (attr="literal" or attr=key)
      h3.RxCardName= name           "= key": the context value, escaped
      p.RxCardNote 仅限药店销售      literal text after a space
      div.RxSlot!= rows             "!= key": pre-rendered markup from the context
    | a bare text line

Missing keys are errors (KeyError), so a template never renders half filled.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from html import escape

VOID = frozenset({"meta", "img", "br", "link", "input", "hr"})
_HEAD = re.compile(r"(?P<tag>[a-z][a-z0-9]*)(?P<cls>(?:\.[A-Za-z][\w-]*)*)"
                   r"(?:\((?P<attrs>[^)]*)\))?(?P<rest>.*)$")
_ATTR = re.compile(r'([\w-]+)=(?:"([^"]*)"|([\w.]+))')


def _attrs(spec: str, context: Mapping[str, object]) -> str:
    out = []
    for name, literal, key in _ATTR.findall(spec):
        value = literal if not key else str(context[key])
        out.append(f' {name}="{escape(value)}"')
    return "".join(out)


def _text(rest: str, context: Mapping[str, object]) -> str:
    if rest.startswith("!="):
        return str(context[rest[2:].strip()])
    if rest.startswith("="):
        return escape(str(context[rest[1:].strip()]))
    return escape(rest[1:]) if rest.startswith(" ") else ""


def render(template: str, context: Mapping[str, object]) -> str:
    """The markup of a template filled from context."""
    out: list[str] = []
    stack: list[tuple[int, str]] = []  # (indent, closing tag) of open elements
    for raw in template.splitlines():
        if not raw.strip():
            continue
        indent = len(raw) - len(raw.lstrip(" "))
        line = raw.strip()
        while stack and stack[-1][0] >= indent:
            out.append(stack.pop()[1])
        if line.startswith("|"):
            out.append(_text(line[1:], context))
            continue
        m = _HEAD.match(line)
        if m is None:
            raise ValueError(f"not a template line: {line!r}")
        tag, rest = m["tag"], m["rest"]
        classes = " ".join(c for c in m["cls"].split(".") if c)
        cls = f' class="{classes}"' if classes else ""
        out.append(f"<{tag}{cls}{_attrs(m['attrs'] or '', context)}>{_text(rest, context)}")
        if tag not in VOID:
            stack.append((indent, f"</{tag}>"))
    out.extend(closing for _, closing in reversed(stack))
    return "".join(out)
