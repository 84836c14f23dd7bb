"""WARC for one capture (warcio): each page's HTTP response plus the DOM, screenshots and images.

The crawler hands over what the browser saw (status, headers, body), not the raw
wire bytes, so response records are rebuilt from those; each record says so in a
WARC-Hongdun-Body header ("http-body" or "rendered-dom"). Screenshots, licence
images, OCR text and chat messages are resource records.
"""

from __future__ import annotations

import io
from http import HTTPStatus

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from hongdun import __version__
from hongdun.records import PageCapture, Visit

FILENAME = "capture.warc.gz"
# The stored body is already decoded and complete: these would misdescribe it.
_DROP = {"content-encoding", "transfer-encoding", "content-length"}


def _status_line(status: int) -> str:
    try:
        return f"{status} {HTTPStatus(status).phrase}"
    except ValueError:
        return f"{status} Unknown"


def _page_records(writer: WARCWriter, page: PageCapture, index: int) -> None:
    base = {"WARC-Date": page.started_utc, "WARC-Hongdun-Page": f"{index:02d}-{page.role}"}
    if page.server_ip:
        base["WARC-IP-Address"] = page.server_ip
    if page.status > 0:
        headers = [(k, v) for k, v in page.headers if k.lower() not in _DROP]
        http = StatusAndHeaders(_status_line(page.status), headers, protocol="HTTP/1.1")
        body_kind = "rendered-dom" if page.rendered else "http-body"
        writer.write_record(writer.create_warc_record(
            page.final_url, "response", payload=io.BytesIO(page.body), http_headers=http,
            warc_headers_dict={**base, "WARC-Hongdun-Body": body_kind,
                               "WARC-Hongdun-Requested-URI": page.requested_url}))
    if page.error:
        writer.write_record(writer.create_warc_record(
            f"urn:hongdun:error:{page.final_url}", "resource",
            payload=io.BytesIO(page.error.encode()), warc_content_type="text/plain",
            warc_headers_dict=base))
    for k, png in enumerate(page.screenshots, 1):
        writer.write_record(writer.create_warc_record(
            f"urn:hongdun:screenshot:{page.final_url}#{k}", "resource",
            payload=io.BytesIO(png), warc_content_type="image/png", warc_headers_dict=base))
    for image in page.images:
        writer.write_record(writer.create_warc_record(
            image.url, "resource", payload=io.BytesIO(image.body),
            warc_content_type=image.media_type, warc_headers_dict=base))
    if page.messages:
        lines = "\n".join(f"{m.at_utc}\t{m.author}\t{m.text}" for m in page.messages)
        writer.write_record(writer.create_warc_record(
            f"urn:hongdun:messages:{page.final_url}", "resource",
            payload=io.BytesIO(lines.encode()), warc_content_type="text/plain; charset=utf-8",
            warc_headers_dict=base))


def build(visit: Visit, capture_id: str) -> bytes:
    """The gzip-compressed WARC 1.1 bytes of a visit."""
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True, warc_version="1.1")
    writer.write_record(writer.create_warcinfo_record(f"{capture_id}.warc.gz", {
        "software": f"hongdun {__version__}", "format": "WARC File Format 1.1",
        "http-header-user-agent": visit.user_agent,
        "browser": visit.browser_version or "none (plain HTTP)",
        "hongdun-capture-id": capture_id, "hongdun-target-id": visit.target.target_id,
        "hongdun-sweep-id": visit.sweep_id,
    }))
    for index, page in enumerate(visit.pages, 1):
        _page_records(writer, page, index)
    return out.getvalue()
