"""A tiny streaming HTML writer for the ddlive family: nested `with doc.tag(...)` blocks.

Attributes are keyword arguments: `cls` becomes `class`, a trailing underscore is dropped
(`for_`), and underscores become dashes (`data_seat` -> `data-seat`). Text is escaped;
`True` writes a bare attribute, `None` or `False` leaves it out.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from html import escape

VOID = frozenset({"meta", "link", "img", "br", "hr", "input"})


def _attrs(attrs: dict[str, object]) -> str:
    out = []
    for key, value in attrs.items():
        if value is None or value is False:
            continue
        name = "class" if key == "cls" else key.rstrip("_").replace("_", "-")
        out.append(f" {name}" if value is True else f' {name}="{escape(str(value))}"')
    return "".join(out)


class Doc:
    """An HTML document written front to back."""

    def __init__(self) -> None:
        self._parts: list[str] = ["<!DOCTYPE html>\n"]

    @contextmanager
    def tag(self, name: str, /, **attrs: object) -> Iterator[Doc]:
        """An element whose children are written inside the `with` block."""
        self._parts.append(f"<{name}{_attrs(attrs)}>")
        yield self
        self._parts.append(f"</{name}>")

    def leaf(self, name: str, text: str = "", /, **attrs: object) -> None:
        """An element holding only text (or nothing, for a void element)."""
        if name in VOID:
            self._parts.append(f"<{name}{_attrs(attrs)}>")
        else:
            self._parts.append(f"<{name}{_attrs(attrs)}>{escape(text)}</{name}>")

    def text(self, words: str) -> None:
        """Escaped text at the current place."""
        self._parts.append(escape(words))

    def script(self, src: str) -> None:
        """An external script."""
        self._parts.append(f'<script src="{escape(src)}" defer></script>')

    def bytes(self) -> bytes:
        """The document as UTF-8."""
        return "".join(self._parts).encode()
