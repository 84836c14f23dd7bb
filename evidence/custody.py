"""The chain-of-custody log HOME/custody.jsonl: who sealed, viewed, exported or verified what, when.

Like the ledger, each line is canonical JSON with seq, prev and hash (SHA-256 of
the entry without "hash"), so edits, removals and reordering are detectable. A
bundle carries the entries that concern its captures; each keeps its own hash
and the verifier checks those, and the links between consecutive entries.
"""

from __future__ import annotations

import fcntl
import getpass
import json
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from evidence.canonical import ZERO_HASH, canonical_json, sha256_bytes
from evidence.ledger import last_line
from hongdun import clock
from hongdun.config import Config
from hongdun.errors import VerificationError

ACTIONS = ("seal", "view", "export", "verify", "annotate", "refuse")
FIELDS = ("action", "actor", "at", "captures", "detail", "hash", "prev", "seq")
FILENAME = "custody.jsonl"


@dataclass(frozen=True)
class CustodyEntry:
    """One custody event with the exact canonical line it is stored as."""

    seq: int
    at: str
    actor: str
    action: str
    captures: tuple[str, ...]
    detail: str
    prev: str
    hash: str
    line: bytes


def operator(cfg: Config) -> str:
    """Who is acting: the configured operator, else the OS user."""
    configured = cfg.get("operator").strip()
    if configured:
        return configured
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return f"uid {os.getuid()}"


def _make(seq: int, at: str, actor: str, action: str, captures: Sequence[str], detail: str,
          prev: str) -> CustodyEntry:
    body = {"seq": seq, "at": at, "actor": actor, "action": action,
            "captures": list(captures), "detail": detail, "prev": prev}
    digest = sha256_bytes(canonical_json(body))
    return CustodyEntry(seq, at, actor, action, tuple(captures), detail, prev, digest,
                        canonical_json({**body, "hash": digest}))


def parse_line(line: bytes, where: str) -> CustodyEntry:
    """Parse one custody line and check its own hash."""
    try:
        raw = json.loads(line)
    except (ValueError, UnicodeDecodeError):
        raise VerificationError(f"{where}: not a JSON object") from None
    if not isinstance(raw, dict) or tuple(sorted(raw)) != FIELDS:
        raise VerificationError(f"{where}: fields must be exactly {', '.join(FIELDS)}")
    if raw["action"] not in ACTIONS or not isinstance(raw["seq"], int) or not isinstance(
            raw["captures"], list) or not all(isinstance(c, str) for c in raw["captures"]):
        raise VerificationError(f"{where}: malformed custody entry")
    entry = _make(raw["seq"], str(raw["at"]), str(raw["actor"]), raw["action"],
                  raw["captures"], str(raw["detail"]), str(raw["prev"]))
    if entry.hash != raw["hash"]:
        raise VerificationError(f"{where}: entry hash does not match its content")
    if entry.line != line:
        raise VerificationError(f"{where}: line is not canonical JSON")
    return entry


def parse(data: bytes, where: str, *, complete: bool = True) -> list[CustodyEntry]:
    """Parse custody lines; complete=True demands the whole chain from seq 1."""
    if data and not data.endswith(b"\n"):
        raise VerificationError(f"{where}: last line is incomplete")
    entries = [parse_line(line, f"{where} line {n}")
               for n, line in enumerate(data.split(b"\n")[:-1] if data else [], 1)]
    previous: CustodyEntry | None = None
    for entry in entries:
        if previous is None:
            if complete and (entry.seq != 1 or entry.prev != ZERO_HASH):
                raise VerificationError(f"{where}: does not start at the genesis entry")
        elif entry.seq <= previous.seq:
            raise VerificationError(f"{where}: seq {entry.seq} after {previous.seq} "
                                    "(entries reordered)")
        elif entry.seq == previous.seq + 1 and entry.prev != previous.hash:
            raise VerificationError(f"{where}: seq {entry.seq} does not chain to seq "
                                    f"{previous.seq}")
        elif complete and entry.seq != previous.seq + 1:
            raise VerificationError(f"{where}: seq {previous.seq + 1} is missing "
                                    "(entries removed or reordered)")
        previous = entry
    return entries


class CustodyLog:
    """Appends to and reads HOME/custody.jsonl under an exclusive file lock."""

    def __init__(self, home: Path) -> None:
        self.path = home / FILENAME

    def append(self, action: str, captures: Iterable[str], actor: str,
               detail: str = "") -> CustodyEntry:
        """Record one event and fsync it."""
        return self.append_many([(action, captures, detail)], actor)[0]

    def append_many(self, events: Sequence[tuple[str, Iterable[str], str]],
                    actor: str) -> list[CustodyEntry]:
        """Record several events (action, captures, detail), chained in order, in one write
        and one fsync (a sealer's group of captures, an entry each)."""
        for action, _, _ in events:
            if action not in ACTIONS:
                raise ValueError(f"unknown custody action {action!r}")
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with open(self.path, "a+b") as handle:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
            try:
                last = last_line(handle)
                prev = parse_line(last, f"{FILENAME} last line") if last else None
                entries: list[CustodyEntry] = []
                for action, captures, detail in events:
                    entries.append(_make(prev.seq + 1 if prev else 1, clock.utc_now(), actor,
                                         action, sorted(set(captures)), detail,
                                         prev.hash if prev else ZERO_HASH))
                    prev = entries[-1]
                handle.seek(0, os.SEEK_END)
                handle.write(b"".join(e.line + b"\n" for e in entries))
                handle.flush()
                os.fsync(handle.fileno())
            finally:
                fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
        return entries

    def read(self) -> list[CustodyEntry]:
        """Every entry, checked as a complete chain."""
        try:
            data = self.path.read_bytes()
        except FileNotFoundError:
            return []
        return parse(data, FILENAME)

    def concerning(self, capture_ids: Iterable[str]) -> list[CustodyEntry]:
        """The entries that name any of these captures, in order."""
        wanted = set(capture_ids)
        return [e for e in self.read() if wanted.intersection(e.captures)]
