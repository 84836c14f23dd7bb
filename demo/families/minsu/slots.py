"""HTML skeletons with fill attributes, filled by an html.parser event stream (minsu's generator).

A skeleton is ordinary HTML. `data-fill="key"` replaces an element's content with the
escaped value of `key`; `data-raw="key"` with ready markup; `data-each="key"` repeats the
element once per mapping in the list `key` (fields inside refer to that mapping);
`data-if="key"` drops the element when `key` is empty; `data-href="key"` writes the value
of `key` as the element's href. Fill attributes are not written out.
"""

from __future__ import annotations

from collections.abc import Mapping
from html import escape
from html.parser import HTMLParser
from typing import Any

FILL = ("data-fill", "data-raw", "data-each", "data-if", "data-href")
VOID = frozenset({"meta", "img", "link", "br", "input", "hr"})
Event = tuple[str, str, tuple[tuple[str, str | None], ...]]  # kind, tag or text, attrs


class _Events(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.events: list[Event] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.events.append(("start", tag, tuple(attrs)))
        if tag in VOID:
            self.events.append(("end", tag, ()))

    def handle_endtag(self, tag: str) -> None:
        if tag not in VOID:
            self.events.append(("end", tag, ()))

    def handle_data(self, data: str) -> None:
        self.events.append(("text", data, ()))

    def handle_entityref(self, name: str) -> None:
        self.events.append(("text", f"&{name};", ()))

    def handle_decl(self, decl: str) -> None:
        self.events.append(("text", f"<!{decl}>", ()))


def parse(skeleton: str) -> list[Event]:
    """The events of a skeleton (parse once, fill many times)."""
    parser = _Events()
    parser.feed(skeleton)
    parser.close()
    return parser.events


def _subtree_end(events: list[Event], start: int) -> int:
    depth = 0
    for i in range(start, len(events)):
        kind = events[i][0]
        depth += 1 if kind == "start" else -1 if kind == "end" else 0
        if depth == 0:
            return i
    raise ValueError("unclosed element in skeleton")


def _open(tag: str, attrs: tuple[tuple[str, str | None], ...], values: Mapping[str, Any]) -> str:
    kept = "".join(f' {k}="{escape(v)}"' if v is not None else f" {k}"
                   for k, v in attrs if k not in FILL)
    href = next((str(values.get(v or "", "")) for k, v in attrs if k == "data-href"), "")
    return f'<{tag}{kept} href="{escape(href)}">' if href else f"<{tag}{kept}>"


def fill(events: list[Event], values: Mapping[str, Any]) -> str:
    """The skeleton's HTML with its fill attributes applied from `values`."""
    out: list[str] = []
    i = 0
    while i < len(events):
        kind, tag, attrs = events[i]
        if kind == "text":
            out.append(tag)
            i += 1
            continue
        if kind == "end":
            out.append("" if tag in VOID else f"</{tag}>")
            i += 1
            continue
        end = _subtree_end(events, i)
        marks = {k: v or "" for k, v in attrs if k in FILL}
        inner = events[i + 1:end]
        close = "" if tag in VOID else f"</{tag}>"
        if "data-if" in marks and not values.get(marks["data-if"]):
            pass
        elif "data-each" in marks:
            once = tuple(a for a in attrs if a[0] != "data-each")
            element = [("start", tag, once), *inner, events[end]]
            out.extend(fill(element, item) for item in values.get(marks["data-each"], ()))
        elif "data-fill" in marks:
            text = escape(str(values.get(marks["data-fill"], "")))
            out.append(_open(tag, attrs, values) + text + close)
        elif "data-raw" in marks:
            out.append(_open(tag, attrs, values) + str(values.get(marks["data-raw"], "")) + close)
        else:
            out.append(_open(tag, attrs, values) + fill(inner, values) + close)
        i = end + 1
    return "".join(out)
