"""A roff-like request language for auction pages: dot requests on their own lines, text between.

Old Unix manuals are written as `.TH` / `.SH` / `.PP` requests with the words on the lines in
between; paimai's lot pages are written the same way and compiled here to HTML. Requests:

    .TH title|shop|platform      page title and shop bar
    .SH heading                  a section (closes the previous one)
    .PP                          a paragraph; the following text lines are its words
    .KV key|value                a key-value row (kept in one <dl> until another request)
    .BID nick|price|time         a row of the 出价记录 table
    .QA who|nick|words           a 竞拍者留言 line, with its speaker's role
    .NT words                    a platform notice strip
    .LK href|text                a link
    .\\" comment                  ignored

Text is escaped; requests an engine does not know are kept as text (as troff warns and goes on).
Classes are `pai:` names (Tailwind-style colon names: `pai:lot`, `pai:bid-row`).
"""

from __future__ import annotations

from html import escape


class _Out:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.open: list[str] = []  # element names open in the current section

    def close_to(self, depth: int) -> None:
        while len(self.open) > depth:
            self.parts.append(f"</{self.open.pop()}>")

    def start(self, tag: str, cls: str, depth: int) -> None:
        self.close_to(depth)
        self.parts.append(f'<{tag} class="pai:{cls}">')
        self.open.append(tag)


def compile_roff(source: str) -> str:
    """The HTML <body> content of a roff-like lot page."""
    out = _Out()
    title = ""
    for raw in source.splitlines():
        line = raw.rstrip()
        if not line.startswith("."):
            if line:
                if not out.open or out.open[-1] != "p":
                    out.start("p", "para", min(len(out.open), 1))
                out.parts.append(escape(line))
            continue
        req, _, arg = line[1:].partition(" ")
        args = arg.split("|")
        if req == '\\"':
            continue
        if req == "TH":
            title = args[0]
            out.close_to(0)
            shop = escape(args[1]) if len(args) > 1 else ""
            where = escape(args[2]) if len(args) > 2 else ""
            out.parts.append(f'<header class="pai:bar"><span class="pai:shop">{shop}</span>'
                             f'<span class="pai:where">{where}</span></header>'
                             f'<h1 class="pai:title">{escape(title)}</h1>')
        elif req == "SH":
            out.start("section", "sec", 0)
            out.parts.append(f'<h2 class="pai:h">{escape(arg)}</h2>')
        elif req == "PP":
            out.start("p", "para", min(len(out.open), 1))
        elif req == "KV":
            if not out.open or out.open[-1] != "dl":
                out.start("dl", "kv", min(len(out.open), 1))
            out.parts.append(f'<dt class="pai:k">{escape(args[0])}</dt>'
                             f'<dd class="pai:v">{escape(args[1] if len(args) > 1 else "")}</dd>')
        elif req == "BID":
            if not out.open or out.open[-1] != "table":
                out.start("table", "bids", min(len(out.open), 1))
                out.parts.append('<tr class="pai:bid-head"><th>竞买人</th><th>出价</th>'
                                 '<th>时间</th></tr>')
            out.parts.append('<tr class="pai:bid-row">' + "".join(
                f"<td>{escape(a)}</td>" for a in args[:3]) + "</tr>")
        elif req == "QA":
            if not out.open or out.open[-1] != "ul":
                out.start("ul", "qa", min(len(out.open), 1))
            who, nick, words = [*args, "", "", ""][:3]
            tone = {"卖家": "seller", "平台": "sys"}.get(who, "bidder")
            out.parts.append(f'<li class="pai:qa-{tone}"><b class="pai:nick">'
                             f'{escape(nick)}</b><i class="pai:role">{escape(who)}</i> '
                             f'{escape(words)}</li>')
        elif req == "NT":
            out.close_to(0)
            out.parts.append(f'<aside class="pai:notice">{escape(arg)}</aside>')
        elif req == "LK":
            out.close_to(min(len(out.open), 1))
            text = escape(args[1] if len(args) > 1 else args[0])
            out.parts.append(f'<a class="pai:link" href="{escape(args[0])}">{text}</a>')
        else:
            out.parts.append(escape(line))
    out.close_to(0)
    return "".join(out.parts)


def roff_text(text: str) -> str:
    """A value made safe for a request argument (no | separators, no leading dot)."""
    return text.replace("|", "｜").lstrip(".")
