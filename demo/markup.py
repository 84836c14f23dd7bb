"""A tiny element tree for the demo pages: serialise to HTML, or ship to a JS renderer.

Text is always escaped (shop text is data, never markup). The same tree can be
sent base64-encoded to the browser and built there after a delay, so the
"JS-rendered" shops show nothing to a client that does not run JavaScript.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from html import escape

VOID = frozenset({"img", "br", "hr", "meta", "link", "input"})


@dataclass(frozen=True)
class El:
    """One element: tag, attributes (in order) and children (elements or text)."""

    tag: str
    attrs: tuple[tuple[str, str], ...]
    children: tuple[El | str, ...]

    def html(self) -> str:
        """This element as HTML text."""
        attrs = "".join(f' {k}="{escape(v, quote=True)}"' for k, v in self.attrs)
        if self.tag in VOID:
            return f"<{self.tag}{attrs}>"
        inner = "".join(c.html() if isinstance(c, El) else escape(c, quote=False)
                        for c in self.children)
        return f"<{self.tag}{attrs}>{inner}</{self.tag}>"

    def tree(self) -> list[object]:
        """This element as nested JSON-ready lists: [tag, {attrs}, *children]."""
        return [self.tag, dict(self.attrs),
                *(c.tree() if isinstance(c, El) else c for c in self.children)]

    def text(self) -> str:
        """All text inside this element, concatenated (for tests and truth checks)."""
        return "".join(c.text() if isinstance(c, El) else c for c in self.children)


def h(tag: str, attrs: dict[str, str] | str | None = None, *children: El | str | None) -> El:
    """Build an element; a str second argument is a class name; None children are dropped."""
    if isinstance(attrs, str):
        attrs = {"class": attrs}
    kids = tuple(c for c in children if c is not None and c != "")
    return El(tag, tuple((attrs or {}).items()), kids)


_JS_BUILD = """
(function () {
  function build(n) {
    if (typeof n === "string") { return document.createTextNode(n); }
    var el = document.createElement(n[0]);
    Object.keys(n[1]).forEach(function (k) { el.setAttribute(k, n[1][k]); });
    for (var i = 2; i < n.length; i++) { el.appendChild(build(n[i])); }
    return el;
  }
  var raw = document.getElementById("%(data_id)s").textContent;
  var bytes = Uint8Array.from(atob(raw), function (c) { return c.charCodeAt(0); });
  var tree = JSON.parse(new TextDecoder("utf-8").decode(bytes));
  setTimeout(function () {
    var root = document.getElementById("%(root_id)s");
    root.textContent = "";
    tree.forEach(function (n) { root.appendChild(build(n)); });
    document.documentElement.setAttribute("data-ready", "1");
  }, %(delay)d);
})();
"""


def deferred(body: list[El], root_id: str, data_id: str, delay_ms: int = 800) -> list[El]:
    """Elements that show a spinner, then build `body` in the browser after delay_ms."""
    payload = json.dumps([el.tree() for el in body], ensure_ascii=False).encode()
    code = _JS_BUILD % {"data_id": data_id, "root_id": root_id, "delay": delay_ms}
    return [
        h("div", {"id": root_id}, h("div", "spinner", "加载中…")),
        h("script", {"type": "application/octet-stream", "id": data_id},
          base64.b64encode(payload).decode()),
        script(code),
    ]


class _RawScript(str):
    """Script source that must not be HTML-escaped (only our own constant code)."""


def script(source: str) -> El:
    """A top-level <script> element holding our own constant code (not escaped)."""
    return El("script", (), (_RawScript(source),))


def page(title: str, css: str, body: list[El], lang: str = "zh-CN",
         head_extra: tuple[El, ...] = ()) -> bytes:
    """A whole HTML document as UTF-8 bytes."""
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{lang}"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(title)}</title>",
        f"<style>{css}</style>",
        *(el.html() for el in head_extra),
        "</head><body>",
        *(_html(el) for el in body),
        "</body></html>",
    ]
    return "\n".join(parts).encode("utf-8")


def _html(el: El) -> str:
    if el.tag == "script" and el.children and isinstance(el.children[0], _RawScript):
        return f"<script>{el.children[0]}</script>"
    return el.html()
