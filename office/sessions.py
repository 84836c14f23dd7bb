"""Server-side sessions: rows of the `sessions` table, found by the SHA-256 of a cookie token.

The cookie carries 256 random bits (ASVS 3.2.2); the database keeps only their
hash, so a copy of hongdun.db does not let anyone in. A session ends after
`session_idle_minutes` without a request or `session_absolute_hours` after login,
whichever comes first (ASVS 3.3.1/3.3.2); logging in always issues a new token
(3.2.1), and a disabled user's rows are gone in the same transaction that
disables them. Every function takes `now`, so tests drive a controlled clock.
"""

from __future__ import annotations

import hashlib
import re
import secrets
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta

from hongdun.clock import iso_utc
from hongdun.config import Config
from hongdun.errors import UsageError
from office.accounts import User, ensure_schema

TOKEN_BYTES = 32  # 256 bits
_TOKEN = re.compile(r"^[A-Za-z0-9_-]{43}$")


@dataclass(frozen=True)
class SessionPolicy:
    """How long a session lives: idle and absolute limits."""

    idle: timedelta
    absolute: timedelta


@dataclass(frozen=True)
class Session:
    """A live session: who, its CSRF token and its times (canonical UTC stamps)."""

    user: User
    csrf_token: str
    created_at: str
    last_seen_at: str


def policy_from(cfg: Config) -> SessionPolicy:
    """The session limits configured in cfg (both must be positive, idle <= absolute)."""
    idle = timedelta(minutes=cfg.number("session_idle_minutes"))
    absolute = timedelta(hours=cfg.number("session_absolute_hours"))
    if idle <= timedelta(0) or absolute <= timedelta(0):
        raise UsageError("HONGDUN_SESSION_IDLE_MINUTES and HONGDUN_SESSION_ABSOLUTE_HOURS "
                         "must be positive")
    if idle > absolute:
        raise UsageError("the idle session timeout cannot exceed the absolute one")
    return SessionPolicy(idle, absolute)


def token_hash(token: str) -> str:
    """What the database keeps of a session token: its SHA-256, hex."""
    return hashlib.sha256(token.encode("ascii")).hexdigest()


def start(conn: sqlite3.Connection, user: User, now: datetime, address: str,
          policy: SessionPolicy) -> str:
    """Open a new session for user and return its token (the only copy); prune expired rows."""
    ensure_schema(conn)
    token = secrets.token_urlsafe(TOKEN_BYTES)
    stamp = iso_utc(now)
    with conn:
        _prune(conn, now, policy)
        conn.execute("INSERT INTO sessions (token_hash, user_name, csrf_token, created_at, "
                     "last_seen_at, address) VALUES (?, ?, ?, ?, ?, ?)",
                     (token_hash(token), user.name, secrets.token_urlsafe(TOKEN_BYTES), stamp,
                      stamp, address))
    return token


def lookup(conn: sqlite3.Connection, token: str | None, now: datetime,
           policy: SessionPolicy) -> Session | None:
    """The live session of token, its idle clock restarted; None if unknown, expired or
    its user is disabled (an expired row is deleted)."""
    if not token or not _TOKEN.match(token):
        return None
    digest = token_hash(token)
    row = conn.execute(
        "SELECT s.csrf_token, s.created_at, s.last_seen_at, u.name, u.role, u.districts, "
        "u.disabled FROM sessions s JOIN users u ON u.name = s.user_name "
        "WHERE s.token_hash = ?", (digest,)).fetchone()
    if row is None:
        return None
    created = datetime.fromisoformat(row["created_at"])
    seen = datetime.fromisoformat(row["last_seen_at"])
    if row["disabled"] or now - seen >= policy.idle or now - created >= policy.absolute:
        with conn:
            conn.execute("DELETE FROM sessions WHERE token_hash = ?", (digest,))
        return None
    stamp = iso_utc(now)
    with conn:
        conn.execute("UPDATE sessions SET last_seen_at = ? WHERE token_hash = ?", (stamp, digest))
    user = User(row["name"], row["role"], tuple(d for d in row["districts"].split(",") if d),
                False)
    return Session(user, row["csrf_token"], row["created_at"], stamp)


def end(conn: sqlite3.Connection, token: str | None) -> None:
    """Forget the session of token (logout); unknown tokens are ignored."""
    if token and _TOKEN.match(token):
        with conn:
            conn.execute("DELETE FROM sessions WHERE token_hash = ?", (token_hash(token),))


def count_for(conn: sqlite3.Connection, name: str) -> int:
    """How many session rows a user has (live or not yet pruned)."""
    ensure_schema(conn)
    return int(conn.execute("SELECT count(*) FROM sessions WHERE user_name = ?",
                            (name,)).fetchone()[0])


def _prune(conn: sqlite3.Connection, now: datetime, policy: SessionPolicy) -> None:
    conn.execute("DELETE FROM sessions WHERE last_seen_at <= ? OR created_at <= ?",
                 (iso_utc(now - policy.idle), iso_utc(now - policy.absolute)))
