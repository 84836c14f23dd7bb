"""The access log HOME/logs/access.log: logins, logouts, throttled attempts and every refusal.

One JSON line per event, appended, and the same line on the `hongdun.access`
logger (uvicorn prints warnings to the terminal). Passwords and tokens are never
logged (ASVS 7.1.1); user names and addresses are.
"""

from __future__ import annotations

import json
import logging
import os
from datetime import datetime
from pathlib import Path

from hongdun.clock import iso_utc

log = logging.getLogger("hongdun.access")
EVENTS = ("login", "login_failed", "throttled", "logout", "refused")


def record(home: Path, event: str, now: datetime, *, user: str = "", role: str = "",
           action: str = "", path: str = "", address: str = "", reason: str = "") -> None:
    """Append one access event to HOME/logs/access.log and the logger."""
    if event not in EVENTS:
        raise ValueError(f"unknown access event {event!r}")
    line = json.dumps({"at": iso_utc(now), "event": event, "user": user, "role": role,
                       "action": action, "path": path, "address": address, "reason": reason},
                      ensure_ascii=False, sort_keys=True)
    level = logging.INFO if event in ("login", "logout") else logging.WARNING
    log.log(level, "%s", line)
    folder = home / "logs"
    folder.mkdir(parents=True, exist_ok=True)
    fd = os.open(folder / "access.log", os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    try:
        os.write(fd, line.encode("utf-8") + b"\n")
    finally:
        os.close(fd)


def read(home: Path) -> list[dict[str, str]]:
    """Every access event so far, oldest first."""
    try:
        text = (home / "logs" / "access.log").read_text(encoding="utf-8")
    except FileNotFoundError:
        return []
    return [json.loads(line) for line in text.splitlines() if line.strip()]
