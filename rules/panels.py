"""Licence panels a page keeps hidden until a reader opens them: pop-up sheets, dialogs, tabs.

Small shops (H5 shops, 小程序, old sites) put the licence behind a 资质 / 证照 / 营业执照
button: the panel is in the DOM but hidden (`hidden`, `aria-hidden`, `display:none`,
a closed `<dialog>`) until a tap. An inspector who taps it reads the licence, so the
rules read such a panel too (and a `<template>` a button clones into view on a tap), but
only when the page labels it as a licence: by its own
heading, aria-label or title, by the control that opens it (a button just before it,
or one naming it by aria-controls / data-target / href="#id"), never by class names.
A panel labelled as another party's (品牌方资质, 供货商资质, 机构信息) is read like any
licence block, so its codes belong to that party (rules.licence_fields.is_shop_party).
A panel labelled as the seller's own information (店铺信息, 主播资料卡, 关于掌柜), or with a
licence heading anywhere inside it, is read too when its own content is a licence block
(a labelled code with a holder field): the caller says what a licence block is and
which labels name the seller. A licence block under another label (a coupon sheet) is
not read: a reader has no reason to open it for the licence.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from dataclasses import dataclass

from lxml import etree

from rules.parsed import ParsedPage, parse_page, text_content
from rules.text import PageText, page_text

HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
CONTROL_XPATH = ("//*[self::button or self::a or self::summary or @role='button' or @role='tab'"
                 " or @onclick][@aria-controls or @*[starts-with(name(), 'data-')]"
                 " or starts-with(@href, '#')]")
CODE_RUN = re.compile(r"[0-9A-Za-z]{15}")  # a registration code's length, at the least
LABEL_MAX = 30  # characters: a longer text is content, not a control's or heading's label
PANEL_MAX = 4000  # characters of text: a longer hidden element is a page part, not a panel


@dataclass(frozen=True)
class Panel:
    """A hidden panel's label (what opens or heads it) and its text as a reader would see it."""

    label: str
    how: str  # "opened by a control", "headed", ...
    text: PageText


def _hidden(el: etree._Element) -> bool:
    if el.tag == "dialog" and el.get("open") is None:
        return True
    if el.get("hidden") is not None or el.get("aria-hidden") == "true":
        return True
    return bool(HIDDEN_STYLE.search(el.get("style") or ""))


def _short(el: etree._Element | None) -> str:
    if el is None:
        return ""
    text = " ".join(text_content(el).split())
    return text if 0 < len(text) <= LABEL_MAX else ""


def _controls(root: etree._Element) -> dict[str, str]:
    """id -> label of every control that names the element it opens (aria-controls, href="#id",
    or any data-* attribute: data-target, data-bs-target, a script's own data-open="id")."""
    out: dict[str, str] = {}
    for el in root.xpath(CONTROL_XPATH):
        label = _short(el) or el.get("aria-label") or el.get("title") or ""
        for attr, raw in el.attrib.items():
            if attr in ("aria-controls", "href") or attr.startswith("data-"):
                value = (raw or "").strip().lstrip("#")
                if value and label and " " not in value:
                    out.setdefault(value, label)
    return out


def _labels(el: etree._Element, controls: dict[str, str]) -> list[tuple[str, str]]:
    """(label, how) pairs that say what a hidden element is, most direct first."""
    found: list[tuple[str, str]] = []
    for attr in ("aria-label", "title"):
        if el.get(attr):
            found.append((el.get(attr, ""), f"its {attr}"))
    if el.get("id") and el.get("id") in controls:
        found.append((controls[el.get("id", "")], "the control that opens it"))
    before = el.getprevious()
    if before is not None and isinstance(before.tag, str) and (
            before.tag in ("button", "a", "summary") or before.get("role") in ("button", "tab")):
        found.append((_short(before), "the button before it"))
    head = next((h for h in el.iter("h1", "h2", "h3", "h4", "h5", "h6", "strong", "b",
                                    "legend", "caption")), None)
    if head is not None:
        found.append((_short(head), "its heading"))
    return [(label, how) for label, how in found if label]


def licence_controls(page: ParsedPage | bytes, labelled: re.Pattern[str],
                     content_type: str = "") -> list[str]:
    """Labels of the page's buttons (not links) that name a licence: an entry whose panel may
    be built only when tapped, so the DOM alone cannot say what it shows. The page is read
    as parsed (rules.parsed.parse_page), or parsed here from its body and Content-Type."""
    root = (page if isinstance(page, ParsedPage) else parse_page(page, content_type)).root
    if root is None:
        return []
    found = root.xpath("//button | //summary | //*[@role='button'] | //*[@onclick]")
    return [label for label in (_short(el) or el.get("aria-label", "") for el in found)
            if label and labelled.search(label)]


def _may_hold_code(el: etree._Element) -> bool:
    """A cheap first look before a panel's content is parsed: panel-sized, with a code run."""
    raw = text_content(el)
    return len(raw) <= PANEL_MAX and bool(CODE_RUN.search(raw))


def _shown(el: etree._Element, base_url: str) -> PageText:
    """A hidden element's text as a reader sees it once it is opened."""
    shown = copy.deepcopy(el)
    for node in shown.iter():
        if isinstance(node.tag, str):
            for attr in ("hidden", "aria-hidden"):
                node.attrib.pop(attr, None)
            if node.get("style"):
                node.set("style", HIDDEN_STYLE.sub("", node.get("style", "")))
    if shown.tag in ("dialog", "template"):  # (a template's copy is shown once cloned)
        shown.tag = "section"
    return page_text("<html><body>" + etree.tostring(shown, encoding="unicode")
                     + "</body></html>", base_url)


def _headings(el: etree._Element) -> list[str]:
    """Every short heading inside an element, in document order."""
    return [text for h in el.iter("h1", "h2", "h3", "h4", "h5", "h6", "legend", "caption")
            if (text := _short(h))]


def _seller_label(el: etree._Element, labels: list[tuple[str, str]], labelled: re.Pattern[str],
                  seller: re.Pattern[str]) -> tuple[str, str] | None:
    """(label, how) of a panel-sized element with a code run whose label names the seller's
    information, or with a licence heading inside: a candidate to be read by its content."""
    if not _may_hold_code(el):
        return None
    names = [text for text, _ in labels] + _headings(el)
    if not any(labelled.search(t) or seller.search(t) for t in names):
        return None
    return names[0], "its content: a licence block"


def _cloned(el: etree._Element, controls: dict[str, str]) -> bool:
    """A <template> (not a shadow root) that a control clones into view when tapped: one the
    control names by id, or one right after a button."""
    if el.tag != "template" or el.get("shadowrootmode") is not None:
        return False
    before = el.getprevious()
    return el.get("id") in controls or (before is not None and before.tag == "button")


def _outermost_hidden(root: etree._Element, controls: dict[str, str]) -> list[etree._Element]:
    """The hidden elements with no hidden ancestor, in document order, in one walk that
    does not enter a hidden element (head, script, style and an inert template are never
    panels; a template a control clones into view is one)."""
    out: list[etree._Element] = []
    stack = [root]
    while stack:
        el = stack.pop()
        if not isinstance(el.tag, str):
            continue
        if _cloned(el, controls):
            out.append(el)
            continue
        if _hidden(el):
            if el.tag not in ("head", "script", "style", "template"):
                out.append(el)
            continue
        stack.extend(reversed(el))
    return out


def hidden_panels(page: ParsedPage | bytes, base_url: str, labelled: re.Pattern[str],
                  content_type: str = "", carries: Callable[[str], bool] | None = None,
                  seller: re.Pattern[str] | None = None) -> list[Panel]:
    """Hidden elements of a page whose label matches `labelled` (the licence words), or, when
    labelled as the `seller`'s information or with a licence heading inside, whose text
    `carries` a licence block; each with its text parsed as if shown (outermost panel only;
    nested hidden parts shown too). The page is read as parsed (rules.parsed.parse_page), or
    parsed here from its body and Content-Type; the tree is only read (a panel is copied
    before it is shown)."""
    parsed = page if isinstance(page, ParsedPage) else parse_page(page, content_type)
    html = parsed.html
    if ("hidden" not in html and "none" not in html and "<dialog" not in html
            and "<template" not in html):
        return []
    root = parsed.root
    if root is None:
        return []
    controls = _controls(root)
    out: list[Panel] = []
    for el in _outermost_hidden(root, controls):
        labels = _labels(el, controls)
        label = next(((text, how) for text, how in labels if labelled.search(text)), None)
        if label is None and carries is not None and seller is not None:
            label = _seller_label(el, labels, labelled, seller)
            if label is None or not carries((text := _shown(el, base_url)).text):
                continue
        elif label is None:
            continue
        else:
            text = _shown(el, base_url)
        if text.text.strip() and len(text.text) <= PANEL_MAX:
            out.append(Panel(label[0], label[1], text))
    return out
