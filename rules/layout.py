"""Reading order: the children of a CSS grid or flex box put in the order a shopper sees them.

A licence block laid out by CSS (`grid-area`, `grid-row`/`grid-column`, `order`) may write
its captions and values in any DOM order; read in DOM order it pairs no caption with its
value. `in_reading_order` moves such children into their visual order (row, then column,
then `order`), from the page's inline styles and the simple rules of its own `<style>`
sheets (`.class`, `tag`, `tag.class`, `#id`; no combinators, no `@media` blocks). Each
child of a reordered box is stamped with its index among same-tag siblings in the captured
DOM (`DOM_INDEX_ATTR`), so the element paths of findings still name the captured DOM and
its screenshot boxes; rules.text reads each such child as a block, as a browser lays out a
grid or flex item.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

from lxml import etree

DOM_INDEX_ATTR = "data-hongdun-dom-index"

# Only a page using one of these properties is walked (most pages: one regex search).
_PLACEMENT = re.compile(r"grid-(?:area|row|column)|(?<![\w-])order\s*:", re.I)
_PROPERTIES = frozenset({
    "grid-area", "grid-row", "grid-row-start", "grid-column", "grid-column-start", "order",
    "grid-template-areas",
})
_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
_SIMPLE = re.compile(r"^([a-z][a-z0-9]*)?((?:[.#][\w-]+)*)$", re.I)
_INT = re.compile(r"-?\d+")
_AREA_ROW = re.compile(r"""["']([^"']*)["']""")
_NAME = re.compile(r"^[a-z_][\w-]*$", re.I)

Declarations = dict[str, str]
Sheet = list[tuple[tuple[str, frozenset[str], str], Declarations]]  # (tag, classes, id) → decls


def in_reading_order(root: etree._Element, html: str) -> None:
    """Reorder, in place, the children of every box whose layout places them (see module)."""
    if not _PLACEMENT.search(html):
        return
    sheet = _sheet(root)
    styles = {el: decls for el in root.iter() if isinstance(el.tag, str)
              if (decls := _declarations(el, sheet))}
    parents = {el.getparent() for el, decls in styles.items()
               if el.getparent() is not None and decls.keys() - {"grid-template-areas"}}
    for parent in parents:
        _reorder(parent, styles)


def _reorder(parent: etree._Element, styles: Mapping[etree._Element, Declarations]) -> None:
    children = list(parent)
    areas = _areas(styles.get(parent, {}).get("grid-template-areas", ""))
    places = [_place(styles.get(c, {}), areas) if isinstance(c.tag, str) else None
              for c in children]
    placed = [places[i] is not None for i, c in enumerate(children) if isinstance(c.tag, str)]
    orders = [_int(styles.get(c, {}).get("order", "")) or 0 for c in children]
    if any(placed) and not all(placed):
        places = [None] * len(children)  # partly placed: auto-placement is not guessed
    keys = [(orders[i], *(places[i] or (0, 0)), i) for i in range(len(children))]
    moved = sorted(range(len(children)), key=lambda i: keys[i])
    if moved == list(range(len(children))):
        return
    counts: dict[str, int] = {}
    for child in children:
        if isinstance(child.tag, str):
            name = child.tag.lower()
            counts[name] = counts.get(name, 0) + 1
            child.set(DOM_INDEX_ATTR, str(counts[name]))
    for i in moved:
        parent.append(children[i])  # (an element's tail moves with it)


def _place(decls: Mapping[str, str], areas: Mapping[str, tuple[int, int]]
           ) -> tuple[int, int] | None:
    """A child's (row, column) from its grid placement, None when it sets none."""
    area = decls.get("grid-area", "").strip()
    if area:
        if _NAME.match(area):
            return areas.get(area)
        lines = [_int(part) for part in area.split("/")]
        if lines and lines[0] is not None:
            return lines[0], (lines[1] if len(lines) > 1 and lines[1] is not None else 0)
    row = _int(decls.get("grid-row-start") or decls.get("grid-row", ""))
    column = _int(decls.get("grid-column-start") or decls.get("grid-column", ""))
    if row is None:
        return None
    return row, column or 0


def _areas(template: str) -> dict[str, tuple[int, int]]:
    """Each named area's first cell (row, column), from grid-template-areas' quoted rows."""
    first: dict[str, tuple[int, int]] = {}
    for r, row in enumerate(_AREA_ROW.findall(template), start=1):
        for c, name in enumerate(row.split(), start=1):
            if name != ".":
                first.setdefault(name, (r, c))
    return first


def _int(value: str) -> int | None:
    match = _INT.search(value)
    return int(match.group()) if match else None


def _declarations(el: etree._Element, sheet: Sheet) -> Declarations:
    """The placement properties an element gets from the sheet's rules, then its style."""
    out: Declarations = {}
    if sheet:
        classes = frozenset((el.get("class") or "").split())
        ident = el.get("id") or ""
        for (tag, wanted, want_id), decls in sheet:
            if (not tag or tag == el.tag) and wanted <= classes and (not want_id
                                                                     or want_id == ident):
                out.update(decls)
    style = el.get("style")
    if style:
        out.update(_parse_declarations(style))
    return out


def _parse_declarations(text: str) -> Declarations:
    out: Declarations = {}
    for part in text.split(";"):
        name, sep, value = part.partition(":")
        name = name.strip().lower()
        if sep and name in _PROPERTIES:
            out[name] = value.replace("!important", "").strip()
    return out


def _sheet(root: etree._Element) -> Sheet:
    """The page's simple style rules that set a placement property, in document order."""
    sheet: Sheet = []
    for style in root.iter("style"):
        css = re.sub(r"/\*.*?\*/", "", style.text or "", flags=re.S)
        for selectors, body in _RULE.findall(_without_at_rules(css)):
            decls = _parse_declarations(body)
            if decls:
                sheet.extend((key, decls) for key in _simple_selectors(selectors))
    return sheet


def _simple_selectors(selectors: str) -> Iterator[tuple[str, frozenset[str], str]]:
    for selector in selectors.split(","):
        match = _SIMPLE.match(selector.strip())
        if not match or not selector.strip():
            continue
        tag, rest = (match.group(1) or "").lower(), match.group(2)
        parts = re.findall(r"[.#][\w-]+", rest)
        ids = [p[1:] for p in parts if p[0] == "#"]
        yield tag, frozenset(p[1:] for p in parts if p[0] == "."), ids[0] if ids else ""


def _without_at_rules(css: str) -> str:
    """The sheet without its @-blocks (@media, @supports …): their rules hold only sometimes."""
    out, i = [], 0
    while (at := css.find("@", i)) >= 0:
        out.append(css[i:at])
        brace, semi = css.find("{", at), css.find(";", at)
        if brace < 0 or 0 <= semi < brace:  # @import …; @charset …;
            i = (semi + 1) if semi >= 0 else len(css)
            continue
        depth, j = 0, brace
        while j < len(css):
            depth += {"{": 1, "}": -1}.get(css[j], 0)
            j += 1
            if depth == 0:
                break
        i = j
    out.append(css[i:])
    return "".join(out)
