"""Pages as outlines: each entry is a path of element steps and the text at its end.

A step is `tag`, `tag.class` or `tag.class@key`; entries whose paths share leading steps
share those elements (the `@key` keeps list items apart), in order of first appearance.
`("body.mc-shop/main/ul.mc-goods/li.mc-good@2/b", "猫砂")` makes or reuses each element on
the way and puts the text in the last. Attributes for the last step ride in a third field.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from html import escape

Entry = tuple[str, str] | tuple[str, str, Mapping[str, str]]
VOID = frozenset({"meta", "img", "link", "br"})


@dataclass
class _Node:
    tag: str
    cls: str
    attrs: dict[str, str] = field(default_factory=dict)
    text: str = ""
    kids: dict[str, _Node] = field(default_factory=dict)

    def html(self) -> str:
        attrs = (f' class="{escape(self.cls)}"' if self.cls else "") + "".join(
            f' {k}="{escape(v)}"' for k, v in self.attrs.items())
        if self.tag in VOID:
            return f"<{self.tag}{attrs}>"
        inner = escape(self.text) + "".join(kid.html() for kid in self.kids.values())
        return f"<{self.tag}{attrs}>{inner}</{self.tag}>"


def _step(step: str) -> tuple[str, str]:
    bare = step.split("@", 1)[0]
    tag, _, cls = bare.partition(".")
    return tag, cls.replace(".", " ")


def render(title: str, entries: Iterable[Entry]) -> bytes:
    """A whole HTML document from a page's outline entries (the body's steps first)."""
    root = _Node("html", "", {"lang": "zh-CN"})
    head = _Node("head", "")
    head.kids["m"] = _Node("meta", "", {"charset": "utf-8"})
    head.kids["v"] = _Node("meta", "", {"name": "viewport",
                                        "content": "width=device-width,initial-scale=1"})
    head.kids["t"] = _Node("title", "", text=title)
    root.kids["head"] = head
    for entry in entries:
        path, text = entry[0], entry[1]
        node = root
        for step in path.split("/"):
            if step not in node.kids:
                tag, cls = _step(step)
                node.kids[step] = _Node(tag, cls)
            node = node.kids[step]
        node.text += text
        if len(entry) == 3:
            node.attrs.update(entry[2])  # type: ignore[misc]
    return ("<!DOCTYPE html>\n" + root.html()).encode()
