"""Trusted time for sealed captures: ask the configured TSAs, store manifest.json.tsr, queue misses.

A TSA that fails is skipped for a minute so it cannot stall a sweep. A capture
whose TSAs were all unreachable stays sealed and is marked
awaiting-timestamp by a file HOME/tsa_pending/<capture_id> holding its folder;
`retry` works through that queue.
"""

from __future__ import annotations

import hashlib
import os
import secrets
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509

from evidence import timestamp
from evidence.canonical import fsync_dir
from evidence.manifest import MANIFEST, TIMESTAMP, valid_capture_id
from hongdun.config import Config
from hongdun.errors import UsageError, VerificationError

PENDING = "tsa_pending"
MAX_RESPONSE = 1024 * 1024


@dataclass(frozen=True)
class Pending:
    """A sealed capture still waiting for its time-stamp token."""

    capture_id: str
    folder: Path
    since: float  # mtime of the marker: when it was queued


class Stamper:
    """Obtains and stores RFC 3161 tokens for capture manifests from the configured TSAs."""

    def __init__(self, cfg: Config, timeout: float = 10.0) -> None:
        self.urls = [u.strip() for u in cfg.get("tsa_urls").split(",") if u.strip()]
        self.pending_dir = cfg.home / PENDING
        self.timeout = timeout
        self.backoff = 60.0  # seconds a failed TSA is skipped, so a dead TSA cannot stall a sweep
        self._down_until: dict[str, float] = {}
        self.roots: list[x509.Certificate] = []
        if self.urls:
            trust = cfg.get("tsa_trust")
            if not trust:
                raise UsageError("HONGDUN_TSA_TRUST must name a PEM file of TSA roots when "
                                 "HONGDUN_TSA_URLS is set")
            try:
                self.roots = timestamp.load_roots(Path(trust).read_bytes(), trust)
            except OSError as exc:
                raise UsageError(f"HONGDUN_TSA_TRUST {trust}: {exc.strerror}") from None
            except VerificationError as exc:
                raise UsageError(str(exc)) from None

    @property
    def enabled(self) -> bool:
        """True when at least one TSA is configured."""
        return bool(self.urls)

    def _ask(self, url: str, data: bytes) -> tuple[bytes, timestamp.Stamp]:
        nonce = secrets.randbits(63)
        query = timestamp.request(hashlib.sha256(data).digest(), nonce)
        req = urllib.request.Request(url, data=query, method="POST",
                                     headers={"Content-Type": "application/timestamp-query"})
        with urllib.request.urlopen(req, timeout=self.timeout) as answer:
            body = answer.read(MAX_RESPONSE + 1)
        if len(body) > MAX_RESPONSE:
            raise VerificationError(f"{url}: time-stamp response too large")
        return body, timestamp.verify(body, data, self.roots, url, nonce=nonce)

    def stamp(self, capture_id: str, folder: Path) -> timestamp.Stamp | None:
        """Stamp a capture's manifest; on failure queue it and return None."""
        data = (folder / MANIFEST).read_bytes()
        for url in self.urls:
            if self._down_until.get(url, 0.0) > time.monotonic():
                continue
            try:
                body, stamp = self._ask(url, data)
            except (OSError, urllib.error.URLError, VerificationError):
                self._down_until[url] = time.monotonic() + self.backoff
                continue
            tmp = folder / f".{TIMESTAMP}.tmp"
            tmp.write_bytes(body)
            fsync_dir(tmp)
            os.replace(tmp, folder / TIMESTAMP)
            fsync_dir(folder)
            (self.pending_dir / capture_id).unlink(missing_ok=True)
            return stamp
        self.pending_dir.mkdir(parents=True, exist_ok=True)
        (self.pending_dir / capture_id).write_text(str(folder))
        return None

    def pending(self) -> list[Pending]:
        """Captures awaiting a time-stamp, oldest first."""
        if not self.pending_dir.is_dir():
            return []
        out = [Pending(p.name, Path(p.read_text().strip()), p.stat().st_mtime)
               for p in self.pending_dir.iterdir() if valid_capture_id(p.name)]
        return sorted(out, key=lambda p: (p.since, p.capture_id))

    def retry(self) -> tuple[int, int]:
        """Try every queued capture again; return (stamped now, still waiting)."""
        done = 0
        self._down_until.clear()  # an explicit retry asks every TSA again
        if not self.enabled:
            return 0, len(self.pending())
        for item in self.pending():
            if not (item.folder / MANIFEST).is_file():
                continue
            if self.stamp(item.capture_id, item.folder) is not None:
                done += 1
        return done, len(self.pending())
