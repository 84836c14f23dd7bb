"""Who handles a lead: the office roster and automatic assignment by district, balanced.

Users live in the `users` table of the office accounts (office/); this module
only reads it. `pick` is a pure function over a roster so it can be tested
without a database.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from hongdun.errors import HongdunError


@dataclass(frozen=True)
class Member:
    """One user as the leads stage sees them."""

    name: str
    role: str
    districts: tuple[str, ...]
    active: bool = True

    def covers(self, district: str) -> bool:
        return district in self.districts


class NoSuchUser(HongdunError):
    """The named user does not exist or is disabled."""


def roster(conn: sqlite3.Connection) -> list[Member]:
    """Every user of the office, or [] when the accounts table does not exist yet."""
    exists = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'users'"
                          ).fetchone()
    if exists is None:
        return []
    rows = conn.execute("SELECT name, role, districts, disabled FROM users ORDER BY name")
    return [Member(r[0], r[1], tuple(d.strip() for d in (r[2] or "").split(",") if d.strip()),
                   not r[3]) for r in rows]


def member(members: Sequence[Member], name: str) -> Member:
    """The active user called name, else NoSuchUser."""
    for m in members:
        if m.name == name:
            if not m.active:
                raise NoSuchUser(f"user {name} is disabled")
            return m
    if not members:
        raise NoSuchUser("no users yet: create them with `hongdun users add NAME --role ROLE`")
    raise NoSuchUser(f"no user {name!r}")


def pick(district: str, members: Sequence[Member], load: Mapping[str, int]) -> str | None:
    """The active inspector of the district holding the fewest open leads (ties: by name)."""
    candidates = [m.name for m in members
                  if m.active and m.role == "inspector" and m.covers(district)]
    if not candidates:
        return None
    return min(candidates, key=lambda name: (load.get(name, 0), name))
