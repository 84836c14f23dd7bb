"""Crash recovery at sweep start: make the evidence folders, the ledger and the index agree again.

A sweep killed at any moment (kill -9, power loss, a full disk) can leave:
  1. a torn last ledger line (never a complete entry): moved to HOME/quarantine, cut off;
  2. a `.partial` capture folder (never renamed into place, never signed complete): moved to
     HOME/quarantine/<sweep_id>/, kept byte for byte;
  3. a sealed folder without its ledger entry (killed between the rename and the append):
     its signature and every artefact hash are checked, then it is ledgered ("completed"),
     or quarantined with the reason when a check fails;
  4. a ledgered capture missing from the captures table (killed anywhere between the seal
     and the last stage: rules, findings, leads, the captures row): `unprocessed()` lists
     it, and the sweep finishes it first (crawlers/recovered.py), through the same stages
     as a fresh capture, each of which is idempotent (ids derive from the capture id).
     The captures row is written last (crawlers/pipelines.py), so its presence means
     every stage ran.
Ledger entries whose folder is gone cannot be repaired; they are counted and reported.
Recovery holds HOME/.sealing.lock exclusively; a running Sealer holds it shared, so a
second sweep never "recovers" the folders a live sweep is still writing.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from evidence import keys, ledger, manifest
from evidence.canonical import fsync_dir, sha256_file
from evidence.custody import CustodyLog, operator
from hongdun import clock, db
from hongdun.config import Config
from hongdun.errors import HongdunError

LOCK_NAME = ".sealing.lock"
QUARANTINE = "quarantine"


@dataclass
class RecoveryReport:
    """What recovery found and did; `line()` is the one line a user sees."""

    ledgered: list[str] = field(default_factory=list)
    quarantined: list[str] = field(default_factory=list)  # "name: reason"
    unprocessed: list[str] = field(default_factory=list)  # sealed, ledgered, no captures row
    missing: list[str] = field(default_factory=list)  # ledger entries without a folder
    torn_ledger_bytes: int = 0
    skipped: str = ""  # why recovery did not run

    @property
    def changed(self) -> bool:
        """True when anything needed attention."""
        return bool(self.ledgered or self.quarantined or self.unprocessed or self.missing
                    or self.torn_ledger_bytes or self.skipped)

    def stats(self) -> dict[str, int]:
        """Counters for the crawl stats (evidence/recovery/...)."""
        return {"evidence/recovery/ledgered": len(self.ledgered),
                "evidence/recovery/quarantined": len(self.quarantined),
                "evidence/recovery/unprocessed": len(self.unprocessed),
                "evidence/recovery/missing": len(self.missing),
                "evidence/recovery/torn_ledger_bytes": self.torn_ledger_bytes}

    def line(self) -> str:
        """恢复 recovery: one line naming every count (or why recovery was skipped)."""
        if self.skipped:
            return f"恢复 recovery skipped: {self.skipped}"
        return (f"恢复 recovery after an interrupted sweep: {len(self.ledgered)} sealed "
                f"capture(s) completed into the ledger, {len(self.quarantined)} incomplete "
                f"folder(s) quarantined, {len(self.unprocessed)} sealed capture(s) to finish "
                f"(rules, findings, leads, index), {len(self.missing)} ledger entr(y/ies) "
                f"without a folder, {self.torn_ledger_bytes} torn ledger byte(s) cut")


def _quarantine(home: Path, source: Path, sweep_id: str) -> Path:
    """Move a folder or file into HOME/quarantine/<sweep_id>/ and return where it went."""
    folder = home / QUARANTINE / sweep_id
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / source.name.lstrip(".")
    n = 1
    while target.exists():
        n += 1
        target = folder / f"{source.name.lstrip('.')}.{n}"
    os.rename(source, target)
    fsync_dir(folder)
    fsync_dir(source.parent)
    return target


def _cut_torn_tail(home: Path, path: Path) -> int:
    """Move bytes after the last newline of the ledger to quarantine; return their count."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return 0
    if not data or data.endswith(b"\n"):
        return 0
    keep = data.rfind(b"\n") + 1
    folder = home / QUARANTINE / "ledger"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"torn-tail-{clock.utc_now().replace(':', '')}.bin").write_bytes(data[keep:])
    with open(path, "r+b") as handle:
        handle.truncate(keep)
        os.fsync(handle.fileno())
    return len(data) - keep


def _whole(folder: Path, key_id: str, public: Ed25519PublicKey) -> manifest.Manifest | str:
    """The manifest of a sealed folder that is whole and signed by our key, else the reason."""
    where = folder / manifest.MANIFEST
    try:
        m = manifest.parse(where.read_bytes(), str(where))
        keys.check_signature(public, (folder / manifest.SIGNATURE).read_bytes(), m.raw,
                             str(folder / manifest.SIGNATURE))
    except (HongdunError, OSError) as exc:
        return str(exc)
    if m.key_id != key_id or m.capture_id != folder.name:
        return "manifest names another key or capture"
    for art in m.artefacts:
        path = folder / art.path
        if not path.is_file() or path.stat().st_size != art.size or sha256_file(
                path) != art.sha256:
            return f"{art.path} does not match the manifest"
    return m


def _locked(home: Path) -> int | None:
    """An fd holding the sealing lock exclusively, or None when a sweep is sealing now."""
    home.mkdir(parents=True, exist_ok=True)
    fd = os.open(home / LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        return None
    return fd


def hold_shared(home: Path) -> BinaryIO:
    """Take the sealing lock shared until the returned file is closed (a Sealer holds it)."""
    home.mkdir(parents=True, exist_ok=True)
    handle = open(home / LOCK_NAME, "a+b")  # noqa: SIM115 - held open for the Sealer's life
    fcntl.flock(handle.fileno(), fcntl.LOCK_SH)
    return handle


def recover(cfg: Config) -> RecoveryReport:
    """Bring evidence folders, ledger and captures table back into agreement (see module doc)."""
    report = RecoveryReport()
    fd = _locked(cfg.home)
    if fd is None:
        report.skipped = "another sweep is sealing into this data directory"
        return report
    try:
        _recover(cfg, report)
    finally:
        os.close(fd)
    return report


def _recover(cfg: Config, report: RecoveryReport) -> None:
    ledger_path = cfg.home / "ledger.jsonl"
    report.torn_ledger_bytes = _cut_torn_tail(cfg.home, ledger_path)
    entries = ledger.read(ledger_path)
    ledgered = {e.capture_id for e in entries}
    key = keys.load_or_create(cfg.keys_dir)
    public = key.public_key()
    key_id = keys.key_id(public)
    custody = CustodyLog(cfg.home)
    folders: dict[str, Path] = {}
    sweeps = sorted(p for p in cfg.evidence_dir.iterdir() if p.is_dir()) if (
        cfg.evidence_dir.is_dir()) else []
    for sweep_dir in sweeps:
        for folder in sorted(p for p in sweep_dir.iterdir() if p.is_dir()):
            name = folder.name
            if name.startswith(".") and name.endswith(".partial"):
                _quarantine(cfg.home, folder, sweep_dir.name)
                report.quarantined.append(f"{name}: never sealed (partial)")
                continue
            if not manifest.valid_capture_id(name):
                continue
            folders[name] = folder
            if name in ledgered:
                continue
            m = _whole(folder, key_id, public)
            if isinstance(m, manifest.Manifest):
                ledger.append(ledger_path, name, m.evidence_id, m.sealed_at)
                custody.append("seal", [name], operator(cfg),
                               f"evidence_id {m.evidence_id} (ledgered by recovery after an "
                               "interrupted sweep)")
                report.ledgered.append(name)
                ledgered.add(name)
            else:
                del folders[name]
                _quarantine(cfg.home, folder, sweep_dir.name)
                report.quarantined.append(f"{name}: {m}")
    report.missing = sorted(ledgered - set(folders))
    report.unprocessed = [p.name for p in _unindexed(cfg, folders, ledgered)]


def unprocessed(cfg: Config) -> list[Path]:
    """Sealed, ledgered capture folders with no captures row: the stages after sealing
    (rules, findings, leads, the row itself) did not all run. Oldest first."""
    entries = ledger.read(cfg.home / "ledger.jsonl")
    folders = {p.name: p for p in cfg.evidence_dir.glob("*/*")
               if p.is_dir() and manifest.valid_capture_id(p.name)} if (
        cfg.evidence_dir.is_dir()) else {}
    return _unindexed(cfg, folders, {e.capture_id for e in entries})


def finishing(cfg: Config) -> list[manifest.Manifest]:
    """The manifests of the sealed captures the next sweep carries through before it fetches
    anything: ledgered with no captures row, or whole and signed but not yet in the ledger
    (recovery ledgers those first). Reads only; `sweep --resume` counts their targets as
    captured, so a target is not swept again while its capture is being finished."""
    if not cfg.evidence_dir.is_dir():
        return []
    try:
        data = (cfg.home / "ledger.jsonl").read_bytes()
    except FileNotFoundError:
        data = b""
    ledgered = {e.capture_id for e in ledger.parse(data[: data.rfind(b"\n") + 1], "ledger")}
    folders = {p.name: p for p in cfg.evidence_dir.glob("*/*")
               if p.is_dir() and manifest.valid_capture_id(p.name)}
    found = []
    signer: tuple[str, Ed25519PublicKey] | None = None
    for folder in _unindexed(cfg, folders, set(folders)):
        if folder.name in ledgered:
            # unreadable: `ledger verify` reports it, and recovery does not finish it
            with contextlib.suppress(HongdunError, OSError):
                found.append(manifest.parse((folder / manifest.MANIFEST).read_bytes(),
                                            folder.name))
            continue
        if signer is None:
            public = keys.load_or_create(cfg.keys_dir).public_key()
            signer = keys.key_id(public), public
        m = _whole(folder, *signer)
        if isinstance(m, manifest.Manifest):
            found.append(m)
    return found


def _unindexed(cfg: Config, folders: dict[str, Path], ledgered: set[str]) -> list[Path]:
    conn = db.connect(cfg.db_path)
    try:
        known = {row[0] for row in conn.execute("SELECT capture_id FROM captures")}
    finally:
        conn.close()
    return [folders[c] for c in sorted(ledgered & set(folders) - known)]
