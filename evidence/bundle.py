"""Evidence bundle export: one zip with sealed captures, ledger, key, findings and a Chinese report.

Layout inside the zip (all paths POSIX):
  bundle.json                   format, captures, and sha256/size of every other file
  bundle.sig                    Ed25519 signature over bundle.json (when a key is given)
  SHA256SUMS                    the same hashes in `sha256sum -c` form
  captures/<capture_id>/...     the sealed artefacts, manifest.json, manifest.sig
  captures/<capture_id>/derived/<finding_id>.png   annotated screenshot copies
  ledger.jsonl                  the ledger from genesis up to the newest included entry
  captures.wacz                 the captures' signed WARCs as one WACZ web archive
  custody.jsonl                 chain-of-custody entries about the exported captures
  tree_head.json, proofs.json   a signed RFC 6962 tree head covering the captures and
                                each capture's inclusion proof (when a head exists)
  public_key.pem, findings.json, report.html, README.txt, verify.py
  report.pdf                    电子数据提取笔录 printed by Chromium (when asked for)
  live/<finding_id>/transcript.txt, frame-<n>.png   a live finding's transcript excerpt and
                                marked frames (evidence/livebundle.py)
"""

from __future__ import annotations

import dataclasses
import json
import os
import zipfile
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from evidence import (
    keys,
    ledger,
    livebundle,
    manifest,
    merkle,
    pdf,
    report,
    timestamp,
    treehead,
    wacz,
    warc,
)
from evidence.annotate import annotate
from evidence.canonical import canonical_json, sha256_bytes, sha256_file
from evidence.custody import CustodyLog
from hongdun import __version__, clock
from hongdun.errors import HongdunError, VerificationError
from hongdun.records import Box, Capture, Finding, Place

FORMAT = "hongdun-bundle/1"
BUNDLE_MANIFEST = "bundle.json"
BUNDLE_SIGNATURE = "bundle.sig"
SUMS = "SHA256SUMS"
STANDALONE = Path(__file__).with_name("standalone_verify.py")


def _capture_files(capture: Capture) -> list[tuple[str, Path]]:
    """(path inside the capture folder, file on disk) for every sealed file, re-hashed first."""
    folder = Path(capture.folder)
    m = manifest.load_capture(folder)
    if m.evidence_id != capture.evidence_id:
        raise VerificationError(f"{capture.capture_id}: manifest.json changed since sealing")
    files = []
    for art in m.artefacts:
        path = folder / art.path
        if not path.is_file() or sha256_file(path) != art.sha256:
            raise VerificationError(f"{capture.capture_id}/{art.path}: does not match its "
                                    "manifest; refusing to export altered evidence")
        files.append((art.path, path))
    for name in manifest.SEAL_FILES:
        if (folder / name).is_file():
            files.append((name, folder / name))
    return files


def _tree_files(ledger_path: Path, public: Ed25519PublicKey, entries: list[ledger.LedgerEntry],
                captures: Sequence[Capture]) -> tuple[int | None, dict[str, bytes]]:
    """The newest signed tree head covering every capture, and each capture's inclusion proof."""
    position = {e.capture_id: i for i, e in enumerate(entries)}
    needed = max(position[c.capture_id] for c in captures) + 1
    heads = [h for h in treehead.read(ledger_path.parent, public) if h.tree_size >= needed]
    if not heads:
        return None, {}
    head = heads[-1]
    hashes = treehead.leaves(entries[: head.tree_size])
    proofs = {c.capture_id: {"leaf_index": position[c.capture_id], "tree_size": head.tree_size,
                             "audit_path": [p.hex() for p in merkle.inclusion_proof(
                                 hashes, position[c.capture_id])]} for c in captures}
    return head.tree_size, {"tree_head.json": head.line(), "proofs.json": canonical_json(proofs)}


def _ledger_prefix(entries: list[ledger.LedgerEntry], captures: Sequence[Capture]) -> bytes:
    """The ledger from genesis to the newest entry of any capture being exported."""
    position = {e.capture_id: i for i, e in enumerate(entries)}
    last = -1
    for capture in captures:
        if capture.capture_id not in position:
            raise HongdunError(f"capture {capture.capture_id} is not in the ledger")
        entry = entries[position[capture.capture_id]]
        if entry.evidence_id != capture.evidence_id:
            raise VerificationError(f"ledger records another evidence_id for {capture.capture_id}")
        last = max(last, position[capture.capture_id])
    return b"".join(e.line + b"\n" for e in entries[: last + 1])


def _stamps(captures: Sequence[Capture], roots_pem: bytes | None) -> dict[str, str]:
    """Each capture's time-stamp as the report shows it (checked when roots are known)."""
    roots = timestamp.load_roots(roots_pem, "TSA trust roots") if roots_pem else None
    out = {}
    for capture in captures:
        folder = Path(capture.folder)
        token = folder / manifest.TIMESTAMP
        if not token.is_file():
            out[capture.capture_id] = "等待时间戳 awaiting-timestamp"
        elif roots is None:
            out[capture.capture_id] = "有时间戳，未配置信任根 (token present, no TSA roots)"
        else:
            stamp = timestamp.verify(token.read_bytes(), (folder / manifest.MANIFEST).read_bytes(),
                                     roots, f"{capture.capture_id}/{manifest.TIMESTAMP}")
            out[capture.capture_id] = f"{stamp.gen_time} (UTC) — {stamp.tsa}"
    return out


def _annotated(captures: dict[str, Capture], findings: Sequence[Finding]) -> list[Finding]:
    out = []
    for finding in findings:
        capture = captures[finding.capture_id]
        if finding.screenshot is not None and (
                finding.annotated is None
                or not (Path(capture.folder) / finding.annotated).is_file()):
            finding = annotate(capture, finding)
        out.append(finding)
    return out


def export(captures: Sequence[Capture], findings: Sequence[Finding], out: Path, *,
           ledger_path: Path, public_key_pem: bytes, custody: CustodyLog | None = None,
           actor: str = "hongdun", tsa_roots_pem: bytes | None = None,
           pdf_chromium: str | None = None,
           signing_key: Ed25519PrivateKey | None = None) -> Path:
    """Write an evidence bundle zip for these findings and captures; return its path.

    With a custody log, the export is recorded there first and every entry about the
    exported captures goes into the bundle as custody.jsonl. tsa_roots_pem (the
    configured TSA trust roots) goes in as tsa_roots.pem so time-stamps can be checked.
    With pdf_chromium (a Chromium executable) the bundle also gets report.pdf, the
    电子数据提取笔录 printed by that browser. With signing_key (the evidence key) bundle.json
    is signed too (bundle.sig), which authenticates findings.json and the reports.
    """
    by_id = {c.capture_id: c for c in captures}
    if not by_id:
        raise HongdunError("nothing to export: no captures given")
    for finding in findings:
        if finding.capture_id not in by_id:
            raise HongdunError(f"finding {finding.finding_id} refers to capture "
                               f"{finding.capture_id}, which is not being exported")
    public = keys.load_public(public_key_pem, "public key")
    key_id = keys.key_id(public)
    if signing_key is not None and keys.key_id(signing_key.public_key()) != key_id:
        raise HongdunError("the signing key does not match the public key given for the bundle")
    findings = _annotated(by_id, findings)
    live, live_files = livebundle.bundle_files(by_id, findings)
    ordered = sorted(by_id.values(), key=lambda c: c.capture_id)
    disk: dict[str, Path] = {}
    for capture in ordered:
        for name, path in _capture_files(capture):
            disk[f"captures/{capture.capture_id}/{name}"] = path
    for finding in findings:
        if finding.annotated is not None:
            folder = Path(by_id[finding.capture_id].folder)
            disk[f"captures/{finding.capture_id}/{finding.annotated}"] = folder / finding.annotated
    custody_lines = b""
    if custody is not None:
        custody.append("export", by_id, actor,
                       f"findings {', '.join(f.finding_id for f in findings) or '-'} to {out.name}")
        custody_lines = b"".join(e.line + b"\n" for e in custody.concerning(by_id))
    created_at = clock.utc_now()
    entries = ledger.verify(ledger_path)
    prefix = _ledger_prefix(entries, ordered)
    tree_size, tree_files = _tree_files(ledger_path, public, entries, ordered)
    memory: dict[str, bytes] = {
        **tree_files,
        "public_key.pem": public_key_pem,
        "ledger.jsonl": prefix,
        "findings.json": canonical_json([asdict(f) for f in findings]),
        "verify.py": STANDALONE.read_bytes(),
        "custody.jsonl": custody_lines,
        **live_files,
    }
    if tsa_roots_pem is not None:
        memory["tsa_roots.pem"] = tsa_roots_pem
    stamps = _stamps(ordered, tsa_roots_pem)
    memory["report.html"] = report.render_report(ordered, findings, memory["ledger.jsonl"],
                                                 key_id, created_at, stamps,
                                                 tree_size, live)
    if pdf_chromium is not None:
        memory["report.pdf"] = pdf.print_pdf(pdf.render_record(
            ordered, findings, stamps, key_id, created_at, actor, live, live_files),
            pdf_chromium)
    memory["README.txt"] = report.readme(ordered, key_id)
    warcs = [(c.capture_id, Path(c.folder) / warc.FILENAME) for c in ordered
             if (Path(c.folder) / warc.FILENAME).is_file()]
    scratch = out.with_name(f".{out.name}.{os.getpid()}.wacz")
    if warcs:
        disk["captures.wacz"] = wacz.package(warcs, scratch, f"红盾网监 evidence bundle "
                                             f"{created_at}")
    hashes = {p: (sha256_file(d), d.stat().st_size) for p, d in disk.items()}
    hashes.update({p: (sha256_bytes(b), len(b)) for p, b in memory.items()})
    memory[SUMS] = "".join(f"{h}  {p}\n" for p, (h, _) in sorted(hashes.items())).encode()
    hashes[SUMS] = (sha256_bytes(memory[SUMS]), len(memory[SUMS]))
    memory[BUNDLE_MANIFEST] = canonical_json({
        "format": FORMAT, "created_at": created_at, "hongdun_version": __version__,
        "key_id": key_id, "captures": [c.capture_id for c in ordered],
        "findings": [f.finding_id for f in findings], "tree_size": tree_size,
        "files": [{"path": p, "sha256": h, "size": s} for p, (h, s) in sorted(hashes.items())],
    })
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f".{out.name}.{os.getpid()}.tmp")
    try:
        with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as archive:
            manifest_bytes = memory.pop(BUNDLE_MANIFEST)
            archive.writestr(BUNDLE_MANIFEST, manifest_bytes)
            if signing_key is not None:
                archive.writestr(BUNDLE_SIGNATURE, signing_key.sign(manifest_bytes))
            for name, data in sorted(memory.items()):
                archive.writestr(name, data)
            for name, path in sorted(disk.items()):
                archive.write(path, name)
        os.replace(tmp, out)
    finally:
        tmp.unlink(missing_ok=True)
        scratch.unlink(missing_ok=True)
    return out


def read_findings(data: bytes) -> list[Finding]:
    """Parse a bundle's findings.json back into Finding records."""
    rows = json.loads(data)
    return [dataclasses.replace(Finding(**{**r, "box": None, "places": ()}),
                                box=Box(**r["box"]) if r.get("box") else None,
                                places=tuple(Place.of(p) for p in r.get("places") or ()))
            for r in rows]
