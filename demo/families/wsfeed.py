"""Plays a family's scripted WebSocket feed: an asset of type WS_SCRIPT pushed frame by frame.

A family that wants its room fed over a WebSocket ships the feed as an ordinary asset
(a JSON list of `{"after_ms": N, "data": {...}}`), typed WS_SCRIPT. A plain GET of the
path returns the script itself; an Upgrade request gets RFC 6455 text frames, each
`after_ms` after the previous one, then the socket stays open (a room never ends on
its own) until the viewer closes it or the server stops.
"""

from __future__ import annotations

import contextlib
import json
import select
import socket
import threading
from typing import BinaryIO

from demo.live.feed import read_ws_frame, ws_accept, ws_frame

WS_SCRIPT = "application/x-family-ws+json"
MAX_GAP_S = 5.0  # a scripted gap is never longer than this


def frames_of(script: bytes) -> list[tuple[float, bytes]]:
    """(seconds to wait, frame payload) for every step of a feed script."""
    steps = json.loads(script)
    return [(min(max(float(s["after_ms"]) / 1000, 0.0), MAX_GAP_S),
             json.dumps(s["data"], ensure_ascii=False).encode()) for s in steps]


def _closed(sock: socket.socket, wfile: BinaryIO, wait: float) -> bool:
    """Wait up to `wait` s for a client frame; True when the client closed the socket."""
    readable, _, _ = select.select([sock], [], [], wait)
    if not readable:
        return False
    opcode, payload = read_ws_frame(sock)
    if opcode == 0x8:
        with contextlib.suppress(OSError):
            wfile.write(ws_frame(0x8, payload[:2]))
            wfile.flush()
        return True
    if opcode == 0x9:
        wfile.write(ws_frame(0xA, payload))
        wfile.flush()
    return False


def play(script: bytes, key: str, sock: socket.socket, wfile: BinaryIO,
         stop: threading.Event) -> None:
    """Answer the upgrade, push every scripted frame on time, then hold until closed."""
    wfile.write(("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
                 f"Connection: Upgrade\r\nSec-WebSocket-Accept: {ws_accept(key)}\r\n\r\n")
                .encode())
    wfile.flush()
    with contextlib.suppress(OSError):
        for wait, payload in frames_of(script):
            if stop.is_set() or _closed(sock, wfile, wait):
                return
            wfile.write(ws_frame(0x1, payload))
            wfile.flush()
        while not stop.is_set():
            if _closed(sock, wfile, 0.2):
                return
