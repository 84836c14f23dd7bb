"""The append-only, hash-chained ledger HOME/ledger.jsonl: one canonical JSON line per capture.

Each entry is {seq, capture_id, evidence_id, sealed_at, prev, hash}; hash is the
SHA-256 of the canonical entry without "hash", prev the previous entry's hash
(64 zeros for the first). Removing, reordering or editing a line breaks the chain.
Appends hold an exclusive fcntl lock so two processes cannot interleave.
"""

from __future__ import annotations

import fcntl
import json
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from evidence.canonical import ZERO_HASH, canonical_json, sha256_bytes
from hongdun.errors import VerificationError

FIELDS = ("capture_id", "evidence_id", "hash", "prev", "sealed_at", "seq")
_HEX64 = re.compile(r"^[0-9a-f]{64}$")


@dataclass(frozen=True)
class LedgerEntry:
    """One ledger line, parsed, with the exact bytes it was read from."""

    seq: int
    capture_id: str
    evidence_id: str
    sealed_at: str
    prev: str
    hash: str
    line: bytes  # canonical JSON, no trailing newline

    def body(self) -> dict[str, object]:
        """The entry's fields without "hash": what the hash covers."""
        return {"seq": self.seq, "capture_id": self.capture_id, "evidence_id": self.evidence_id,
                "sealed_at": self.sealed_at, "prev": self.prev}


def make_entry(seq: int, capture_id: str, evidence_id: str, sealed_at: str,
               prev: str) -> LedgerEntry:
    """Build the entry that follows prev, computing its hash and canonical line."""
    body: dict[str, object] = {"seq": seq, "capture_id": capture_id, "evidence_id": evidence_id,
                               "sealed_at": sealed_at, "prev": prev}
    digest = sha256_bytes(canonical_json(body))
    line = canonical_json({**body, "hash": digest})
    return LedgerEntry(seq, capture_id, evidence_id, sealed_at, prev, digest, line)


def parse_line(line: bytes, where: str) -> LedgerEntry:
    """Parse and self-check one ledger line; VerificationError names where it failed."""
    try:
        raw = json.loads(line)
    except (ValueError, UnicodeDecodeError):
        raise VerificationError(f"{where}: not a JSON object") from None
    if not isinstance(raw, dict) or tuple(sorted(raw)) != FIELDS:
        raise VerificationError(f"{where}: fields must be exactly {', '.join(FIELDS)}")
    if not isinstance(raw["seq"], int) or not all(
            isinstance(raw[k], str) for k in FIELDS if k != "seq"):
        raise VerificationError(f"{where}: field types are wrong")
    entry = make_entry(raw["seq"], raw["capture_id"], raw["evidence_id"], raw["sealed_at"],
                       raw["prev"])
    if entry.line != line:
        if raw["hash"] != entry.hash:
            raise VerificationError(f"{where}: entry hash does not match its content")
        raise VerificationError(f"{where}: line is not canonical JSON")
    return entry


def parse(data: bytes, where: str) -> list[LedgerEntry]:
    """Parse a whole ledger file's bytes (one entry per line, each ending in a newline)."""
    if data and not data.endswith(b"\n"):
        raise VerificationError(f"{where}: last line is incomplete")
    lines = data.split(b"\n")[:-1] if data else []
    return [parse_line(line, f"{where} line {n}") for n, line in enumerate(lines, 1)]


def verify_chain(entries: list[LedgerEntry], where: str, *, first_seq: int = 1,
                 first_prev: str = ZERO_HASH) -> None:
    """Check sequence numbers and prev links from the genesis (or a given start)."""
    expected_seq, expected_prev = first_seq, first_prev
    for entry in entries:
        if entry.seq != expected_seq:
            raise VerificationError(
                f"{where}: entry {entry.capture_id} has seq {entry.seq}, expected {expected_seq}"
                " (entries removed or reordered)")
        if entry.prev != expected_prev:
            raise VerificationError(
                f"{where}: entry seq {entry.seq} does not chain to the previous entry's hash")
        if not _HEX64.match(entry.evidence_id):
            raise VerificationError(f"{where}: entry seq {entry.seq} has a malformed evidence_id")
        expected_seq, expected_prev = entry.seq + 1, entry.hash


def read(path: Path) -> list[LedgerEntry]:
    """All entries of a ledger file (an absent file is an empty ledger)."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return []
    return parse(data, path.name)


def verify(path: Path) -> list[LedgerEntry]:
    """Read and check the whole chain of a ledger file; return its entries."""
    entries = read(path)
    verify_chain(entries, path.name)
    return entries


def find(path: Path, capture_id: str) -> list[LedgerEntry]:
    """Every entry recording capture_id (normally exactly one)."""
    return [e for e in read(path) if e.capture_id == capture_id]


def last_line(handle: BinaryIO) -> bytes | None:
    """The last complete line of an open file, read from the end."""
    end = handle.seek(0, os.SEEK_END)
    if end == 0:
        return None
    block, tail = 4096, b""
    position = end
    while position > 0:
        step = min(block, position)
        position -= step
        handle.seek(position)
        tail = handle.read(step) + tail
        cut = tail.rfind(b"\n", 0, len(tail) - 1)
        if cut >= 0:
            return tail[cut + 1 :].rstrip(b"\n")
    return tail.rstrip(b"\n")


def append(path: Path, capture_id: str, evidence_id: str, sealed_at: str) -> LedgerEntry:
    """Append one entry under an exclusive lock, fsync it, and return it."""
    return append_many(path, [(capture_id, evidence_id, sealed_at)])[0]


def append_many(path: Path, records: Sequence[tuple[str, str, str]]) -> list[LedgerEntry]:
    """Append one entry per (capture_id, evidence_id, sealed_at), chained in that order, in
    one write under an exclusive lock and one fsync (a sealer's group of captures waits for
    the disk once, not once per capture); return them. On a failed write the file is cut
    back to where it ended, so no entry of the group is kept half-written."""
    path.parent.mkdir(parents=True, exist_ok=True)
    # Unbuffered, so a failed write (a full disk) leaves nothing pending to flush later.
    with open(path, "a+b", buffering=0) as handle:  # flock per open file: threads exclude too
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        try:
            last = last_line(handle)
            if last is None:
                seq, prev = 1, ZERO_HASH
            else:
                previous = parse_line(last, f"{path.name} last line")
                seq, prev = previous.seq + 1, previous.hash
            entries = []
            for n, (capture_id, evidence_id, sealed_at) in enumerate(records):
                entries.append(make_entry(seq + n, capture_id, evidence_id, sealed_at, prev))
                prev = entries[-1].hash
            end = handle.seek(0, os.SEEK_END)
            _write_line(handle.fileno(), b"".join(e.line + b"\n" for e in entries), end)
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
    return entries


def _write_line(fd: int, data: bytes, end: int) -> None:
    """Write and fsync whole lines at end; on any OS error cut the file back to end.

    A half-written entry (ENOSPC after part of the line) would break the chain for good.
    """
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view):]
        os.fsync(fd)
    except OSError:
        os.ftruncate(fd, end)
        raise
