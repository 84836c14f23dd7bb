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
import posixpath
import re
import secrets
import shutil
import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
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

    def synced(self, root: Path, extra: tuple[str, ...]) -> list[Path]:
        """What to fsync for this capture: every written file (the artefacts and `extra`
        names) and every folder holding one, each folder once, deepest first. `root`: where
        the capture folder is now (renamed)."""
        names = [a.path for a in self.artefacts] + list(extra)
        folders = {""}  # the capture folder itself, then each folder inside it holding a file
        for name in names:
            while (name := posixpath.dirname(name)) and name not in folders:
                folders.add(name)
        return [*(root / n for n in names),
                *(root / f if f else root for f in sorted(folders, reverse=True))]


@dataclass(frozen=True)
class _Placed:
    """A capture written whole and renamed into place: not yet on stable storage, not
    yet in the ledger."""

    visit: Visit
    capture_id: str
    sealed_at: str
    final: Path
    files: _Files
    manifest_bytes: bytes

    @property
    def evidence_id(self) -> str:
        return sha256_bytes(self.manifest_bytes)


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


def _every(outcomes: list[Capture | Exception | None]) -> list[Capture | Exception]:
    """The outcomes of a group, each visit's set by now."""
    if any(o is None for o in outcomes):
        raise RuntimeError("a visit of the sealing group has no outcome")
    return [o for o in outcomes if o is not None]


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
        outcome = self.seal_group([visit], times)[0]
        if isinstance(outcome, BaseException):
            raise outcome
        return outcome

    def seal_group(self, visits: list[Visit],
                   times: Counter[str] | None = None) -> list[Capture | Exception]:
        """Seal several visits with one wait for the disk: each is written whole and renamed
        into place, then every file and folder of all of them is fsynced in one group, and
        only then are their ledger entries appended (one write, one fsync) and their custody
        entries. A ledger entry still never names a file not on stable storage; a crash
        before the ledger leaves renamed folders that recovery checks before ledgering.
        One outcome per visit, in order: its Capture, or the error that kept it out (a
        capture that failed is removed whole; DiskFull when the disk filled)."""
        times = Counter() if times is None else times
        outcomes: list[Capture | Exception | None] = [None] * len(visits)
        placed: list[tuple[int, _Placed]] = []
        outer: dict[Path, None] = {}
        for n, visit in enumerate(visits):
            try:
                placed.append((n, self._place(visit, times, outer)))
            except Exception as exc:
                outcomes[n] = exc
        started = time.monotonic()
        try:
            fsync_together([path for _, p in placed for path in p.files.synced(
                p.final, (manifest.MANIFEST, manifest.SIGNATURE))] + list(outer), self._fsyncs)
        except BaseException as exc:
            for _, p in placed:  # not synced, not ledgered: nothing is kept
                shutil.rmtree(p.final, ignore_errors=True)
            if not isinstance(exc, Exception):
                raise
            for n, p in placed:
                outcomes[n] = _disk_full(exc, p.capture_id, p.final.parent,
                                         "the capture was not kept") or exc
            return _every(outcomes)
        times["seal/fsync"] += time.monotonic() - started
        if placed:
            self._ledger(placed, outcomes, times)
        return _every(outcomes)

    def _place(self, visit: Visit, times: Counter[str], outer: dict[Path, None]) -> _Placed:
        """Write one visit whole into its .partial folder and rename it into place, unsynced;
        `outer` gains the folders whose new names must be synced too."""
        if not _SAFE_ID.match(visit.sweep_id):
            raise HongdunError(f"sweep_id {visit.sweep_id!r} cannot name a folder")
        sealed_at = clock.utc_now()
        capture_id = new_capture_id(visit.target.target_id, sealed_at)
        sweep_dir = self.evidence_dir / visit.sweep_id
        final = sweep_dir / capture_id
        partial = sweep_dir / f".{capture_id}.partial"
        # The sweep's first capture also makes the sweep folder's own name durable.
        names = (sweep_dir,) if sweep_dir.is_dir() else (sweep_dir, sweep_dir.parent)
        try:
            sweep_dir.mkdir(parents=True, exist_ok=True)
            partial.mkdir()
            files, manifest_bytes = self._write(partial, visit, capture_id, sealed_at, times)
            os.rename(partial, final)  # synced with its group (seal_group)
        except BaseException as exc:
            for folder in (partial, final):  # not synced, not ledgered: nothing is kept
                shutil.rmtree(folder, ignore_errors=True)
            full = _disk_full(exc, capture_id, sweep_dir, "the capture was not kept")
            if full is not None:
                raise full from None
            raise
        outer.update(dict.fromkeys(names))
        return _Placed(visit, capture_id, sealed_at, final, files, manifest_bytes)

    def _ledger(self, placed: list[tuple[int, _Placed]],
                outcomes: list[Capture | Exception | None], times: Counter[str]) -> None:
        """The synced captures into the ledger and the custody log, then their Captures."""
        for _, p in placed:
            for page in p.visit.pages:
                live.remove_working(page.live_dir)  # sealed: the working copy is not needed
        for _ in placed:
            reached("ledger")
        started = time.monotonic()
        try:
            ledger.append_many(self.ledger_path, [(p.capture_id, p.evidence_id, p.sealed_at)
                                                  for _, p in placed])
        except OSError as exc:
            for n, p in placed:
                outcomes[n] = _disk_full(exc, p.capture_id, self.ledger_path, "its ledger "
                                         "entry was not written (the next sweep's recovery "
                                         "completes it)") or exc
            return
        self.custody.append_many([("seal", [p.capture_id], f"evidence_id {p.evidence_id}")
                                  for _, p in placed], self.actor)
        for n, p in placed:
            reached("index")
            if self.stamper.enabled:
                self.stamper.stamp(p.capture_id, p.final)  # a miss is queued
            loaded = manifest.parse(p.manifest_bytes, p.capture_id)
            outcomes[n] = Capture(capture_id=p.capture_id, target=p.visit.target,
                                  sweep_id=p.visit.sweep_id, folder=str(p.final),
                                  evidence_id=p.evidence_id, captured_at=loaded.captured_at,
                                  artefacts=loaded.artefacts, pages=p.visit.pages,
                                  failure=p.visit.failed)
        times["seal/ledger"] += time.monotonic() - started

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
