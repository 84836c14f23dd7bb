"""A very small Mustache subset for the liangzhao family's page templates.

`{{name}}` is escaped, `{{{name}}}` is raw, `{{#name}}...{{/name}}` repeats for each item
of a list (or once for a true value, with the same context), `{{^name}}...{{/name}}` is
shown when the value is empty or false. Names look up the innermost context first; `.` is
the current item itself.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from html import escape

Context = Mapping[str, object]
_SECTION = re.compile(r"\{\{([#^])\s*([\w.]+)\s*\}\}(.*?)\{\{/\s*\2\s*\}\}", re.S)
_RAW = re.compile(r"\{\{\{\s*([\w.]+)\s*\}\}\}")
_VAR = re.compile(r"\{\{\s*([\w.]+)\s*\}\}")


def _lookup(name: str, stack: Sequence[object]) -> object:
    if name == ".":
        return stack[-1]
    for ctx in reversed(stack):
        if isinstance(ctx, Mapping) and name in ctx:
            return ctx[name]
    return ""


def _render(template: str, stack: list[object]) -> str:
    def section(m: re.Match[str]) -> str:
        kind, name, inner = m.group(1), m.group(2), m.group(3)
        value = _lookup(name, stack)
        if kind == "^":
            return _render(inner, stack) if not value else ""
        if isinstance(value, (list, tuple)):
            return "".join(_render(inner, [*stack, item]) for item in value)
        return _render(inner, [*stack, value]) if value else ""

    out = _SECTION.sub(section, template)
    out = _RAW.sub(lambda m: str(_lookup(m.group(1), stack)), out)
    return _VAR.sub(lambda m: escape(str(_lookup(m.group(1), stack))), out)


def render(template: str, context: Context) -> str:
    """The template filled from a context."""
    return _render(template, [context])
