"""The network side of a watch: WebSocket frames and fetch/XHR responses, streamed to a WARC.

Each frame (both directions, raw text or bytes) and each fetch/XHR response body is
appended to network.warc.gz as its own gzip member the moment it arrives (frames as
resource records, responses as response records), with an index line in
network.jsonl; a short rolling window of recent payloads lets the recorder mark which
network record carried a chat line's text.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import time
from collections import deque
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import IO

from playwright.async_api import Page, Response, WebSocket
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from crawlers.live.records import NetworkEntry, to_json

WARC_NAME = "network.warc.gz"
MAX_BODY = 2_000_000
RECENT = 400


class NetworkLog:
    """Append-only WARC and index of one watch's room traffic."""

    def __init__(self, folder: Path, started: float, max_records: int = 200_000) -> None:
        self._warc: IO[bytes] = open(folder / WARC_NAME, "ab")  # noqa: SIM115 (closed by close)
        self._index: IO[str] = open(folder / "network.jsonl", "a", encoding="utf-8")  # noqa: SIM115
        self._writer = WARCWriter(self._warc, gzip=True, warc_version="1.1")
        self._started = started
        self.max_records = max_records
        self.count = 0
        self.dropped = 0
        self.recent: deque[tuple[str, bytes]] = deque(maxlen=RECENT)
        self.errors: list[str] = []
        self.closed = False

    def _entry(self, kind: str, url: str, payload: bytes, status: int = 0) -> NetworkEntry | None:
        if self.closed:  # traffic after the window ended is not part of the watch
            return None
        if self.count >= self.max_records:
            self.dropped += 1
            return None
        self.count += 1
        prefix = "fetch" if kind == "response" else "ws"
        return NetworkEntry(f"{prefix}:{self.count}", kind, url,
                            round(time.monotonic() - self._started, 3),
                            datetime.now(UTC).isoformat(timespec="milliseconds"),
                            len(payload), hashlib.sha256(payload).hexdigest(), status)

    def _write(self, entry: NetworkEntry, record_type: str, uri: str, payload: bytes,
               content_type: str, http: StatusAndHeaders | None = None) -> None:
        headers = {"WARC-Date": entry.utc, "WARC-Hongdun-Ref": entry.ref,
                   "WARC-Hongdun-Kind": entry.kind, "WARC-Hongdun-Offset": str(entry.offset_s)}
        self._writer.write_record(self._writer.create_warc_record(
            uri, record_type, payload=io.BytesIO(payload), http_headers=http,
            warc_content_type=content_type, warc_headers_dict=headers))
        self._index.write(to_json(entry))
        self.recent.append((entry.ref, payload))

    def frame(self, ws_url: str, direction: str, payload: str | bytes) -> None:
        """Keep one WebSocket frame ("sent" or "received") as a resource record."""
        data = payload.encode() if isinstance(payload, str) else payload
        entry = self._entry(f"ws-{direction}", ws_url, data)
        if entry is not None:
            kind = "text/plain; charset=utf-8" if isinstance(payload, str) else \
                "application/octet-stream"
            self._write(entry, "resource", f"urn:hongdun:ws:{entry.ref}:{ws_url}", data, kind)

    async def response(self, response: Response) -> None:
        """Keep one fetch/XHR response (status, headers, body) as a response record."""
        if response.request.resource_type not in ("fetch", "xhr"):
            return
        try:
            body = await response.body()
        except Exception as exc:  # the page went away, or the body was not kept
            self.errors.append(f"response body {response.url}: {type(exc).__name__}")
            return
        body = body[:MAX_BODY]
        entry = self._entry("response", response.url, body, response.status)
        if entry is None:
            return
        headers = [(k, v) for k, v in response.headers.items()
                   if k.lower() not in ("content-encoding", "transfer-encoding",
                                        "content-length")]
        http = StatusAndHeaders(f"{response.status} {response.status_text or 'OK'}", headers,
                                protocol="HTTP/1.1")
        self._write(entry, "response", response.url, body, "application/http; msgtype=response",
                    http)

    def source_of(self, text: str) -> str:
        """The most recent network record whose payload carries text (UTF-8), or ""."""
        needle = text.encode()
        if len(needle) < 2:
            return ""
        for ref, payload in reversed(self.recent):
            if needle in payload:
                return ref
        return ""

    def attach(self, page: Page, spawn: Callable[[object], None]) -> None:
        """Listen to the page's WebSockets and responses; spawn runs coroutines as tasks."""
        def on_socket(ws: WebSocket) -> None:
            ws.on("framesent", lambda p: self.frame(ws.url, "sent", p))
            ws.on("framereceived", lambda p: self.frame(ws.url, "received", p))
        page.on("websocket", on_socket)
        page.on("response", lambda r: spawn(self.response(r)))

    def checkpoint(self) -> None:
        """Flush and fsync what was written so far."""
        for handle in (self._warc, self._index):
            handle.flush()
            os.fsync(handle.fileno())

    def close(self) -> None:
        """Checkpoint and close the files; later traffic is ignored."""
        self.checkpoint()
        self.closed = True
        self._warc.close()
        self._index.close()


def received_payloads(folder: Path, until_utc: str) -> bytes:
    """Every payload the page received (frames in, responses) up to a time, concatenated."""
    from warcio.archiveiterator import ArchiveIterator

    end = datetime.fromisoformat(until_utc)
    index = {}
    with open(folder / "network.jsonl", encoding="utf-8") as lines:
        for raw in lines:
            entry = NetworkEntry(**json.loads(raw))
            index[entry.ref] = entry
    out = io.BytesIO()
    with open(folder / WARC_NAME, "rb") as handle:
        for record in ArchiveIterator(handle):
            entry = index.get(record.rec_headers.get_header("WARC-Hongdun-Ref"))
            if entry and entry.kind != "ws-sent" and datetime.fromisoformat(entry.utc) <= end:
                out.write(record.content_stream().read())
    return out.getvalue()
