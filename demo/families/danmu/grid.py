"""A grid-map layout language: a room is drawn as a map of letters, each letter a region.

    MAP = '''
    t t t t
    v v v c
    v v v c
    s s s s
    '''

Each letter names a region (t: title bar, v: video stage, c: 小黄车 card, s: the screen-reader
log); the map becomes the container's `grid-template-areas`, and each region's content comes from
a block function given for its letter, placed with `grid-area`. A letter with no block is an
error; a block with no letter is not drawn. Classes follow an ITCSS-style namespace: `o-dm-`
objects (the grid), `c-dm-` components, `u-dm-` utilities.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from html import escape

Block = Callable[[], str]


def areas(grid_map: str) -> list[list[str]]:
    """The rows of a map, each a list of region letters."""
    rows = [line.split() for line in grid_map.strip().splitlines() if line.strip()]
    if not rows or len({len(r) for r in rows}) != 1:
        raise ValueError("a grid map needs rows of equal width")
    return rows


def render_grid(grid_map: str, blocks: Mapping[str, tuple[str, Block]], *, name: str) -> str:
    """The container with its regions, in the order the letters first appear in the map.

    `blocks` maps a letter to (region name, a function returning the region's inner HTML)."""
    rows = areas(grid_map)
    order: list[str] = []
    for row in rows:
        for letter in row:
            if letter not in order:
                order.append(letter)
    missing = [x for x in order if x not in blocks]
    if missing:
        raise ValueError(f"no block for region {missing}")
    template = " ".join(f'"{" ".join(blocks[x][0] for x in row)}"' for row in rows)
    cells = "".join(
        f'<div class="o-dm-cell c-dm-{blocks[x][0]}" style="grid-area:{blocks[x][0]}">'
        f"{blocks[x][1]()}</div>" for x in order)
    return (f'<main class="o-dm-grid o-dm-{escape(name)}" style="display:grid;'
            f"grid-template-areas:{escape(template)}\">{cells}</main>")
