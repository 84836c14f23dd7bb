"""A line-based shop markup (the haichan family's own) compiled to HTML.

Each source line starts with a sigil saying what it is; consecutive lines of one kind
share a container. Text is escaped; `[words](href)` inside a line becomes a link.

    = 店铺名              heading 1        == 商品 / === 小标题   headings 2 and 3
    > 公告文字            notice line (grouped in one <aside>)
    * 条目                list item (grouped in one <ul>)
    | 名称 | 值           key-value row (grouped in one <table>)
    " 昵称 | 评价         buyer review (<figure> with the nickname as caption)
    ~ 小字                fine print        ! 图片地址 | 替代文字   image
    {box name}  {/box}    a named block (<section>); `{box name hidden}` starts hidden
    anything else         a paragraph
"""

from __future__ import annotations

import re
from html import escape

LINK = re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)")
GROUPS = {">": ("aside", "ycx-notice", "p"), "*": ("ul", "ycx-list", "li"),
          "|": ("table", "ycx-kv", "tr"), '"': ("div", "ycx-reviews", "figure")}


def inline(text: str) -> str:
    """Escaped text with its [words](href) links."""
    return LINK.sub(lambda m: f'<a class="ycx-link" href="{m.group(2)}">{m.group(1)}</a>',
                    escape(text))


def _row(sigil: str, body: str) -> str:
    if sigil == "|":
        key, _, value = (part.strip() for part in body.strip(" |").partition("|"))
        return (f'<tr><th class="ycx-k">{inline(key)}</th>'
                f'<td class="ycx-v">{inline(value)}</td></tr>')
    if sigil == '"':
        who, _, said = body.partition("|")
        return (f'<figure class="ycx-review"><figcaption class="ycx-buyer">{inline(who.strip())}'
                f'</figcaption><q class="ycx-said">{inline(said.strip())}</q></figure>')
    tag = GROUPS[sigil][2]
    return f'<{tag} class="ycx-{"item" if tag == "li" else "line"}">{inline(body.strip())}</{tag}>'


def _single(line: str) -> str:
    heading = re.match(r"^(={1,3}) (.*)$", line)
    if heading:
        level = len(heading.group(1))
        return f'<h{level} class="ycx-h{level}">{inline(heading.group(2))}</h{level}>'
    box = re.match(r"^\{box ([a-z-]+)( hidden)?\}$", line)
    if box:
        hidden = " hidden" if box.group(2) else ""
        return f'<section class="ycx-box ycx-box-{box.group(1)}"{hidden}>'
    if line == "{/box}":
        return "</section>"
    if line.startswith("~ "):
        return f'<p class="ycx-fine">{inline(line[2:])}</p>'
    if line.startswith("! "):
        src, _, alt = (part.strip() for part in line[2:].partition("|"))
        return f'<img class="ycx-pic" src="{escape(src)}" alt="{escape(alt)}">'
    return f'<p class="ycx-p">{inline(line)}</p>'


def compile_wiki(source: str) -> str:
    """The HTML of a markup source (no document shell)."""
    out: list[str] = []
    open_group = ""
    for raw in source.splitlines():
        line = raw.rstrip()
        sigil = line[:1] if line[1:2] == " " and line[:1] in GROUPS else ""
        if open_group and sigil != open_group:
            out.append(f"</{GROUPS[open_group][0]}>")
            open_group = ""
        if not line:
            continue
        if sigil:
            if not open_group:
                tag, cls, _ = GROUPS[sigil]
                out.append(f'<{tag} class="{cls}">')
                open_group = sigil
            out.append(_row(sigil, line[2:]))
            continue
        out.append(_single(line))
    if open_group:
        out.append(f"</{GROUPS[open_group][0]}>")
    return "\n".join(out)
