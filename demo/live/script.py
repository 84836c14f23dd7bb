"""Room scripts for the demo live rooms: timed chat lines and room-state changes, as data.

A script (rooms.yaml) lists what happens in a room in seconds from the start of a
viewer's session at speed 1. `event_stream(script)` expands it, repeating the
cycle with fresh ids, into the ordered events the feed pushes or serves.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

ROLES = ("anchor", "assistant", "viewer", "system")
TRANSPORTS = ("websocket", "poll", "websocket-binary")  # binary: protobuf-style frames
KINDS = ("chat", "withdraw", "notice", "product", "cart", "viewers", "caption")


class ScriptError(ValueError):
    """A room script that cannot be played."""


@dataclass(frozen=True)
class Line:
    """One chat line: who says what, when, and when it is withdrawn (撤回), if ever."""

    at: float
    who: str
    role: str
    text: str
    badge: str = ""
    level: int = 0  # 粉丝团 level of a viewer, 0 = not a member
    withdrawn_at: float | None = None
    label: str = ""

    def __post_init__(self) -> None:
        if self.role not in ROLES:
            raise ScriptError(f"unknown role {self.role!r} for {self.text!r}")
        if self.withdrawn_at is not None and self.withdrawn_at <= self.at:
            raise ScriptError(f"withdrawn before it was said: {self.text!r}")


@dataclass(frozen=True)
class Change:
    """A change of the room state at a time: notice, product, cart, viewers or caption."""

    at: float
    kind: str
    value: Any


@dataclass(frozen=True)
class Event:
    """One thing the feed sends: its order, due time (s, speed 1) and JSON payload."""

    seq: int
    at: float
    payload: dict[str, Any]


@dataclass(frozen=True)
class RoomScript:
    """A whole room: identity, transport, how many rows its player keeps, and its script."""

    room_id: str
    title: str
    anchor: str
    transport: str
    dom_rows: int
    cycle_s: float
    lines: tuple[Line, ...]
    changes: tuple[Change, ...]
    shop: tuple[tuple[str, str], ...] = ()  # the room's shop licence: (label, value) rows

    def __post_init__(self) -> None:
        if self.transport not in TRANSPORTS:
            raise ScriptError(f"{self.room_id}: transport must be one of {TRANSPORTS}")
        last = max([line.withdrawn_at or line.at for line in self.lines] +
                   [c.at for c in self.changes])
        if self.cycle_s <= last:
            raise ScriptError(f"{self.room_id}: cycle_s must exceed the last event ({last})")


def _room(raw: dict[str, Any]) -> RoomScript:
    lines = tuple(Line(**line) for line in raw["lines"])
    changes: list[Change] = []
    for kind, key in (("notice", "notices"), ("product", "products"), ("cart", "carts"),
                      ("caption", "captions")):
        for item in raw.get(key, []):
            value = {k: v for k, v in item.items() if k not in ("at", "label")}
            changes.append(Change(float(item["at"]), kind, value))
    viewers = raw.get("viewers")
    if viewers:
        count, t = int(viewers["start"]), 0.0
        while t < float(raw["cycle_s"]):
            changes.append(Change(t, "viewers", {"count": count}))
            count, t = max(0, count + int(viewers["step"])), t + float(viewers["every"])
    return RoomScript(raw["id"], raw["title"], raw["anchor"], raw["transport"],
                      int(raw["dom_rows"]), float(raw["cycle_s"]), lines,
                      tuple(sorted(changes, key=lambda c: c.at)),
                      tuple((str(k), str(v)) for k, v in (raw.get("shop") or {}).items()))


@lru_cache(maxsize=1)
def load_rooms() -> dict[str, RoomScript]:
    """Every scripted room by id, from demo/live/rooms.yaml."""
    text = resources.files("demo.live").joinpath("rooms.yaml").read_text(encoding="utf-8")
    try:
        rooms = [_room(raw) for raw in yaml.safe_load(text)["rooms"]]
    except (KeyError, TypeError) as exc:
        raise ScriptError(f"rooms.yaml: {exc}") from None
    return {room.room_id: room for room in rooms}


def _cycle_events(room: RoomScript, cycle: int) -> list[tuple[float, int, dict[str, Any]]]:
    base = cycle * room.cycle_s
    out: list[tuple[float, int, dict[str, Any]]] = []
    for k, line in enumerate(room.lines):
        msg_id = f"{room.room_id}-{cycle}-{k}"
        out.append((base + line.at, 1, {
            "type": "chat", "id": msg_id, "speaker": line.who, "role": line.role,
            "badge": line.badge, "level": line.level, "text": line.text}))
        if line.withdrawn_at is not None:
            out.append((base + line.withdrawn_at, 1, {"type": "withdraw", "id": msg_id}))
    for change in room.changes:
        out.append((base + change.at, 0, {"type": change.kind, **change.value}))
    return out


def event_stream(room: RoomScript) -> Iterator[Event]:
    """The room's events in the order they are sent, cycle after cycle, without end."""
    seq, cycle = 0, 0
    while True:
        for at, _, payload in sorted(_cycle_events(room, cycle), key=lambda e: (e[0], e[1])):
            seq += 1  # state before chat at the same instant
            yield Event(seq, at, payload)
        cycle += 1
