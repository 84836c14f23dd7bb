"""A PDF a shop links as a page (营业执照.pdf): read as the text and images a reader sees in it.

The sealed bytes are the PDF the server sent; this reading is derived from them each time
the rules run, never stored in their place. A PDF with a text layer gives its lines; each
page that carries an image gives one <img>, named by the document's file name and page,
so a scanned licence counts as a displayed licence image (its code unread, as an <img>
licence is without OCR). A PDF that cannot be read gives no text at all.
"""

from __future__ import annotations

import logging
from html import escape
from io import BytesIO
from urllib.parse import unquote, urlsplit

from pypdf import PdfReader
from pypdf.errors import PyPdfError

MAGIC = b"%PDF-"
MAX_PAGES = 20  # a licence is a page or two; a longer document is read this far
logging.getLogger("pypdf").setLevel(logging.ERROR)  # a malformed object is not news


def is_pdf(body: bytes) -> bool:
    """True when the body is a PDF document (by its own header, whatever it was served as)."""
    return body[:1024].lstrip().startswith(MAGIC)


def pdf_as_html(body: bytes, url: str) -> str:
    """The PDF's text layer as paragraphs and its image-bearing pages as images, in order."""
    name = unquote(urlsplit(url).path.rsplit("/", 1)[-1]) or "document.pdf"
    parts: list[str] = []
    try:
        reader = PdfReader(BytesIO(body))
        for number, page in enumerate(reader.pages[:MAX_PAGES], 1):
            text = page.extract_text() or ""
            parts += [f"<p>{escape(line.strip())}</p>" for line in text.splitlines()
                      if line.strip()]
            if len(page.images):
                label = escape(f"{name} 第{number}页图像 page {number} image")
                parts.append(f'<img src="{escape(url)}#page={number}" alt="{label}">')
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError):
        return ""
    return f"<html><body>{''.join(parts)}</body></html>" if parts else ""
