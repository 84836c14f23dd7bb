"""One page body decoded as a browser would and parsed once, into the tree every reader of
the page shares (its text, speakers, hidden panels, licence buttons, a watched room's page).
"""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree
from w3lib.encoding import html_to_unicode

from rules.layout import in_reading_order


def text_content(el: etree._Element) -> str:
    """Every text node under an element, joined (XPath string(): no comments, not its tail)."""
    return "".join(el.itertext())


def decode_html(body: bytes, content_type: str = "") -> str:
    """An HTML document's text, decoded as a browser would: BOM, then the Content-Type
    charset, then <meta charset>, then UTF-8 if it decodes, else detection (GBK-era sites
    served without a charset). gb2312/gbk are read as their superset gb18030."""
    return html_to_unicode(content_type or None, body, auto_detect_fun=_utf8_or_gb18030)[1]


def _utf8_or_gb18030(body: bytes) -> str:
    """The charset of an undeclared document: UTF-8 when it decodes, else GB18030."""
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        return "gb18030"
    return "utf-8"


@dataclass(frozen=True, eq=False)
class ParsedPage:
    """One page body decoded and parsed once, shared by every reader of the page (its text,
    speakers, hidden panels, licence buttons). Readers only read the tree: one that changes
    a part copies that part first (rules.panels), and the watched page whose recorded chat
    is emptied is parsed on its own (rules.live.parse_watched)."""

    html: str
    root: etree._Element | None  # None: an empty or unparsable document


def parse_page(body: bytes | str, content_type: str = "") -> ParsedPage:
    """Decode (`decode_html`, with the page's Content-Type) and parse a document once, into
    plain lxml elements (the tree lxml.html.document_fromstring builds, read with the
    generic element API; `text_content` for its text_content()), CSS-placed children put in
    reading order (rules.layout)."""
    html = decode_html(body, content_type) if isinstance(body, bytes) else body
    if not html.strip():
        return ParsedPage(html, None)
    try:  # lxml.html's own parser, without its Python class lookup for every element
        root = etree.fromstring(html, etree.HTMLParser())
    except (etree.ParserError, ValueError):
        return ParsedPage(html, None)
    if root is not None:
        in_reading_order(root, html)  # CSS-placed children in the order a shopper reads them
    return ParsedPage(html, root)  # None: no element at all (lxml.html: "Document is empty")
