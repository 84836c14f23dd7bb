"""The capture manifest: canonical JSON listing every artefact, parsed and validated fail-closed.

The manifest bytes are what is signed and what the evidence_id hashes, so the
parsed view always keeps the exact bytes it came from (STYLE.md §5).
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass
from pathlib import Path, PurePosixPath

from evidence.canonical import canonical_json, sha256_bytes
from hongdun.errors import HongdunError, VerificationError
from hongdun.records import Artefact, Capture, Target

FORMAT = "hongdun-capture/1"
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
TIMESTAMP = "manifest.json.tsr"
SEAL_FILES = (MANIFEST, SIGNATURE, TIMESTAMP)  # files beside the artefacts, never listed
_KEYS = ("artefacts", "capture_id", "captured_at", "failure", "format", "hongdun_version",
         "key_id", "sealed_at", "sweep_id", "target", "target_id")
_HEX64 = re.compile(r"^[0-9a-f]{64}$")
_CAPTURE_ID = re.compile(r"^\d{8}T\d{6}Z-[A-Za-z0-9][A-Za-z0-9_.-]{0,63}-[0-9a-f]{8}$")


@dataclass(frozen=True)
class Manifest:
    """A parsed, validated capture manifest and the exact bytes it was read from."""

    capture_id: str
    target: Target
    sweep_id: str
    sealed_at: str
    captured_at: str
    failure: str | None
    key_id: str
    hongdun_version: str
    artefacts: tuple[Artefact, ...]
    raw: bytes

    def has(self, path: str) -> bool:
        """True if path is one of the artefacts."""
        return any(a.path == path for a in self.artefacts)

    def artefact(self, path: str) -> Artefact:
        """The artefact entry for path (KeyError if absent)."""
        for item in self.artefacts:
            if item.path == path:
                return item
        raise KeyError(path)

    @property
    def evidence_id(self) -> str:
        """SHA-256 hex of the manifest bytes."""
        return sha256_bytes(self.raw)


def safe_relative(path: str) -> bool:
    """True if path is a plain relative POSIX path with no '..' or empty parts."""
    parts = PurePosixPath(path).parts
    return (bool(path) and not path.startswith("/") and "\\" not in path
            and all(p not in ("", ".", "..") for p in parts) and "/".join(parts) == path)


def valid_capture_id(capture_id: str) -> bool:
    """True if capture_id has the sealed shape <UTC compact>-<target_id>-<8 hex>."""
    return bool(_CAPTURE_ID.match(capture_id))


def build(*, capture_id: str, target: Target, sweep_id: str, sealed_at: str, captured_at: str,
          failure: str | None, key_id: str, hongdun_version: str,
          artefacts: list[Artefact]) -> bytes:
    """The canonical manifest bytes for a capture."""
    return canonical_json({
        "format": FORMAT, "capture_id": capture_id, "target_id": target.target_id,
        "target": asdict(target), "sweep_id": sweep_id, "sealed_at": sealed_at,
        "captured_at": captured_at, "failure": failure, "key_id": key_id,
        "hongdun_version": hongdun_version,
        "artefacts": [asdict(a) for a in sorted(artefacts, key=lambda a: a.path)],
    })


def _artefact(raw: object, where: str) -> Artefact:
    if not isinstance(raw, dict) or sorted(raw) != ["media_type", "path", "sha256", "size"]:
        raise VerificationError(f"{where}: malformed artefact entry")
    path, digest, size, media = raw["path"], raw["sha256"], raw["size"], raw["media_type"]
    if not isinstance(path, str) or not safe_relative(path) or path in SEAL_FILES:
        raise VerificationError(f"{where}: unsafe artefact path {path!r}")
    if not isinstance(digest, str) or not _HEX64.match(digest):
        raise VerificationError(f"{where}: artefact {path} has a malformed sha256")
    if not isinstance(size, int) or isinstance(size, bool) or size < 0:
        raise VerificationError(f"{where}: artefact {path} has a malformed size")
    if not isinstance(media, str):
        raise VerificationError(f"{where}: artefact {path} has a malformed media_type")
    return Artefact(path, digest, size, media)


def parse(raw: bytes, where: str) -> Manifest:
    """Validate manifest bytes; any problem raises VerificationError naming where."""
    try:
        data = json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        raise VerificationError(f"{where}: not valid JSON") from None
    if not isinstance(data, dict):
        raise VerificationError(f"{where}: not a JSON object")
    if data.get("format") != FORMAT:
        raise VerificationError(f"{where}: unknown manifest format {data.get('format')!r}")
    if tuple(sorted(data)) != _KEYS:
        raise VerificationError(f"{where}: fields must be exactly {', '.join(_KEYS)}")
    if canonical_json(data) != raw:
        raise VerificationError(f"{where}: not canonical JSON")
    strings = ("capture_id", "sweep_id", "sealed_at", "captured_at", "key_id", "hongdun_version")
    if not all(isinstance(data[k], str) for k in strings) or not (
            data["failure"] is None or isinstance(data["failure"], str)):
        raise VerificationError(f"{where}: field types are wrong")
    if not valid_capture_id(data["capture_id"]):
        raise VerificationError(f"{where}: malformed capture_id {data['capture_id']!r}")
    try:
        target = Target(**data["target"])
    except (TypeError, HongdunError) as exc:
        raise VerificationError(f"{where}: bad target ({exc})") from None
    if target.target_id != data["target_id"]:
        raise VerificationError(f"{where}: target_id does not match target")
    if not isinstance(data["artefacts"], list):
        raise VerificationError(f"{where}: artefacts must be a list")
    artefacts = tuple(_artefact(a, where) for a in data["artefacts"])
    paths = [a.path for a in artefacts]
    if paths != sorted(set(paths)):
        raise VerificationError(f"{where}: artefact paths must be unique and sorted")
    return Manifest(data["capture_id"], target, data["sweep_id"], data["sealed_at"],
                    data["captured_at"], data["failure"], data["key_id"],
                    data["hongdun_version"], artefacts, raw)


def load_capture(folder: Path) -> Capture:
    """Rebuild a Capture record from a sealed capture folder's manifest."""
    path = folder / MANIFEST
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise VerificationError(f"{path}: cannot read ({exc.strerror})") from None
    m = parse(raw, str(path))
    return Capture(capture_id=m.capture_id, target=m.target, sweep_id=m.sweep_id,
                   folder=str(folder.resolve()), evidence_id=m.evidence_id,
                   captured_at=m.captured_at, artefacts=m.artefacts, failure=m.failure)
