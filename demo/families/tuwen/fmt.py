"""tuwen's markup generator: str.format templates through a Formatter that escapes every field.

A field is HTML-escaped (quotes included, so it is safe in an attribute) unless its format
spec is `raw` (`{body:raw}`), which writes already-built markup. Templates are module
constants in `__init__.py`; there is no other templating.
"""

from __future__ import annotations

import string
from html import escape
from typing import Any


class Markup(string.Formatter):
    """A Formatter whose fields are escaped unless written `{name:raw}`."""

    def format_field(self, value: Any, format_spec: str) -> str:
        if format_spec == "raw":
            return str(value)
        return escape(format(value, format_spec))


MARKUP = Markup()


def fill(template: str, **fields: Any) -> str:
    """The template with its fields filled (escaped unless `:raw`)."""
    return MARKUP.format(template, **fields)
