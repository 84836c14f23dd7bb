"""User accounts in HOME/hongdun.db: role, districts, argon2id password hash, disabled flag.

The `users` table is the contract other packages rely on (leads assign by
district from it): users(name, role, districts, password_hash, disabled,
created_at), districts comma-separated 6-digit codes. Passwords follow OWASP
ASVS L2 §2.1: at least 12 characters after NFKC normalisation, up to 128
allowed, any Unicode, no composition rules, common passwords refused.
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from hongdun.clock import iso_utc
from hongdun.errors import UsageError

ROLES = ("inspector", "supervisor", "case_officer", "admin")
MIN_PASSWORD = 12
MAX_PASSWORD = 128
SCHEMA = """
CREATE TABLE IF NOT EXISTS users (
    name TEXT PRIMARY KEY, role TEXT NOT NULL, districts TEXT NOT NULL DEFAULT '',
    password_hash TEXT NOT NULL, disabled INTEGER NOT NULL DEFAULT 0, created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS sessions (
    token_hash TEXT PRIMARY KEY, user_name TEXT NOT NULL REFERENCES users(name),
    csrf_token TEXT NOT NULL, created_at TEXT NOT NULL, last_seen_at TEXT NOT NULL,
    address TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS sessions_user ON sessions(user_name);
CREATE TABLE IF NOT EXISTS login_failures (
    account TEXT NOT NULL, address TEXT NOT NULL, at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS login_failures_account ON login_failures(account, at);
CREATE INDEX IF NOT EXISTS login_failures_address ON login_failures(address, at);
"""
_NAME = re.compile(r"^\w[\w.@-]{0,63}$")
_DISTRICT = re.compile(r"^\d{6}$")
# argon2id with the OWASP Password Storage Cheat Sheet parameters (m=19 MiB, t=2, p=1):
# ~0.2 s per login on a busy 2-core machine; older hashes are re-hashed at login.
_HASHER = PasswordHasher(time_cost=2, memory_cost=19456, parallelism=1)


class AccountError(UsageError):
    """A user name, role, district list or password that cannot be accepted."""


@dataclass(frozen=True)
class User:
    """Who is acting: a row of the users table, without the hash."""

    name: str
    role: str
    districts: tuple[str, ...]
    disabled: bool


def ensure_schema(conn: sqlite3.Connection) -> None:
    """Create the office tables (users, sessions, login_failures) if they are missing."""
    conn.executescript(SCHEMA)


def parse_districts(text: str) -> tuple[str, ...]:
    """'370602,370611' -> ('370602', '370611'); each must be a 6-digit division code."""
    codes = tuple(dict.fromkeys(c.strip() for c in text.split(",") if c.strip()))
    for code in codes:
        if not _DISTRICT.match(code):
            raise AccountError(f"district must be a 6-digit division code, not {code!r}")
    return codes


def check_name(name: str) -> str:
    """A user name: 1-64 letters (any script), digits, '.', '@', '_' or '-'."""
    if not _NAME.match(name):
        raise AccountError(f"user name must be 1-64 letters, digits or . @ _ -, not {name!r}")
    return name


def check_role(role: str, districts: tuple[str, ...]) -> None:
    """The role must be known; an inspector needs at least one district."""
    if role not in ROLES:
        raise AccountError(f"role must be one of {', '.join(ROLES)}, not {role!r}")
    if role == "inspector" and not districts:
        raise AccountError("an inspector needs --districts (the districts they work in)")


@cache
def _common_passwords() -> frozenset[str]:
    path = Path(__file__).with_name("common_passwords.txt")
    return frozenset(line.strip().lower() for line in path.read_text(encoding="utf-8")
                     .splitlines() if line.strip() and not line.startswith("#"))


def check_password(password: str, name: str = "") -> str:
    """The NFKC-normalised password, or AccountError saying in one line why it is weak."""
    normal = unicodedata.normalize("NFKC", password)
    if len(normal) < MIN_PASSWORD:
        raise AccountError(f"password too short: at least {MIN_PASSWORD} characters "
                           f"(got {len(normal)}); a passphrase of several words is best")
    if len(normal) > MAX_PASSWORD:
        raise AccountError(f"password too long: at most {MAX_PASSWORD} characters")
    folded = normal.lower()
    if len(set(folded)) < 4 or folded in _common_passwords():
        raise AccountError("password is too common or too repetitive; choose another")
    if name and len(name) >= 3 and name.lower() in folded:
        raise AccountError("password must not contain the user name")
    return normal


def hash_password(password: str) -> str:
    """The argon2id hash (PHC string) of an already checked password."""
    return _HASHER.hash(password)


def _user(row: sqlite3.Row) -> User:
    districts = tuple(d for d in row["districts"].split(",") if d)
    return User(row["name"], row["role"], districts, bool(row["disabled"]))


def add_user(conn: sqlite3.Connection, name: str, role: str, districts: Iterable[str],
             password: str, now: datetime) -> User:
    """Create a user; the name must be new and the password strong."""
    ensure_schema(conn)
    codes = parse_districts(",".join(districts))
    check_name(name)
    check_role(role, codes)
    digest = hash_password(check_password(password, name))
    try:
        with conn:
            conn.execute("INSERT INTO users (name, role, districts, password_hash, disabled, "
                         "created_at) VALUES (?, ?, ?, ?, 0, ?)",
                         (name, role, ",".join(codes), digest, iso_utc(now)))
    except sqlite3.IntegrityError:
        raise AccountError(f"user {name!r} already exists") from None
    return User(name, role, codes, False)


def get_user(conn: sqlite3.Connection, name: str) -> User | None:
    """The user called name, or None."""
    ensure_schema(conn)
    row = conn.execute("SELECT * FROM users WHERE name = ?", (name,)).fetchone()
    return _user(row) if row else None


def require_user(conn: sqlite3.Connection, name: str) -> User:
    """The user called name, or a one-line error."""
    user = get_user(conn, name)
    if user is None:
        raise UsageError(f"no user {name!r} (see `hongdun users list`)")
    return user


def list_users(conn: sqlite3.Connection) -> list[User]:
    """Every user, by name."""
    ensure_schema(conn)
    return [_user(r) for r in conn.execute("SELECT * FROM users ORDER BY name")]


def set_password(conn: sqlite3.Connection, name: str, password: str) -> None:
    """Replace a user's password and end every session they have."""
    require_user(conn, name)
    digest = hash_password(check_password(password, name))
    with conn:
        conn.execute("UPDATE users SET password_hash = ? WHERE name = ?", (digest, name))
        conn.execute("DELETE FROM sessions WHERE user_name = ?", (name,))


def set_disabled(conn: sqlite3.Connection, name: str, disabled: bool = True) -> User:
    """Disable (or re-enable) a user; disabling ends their sessions in the same transaction."""
    user = require_user(conn, name)
    with conn:
        conn.execute("UPDATE users SET disabled = ? WHERE name = ?", (int(disabled), name))
        if disabled:
            conn.execute("DELETE FROM sessions WHERE user_name = ?", (name,))
    return User(user.name, user.role, user.districts, disabled)


@cache
def _dummy_hash() -> str:
    return _HASHER.hash("hongdun-dummy-password-for-timing")


def authenticate(conn: sqlite3.Connection, name: str, password: str) -> User | None:
    """The enabled user whose password this is, else None (same cost for unknown names)."""
    ensure_schema(conn)
    row = conn.execute("SELECT * FROM users WHERE name = ?", (name,)).fetchone()
    digest = row["password_hash"] if row else _dummy_hash()
    normal = unicodedata.normalize("NFKC", password)
    try:
        _HASHER.verify(digest, normal)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return None
    if row is None or row["disabled"]:
        return None
    if _HASHER.check_needs_rehash(digest):
        with conn:
            conn.execute("UPDATE users SET password_hash = ? WHERE name = ?",
                         (_HASHER.hash(normal), name))
    return _user(row)
