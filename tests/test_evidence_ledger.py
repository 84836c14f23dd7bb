"""The hash-chained ledger: appends chain, and every edit, removal or reordering is caught."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from evidence import ledger
from evidence.canonical import ZERO_HASH, canonical_json, sha256_bytes
from hongdun.errors import VerificationError

EID = "ab" * 32


def _ledger(tmp_path: Path, count: int = 4) -> Path:
    path = tmp_path / "ledger.jsonl"
    for n in range(count):
        ledger.append(path, f"20261128T000000Z-t{n}-0000000{n}", EID, "2026-11-28T00:00:00.000Z")
    return path


def _lines(path: Path) -> list[bytes]:
    return path.read_bytes().split(b"\n")[:-1]


def test_entries_chain_from_genesis(tmp_path: Path) -> None:
    entries = ledger.verify(_ledger(tmp_path))
    assert [e.seq for e in entries] == [1, 2, 3, 4]
    assert entries[0].prev == ZERO_HASH
    assert all(b.prev == a.hash for a, b in itertools.pairwise(entries))
    assert entries[1].hash == sha256_bytes(canonical_json(entries[1].body()))
    assert ledger.find(tmp_path / "ledger.jsonl", "20261128T000000Z-t2-00000002")[0].seq == 3


def test_edited_entry_is_caught(tmp_path: Path) -> None:
    path = _ledger(tmp_path)
    path.write_bytes(path.read_bytes().replace(EID.encode(), b"cd" * 32, 1))
    with pytest.raises(VerificationError, match="line 1: entry hash does not match"):
        ledger.verify(path)


def test_removed_entry_is_caught(tmp_path: Path) -> None:
    path = _ledger(tmp_path)
    lines = _lines(path)
    path.write_bytes(b"".join(line + b"\n" for line in lines[:1] + lines[2:]))
    with pytest.raises(VerificationError, match="has seq 3, expected 2"):
        ledger.verify(path)


def test_reordered_entries_are_caught(tmp_path: Path) -> None:
    path = _ledger(tmp_path)
    lines = _lines(path)
    lines[1], lines[2] = lines[2], lines[1]
    path.write_bytes(b"".join(line + b"\n" for line in lines))
    with pytest.raises(VerificationError, match="removed or reordered"):
        ledger.verify(path)


def test_rehashed_forgery_breaks_the_next_link(tmp_path: Path) -> None:
    path = _ledger(tmp_path)
    lines = _lines(path)
    first = ledger.parse_line(lines[0], "x")
    forged = ledger.make_entry(1, first.capture_id, "cd" * 32, first.sealed_at, ZERO_HASH)
    path.write_bytes(b"".join(line + b"\n" for line in [forged.line, *lines[1:]]))
    with pytest.raises(VerificationError, match="seq 2 does not chain"):
        ledger.verify(path)


def test_truncated_last_line_is_caught(tmp_path: Path) -> None:
    path = _ledger(tmp_path)
    path.write_bytes(path.read_bytes()[:-5])
    with pytest.raises(VerificationError, match="last line is incomplete"):
        ledger.verify(path)


def test_non_canonical_line_is_caught(tmp_path: Path) -> None:
    path = _ledger(tmp_path, 1)
    path.write_bytes(path.read_bytes().replace(b'":', b'": ', 1))
    with pytest.raises(VerificationError, match="not canonical JSON"):
        ledger.verify(path)
