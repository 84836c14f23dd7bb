"""A reflective dataclass-to-HTML serializer: a page is a tree of dataclass instances.

Each component is a frozen dataclass with a class-level `tag`; `serialize` walks the instance's
`dataclasses.fields`: a field marked `attr(...)` becomes an attribute, `key()` becomes the
element's `data-i18n` key, `kids()` holds the children, and the element's class is `dsv-` and
the kebab-cased class name (`PinnedComment` -> `dsv-pinned-comment`). No component carries
words: duanshi's pages hold only keys, and the words are in the locale dictionary.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields
from html import escape
from typing import Any, ClassVar

VOID = frozenset({"meta", "link", "img", "input"})


def attr(name: str, default: Any = "") -> Any:
    """A field written as the attribute `name`."""
    return field(default=default, metadata={"attr": name})


def key() -> Any:
    """A field written as the element's data-i18n key."""
    return field(default="", metadata={"attr": "data-i18n"})


def kids() -> Any:
    """A field holding the element's children."""
    return field(default=(), metadata={"kids": True})


def _kebab(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "-", name).lower()


@dataclass(frozen=True)
class Component:
    """Base of every component."""

    tag: ClassVar[str] = "div"


def serialize(node: Component) -> str:
    """The HTML of a component tree."""
    attrs = [f'class="dsv-{_kebab(type(node).__name__)}"']
    children: tuple[Component, ...] = ()
    for f in fields(node):
        value = getattr(node, f.name)
        if f.metadata.get("kids"):
            children = value
        elif "attr" in f.metadata and value not in ("", None, False):
            attrs.append(f.metadata["attr"] if value is True
                         else f'{f.metadata["attr"]}="{escape(str(value))}"')
    head = f"<{node.tag} {' '.join(attrs)}>"
    if node.tag in VOID:
        return head
    return head + "".join(serialize(c) for c in children) + f"</{node.tag}>"


# The components of duanshi's pages.
@dataclass(frozen=True)
class Meta(Component):
    tag: ClassVar[str] = "meta"
    name: str = attr("name")
    content: str = attr("content")
    charset: str = attr("charset")


@dataclass(frozen=True)
class Script(Component):
    tag: ClassVar[str] = "script"
    src: str = attr("src")


@dataclass(frozen=True)
class Sheet(Component):
    tag: ClassVar[str] = "link"
    href: str = attr("href")
    rel: str = attr("rel", "stylesheet")


@dataclass(frozen=True)
class PageTitle(Component):
    tag: ClassVar[str] = "title"
    k: str = key()


@dataclass(frozen=True)
class Head(Component):
    tag: ClassVar[str] = "head"
    children: tuple[Component, ...] = kids()


@dataclass(frozen=True)
class Body(Component):
    tag: ClassVar[str] = "body"
    view: str = attr("data-view")
    children: tuple[Component, ...] = kids()


@dataclass(frozen=True)
class Box(Component):
    role: str = attr("role")
    label: str = attr("aria-label")
    children: tuple[Component, ...] = kids()


@dataclass(frozen=True)
class Player(Component):
    tag: ClassVar[str] = "figure"
    poster: str = attr("data-poster")
    children: tuple[Component, ...] = kids()


@dataclass(frozen=True)
class Caption(Component):
    tag: ClassVar[str] = "figcaption"
    children: tuple[Component, ...] = kids()


@dataclass(frozen=True)
class VideoTitle(Component):
    tag: ClassVar[str] = "h1"
    k: str = key()


@dataclass(frozen=True)
class Heading(Component):
    tag: ClassVar[str] = "h2"
    k: str = key()


@dataclass(frozen=True)
class Para(Component):
    tag: ClassVar[str] = "p"
    k: str = key()


@dataclass(frozen=True)
class Words(Component):
    tag: ClassVar[str] = "span"
    k: str = key()


@dataclass(frozen=True)
class AuthorBadge(Component):
    tag: ClassVar[str] = "em"
    k: str = key()


@dataclass(frozen=True)
class CartCard(Component):
    tag: ClassVar[str] = "a"
    href: str = attr("href")
    children: tuple[Component, ...] = kids()


@dataclass(frozen=True)
class CommentList(Component):
    tag: ClassVar[str] = "ul"
    children: tuple[Component, ...] = kids()


@dataclass(frozen=True)
class Comment(Component):
    tag: ClassVar[str] = "li"
    n: str = attr("data-n")
    author: bool = attr("data-author", False)
    children: tuple[Component, ...] = kids()


@dataclass(frozen=True)
class PinnedComment(Component):
    tag: ClassVar[str] = "li"
    author: bool = attr("data-author", False)
    children: tuple[Component, ...] = kids()


@dataclass(frozen=True)
class Facts(Component):
    tag: ClassVar[str] = "dl"
    children: tuple[Component, ...] = kids()


@dataclass(frozen=True)
class Term(Component):
    tag: ClassVar[str] = "dt"
    k: str = key()


@dataclass(frozen=True)
class Value(Component):
    tag: ClassVar[str] = "dd"
    k: str = key()


@dataclass(frozen=True)
class Link(Component):
    tag: ClassVar[str] = "a"
    href: str = attr("href")
    k: str = key()


def document(lang: str, head: Head, body: Body) -> bytes:
    """A whole page."""
    return (f'<!DOCTYPE html>\n<html lang="{lang}">' + serialize(head) + serialize(body)
            + "</html>").encode()
