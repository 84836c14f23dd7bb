"""A low-code page schema renderer: pages are JSON-like component trees, rendered to HTML.

Site builders of the 建站 SaaS kind store a page as a schema, not as markup: every node is
`{"componentName": "Link", "props": {...}, "children": [...]}`, and a renderer knows each
component's element. chuangkou's pages are such schemas (built in __init__.py from the
sellers' data); `render` writes them. Each component gets the class `ck_<componentName>`;
props become attributes (those of `ATTRS`) or the text (`text`); children are nodes or
strings. Form components (Input, TextArea, Select) write their value into the control, as a
SaaS 资质 page shows stored fields: readonly inputs, a readonly textarea, a disabled select.
"""

from __future__ import annotations

from html import escape
from typing import Any

Node = dict[str, Any]
COMPONENTS = {  # componentName -> element
    "Page": "body", "Header": "header", "Nav": "nav", "Link": "a", "Hero": "section",
    "Section": "section", "Heading": "h2", "Title": "h1", "Text": "p", "List": "ul",
    "Item": "li", "Card": "article", "Footer": "footer", "Badge": "a", "Button": "button",
    "Form": "form", "Fieldset": "fieldset", "Legend": "legend", "Label": "label",
    "Input": "input", "TextArea": "textarea", "Select": "select", "Script": "script",
    "Small": "small", "Price": "span", "Image": "img",
}
ATTRS = ("href", "src", "alt", "type", "id", "name", "value", "title", "onclick", "target",
         "rel", "role", "lang", "aria-label", "data-cert", "data-features", "readonly",
         "disabled", "rows", "for", "data-ck")
VOID = frozenset({"input", "img"})


def node(name: str, props: dict[str, Any] | None = None, *children: Node | str) -> Node:
    """A schema node."""
    if name not in COMPONENTS:
        raise ValueError(f"unknown component {name}")
    return {"componentName": name, "props": dict(props or {}), "children": list(children)}


def _attrs(name: str, props: dict[str, Any]) -> str:
    out = [f' class="ck_{name}"']
    for key in ATTRS:
        value = props.get(key)
        if value is True:
            out.append(f" {key}")
        elif value not in (None, False):
            out.append(f' {key}="{escape(str(value))}"')
    return "".join(out)


def _select(props: dict[str, Any]) -> str:
    chosen = props["value"]
    return "".join(f"<option{' selected' if o == chosen else ''}>{escape(o)}</option>"
                   for o in props["options"])


def render(n: Node | str) -> str:
    """The HTML of one node or string."""
    if isinstance(n, str):
        return escape(n, quote=False)
    name, props = n["componentName"], n["props"]
    tag = COMPONENTS[name]
    if name == "Select":
        shown = {k: v for k, v in props.items() if k != "value"}
        return f"<select{_attrs(name, shown)}>{_select(props)}</select>"
    if name == "TextArea":
        shown = {k: v for k, v in props.items() if k != "value"}
        return f"<textarea{_attrs(name, shown)}>{escape(props['value'])}</textarea>"
    if name == "Script":
        return f"<script{_attrs(name, props)}></script>"
    if tag in VOID:
        return f"<{tag}{_attrs(name, props)}>"
    inner = escape(str(props["text"]), quote=False) if "text" in props else ""
    return f"<{tag}{_attrs(name, props)}>{inner}{''.join(render(c) for c in n['children'])}</{tag}>"


def document(title: str, page: Node, css: str) -> bytes:
    """A whole page: head with title and style, the Page node as body."""
    return (f'<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>'
            f"{escape(title)}</title><meta name=\"viewport\" content=\"width=device-width,"
            f"initial-scale=1\"><style>{css}</style></head>{render(page)}</html>").encode()
