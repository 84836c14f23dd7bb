"""Sealing: write a visit's artefacts, hash them, sign the manifest, fsync, then append the ledger.

The Sealer is what the crawlers' item pipeline calls once per visit. A capture
is written whole into a hidden `.partial` folder (no fsync yet), renamed into
place, then every file and every folder it touched (the sweep folder too) is
fsynced in one group, and only then recorded in the ledger, so a ledger entry
always points at complete files on stable storage. One group means one wait for
the disk where one per stage (files, folders, rename) meant three. A crash after
the rename and before the ledger leaves a folder without an entry: start-up
recovery checks its signature and every hash before ledgering it
(evidence/recovery.py), so an incomplete one is quarantined, never ledgered.
"""

from __future__ import annotations

import errno
import os
import re
import secrets
import shutil
import threading
import time
from collections import Counter
from concurrent.futures import Executor, ThreadPoolExecutor
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path

from evidence import environment, keys, ledger, live, manifest, recovery, treehead, tsa, wacz, warc
from evidence.canonical import (
    FSYNC_THREADS,
    canonical_json,
    fsync_together,
    sha256_bytes,
    sha256_file,
    write_synced,
)
from evidence.crashpoint import reached
from evidence.custody import CustodyLog, operator
from hongdun import __version__, clock
from hongdun.config import Config
from hongdun.errors import HongdunError
from hongdun.records import Artefact, Capture, PageCapture, Visit

_SAFE_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$")
_EXTENSIONS = {"image/png": "png", "image/jpeg": "jpg", "image/gif": "gif",
               "image/webp": "webp", "image/svg+xml": "svg", "image/bmp": "bmp"}
VISIT_FORMAT = "hongdun-visit/1"
_FULL = (errno.ENOSPC, errno.EDQUOT, errno.EFBIG)


class DiskFull(HongdunError):
    """The disk filled up while sealing; nothing half-written was kept."""


def _disk_full(exc: BaseException, capture_id: str, where: Path, what: str) -> DiskFull | None:
    if isinstance(exc, OSError) and exc.errno in _FULL:
        return DiskFull(f"disk full while sealing {capture_id} into {where} "
                        f"({exc.strerror}): {what}; free space and sweep again")
    return None


def compact_utc(stamp: str) -> str:
    """20261128T053357Z from a canonical UTC stamp."""
    return datetime.fromisoformat(stamp).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def new_capture_id(target_id: str, sealed_at: str) -> str:
    """A fresh capture id: <compact UTC>-<target_id>-<8 random hex>."""
    return f"{compact_utc(sealed_at)}-{target_id}-{secrets.token_hex(4)}"


def page_dir(index: int, role: str) -> str:
    """The folder name of the index-th page (1-based): NN-role, role made path-safe."""
    safe = re.sub(r"[^a-z0-9_-]+", "_", role.lower()).strip("_") or "page"
    return f"pages/{index:02d}-{safe}"


def _media_type(page: PageCapture) -> str:
    for name, value in page.headers:
        if name.lower() == "content-type" and value.strip():
            return value.split(";")[0].strip().lower()
    return "text/html"


class _Files:
    """Collects a capture's artefacts: writes each one synced and records its hash."""

    def __init__(self, root: Path, times: Counter[str]) -> None:
        self.root = root
        self.artefacts: list[Artefact] = []
        self.times = times  # seconds per sealing stage (write, hash, ...)

    def add(self, path: str, data: bytes, media_type: str) -> str:
        target = self.root / path
        started = time.monotonic()
        target.parent.mkdir(parents=True, exist_ok=True)
        write_synced(target, data, sync=False)  # synced together in sync_all()
        written = time.monotonic()
        self.artefacts.append(Artefact(path, sha256_bytes(data), len(data), media_type))
        self.times["seal/write"] += written - started
        self.times["seal/hash"] += time.monotonic() - written
        return path

    def add_file(self, path: str, source: Path, media_type: str) -> str:
        """Add a file already on disk (a live watch's), hashed as a stream."""
        target = self.root / path
        live.place_file(source, target)
        self.artefacts.append(Artefact(path, sha256_file(target), target.stat().st_size,
                                       media_type))
        return path

    def sync_all(self, root: Path, pool: Executor, extra: tuple[str, ...],
                 outer: tuple[Path, ...]) -> None:
        """fsync, all at once, every written file (the artefacts and `extra` names) and
        every folder holding one, each folder once, and the `outer` folders (the sweep
        folder that holds the new name): concurrent fsyncs share one journal commit,
        where one after the other each waits for its own. `root`: where the capture
        folder is now (renamed). Any failure raises, nothing is skipped."""
        files = [root / a.path for a in self.artefacts] + [root / e for e in extra]
        folders = {p for f in files for p in f.parents if p.is_relative_to(root)}
        fsync_together([*files, *sorted(folders, reverse=True), *outer], pool)


def _write_page(files: _Files, index: int, page: PageCapture) -> dict[str, object]:
    """Write one page's artefacts; return its entry for visit.json."""
    base = page_dir(index, page.role)
    body = files.add(f"{base}/page.html", page.body, _media_type(page))
    headers = files.add(f"{base}/headers.json", canonical_json([list(h) for h in page.headers]),
                        "application/json")
    shots = [files.add(f"{base}/screenshot-{k}.png", png, "image/png")
             for k, png in enumerate(page.screenshots, 1)]
    images: list[dict[str, object]] = []
    ocr: dict[str, str] = {}
    for k, image in enumerate(page.images, 1):
        ext = _EXTENSIONS.get(image.media_type.lower(), "bin")
        path = files.add(f"{base}/images/{k}.{ext}", image.body, image.media_type)
        images.append({"path": path, "url": image.url, "media_type": image.media_type,
                       "alt": image.alt})
        if image.ocr_text is not None:
            ocr[path] = image.ocr_text
    entry: dict[str, object] = {
        "index": index, "role": page.role, "folder": base, "body": body, "headers": headers,
        "requested_url": page.requested_url, "final_url": page.final_url,
        "status": page.status, "server_ip": page.server_ip, "error": page.error,
        "rendered": page.rendered, "started_utc": page.started_utc,
        "started_shanghai": clock.shanghai(page.started_utc),
        "finished_utc": page.finished_utc,
        "finished_shanghai": clock.shanghai(page.finished_utc),
        "screenshots": shots, "images": images, "ocr": None, "messages": None,
        "incidents": [asdict(i) for i in page.incidents],
    }
    if page.truncated:  # a watched room cut short: sealed and judged on what it recorded
        entry["truncated"] = page.truncated
    if ocr:
        entry["ocr"] = files.add(f"{base}/ocr.json", canonical_json(ocr), "application/json")
    entry["response"] = None if page.raw_body is None else files.add(
        f"{base}/response.body", page.raw_body, _media_type(page))
    entry["layout"] = None if not page.layout else files.add(
        f"{base}/layout.json",
        canonical_json([[b.path, b.box.x, b.box.y, b.box.width, b.box.height]
                        for b in page.layout]), "application/json")
    if page.messages:
        entry["messages"] = files.add(f"{base}/messages.json",
                                      canonical_json([asdict(m) for m in page.messages]),
                                      "application/json")
    return entry


class Sealer:
    """Seals visits into signed capture folders under HOME/evidence and the ledger."""

    def __init__(self, cfg: Config) -> None:
        self.evidence_dir = cfg.evidence_dir
        self.ledger_path = cfg.home / "ledger.jsonl"
        self.key = keys.load_or_create(cfg.keys_dir)
        self.key_id = keys.key_id(self.key.public_key())
        self.home = cfg.home
        self.custody = CustodyLog(cfg.home)
        self.actor = operator(cfg)
        self.stamper = tsa.Stamper(cfg)
        self.cfg = cfg
        self._environment: dict[str, object] | None = None
        self._environment_lock = threading.Lock()
        self._sealing_lock = recovery.hold_shared(cfg.home)  # recovery waits for us
        self._fsyncs = ThreadPoolExecutor(FSYNC_THREADS, "fsync")  # one capture's, at once

    def seal(self, visit: Visit, times: Counter[str] | None = None) -> Capture:
        """Write, hash, sign and fsync one visit, append it to the ledger, return the Capture.
        `times`, if given, receives the seconds each sealing stage took."""
        times = Counter() if times is None else times
        if not _SAFE_ID.match(visit.sweep_id):
            raise HongdunError(f"sweep_id {visit.sweep_id!r} cannot name a folder")
        sealed_at = clock.utc_now()
        capture_id = new_capture_id(visit.target.target_id, sealed_at)
        sweep_dir = self.evidence_dir / visit.sweep_id
        final = sweep_dir / capture_id
        partial = sweep_dir / f".{capture_id}.partial"
        # The sweep's first capture also makes the sweep folder's own name durable.
        outer = (sweep_dir,) if sweep_dir.is_dir() else (sweep_dir, sweep_dir.parent)
        try:
            sweep_dir.mkdir(parents=True, exist_ok=True)
            partial.mkdir()
            files, manifest_bytes = self._write(partial, visit, capture_id, sealed_at, times)
            started = time.monotonic()
            os.rename(partial, final)
            files.sync_all(final, self._fsyncs, (manifest.MANIFEST, manifest.SIGNATURE), outer)
            times["seal/fsync"] += time.monotonic() - started
        except BaseException as exc:
            for folder in (partial, final):  # not synced, not ledgered: nothing is kept
                shutil.rmtree(folder, ignore_errors=True)
            full = _disk_full(exc, capture_id, sweep_dir, "the capture was not kept")
            if full is not None:
                raise full from None
            raise
        for page in visit.pages:
            live.remove_working(page.live_dir)  # sealed: the working copy is no longer needed
        evidence_id = sha256_bytes(manifest_bytes)
        reached("ledger")
        started = time.monotonic()
        try:
            ledger.append(self.ledger_path, capture_id, evidence_id, sealed_at)
        except OSError as exc:
            full = _disk_full(exc, capture_id, self.ledger_path, "its ledger entry was not "
                              "written (the next sweep's recovery completes it)")
            if full is not None:
                raise full from None
            raise
        self.custody.append("seal", [capture_id], self.actor, f"evidence_id {evidence_id}")
        reached("index")
        if self.stamper.enabled:
            self.stamper.stamp(capture_id, final)  # a miss is queued: awaiting-timestamp
        times["seal/ledger"] += time.monotonic() - started
        loaded = manifest.parse(manifest_bytes, capture_id)
        return Capture(capture_id=capture_id, target=visit.target, sweep_id=visit.sweep_id,
                       folder=str(final), evidence_id=evidence_id,
                       captured_at=loaded.captured_at, artefacts=loaded.artefacts,
                       pages=visit.pages, failure=visit.failed)

    def close(self) -> None:
        """Release the sealing lock (a process's exit releases it too)."""
        self._fsyncs.shutdown(wait=True)
        self._sealing_lock.close()

    def environment(self) -> dict[str, object]:
        """The environment snapshot, taken once per Sealer on first use."""
        with self._environment_lock:
            if self._environment is None:
                self._environment = environment.snapshot(self.cfg)
            return self._environment

    def close_sweep(self, sweep_id: str) -> treehead.TreeHead:
        """Retry queued time-stamps, package the sweep's WACZ, sign a tree head over the ledger.

        The WACZ is written to HOME/evidence/<sweep_id>/<sweep_id>.wacz when the sweep
        sealed any capture.
        """
        self.stamper.retry()
        sweep_dir = self.evidence_dir / sweep_id
        warcs = wacz.sweep_warcs(sweep_dir) if _SAFE_ID.match(sweep_id) else []
        if warcs:
            try:
                wacz.package(warcs, sweep_dir / f"{sweep_id}.wacz", f"红盾网监 sweep {sweep_id}")
            except OSError as exc:  # derived from the sealed WARCs: rebuilt by a later close
                if exc.errno not in _FULL:
                    raise
        return treehead.close(self.home, self.key, f"sweep {sweep_id} closed")

    def _write(self, root: Path, visit: Visit, capture_id: str, sealed_at: str,
               times: Counter[str]) -> tuple[_Files, bytes]:
        """Write every artefact, the manifest and its signature under root, unsynced."""
        files = _Files(root, times)
        pages = [_write_page(files, i, page) for i, page in enumerate(visit.pages, 1)]
        captured_at = visit.pages[0].started_utc if visit.pages else sealed_at
        record = {
            "format": VISIT_FORMAT, "capture_id": capture_id, "sweep_id": visit.sweep_id,
            "target": asdict(visit.target), "pages": pages, "user_agent": visit.user_agent,
            "browser_version": visit.browser_version, "hongdun_version": __version__,
            "failure": visit.failed, "captured_at": captured_at,
            "captured_at_shanghai": clock.shanghai(captured_at), "sealed_at": sealed_at,
            "sealed_at_shanghai": clock.shanghai(sealed_at), "warc": warc.FILENAME,
        }
        watched = next((p.live_dir for p in visit.pages if p.live_dir), "")
        for path, source in live.live_files(Path(watched)) if watched else ():
            files.add_file(path, source, live.media_type(path))
        record["live"] = f"{live.LIVE_DIR}/session.json" if watched else None
        started = time.monotonic()
        warc_bytes = warc.build(visit, capture_id)
        times["seal/warc"] += time.monotonic() - started
        files.add(warc.FILENAME, warc_bytes, "application/warc")
        urls = [u for page in visit.pages for u in (page.requested_url, page.final_url)]
        started = time.monotonic()
        hosts = environment.network_at_seal(urls)
        times["seal/environment"] += time.monotonic() - started
        files.add(environment.FILENAME, canonical_json(
            {**self.environment(), "capture_id": capture_id, "user_agent": visit.user_agent,
             "browser_version_reported": visit.browser_version,
             "hosts_at_seal": hosts}), "application/json")
        files.add("visit.json", canonical_json(record), "application/json")
        reached("seal")
        manifest_bytes = manifest.build(
            capture_id=capture_id, target=visit.target, sweep_id=visit.sweep_id,
            sealed_at=sealed_at, captured_at=captured_at, failure=visit.failed,
            key_id=self.key_id, hongdun_version=__version__, artefacts=files.artefacts)
        started = time.monotonic()
        signature = self.key.sign(manifest_bytes)
        times["seal/sign"] += time.monotonic() - started
        write_synced(root / manifest.MANIFEST, manifest_bytes, sync=False)
        write_synced(root / manifest.SIGNATURE, signature, sync=False)
        return files, manifest_bytes
