#!/usr/bin/env python3
"""Standalone verifier for a Hongdun evidence bundle; needs only Python 3.11+ and `cryptography`.

Usage: python verify.py BUNDLE   (the .zip or its unpacked folder)
Exit 0 and "intact" when every check passes; exit 1 and the first failing check otherwise.
This file is copied verbatim into every bundle; it does not import Hongdun.
"""

from __future__ import annotations

import hashlib
import io
import json
import shutil
import stat
import subprocess
import sys
import tempfile
import zipfile
import zlib
from pathlib import Path, PurePosixPath

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

BUNDLE_FORMAT = "hongdun-bundle/1"
CAPTURE_FORMAT = "hongdun-capture/1"
ZERO = "0" * 64
REQUIRED = ("bundle.json", "public_key.pem", "ledger.jsonl", "findings.json", "report.html",
            "README.txt", "SHA256SUMS", "verify.py", "custody.jsonl")
MAX_MEMBERS = 100_000
MAX_TOTAL = 4 << 30  # bytes, uncompressed: held in memory
MAX_RATIO = 200  # deflate ratios above this are zeros, not evidence (zip bombs)
READ_ERRORS = (OSError, EOFError, zipfile.BadZipFile, NotImplementedError, RuntimeError,
               ValueError, zlib.error)


class Invalid(Exception):
    """A failed check; the message names the file and the check."""


def canonical(value: object) -> bytes:
    """Sorted-key, separator-fixed, UTF-8 JSON: the bytes Hongdun hashes and signs."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"),
                      ensure_ascii=False).encode("utf-8")


def safe(name: str) -> bool:
    """A relative POSIX path without '..' or empty parts."""
    parts = PurePosixPath(name).parts
    return (bool(name) and not name.startswith("/") and "\\" not in name
            and "/".join(parts) == name and all(p not in ("", ".", "..") for p in parts))


def check_members(infos: list[zipfile.ZipInfo], where: str) -> None:
    """Refuse, before inflating anything, an archive no bundle could be (bombs, links)."""
    if len(infos) > MAX_MEMBERS:
        raise Invalid(f"{where}: {len(infos)} members, more than {MAX_MEMBERS}")
    total = 0
    for info in infos:
        name = info.filename
        if not safe(name.removesuffix("/") if info.is_dir() else name):
            raise Invalid(f"{where}: unsafe member name {name!r}")
        if stat.S_ISLNK(info.external_attr >> 16):
            raise Invalid(f"{where}: {name}: symbolic links not allowed")
        if info.flag_bits & 0x1 or info.compress_type not in (zipfile.ZIP_STORED,
                                                                zipfile.ZIP_DEFLATED):
            raise Invalid(f"{where}: {name}: encrypted or unsupported compression")
        if info.file_size > 1 << 20 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise Invalid(f"{where}: {name} inflates {info.compress_size} bytes to "
                          f"{info.file_size}: a zip bomb")
        total += info.file_size
        if info.file_size > MAX_TOTAL or total > MAX_TOTAL:
            raise Invalid(f"{where}: members declare more than {MAX_TOTAL} bytes")


def open_bundle(path: Path) -> dict[str, bytes]:
    """Every file of the bundle by name, read into memory (bounded; nothing is extracted)."""
    files: dict[str, bytes] = {}
    if path.is_dir():
        total = 0
        for item in sorted(path.rglob("*")):
            name = item.relative_to(path).as_posix()
            mode = item.lstat().st_mode
            if stat.S_ISLNK(mode):
                raise Invalid(f"{name}: symbolic links not allowed")
            if stat.S_ISDIR(mode):
                continue
            if not stat.S_ISREG(mode):
                raise Invalid(f"{name}: not a regular file")
            total += item.lstat().st_size
            if total > MAX_TOTAL or len(files) >= MAX_MEMBERS:
                raise Invalid(f"{path.name}: larger than any bundle")
            files[name] = item.read_bytes()
        return files
    if not path.is_file():
        raise Invalid(f"{path}: no such file")
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            check_members(infos, path.name)
            infos = [i for i in infos if not i.is_dir()]
            if len({i.filename for i in infos}) != len(infos):
                raise Invalid(f"{path.name}: duplicate member names")
            for info in infos:
                files[info.filename] = archive.read(info)
                if len(files[info.filename]) != info.file_size:
                    raise Invalid(f"{info.filename}: holds {len(files[info.filename])} bytes "
                                  f"but its zip entry declares {info.file_size}")
    except READ_ERRORS as exc:
        raise Invalid(f"{path.name}: not a readable zip ({exc})") from None
    return files


def load_json(files: dict[str, bytes], name: str) -> object:
    """Parse one JSON member."""
    if name not in files:
        raise Invalid(f"{name}: missing from the bundle")
    try:
        return json.loads(files[name])
    except (ValueError, UnicodeDecodeError):
        raise Invalid(f"{name}: not valid JSON") from None


def check_capture(files: dict[str, bytes], cid: str, key: Ed25519PublicKey, key_id: str,
                  derived: set[str]) -> str:
    """Check one capture folder; return its evidence id."""
    base = f"captures/{cid}/"
    raw = files.get(base + "manifest.json")
    if raw is None:
        raise Invalid(f"{base}manifest.json: missing from the bundle")
    data = load_json(files, base + "manifest.json")
    if not isinstance(data, dict) or data.get("format") != CAPTURE_FORMAT:
        raise Invalid(f"{base}manifest.json: unknown manifest format")
    if canonical(data) != raw:
        raise Invalid(f"{base}manifest.json: not canonical JSON")
    if data.get("capture_id") != cid or data.get("key_id") != key_id:
        raise Invalid(f"{base}manifest.json: capture id or key id does not match")
    signature = files.get(base + "manifest.sig")
    if signature is None:
        raise Invalid(f"{base}manifest.sig: missing from the bundle")
    try:
        key.verify(signature, raw)
    except InvalidSignature:
        raise Invalid(f"{base}manifest.sig: Ed25519 signature does not verify") from None
    artefacts = data.get("artefacts")
    if not isinstance(artefacts, list):
        raise Invalid(f"{base}manifest.json: artefacts must be a list")
    listed = {"manifest.json", "manifest.sig", "manifest.json.tsr"} | derived
    for art in artefacts:
        path = art.get("path") if isinstance(art, dict) else None
        if not isinstance(path, str) or not safe(path):
            raise Invalid(f"{base}manifest.json: unsafe artefact path {path!r}")
        listed.add(path)
        content = files.get(base + path)
        if content is None:
            raise Invalid(f"{base}{path}: missing from the bundle")
        if len(content) != art.get("size") or hashlib.sha256(content).hexdigest() != art.get(
                "sha256"):
            raise Invalid(f"{base}{path}: sha256 does not match manifest")
    for name in files:
        if name.startswith(base) and name[len(base):] not in listed:
            raise Invalid(f"{name}: not listed in the capture manifest")
    return hashlib.sha256(raw).hexdigest()


def check_ledger(files: dict[str, bytes], evidence: dict[str, str]) -> tuple[int, dict[str, bytes]]:
    """Check the hash chain and that it records each capture's evidence id."""
    data = files.get("ledger.jsonl")
    if data is None:
        raise Invalid("ledger.jsonl: missing from the bundle")
    if data and not data.endswith(b"\n"):
        raise Invalid("ledger.jsonl: last line is incomplete")
    prev, seen, lines_of = ZERO, {}, {}
    lines = data.split(b"\n")[:-1] if data else []
    for n, line in enumerate(lines, 1):
        try:
            entry = json.loads(line)
        except (ValueError, UnicodeDecodeError):
            raise Invalid(f"ledger.jsonl line {n}: not a JSON object") from None
        if not isinstance(entry, dict) or canonical(entry) != line:
            raise Invalid(f"ledger.jsonl line {n}: line is not canonical JSON")
        body = {k: v for k, v in entry.items() if k != "hash"}
        if hashlib.sha256(canonical(body)).hexdigest() != entry.get("hash"):
            raise Invalid(f"ledger.jsonl line {n}: entry hash does not match its content")
        if entry.get("seq") != n:
            raise Invalid(f"ledger.jsonl line {n}: seq {entry.get('seq')}, expected {n}")
        if entry.get("prev") != prev:
            raise Invalid(f"ledger.jsonl line {n}: does not chain to the previous entry's hash")
        prev = entry["hash"]
        seen[entry.get("capture_id")] = entry.get("evidence_id")
        lines_of[entry.get("capture_id")] = line
    for cid, evidence_id in evidence.items():
        if seen.get(cid) != evidence_id:
            raise Invalid(f"ledger.jsonl: no entry with the evidence id of capture {cid}")
    return len(lines), lines_of


def node(left: bytes, right: bytes) -> bytes:
    """RFC 6962 interior node hash."""
    return hashlib.sha256(b"\x01" + left + right).digest()


def included(leaf: bytes, index: int, size: int, path: list[bytes], root: bytes) -> bool:
    """RFC 9162 §2.1.3.2 inclusion proof check."""
    if not 0 <= index < size:
        return False
    fn, sn, r = index, size - 1, leaf
    for p in path:
        if sn == 0:
            return False
        if fn & 1 or fn == sn:
            r = node(p, r)
            while not fn & 1 and fn:
                fn >>= 1
                sn >>= 1
        else:
            r = node(r, p)
        fn >>= 1
        sn >>= 1
    return sn == 0 and r == root


def check_tree(files: dict[str, bytes], key: Ed25519PublicKey, key_id: str, size: object,
               lines_of: dict[str, bytes], captures: list[str]) -> None:
    """The signed tree head and each capture's inclusion proof."""
    if size is None:
        if "tree_head.json" in files or "proofs.json" in files:
            raise Invalid("tree_head.json: present but bundle.json names no tree size")
        return
    outer = load_json(files, "tree_head.json")
    try:
        head = outer["head"]  # type: ignore[index]
        key.verify(bytes.fromhex(outer["signature"]), canonical(head))  # type: ignore[index]
    except (KeyError, TypeError, ValueError, InvalidSignature):
        raise Invalid("tree_head.json: signature does not verify") from None
    if head.get("format") != "hongdun-sth/1" or head.get("key_id") != key_id or head.get(
            "tree_size") != size:
        raise Invalid("tree_head.json: unknown format, other key, or other tree size")
    proofs = load_json(files, "proofs.json")
    for cid in captures:
        try:
            proof = proofs[cid]  # type: ignore[index]
            ok = included(hashlib.sha256(b"\x00" + lines_of[cid]).digest(),
                          proof["leaf_index"], size,  # type: ignore[arg-type]
                          [bytes.fromhex(p) for p in proof["audit_path"]],
                          bytes.fromhex(head["root_hash"]))
        except (KeyError, TypeError, ValueError):
            ok = False
        if not ok:
            raise Invalid(f"proofs.json: inclusion proof of {cid} does not lead to the "
                          "signed root")


def check_custody(files: dict[str, bytes], captures: set[str]) -> None:
    """Custody entries: each self-hashed, in order, linked where consecutive, about our captures."""
    data = files.get("custody.jsonl")
    if data is None:
        raise Invalid("custody.jsonl: missing from the bundle")
    if data and not data.endswith(b"\n"):
        raise Invalid("custody.jsonl: last line is incomplete")
    previous: dict[str, object] | None = None
    for n, line in enumerate(data.split(b"\n")[:-1] if data else [], 1):
        try:
            entry = json.loads(line)
        except (ValueError, UnicodeDecodeError):
            raise Invalid(f"custody.jsonl line {n}: not a JSON object") from None
        if not isinstance(entry, dict) or canonical(entry) != line:
            raise Invalid(f"custody.jsonl line {n}: line is not canonical JSON")
        body = {k: v for k, v in entry.items() if k != "hash"}
        if hashlib.sha256(canonical(body)).hexdigest() != entry.get("hash"):
            raise Invalid(f"custody.jsonl line {n}: entry hash does not match its content")
        seq = entry.get("seq")
        if not isinstance(seq, int) or not captures.intersection(entry.get("captures", [])):
            raise Invalid(f"custody.jsonl line {n}: malformed or about other captures")
        if previous is not None:
            last = previous["seq"]
            assert isinstance(last, int)
            if seq <= last:
                raise Invalid(f"custody.jsonl line {n}: entries reordered")
            if seq == last + 1 and entry.get("prev") != previous["hash"]:
                raise Invalid(f"custody.jsonl line {n}: does not chain to the previous entry")
        previous = entry


def check_stamps(files: dict[str, bytes], captures: list[str]) -> str:
    """Check each manifest.json.tsr with `openssl ts -verify` against tsa_roots.pem."""
    stamped = [c for c in captures if f"captures/{c}/manifest.json.tsr" in files]
    if not stamped:
        return "no time-stamps"
    if "tsa_roots.pem" not in files:
        raise Invalid("tsa_roots.pem: missing, so the time-stamp tokens cannot be checked")
    if shutil.which("openssl") is None:
        return f"{len(stamped)} time-stamp(s) NOT checked (openssl not found)"
    with tempfile.TemporaryDirectory() as scratch:
        roots = Path(scratch) / "roots.pem"
        roots.write_bytes(files["tsa_roots.pem"])
        for cid in stamped:
            data, token = Path(scratch) / "manifest.json", Path(scratch) / "manifest.json.tsr"
            data.write_bytes(files[f"captures/{cid}/manifest.json"])
            token.write_bytes(files[f"captures/{cid}/manifest.json.tsr"])
            done = subprocess.run(["openssl", "ts", "-verify", "-data", str(data), "-in",
                                   str(token), "-CAfile", str(roots)], capture_output=True,
                                  text=True, check=False, timeout=60)
            if done.returncode != 0 or "Verification: OK" not in done.stdout:
                raise Invalid(f"captures/{cid}/manifest.json.tsr: openssl ts -verify failed")
    return f"{len(stamped)} time-stamp(s) verified by openssl"


def check_wacz(files: dict[str, bytes], captures: list[str]) -> None:
    """captures.wacz must hold exactly the captures' signed WARCs, byte for byte."""
    if "captures.wacz" not in files:
        return
    try:
        with zipfile.ZipFile(io.BytesIO(files["captures.wacz"])) as archive:
            check_members(archive.infolist(), "captures.wacz")
            inner = {n: archive.read(n) for n in archive.namelist() if n.startswith("archive/")}
    except READ_ERRORS:
        raise Invalid("captures.wacz: not a readable zip") from None
    expected = {f"archive/{c}.warc.gz": files.get(f"captures/{c}/capture.warc.gz")
                for c in captures if f"captures/{c}/capture.warc.gz" in files}
    if set(inner) != set(expected) or any(inner[n] != expected[n] for n in inner):
        raise Invalid("captures.wacz: its WARCs differ from the signed capture.warc.gz files")


def verify(path: Path) -> str:
    """Run every check; return the one-line 'intact' summary."""
    files = open_bundle(path)
    for name in files:
        if not safe(name):
            raise Invalid(f"{path.name}: unsafe member name {name!r}")
    bundle = load_json(files, "bundle.json")
    if not isinstance(bundle, dict) or bundle.get("format") != BUNDLE_FORMAT:
        raise Invalid("bundle.json: unknown bundle format")
    for name in REQUIRED:
        if name not in files:
            raise Invalid(f"{name}: missing from the bundle")
    pem = files["public_key.pem"]
    try:
        key = serialization.load_pem_public_key(pem)
    except (ValueError, TypeError):
        raise Invalid("public_key.pem: not a PEM public key") from None
    if not isinstance(key, Ed25519PublicKey):
        raise Invalid("public_key.pem: not an Ed25519 key")
    der = key.public_bytes(serialization.Encoding.DER,
                           serialization.PublicFormat.SubjectPublicKeyInfo)
    key_id = hashlib.sha256(der).hexdigest()
    if bundle.get("key_id") != key_id:
        raise Invalid("public_key.pem: is not the key named in bundle.json")
    signed = "bundle.sig" in files
    if signed:
        try:
            key.verify(files["bundle.sig"], files["bundle.json"])
        except InvalidSignature:
            raise Invalid("bundle.sig: Ed25519 signature does not verify") from None
    captures, finding_ids = bundle.get("captures"), bundle.get("findings")
    if not isinstance(captures, list) or not captures or not isinstance(finding_ids, list):
        raise Invalid("bundle.json: captures and findings must be lists")
    derived = {f"derived/{f}.png" for f in finding_ids}
    evidence = {cid: check_capture(files, cid, key, key_id, derived) for cid in captures}
    for name in files:
        if name.startswith("captures/") and name.split("/")[1] not in evidence:
            raise Invalid(f"{name}: belongs to no capture listed in bundle.json")
    entries, lines_of = check_ledger(files, evidence)
    check_tree(files, key, key_id, bundle.get("tree_size"), lines_of, captures)
    check_custody(files, set(evidence))
    stamps = check_stamps(files, captures)
    check_wacz(files, captures)
    findings = load_json(files, "findings.json")
    if not isinstance(findings, list) or [
            f.get("finding_id") for f in findings if isinstance(f, dict)] != finding_ids:
        raise Invalid("findings.json: findings differ from those listed in bundle.json")
    for f in findings:
        if evidence.get(f.get("capture_id")) != f.get("evidence_id"):
            raise Invalid(f"findings.json: finding {f.get('finding_id')} does not match a capture")
    listed = {row["path"]: row for row in bundle.get("files", []) if isinstance(row, dict)}
    for name in sorted(files):
        if name not in ("bundle.json", "bundle.sig") and name not in listed:
            raise Invalid(f"{name}: not listed in bundle.json")
    sums = "".join(f"{row.get('sha256')}  {name}\n" for name, row in sorted(listed.items())
                   if name != "SHA256SUMS")
    if files.get("SHA256SUMS") != sums.encode():
        raise Invalid("SHA256SUMS: differs from the file list in bundle.json")
    for name, row in sorted(listed.items()):
        if name not in files:
            raise Invalid(f"{name}: missing from the bundle")
        if hashlib.sha256(files[name]).hexdigest() != row.get("sha256"):
            raise Invalid(f"{name}: sha256 does not match bundle.json")
    return (f"intact: {len(captures)} capture(s), {len(findings)} finding(s), "
            f"{len(listed)} files hashed, ledger {entries} entries chained, key {key_id[:16]}, "
            f"{stamps}, " + ("bundle.json signed" if signed else "bundle.json UNSIGNED"))


def main(argv: list[str]) -> int:
    """Command-line entry: python verify.py BUNDLE."""
    if len(argv) != 2:
        print("usage: python verify.py BUNDLE(.zip or folder)", file=sys.stderr)
        return 2
    try:
        print(verify(Path(argv[1])))
    except Invalid as exc:
        print(f"FAIL: {exc}", file=sys.stderr)
        return 1
    except Exception as exc:  # fail closed on any shape no check expected; no traceback
        print(f"FAIL: malformed bundle ({type(exc).__name__}: {str(exc)[:200]})",
              file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
