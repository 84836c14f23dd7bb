"""Server Side Includes-style directives expanded in Python: jiazai's markup generator.

Templates are HTML with SSI comments, as old shop systems wrote them:
`<!--#echo var="name" -->` writes a variable (escaped; `encoding="none"` writes it as is),
`<!--#include virtual="card" -->` expands another named template with the same variables,
and `<!--#if expr="$name" -->…<!--#endif -->` keeps its body when the variable is not empty.
`<!--#each var="cards" virtual="card" -->` expands a template once per item of a list of
variable sets. Templates live in `templates.html`, one `<!--#block name="…" -->` each.
"""

from __future__ import annotations

import re
from html import escape
from pathlib import Path
from typing import Any

_DIRECTIVE = re.compile(r"<!--#(\w+)((?:\s+\w+=\"[^\"]*\")*)\s*-->")
_ATTR = re.compile(r'(\w+)="([^"]*)"')
_BLOCK = re.compile(r'<!--#block name="([\w-]+)" -->\n?(.*?)<!--#endblock -->', re.S)
Env = dict[str, Any]


def read_blocks(path: Path) -> dict[str, str]:
    """The named templates of a templates file."""
    return {m.group(1): m.group(2).strip() for m in _BLOCK.finditer(path.read_text("utf-8"))}


def expand(name: str, env: Env, blocks: dict[str, str]) -> str:
    """Expand one named template with the variables of env."""
    return _expand(blocks[name], env, blocks)


def _expand(text: str, env: Env, blocks: dict[str, str]) -> str:
    out: list[str] = []
    pos = 0
    skipping = 0  # depth of false #if blocks being skipped
    depth = 0
    for m in _DIRECTIVE.finditer(text):
        if not skipping:
            out.append(text[pos:m.start()])
        pos = m.end()
        kind, attrs = m.group(1), dict(_ATTR.findall(m.group(2)))
        if kind == "if":
            depth += 1
            if skipping or not env.get(attrs["expr"].lstrip("$")):
                skipping += 1
            continue
        if kind == "endif":
            depth -= 1
            skipping = max(0, skipping - 1)
            continue
        if skipping:
            continue
        if kind == "echo":
            value = str(env.get(attrs["var"], ""))
            out.append(value if attrs.get("encoding") == "none" else escape(value))
        elif kind == "include":
            out.append(_expand(blocks[attrs["virtual"]], env, blocks))
        elif kind == "each":
            for item in env.get(attrs["var"], []):
                out.append(_expand(blocks[attrs["virtual"]], {**env, **item}, blocks))
        else:
            raise ValueError(f"ssi: unknown directive {kind}")
    if depth:
        raise ValueError("ssi: unbalanced #if")
    out.append(text[pos:])
    return "".join(out)
