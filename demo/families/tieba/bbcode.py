"""A BBCode compiler: forum posts (and tieba's whole pages) are BBCode, compiled to HTML.

Forums store what their members type as BBCode, not as markup; tieba's thread pages are BBCode
documents from the first tag to the last: `[thread title="…"]`, `[floor n=2 user="…"
badge="楼主"]`, `[lzl user="…"]` (楼中楼), `[quote=…]`, `[b]`, `[url=…]`, `[lic]` with `[row
k="…"]` rows, `[notice]`, `[pager]`. `compile_bbcode` tokenises the tags, nests them (an unknown
tag or a stray closer stays text, as forums do), and writes each known tag's element with a
`bbs_` class; text is escaped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html import escape

_TAG = re.compile(r"\[(/?)([a-z]+)((?:=[^\]]*)|(?:\s[^\]]*))?\]")
_ARG = re.compile(r'(\w+)="([^"]*)"|(\w+)=(\S+)')
Layout = tuple[str, str]  # (element, class)
TAGS: dict[str, Layout] = {
    "thread": ("div", "bbs_thread"), "floor": ("section", "bbs_floor"),
    "lzl": ("div", "bbs_lzl"), "quote": ("blockquote", "bbs_quote"), "b": ("strong", "bbs_b"),
    "url": ("a", "bbs_url"), "lic": ("table", "bbs_lic"), "row": ("tr", "bbs_row"),
    "notice": ("aside", "bbs_notice"), "pager": ("nav", "bbs_pager"), "p": ("p", "bbs_p"),
    "card": ("div", "bbs_card"),
}


@dataclass
class Tag:
    """A parsed tag with its arguments and children (tags or text)."""

    name: str
    args: dict[str, str]
    kids: list[Tag | str] = field(default_factory=list)


def _args(raw: str | None) -> dict[str, str]:
    if not raw:
        return {}
    if raw.startswith("="):
        return {"": raw[1:].strip('"')}
    return {m[0] or m[2]: m[1] or m[3] for m in _ARG.findall(raw)}


def parse(source: str) -> list[Tag | str]:
    """The tag tree of a BBCode text."""
    root = Tag("", {})
    stack = [root]
    pos = 0
    for m in _TAG.finditer(source):
        closing, name, raw = m.group(1), m.group(2), m.group(3)
        if source[pos:m.start()]:
            stack[-1].kids.append(source[pos:m.start()])
        pos = m.end()
        if name not in TAGS:
            stack[-1].kids.append(m.group(0))
        elif closing:
            if any(t.name == name for t in stack[1:]):
                while stack[-1].name != name:
                    stack.pop()
                stack.pop()
            else:
                stack[-1].kids.append(m.group(0))
        else:
            tag = Tag(name, _args(raw))
            stack[-1].kids.append(tag)
            stack.append(tag)
    if source[pos:]:
        stack[-1].kids.append(source[pos:])
    return root.kids


def _head(tag: Tag) -> str:
    a = tag.args
    if tag.name == "thread":
        return (f'<header class="bbs_top"><span class="bbs_forum">{escape(a.get("forum", ""))}'
                f'</span><h1 class="bbs_title">{escape(a.get("title", ""))}</h1></header>')
    if tag.name in ("floor", "lzl"):
        badges = "".join(f'<span class="bbs_badge">{escape(b)}</span>'
                         for b in a.get("badge", "").split(",") if b)
        who = escape(a.get("user", ""))
        if a.get("home"):
            who = f'<a class="bbs_user" href="{escape(a["home"])}">{who}</a>'
        else:
            who = f'<span class="bbs_user">{who}</span>'
        floor = f'<span class="bbs_no">{escape(a["n"])}楼</span>' if "n" in a else ""
        when = f'<time class="bbs_time">{escape(a.get("time", ""))}</time>' if a.get("time") \
            else ""
        return f'<div class="bbs_author">{who}{badges}{floor}{when}</div>'
    if tag.name == "quote" and a.get(""):
        return f'<cite class="bbs_cite">{escape(a[""])} 写道：</cite>'
    if tag.name == "row":
        return f'<th>{escape(a.get("k", ""))}</th><td>'
    return ""


def _open(tag: Tag) -> str:
    element, cls = TAGS[tag.name]
    href = tag.args.get("", "") if tag.name == "url" else ""
    attr = f' href="{escape(href)}"' if href else ""
    return f'<{element} class="{cls}"{attr}>'


def _close(tag: Tag) -> str:
    element, _ = TAGS[tag.name]
    return ("</td>" if tag.name == "row" else "") + f"</{element}>"


def render(nodes: list[Tag | str]) -> str:
    """The HTML of a tag tree."""
    out = []
    for n in nodes:
        if isinstance(n, str):
            out.append(escape(n, quote=False).replace("\n", "<br>"))
        else:
            out.append(_open(n) + _head(n) + render(n.kids) + _close(n))
    return "".join(out)


def compile_bbcode(source: str) -> str:
    """HTML from BBCode (blank lines between tags dropped)."""
    return render(parse(re.sub(r"\]\s*\n\s*(?=\[)", "]", source.strip())))


def quote_text(text: str) -> str:
    """Text placed inside BBCode: brackets written as full-width so they cannot open a tag."""
    return text.replace("[", "［").replace("]", "］")
