"""Bundle verification that fails closed: each step raises VerificationError naming the file.

Steps: 1 container and member names; 2 bundle.json format and fields; 3 public key and bundle.sig;
4 each capture (manifest, signature, no unlisted files, artefact hashes, RFC 3161 token);
5 ledger chain, the captures' entries, signed tree head and inclusion proofs;
6 findings, custody entries, SHA256SUMS; 7 every listed file's hash and no unlisted member anywhere.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from evidence import custody, keys, ledger, manifest, merkle, timestamp, treehead, wacz, warc
from evidence.canonical import sha256_bytes
from evidence.container import MAX_MEMBER_BYTES, BundleReader
from hongdun.errors import VerificationError

FORMAT = "hongdun-bundle/1"
_BUNDLE_KEYS = ("captures", "created_at", "files", "findings", "format", "hongdun_version",
                "key_id", "tree_size")
_HEX64 = re.compile(r"^[0-9a-f]{64}$")
_MALFORMED = (KeyError, TypeError, ValueError, AttributeError, IndexError, RecursionError,
              OverflowError)
_REQUIRED = ("public_key.pem", "ledger.jsonl", "findings.json", "report.html", "README.txt",
             "SHA256SUMS", "verify.py", "custody.jsonl")


@dataclass(frozen=True)
class VerifyReport:
    """What a successful verification checked."""

    bundle: str
    bundle_id: str  # SHA-256 of bundle.json
    key_id: str
    captures: tuple[str, ...]
    evidence_ids: tuple[str, ...]
    findings: int
    ledger_entries: int
    files: int
    bundle_signed: bool = False  # bundle.sig present and valid
    timestamps: tuple[str, ...] = ()  # "capture_id: gen_time by TSA" per stamped capture
    awaiting_timestamp: tuple[str, ...] = ()

    def summary(self) -> str:
        """A short human-readable 'intact' report."""
        return (f"intact: {self.bundle} — {len(self.captures)} capture(s), {self.findings} "
                f"finding(s), {self.files} files hashed, ledger {self.ledger_entries} entries "
                f"chained, signatures by key {self.key_id[:16]}…, "
                f"{len(self.timestamps)} RFC 3161 time-stamp(s) valid, "
                f"{len(self.awaiting_timestamp)} awaiting time-stamp, "
                + ("bundle.json signed" if self.bundle_signed else
                   "bundle.json UNSIGNED (findings and reports covered by hashes only)")
                + f", bundle id {self.bundle_id}")


def _bundle_manifest(reader: BundleReader) -> tuple[dict[str, object], dict[str, tuple[str, int]]]:
    raw = reader.read("bundle.json")
    try:
        data = json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        raise VerificationError("bundle.json: not valid JSON") from None
    if not isinstance(data, dict):
        raise VerificationError("bundle.json: not a JSON object")
    if data.get("format") != FORMAT:
        raise VerificationError(f"bundle.json: unknown bundle format {data.get('format')!r}")
    if tuple(sorted(data)) != _BUNDLE_KEYS:
        raise VerificationError(f"bundle.json: fields must be exactly {', '.join(_BUNDLE_KEYS)}")
    files: dict[str, tuple[str, int]] = {}
    rows = data["files"]
    if not isinstance(rows, list):
        raise VerificationError("bundle.json: files must be a list")
    for row in rows:
        if (not isinstance(row, dict) or sorted(row) != ["path", "sha256", "size"]
                or not isinstance(row["path"], str) or not isinstance(row["sha256"], str)
                or not _HEX64.match(row["sha256"]) or not isinstance(row["size"], int)
                or row["path"] in files or row["path"] == "bundle.json"):
            raise VerificationError(f"bundle.json: malformed or duplicate file entry {row!r}")
        files[row["path"]] = (row["sha256"], row["size"])
    for key in ("captures", "findings"):
        value = data[key]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise VerificationError(f"bundle.json: {key} must be a list of ids")
    if data["tree_size"] is not None and (
            not isinstance(data["tree_size"], int) or isinstance(data["tree_size"], bool)):
        raise VerificationError("bundle.json: tree_size must be a number or null")
    if not data["captures"]:
        raise VerificationError("bundle.json: lists no captures")
    for name in _REQUIRED:
        if name not in files:
            raise VerificationError(f"bundle.json: does not list required file {name}")
    return data, files


def _check_capture(reader: BundleReader, capture_id: str, public: Ed25519PublicKey,
                   key_id: str, derived: set[str]) -> manifest.Manifest:
    base = f"captures/{capture_id}/"
    where = f"{base}manifest.json"
    m = manifest.parse(reader.read(where), where)
    if m.capture_id != capture_id:
        raise VerificationError(f"{where}: names capture {m.capture_id}, not its folder")
    if m.key_id != key_id:
        raise VerificationError(f"{where}: signed by key {m.key_id[:16]}…, not the bundle's key")
    keys.check_signature(public, reader.read(f"{base}{manifest.SIGNATURE}"), m.raw,
                         f"{base}{manifest.SIGNATURE}")
    listed = {a.path for a in m.artefacts} | set(manifest.SEAL_FILES) | derived
    for name in sorted(n for n in reader.names if n.startswith(base)):
        if name[len(base):] not in listed:
            raise VerificationError(f"{name}: not listed in the capture manifest")
    for art in m.artefacts:
        digest, size = reader.digest(base + art.path)
        if size != art.size:
            raise VerificationError(f"{base}{art.path}: size {size} differs from manifest "
                                    f"({art.size})")
        if digest != art.sha256:
            raise VerificationError(f"{base}{art.path}: sha256 does not match manifest")
    return m


def _check_tree(reader: BundleReader, public: Ed25519PublicKey, tree_size: int,
                by_capture: dict[str, ledger.LedgerEntry], count: int) -> None:
    """The signed tree head and each capture's inclusion proof against it."""
    lines = reader.read("tree_head.json").splitlines()
    if len(lines) != 1:
        raise VerificationError("tree_head.json: must hold exactly one tree head")
    head = treehead.parse(lines[0], public, "tree_head.json")
    if head.tree_size != tree_size or head.tree_size < count:
        raise VerificationError("tree_head.json: tree size differs from bundle.json or "
                                "does not cover the bundled ledger")
    try:
        proofs = json.loads(reader.read("proofs.json"))
        if not isinstance(proofs, dict) or set(proofs) != set(by_capture):
            raise ValueError
        for capture_id, entry in by_capture.items():
            proof = proofs[capture_id]
            path = [bytes.fromhex(p) for p in proof["audit_path"]]
            ok = merkle.verify_inclusion(merkle.leaf_hash(entry.line), proof["leaf_index"],
                                         head.tree_size, path, bytes.fromhex(head.root_hash))
            if proof["leaf_index"] != entry.seq - 1 or not ok:
                raise VerificationError(f"proofs.json: inclusion proof of {capture_id} does "
                                        "not lead to the signed root")
    except (ValueError, KeyError, TypeError):
        raise VerificationError("proofs.json: malformed inclusion proofs") from None


def _check_stamp(reader: BundleReader, capture_id: str, m: manifest.Manifest,
                 roots: list[x509.Certificate] | None) -> str | None:
    """Verify a capture's manifest.json.tsr if it has one; return its summary line."""
    name = f"captures/{capture_id}/{manifest.TIMESTAMP}"
    if name not in reader.names:
        return None
    if roots is None:
        raise VerificationError(f"{name}: no TSA trust roots to check it against "
                                "(bundle has no tsa_roots.pem and none were given)")
    stamp = timestamp.verify(reader.read(name), m.raw, roots, name)
    return f"{capture_id}: {stamp.gen_time} by {stamp.tsa}"


def _check_ledger(reader: BundleReader, manifests: dict[str, manifest.Manifest],
                  public: Ed25519PublicKey, tree_size: int | None) -> int:
    entries = ledger.parse(reader.read("ledger.jsonl"), "ledger.jsonl")
    ledger.verify_chain(entries, "ledger.jsonl")
    by_capture: dict[str, ledger.LedgerEntry] = {}
    for entry in entries:
        if entry.capture_id in by_capture:
            raise VerificationError(f"ledger.jsonl: capture {entry.capture_id} recorded twice")
        by_capture[entry.capture_id] = entry
    for capture_id, m in manifests.items():
        entry = by_capture.get(capture_id)
        if entry is None:
            raise VerificationError(f"ledger.jsonl: has no entry for capture {capture_id}")
        if entry.evidence_id != m.evidence_id:
            raise VerificationError(f"ledger.jsonl: entry seq {entry.seq} records another "
                                    f"evidence_id for {capture_id}")
    if tree_size is not None:
        _check_tree(reader, public, tree_size,
                    {c: by_capture[c] for c in manifests}, len(entries))
    return len(entries)


def _check_findings(reader: BundleReader, listed: list[str],
                    manifests: dict[str, manifest.Manifest]) -> int:
    try:
        rows = json.loads(reader.read("findings.json"))
    except (ValueError, UnicodeDecodeError):
        raise VerificationError("findings.json: not valid JSON") from None
    if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
        raise VerificationError("findings.json: must be a list of objects")
    if [r.get("finding_id") for r in rows] != listed:
        raise VerificationError("findings.json: findings differ from those listed in bundle.json")
    for row in rows:
        m = manifests.get(str(row.get("capture_id")))
        if m is None:
            raise VerificationError(f"findings.json: finding {row.get('finding_id')} refers to "
                                    "a capture not in the bundle")
        if row.get("evidence_id") != m.evidence_id:
            raise VerificationError(f"findings.json: finding {row.get('finding_id')} names "
                                    "another evidence_id than its capture's manifest")
    return len(rows)


def _check_custody(reader: BundleReader, capture_ids: set[str]) -> None:
    for entry in custody.parse(reader.read("custody.jsonl"), "custody.jsonl", complete=False):
        if not capture_ids.intersection(entry.captures):
            raise VerificationError(f"custody.jsonl: entry seq {entry.seq} concerns none of "
                                    "the bundle's captures")


def _check_sums(reader: BundleReader, files: dict[str, tuple[str, int]]) -> None:
    expected = "".join(f"{h}  {p}\n" for p, (h, _) in sorted(files.items()) if p != "SHA256SUMS")
    if reader.read("SHA256SUMS") != expected.encode():
        raise VerificationError("SHA256SUMS: differs from the file list in bundle.json")


def _derived(bundle: dict[str, object]) -> dict[str, set[str]]:
    """derived/<finding_id>.png names allowed per capture folder (checked again via hashes)."""
    return {str(c): {f"derived/{f}.png" for f in bundle["findings"]}  # type: ignore[union-attr]
            for c in bundle["captures"]}  # type: ignore[union-attr]


def verify_bundle(path: Path, *, tsa_roots: bytes | None = None) -> VerifyReport:
    """Verify a bundle zip (or unpacked folder); raise VerificationError at the first failure.

    Time-stamp tokens are checked against tsa_roots (PEM) when given, else against the
    bundle's own tsa_roots.pem, and the report says which.
    """
    if not path.exists():
        raise VerificationError(f"{path}: no such file")
    if not (path.is_file() or path.is_dir()):
        raise VerificationError(f"{path}: not a regular file or folder")
    reader = BundleReader(path)  # step 1
    try:
        return _verify(path, reader, tsa_roots)
    except _MALFORMED as exc:  # fail closed: a shape no check above expected
        raise VerificationError(f"{path.name}: malformed bundle ({type(exc).__name__}: "
                                f"{str(exc)[:200]})") from None
    finally:
        reader.close()


def _verify(path: Path, reader: BundleReader, tsa_roots: bytes | None) -> VerifyReport:
    """Steps 2-7 of verify_bundle over an open reader."""
    bundle, files = _bundle_manifest(reader)  # step 2
    public = keys.load_public(reader.read("public_key.pem"), "public_key.pem")  # step 3
    key_id = keys.key_id(public)
    if bundle["key_id"] != key_id:
        raise VerificationError("public_key.pem: is not the key named in bundle.json")
    signed = "bundle.sig" in reader.names
    if signed:
        keys.check_signature(public, reader.read("bundle.sig"), reader.read("bundle.json"),
                             "bundle.sig")
    capture_ids = [str(c) for c in bundle["captures"]]  # type: ignore[union-attr]
    derived = _derived(bundle)
    roots = None
    if tsa_roots is not None:
        roots = timestamp.load_roots(tsa_roots, "TSA trust roots")
    elif "tsa_roots.pem" in reader.names:
        roots = timestamp.load_roots(reader.read("tsa_roots.pem"), "tsa_roots.pem")
    stamps: dict[str, str | None] = {}
    manifests: dict[str, manifest.Manifest] = {}
    for capture_id in capture_ids:  # step 4
        if not manifest.valid_capture_id(capture_id) or capture_id in manifests:
            raise VerificationError(f"bundle.json: bad or repeated capture id {capture_id!r}")
        manifests[capture_id] = _check_capture(reader, capture_id, public, key_id,
                                               derived[capture_id])
        stamps[capture_id] = _check_stamp(reader, capture_id, manifests[capture_id], roots)
    for name in reader.names:
        if name.startswith("captures/") and name.split("/")[1] not in manifests:
            raise VerificationError(f"{name}: belongs to no capture listed in bundle.json")
    tree_size = bundle["tree_size"]
    entries = _check_ledger(reader, manifests, public,  # step 5
                            tree_size if isinstance(tree_size, int) else None)
    findings = _check_findings(reader, [str(f) for f in bundle["findings"]],  # step 6
                               manifests)
    _check_custody(reader, set(manifests))
    if "captures.wacz" in reader.names:
        wacz.check_archives(reader.read("captures.wacz", MAX_MEMBER_BYTES), {
            cid: m.artefact(warc.FILENAME).sha256 for cid, m in manifests.items()
            if m.has(warc.FILENAME)}, "captures.wacz")
    _check_sums(reader, files)
    for name in sorted(reader.names - {"bundle.json", "bundle.sig"}):  # step 7
        if name not in files:
            raise VerificationError(f"{name}: not listed in bundle.json")
    for name, (digest, size) in sorted(files.items()):
        actual, actual_size = reader.digest(name)
        if actual != digest or actual_size != size:
            raise VerificationError(f"{name}: sha256 does not match bundle.json")
    bundle_id = sha256_bytes(reader.read("bundle.json"))
    return VerifyReport(bundle=path.name, bundle_id=bundle_id, key_id=key_id,
                        captures=tuple(capture_ids),
                        evidence_ids=tuple(m.evidence_id for m in manifests.values()),
                        findings=findings, ledger_entries=entries, files=len(files) + 1,
                        bundle_signed=signed, timestamps=tuple(s for s in stamps.values() if s),
                        awaiting_timestamp=tuple(c for c, s in stamps.items() if s is None))
