"""Pages from an INI file: configparser sections as layouts and blocks, filled by interpolation.

`layout.ini` names each page's blocks in order (`[page:home] blocks = head nav …`) and each
block's template (`[block:head] html = <header …>%(site)s…`). A site's values are set as the
parser's DEFAULT section (HTML-escaped beforehand, `%` doubled so interpolation keeps it), and a
page is its blocks' interpolated `html` joined. Nothing else fills the markup.
"""

from __future__ import annotations

import configparser
from collections.abc import Mapping
from html import escape
from pathlib import Path

LAYOUT = Path(__file__).with_name("layout.ini")


def _parser(values: Mapping[str, str]) -> configparser.ConfigParser:
    cp = configparser.ConfigParser(interpolation=configparser.BasicInterpolation(),
                                   defaults={k: v.replace("%", "%%") for k, v in values.items()})
    cp.read(LAYOUT, encoding="utf-8")
    return cp


def page(name: str, values: Mapping[str, str]) -> str:
    """The <body> content of page `name` with `values` (markup, already escaped)."""
    cp = _parser(values)
    blocks = cp.get(f"page:{name}", "blocks").split()
    return "".join(cp.get(f"block:{b}", "html") for b in blocks)


def text(value: str) -> str:
    """A plain value escaped for a template."""
    return escape(value)
