"""What an element shows beside its text: a form control's value and an element's tooltips.

A readonly 亮照 form shows its fields as control values, not as text (`<input readonly
value=…>`, a `<select>`'s chosen option); a 营业执照 badge may hold its fields, and a 福利 chip
its claim, only in a tooltip read on hover or focus. rules/text.py reads both where the element
stands, as a shopper sees them.
"""

from __future__ import annotations

import re

from lxml import etree

from rules.parsed import text_content

# A hidden input, a password and a box's tick show no words.
_UNSHOWN_INPUTS = frozenset({"hidden", "password", "checkbox", "radio", "file", "image", "range",
                             "color"})
# An element's tooltip, read after its own text when it says more than a button's name
# (TOOLTIP_MIN characters, CJK among them) and more than the element shows; an image's alt and
# title are read as its label instead (rules/text.py).
TOOLTIP_ATTRS = ("title", "aria-label", "data-tooltip", "data-tip", "data-original-title",
                 "data-bs-title", "data-tippy-content")
TOOLTIP_MIN = 6
_TOOLTIP_KEYS = frozenset(TOOLTIP_ATTRS)
_CJK = re.compile(r"[\u4e00-\u9fff]")
CONTROLS = ("input", "select")  # a <textarea>'s value is its text, read as text


def control_value(el: etree._Element) -> str:
    """The value an <input> or a <select> shows: the input's value attribute, the select's
    chosen option (the first when none is marked); "" for a control that shows no words."""
    if el.tag == "input":
        if (el.get("type") or "text").lower() in _UNSHOWN_INPUTS:
            return ""
        return el.get("value") or ""
    options = list(el.iter("option"))
    chosen = next((o for o in options if o.get("selected") is not None),
                  options[0] if options else None)
    return text_content(chosen) if chosen is not None else ""


def tooltips(el: etree._Element) -> list[str]:
    """The element's tooltips (TOOLTIP_ATTRS) long enough to say more than a name, each once;
    the reader keeps those its text does not already show."""
    if _TOOLTIP_KEYS.isdisjoint(el.keys()):
        return []
    said: list[str] = []
    for attr in TOOLTIP_ATTRS:
        tip = " ".join((el.get(attr) or "").split())
        if len(tip) >= TOOLTIP_MIN and _CJK.search(tip) and tip not in said:
            said.append(tip)
    return said
