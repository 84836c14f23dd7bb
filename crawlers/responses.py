"""A fetched page as Hongdun records it: its headers, server address, error and failure reason.

Small pure functions over a Scrapy response or failure, shared by the spider's
callbacks (crawlers/spiders/storefront.py): what a page's capture says about how
it was received, and the short stable reason (also a stats key suffix) for one
that was not.
"""

from __future__ import annotations

from scrapy.http import Response
from twisted.python.failure import Failure

from crawlers.middlewares import PrivateAddress
from crawlers.pagewatch import PageFailed


def failure_reason(failure: Failure) -> str:
    """A short, stable reason for a failed page, also used as a stats key suffix."""
    exc = failure.value
    name = type(exc).__name__
    text = " ".join(str(exc).split())[:160]
    if isinstance(exc, PageFailed | PrivateAddress):
        return text
    if "exceeded DOWNLOAD_MAXSIZE" in text or "larger than download max size" in text:
        return "too-large: over the download size limit"
    if "Target crashed" in text:
        return "renderer-crashed"
    if "max redirections reached" in text or "ERR_TOO_MANY_REDIRECTS" in text:
        return "too-many-redirects"
    if "Timeout" in name or "timeout" in text.lower():
        return "timeout"
    if name == "DNSLookupError":
        return "dns"
    if "ConnectionRefused" in name or "ERR_CONNECTION_REFUSED" in text:
        return "connection-refused"
    if name == "OffsiteRedirect":
        return f"offsite: {text}"
    return f"{name}: {text}" if text else name


def headers_of(response: Response) -> tuple[tuple[str, str], ...]:
    """The response headers as (name, value) pairs, repeated names joined."""
    return tuple((k.decode("latin-1"), b", ".join(v).decode("latin-1"))
                 for k, v in response.headers.items())


def is_html(headers: tuple[tuple[str, str], ...]) -> bool:
    """Whether the page is HTML (no Content-Type counts as HTML)."""
    types = [v for k, v in headers if k.lower() == "content-type"]
    return not types or "html" in types[0].lower()


def ip_of(response: Response) -> str | None:
    """The server address the response came from, if known."""
    return str(response.ip_address) if response.ip_address else None


def status_error(status: int) -> str | None:
    """The page's error for an HTTP error status, else None."""
    return f"http {status}" if status >= 400 else None
