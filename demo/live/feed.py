"""The demo live rooms' feeds: chat pushed over a WebSocket, or polled over fetch, and a
log of every event sent, per room and session, for tests to compare with a recording.

A session starts when a room page is served (`?speed=N` plays the script N times
faster); its feed then sends each scripted event when it falls due. The WebSocket
side is RFC 6455 over the demo server's own socket (stdlib only: the demo server is
http.server, and a room needs text frames, ping and close, nothing more).
"""

from __future__ import annotations

import base64
import hashlib
import json
import select
import socket
import struct
import threading
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from typing import Any, BinaryIO

from demo.live.script import Event, RoomScript, event_stream

_WS_GUID = b"258EAFA5-E914-47DA-95CA-C5AB0DC85B11"
MAX_SPEED = 50.0
MAX_SENT_PER_ROOM = 200_000


@dataclass(frozen=True)
class SentEvent:
    """One event a feed sent: room, session, order, kind, and when it left the server."""

    room: str
    session: str
    seq: int
    kind: str
    msg_id: str
    speaker: str
    role: str
    text: str
    sent_utc: str
    offset_s: float  # seconds since the session started, wall clock
    transport: str


@dataclass
class Session:
    """One viewer's session of a room: its clock, speed and position in the script."""

    session_id: str
    room: RoomScript
    speed: float
    started: float = field(default_factory=time.monotonic)
    _stream: Iterator[Event] | None = None
    _next: Event | None = None
    lock: threading.Lock = field(default_factory=threading.Lock)

    def due_at(self, event: Event) -> float:
        """Monotonic time at which an event falls due in this session."""
        return self.started + event.at / self.speed

    def peek(self) -> Event:
        """The next event not sent yet."""
        if self._stream is None:
            self._stream = event_stream(self.room)
        if self._next is None:
            self._next = next(self._stream)
        return self._next

    def take_due(self, now: float) -> list[Event]:
        """Every event due by now, in order, marked as sent."""
        out = []
        while self.due_at(self.peek()) <= now:
            out.append(self.peek())
            self._next = None
        return out


class LiveFeeds:
    """Sessions and sent logs of every scripted room served by one demo server."""

    def __init__(self, rooms: dict[str, RoomScript]) -> None:
        self.rooms = rooms
        self._sessions: dict[str, Session] = {}
        self._sent: dict[str, list[SentEvent]] = {room: [] for room in rooms}
        self._lock = threading.Lock()

    def open_session(self, room_id: str, speed: float) -> Session:
        """Start a viewer's session of a room at a speed-up factor (1..MAX_SPEED)."""
        speed = min(max(speed, 1.0), MAX_SPEED)
        with self._lock:
            session = Session(f"{room_id}.{len(self._sessions) + 1}", self.rooms[room_id], speed)
            self._sessions[session.session_id] = session
        return session

    def session(self, session_id: str) -> Session | None:
        """A session by id, or None."""
        with self._lock:
            return self._sessions.get(session_id)

    def sent(self, room_id: str, session_id: str | None = None) -> list[SentEvent]:
        """What the room's feed sent so far (to one session, or to all), in order."""
        with self._lock:
            log = list(self._sent.get(room_id, []))
        return [e for e in log if session_id is None or e.session == session_id]

    def sent_jsonl(self, room_id: str, session_id: str | None = None) -> bytes:
        """The sent log as JSON lines (served at /live2/<room>/sent.jsonl)."""
        return "".join(json.dumps(asdict(e), ensure_ascii=False) + "\n"
                       for e in self.sent(room_id, session_id)).encode()

    def _log(self, session: Session, events: list[Event], transport: str) -> None:
        now = time.monotonic()
        utc = datetime.now(UTC).isoformat(timespec="milliseconds")
        entries = [SentEvent(session.room.room_id, session.session_id, e.seq,
                             e.payload["type"], str(e.payload.get("id", "")),
                             str(e.payload.get("speaker", "")), str(e.payload.get("role", "")),
                             str(e.payload.get("text", "")), utc,
                             round(now - session.started, 3), transport) for e in events]
        with self._lock:
            log = self._sent[session.room.room_id]
            log.extend(entries[: max(0, MAX_SENT_PER_ROOM - len(log))])

    def poll(self, session: Session) -> bytes:
        """The JSON body of one poll: every event that fell due since the last poll."""
        with session.lock:
            due = session.take_due(time.monotonic())
            self._log(session, due, "poll")
        return json.dumps({"events": [{"seq": e.seq, **e.payload} for e in due]},
                          ensure_ascii=False).encode()

    def push(self, session: Session, sock: socket.socket, wfile: BinaryIO,
             stop: threading.Event) -> None:
        """Push the session's events over an upgraded socket until it closes or stop is set."""
        while not stop.is_set():
            with session.lock:
                due = session.take_due(time.monotonic())
                wait = session.due_at(session.peek()) - time.monotonic()
            binary = session.room.transport == "websocket-binary"
            for event in due:
                if binary:
                    wfile.write(ws_frame(0x2, pb_event(event.seq, event.payload)))
                    continue
                data = json.dumps({"seq": event.seq, **event.payload}, ensure_ascii=False)
                wfile.write(ws_frame(0x1, data.encode()))
            if due:
                wfile.flush()
                self._log(session, due, session.room.transport)
            readable, _, _ = select.select([sock], [], [], min(max(wait, 0.0), 0.2))
            if readable:
                opcode, payload = read_ws_frame(sock)
                if opcode == 0x8:
                    wfile.write(ws_frame(0x8, payload[:2]))
                    wfile.flush()
                    return
                if opcode == 0x9:
                    wfile.write(ws_frame(0xA, payload))
                    wfile.flush()


# Field numbers of the binary rooms' protobuf-style event message (wire types 0 and 2).
PB_FIELDS = {"seq": 1, "type": 2, "id": 3, "speaker": 4, "role": 5, "badge": 6, "level": 7,
             "text": 8}
PB_REST = 15  # every other key of the event, as a JSON string


def _varint(value: int) -> bytes:
    out = bytearray()
    while True:
        byte, value = value & 0x7F, value >> 7
        out.append(byte | (0x80 if value else 0))
        if not value:
            return bytes(out)


def pb_event(seq: int, payload: dict[str, Any]) -> bytes:
    """One event as a protobuf-style binary message, as real platforms push chat."""
    out = bytearray(_varint(PB_FIELDS["seq"] << 3) + _varint(seq))
    rest = {}
    for key, value in payload.items():
        number = PB_FIELDS.get(key)
        if number is None:
            rest[key] = value
        elif value is None:
            continue
        elif isinstance(value, int) and not isinstance(value, bool):
            out += _varint(number << 3) + _varint(value)
        else:
            data = str(value).encode()
            out += _varint(number << 3 | 2) + _varint(len(data)) + data
    if rest:
        data = json.dumps(rest, ensure_ascii=False).encode()
        out += _varint(PB_REST << 3 | 2) + _varint(len(data)) + data
    return bytes(out)


def ws_accept(key: str) -> str:
    """The Sec-WebSocket-Accept value for a client's Sec-WebSocket-Key."""
    return base64.b64encode(hashlib.sha1(key.encode() + _WS_GUID).digest()).decode()


def ws_frame(opcode: int, payload: bytes) -> bytes:
    """One unmasked, final server frame."""
    size = len(payload)
    if size < 126:
        head = struct.pack("!BB", 0x80 | opcode, size)
    elif size < 1 << 16:
        head = struct.pack("!BBH", 0x80 | opcode, 126, size)
    else:
        head = struct.pack("!BBQ", 0x80 | opcode, 127, size)
    return head + payload


def _read_exact(sock: socket.socket, size: int) -> bytes:
    data = b""
    while len(data) < size:
        chunk = sock.recv(size - len(data))
        if not chunk:
            raise ConnectionResetError("websocket closed mid-frame")
        data += chunk
    return data


def read_ws_frame(sock: socket.socket) -> tuple[int, bytes]:
    """One client frame (opcode, unmasked payload); a closed socket reads as close (8)."""
    try:
        first, second = _read_exact(sock, 2)
    except (ConnectionResetError, ValueError, OSError):
        return 0x8, b""
    size = second & 0x7F
    if size == 126:
        size = struct.unpack("!H", _read_exact(sock, 2))[0]
    elif size == 127:
        size = struct.unpack("!Q", _read_exact(sock, 8))[0]
    if size > 1 << 20:
        return 0x8, b""
    mask = _read_exact(sock, 4) if second & 0x80 else b"\0\0\0\0"
    payload = bytes(b ^ mask[i % 4] for i, b in enumerate(_read_exact(sock, size)))
    return first & 0x0F, payload


def query_speed(params: dict[str, list[str]]) -> float:
    """The ?speed= factor of a room page (1 when absent or unreadable)."""
    try:
        return float(params.get("speed", ["1"])[0])
    except ValueError:
        return 1.0


def describe(room: RoomScript) -> dict[str, Any]:
    """The room's identity for its page and the index."""
    return {"room": room.room_id, "title": room.title, "anchor": room.anchor,
            "transport": room.transport, "rows": room.dom_rows}
