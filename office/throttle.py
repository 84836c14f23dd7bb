"""Login throttling per account and per address that cannot lock a user out for long.

Numbers (ASVS 2.2.1: at most 100 failed attempts per hour per account):
- per account: the first ACCOUNT_FREE failures cost nothing; after the n-th
  failure the account takes no attempt for min(2^(n - ACCOUNT_FREE), ACCOUNT_CAP)
  seconds: 1, 2, 4, ... 32, then 60 s at most. Failures older than ACCOUNT_WINDOW
  (1 h) are forgotten and a successful login clears them, so someone guessing
  another user's password delays that user by at most 60 s at a time, and gets at
  most 5 + 60 guesses an hour.
- per address: ADDRESS_LIMIT (20) failures within ADDRESS_WINDOW (15 min), over any
  accounts, refuse further attempts from that address until the oldest of them is
  15 min old. Only the guessing address is held back, never the account.
The policy is two pure functions of failure times; the table login_failures holds them.
"""

from __future__ import annotations

import math
import sqlite3
from collections.abc import Sequence
from datetime import datetime, timedelta

from hongdun.clock import iso_utc
from office.accounts import ensure_schema

ACCOUNT_FREE = 5
ACCOUNT_CAP = timedelta(seconds=60)
ACCOUNT_WINDOW = timedelta(hours=1)
ADDRESS_LIMIT = 20
ADDRESS_WINDOW = timedelta(minutes=15)


def account_delay(failures: Sequence[datetime], now: datetime) -> timedelta:
    """How long an account must wait, given its recent failure times (any order)."""
    recent = sorted(t for t in failures if now - t < ACCOUNT_WINDOW)
    if len(recent) < ACCOUNT_FREE:
        return timedelta(0)
    wait = min(timedelta(seconds=2 ** min(len(recent) - ACCOUNT_FREE, 6)), ACCOUNT_CAP)
    return max(timedelta(0), recent[-1] + wait - now)


def address_delay(failures: Sequence[datetime], now: datetime) -> timedelta:
    """How long an address must wait, given its recent failure times (any order)."""
    recent = sorted(t for t in failures if now - t < ADDRESS_WINDOW)
    if len(recent) < ADDRESS_LIMIT:
        return timedelta(0)
    return max(timedelta(0), recent[-ADDRESS_LIMIT] + ADDRESS_WINDOW - now)


def wait_seconds(conn: sqlite3.Connection, account: str, address: str, now: datetime) -> int:
    """Whole seconds before this account may try again from this address; 0 means now."""
    ensure_schema(conn)

    def times(column: str, value: str, window: timedelta) -> list[datetime]:
        rows = conn.execute(f"SELECT at FROM login_failures WHERE {column} = ? AND at > ?",
                            (value, iso_utc(now - window)))
        return [datetime.fromisoformat(r[0]) for r in rows]

    wait = max(account_delay(times("account", account, ACCOUNT_WINDOW), now),
               address_delay(times("address", address, ADDRESS_WINDOW), now))
    return math.ceil(wait.total_seconds())


def record_failure(conn: sqlite3.Connection, account: str, address: str, now: datetime) -> None:
    """Remember one failed login; forget failures older than both windows."""
    ensure_schema(conn)
    with conn:
        conn.execute("DELETE FROM login_failures WHERE at <= ?",
                     (iso_utc(now - max(ACCOUNT_WINDOW, ADDRESS_WINDOW)),))
        conn.execute("INSERT INTO login_failures (account, address, at) VALUES (?, ?, ?)",
                     (account, address, iso_utc(now)))


def record_success(conn: sqlite3.Connection, account: str) -> None:
    """A successful login clears the account's failures (not the address's)."""
    with conn:
        conn.execute("DELETE FROM login_failures WHERE account = ?", (account,))
