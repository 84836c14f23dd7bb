"""A small m4: macros defined with define(`NAME', `body $1 $2') and called as NAME(`a', `b').

Like GNU m4: text in `quotes' is copied with one level of quotes removed and not expanded; a
word naming a macro is replaced by its body with $1..$9 set to the call's arguments (each
expanded once as it is collected, leading whitespace dropped), and the result is scanned again.
`define` and `dnl` are the only builtins. Words are [A-Za-z_][A-Za-z0-9_]* not preceded by a
word character; yushou's macros are all `YS_` names, and every value a page passes is quoted
(`quote`).
"""

from __future__ import annotations

import re
from html import escape

_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_ARG = re.compile(r"\$([1-9])")


def _close_quote(s: str, i: int) -> int:
    """Index of the ' closing the ` at i (quotes nest)."""
    depth = 0
    for j in range(i, len(s)):
        if s[j] == "`":
            depth += 1
        elif s[j] == "'":
            depth -= 1
            if depth == 0:
                return j
    raise ValueError(f"unclosed quote at {i}")


def _args(s: str, i: int) -> tuple[list[str], int]:
    """The raw arguments of a call whose ( is at i, and the index after its )."""
    args, cur, depth, j = [], [], 0, i + 1
    while j < len(s):
        c = s[j]
        if c == "`":
            k = _close_quote(s, j)
            cur.append(s[j:k + 1])
            j = k + 1
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            if depth == 0:
                args.append("".join(cur).lstrip())
                return args, j + 1
            depth -= 1
        elif c == "," and depth == 0:
            args.append("".join(cur).lstrip())
            cur = []
            j += 1
            continue
        cur.append(c)
        j += 1
    raise ValueError("unclosed macro call")


def _substitute(body: str, args: list[str]) -> str:
    """A macro's body with $1..$9 replaced by the call's arguments (missing ones empty)."""
    def arg(g: re.Match[str]) -> str:
        n = int(g.group(1))
        return args[n - 1] if n <= len(args) else ""
    return _ARG.sub(arg, body)


class M4:
    """A macro processor holding its definitions."""

    def __init__(self) -> None:
        self.macros: dict[str, str] = {}

    def expand(self, s: str, depth: int = 0) -> str:
        if depth > 60:
            raise ValueError("macro recursion too deep")
        out: list[str] = []
        i = 0
        while i < len(s):
            c = s[i]
            if c == "`":
                j = _close_quote(s, i)
                out.append(s[i + 1:j])
                i = j + 1
                continue
            m = _WORD.match(s, i) if (c.isascii() and (c.isalpha() or c == "_")) else None
            if m is None or (i and (s[i - 1].isascii() and (s[i - 1].isalnum()
                                                            or s[i - 1] == "_"))):
                out.append(c)
                i += 1
                continue
            name = m.group(0)
            if name == "dnl":  # delete to the end of the line, newline included
                end = s.find("\n", m.end())
                i = len(s) if end < 0 else end + 1
                continue
            if name != "define" and name not in self.macros:
                out.append(name)
                i = m.end()
                continue
            args: list[str] = []
            i = m.end()
            if i < len(s) and s[i] == "(":
                raw, i = _args(s, i)
                args = [self.expand(a, depth + 1) for a in raw]
            if name == "define":
                self.macros[args[0]] = args[1] if len(args) > 1 else ""
                continue
            body = _substitute(self.macros[name], args)
            out.append(self.expand(body, depth + 1))
        return "".join(out)


def quote(text: str) -> str:
    """A value escaped for HTML and quoted for m4 (its own ` and ' made entities first)."""
    return "`" + escape(text).replace("`", "&#96;") + "'"


def quote_markup(markup: str) -> str:
    """Markup already built (not escaped again), quoted for m4."""
    return "`" + markup + "'"
