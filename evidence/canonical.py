"""Canonical JSON bytes and SHA-256 helpers: the one way evidence is serialised and hashed."""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Sequence
from concurrent.futures import Executor, Future, ThreadPoolExecutor, wait
from pathlib import Path
from typing import Any

CHUNK = 8 * 1024 * 1024  # large reads keep file hashing close to sha256sum's speed
ZERO_HASH = "0" * 64


def canonical_json(value: Any) -> bytes:
    """Serialise value as sorted-key, separator-fixed, UTF-8 JSON (STYLE.md §4)."""
    return json.dumps(
        value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode("utf-8")


def sha256_bytes(data: bytes) -> str:
    """Hex SHA-256 of a byte string."""
    return hashlib.sha256(data).hexdigest()


def sha256_file(path: Path) -> str:
    """Hex SHA-256 of a file, streamed in large chunks."""
    digest = hashlib.sha256()
    buffer = bytearray(CHUNK)
    view = memoryview(buffer)
    with open(path, "rb", buffering=0) as handle:
        while count := handle.readinto(buffer):
            digest.update(view[:count])
    return digest.hexdigest()


def write_synced(path: Path, data: bytes, mode: int = 0o644, *, sync: bool = True) -> None:
    """Write a new file (refusing to overwrite) and, unless sync=False, fsync it."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
    try:
        view = memoryview(data)
        while view:
            written = os.write(fd, view)
            view = view[written:]
        if sync:
            os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(path: Path) -> None:
    """fsync a file or directory (for a directory: the names it holds) to stable storage."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


FSYNC_THREADS = 8  # fsyncs in flight at once when a capture's files are synced together


def fsync_together(paths: Sequence[Path], pool: Executor | None = None) -> None:
    """fsync every path, several at a time (the file system commits them together); returns
    once all are on stable storage, raising the first error if any failed. `pool`: the
    threads to use (a sealer keeps one), else threads started for this call."""
    if len(paths) <= 1:
        for path in paths:
            fsync_dir(path)
        return
    # one task per thread, each syncing its share in turn: a submit per file would cost the
    # sweep's interpreter lock more than the waits it overlaps
    shares = [paths[k::FSYNC_THREADS] for k in range(min(FSYNC_THREADS, len(paths)))]
    if pool is not None:
        _wait_all([pool.submit(_fsync_each, share) for share in shares])
        return
    with ThreadPoolExecutor(len(shares), "fsync") as own:
        _wait_all([own.submit(_fsync_each, share) for share in shares])


def _fsync_each(paths: Sequence[Path]) -> None:
    for path in paths:
        fsync_dir(path)


def _wait_all(pending: list[Future[None]]) -> None:
    """Wait for every fsync (none is left running unseen), then raise the first failure."""
    wait(pending)
    for done in pending:
        done.result()
