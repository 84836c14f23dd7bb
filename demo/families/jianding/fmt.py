"""The jianding family's template engine: `str.format` templates read by a Formatter subclass.

A field is escaped unless its spec says otherwise:
    {name}            escaped text
    {body:raw}        inserted as it is (already rendered markup)
    {rows:each:row}   the template ROW filled once per mapping in the list
    {box:opt:tpl}     the template filled with the mapping, or nothing when it is empty
Templates are plain strings in a mapping given to the engine, so a page is data.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from html import escape
from typing import Any


class Engine(string.Formatter):
    """Fills the named templates; see the module docstring for the field specs."""

    def __init__(self, templates: Mapping[str, str]) -> None:
        super().__init__()
        self.templates = templates

    def fill(self, template: str, /, **values: Any) -> str:
        """The named template with the given values."""
        return self.vformat(self.templates[template], (), values)

    def format_field(self, value: Any, format_spec: str) -> str:
        kind, _, name = format_spec.partition(":")
        if kind == "raw":
            return str(value)
        if kind == "each":
            return "".join(self.fill(name, **item) for item in value)
        if kind == "opt":
            return self.fill(name, **value) if value else ""
        if format_spec:
            raise ValueError(f"unknown field spec {format_spec!r}")
        return escape(str(value))
