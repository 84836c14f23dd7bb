"""The bundle's human-readable parts: the Chinese evidence report (report.html) and README.txt."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape

from evidence import ledger
from evidence.livebundle import LiveFinding
from evidence.livesession import clock_text
from hongdun import clock
from hongdun.records import Capture, Finding


def _environment() -> Environment:
    env = Environment(loader=FileSystemLoader(Path(__file__).with_name("templates")),
                      autoescape=select_autoescape(["html"], default=True))
    env.filters["beijing"] = lambda stamp: clock.shanghai(stamp) if stamp else ""
    return env


def _visit(capture: Capture) -> dict[str, object]:
    try:
        data = json.loads((Path(capture.folder) / "visit.json").read_bytes())
    except (OSError, ValueError):
        return {"pages": []}
    return data if isinstance(data, dict) else {"pages": []}


def render_report(captures: Sequence[Capture], findings: Sequence[Finding], ledger_bytes: bytes,
                  key_id: str, created_at: str, stamps: dict[str, str],
                  tree_size: int | None = None,
                  live: Mapping[str, LiveFinding] | None = None) -> bytes:
    """The 取证报告 HTML (UTF-8); every crawled string goes through Jinja2 autoescape."""
    entries = {e.capture_id: e for e in ledger.parse(ledger_bytes, "ledger.jsonl")}
    template = _environment().get_template("report.html")
    html = template.render(
        captures=[{"capture": c, "visit": _visit(c), "entry": entries.get(c.capture_id),
                   "findings": [f for f in findings if f.capture_id == c.capture_id],
                   "stamp": stamps.get(c.capture_id, ""),
                   "live": [(live or {})[f.finding_id] for f in findings
                            if f.capture_id == c.capture_id and f.finding_id in (live or {})]}
                  for c in captures],
        findings=findings, key_id=key_id, created_at=created_at,
        ledger_count=len(entries), tree_size=tree_size, clock_text=clock_text)
    return html.encode("utf-8")


def readme(captures: Sequence[Capture], key_id: str) -> bytes:
    """README.txt: how to verify the bundle with hongdun, verify.py, or by hand."""
    example = captures[0].capture_id
    text = f"""红盾网监 电子证据包 / Hongdun evidence bundle
==============================================

本证据包包含 {len(captures)} 份封存的电子数据（captures/）、签名公钥、哈希链账本、
违法线索（findings.json）及取证报告（report.html）。
This bundle holds {len(captures)} sealed captures, the signing public key, the hash-chained
ledger, the findings and a report in Chinese (report.html).

Signing key id (SHA-256 of the DER public key): {key_id}
Compare it with the key id the issuing office publishes before trusting any signature.

1. With Hongdun installed
   hongdun verify bundle.zip            exit 0 "intact", exit 1 naming what fails

2. With only Python 3 and the `cryptography` package
   python verify.py bundle.zip          (or the unpacked folder)

3. By hand, after unzipping (sha256sum and OpenSSL 3)
   a. Every file against the bundle's list:
        sha256sum -c SHA256SUMS
      Each line of SHA256SUMS is also in bundle.json.
   b. The public key is the one you expect:
        openssl pkey -pubin -in public_key.pem -outform DER | sha256sum
   c. Each capture's signature over its manifest (repeat per folder in captures/):
        openssl pkeyutl -verify -pubin -inkey public_key.pem -rawin \\
            -in captures/{example}/manifest.json \\
            -sigfile captures/{example}/manifest.sig
      OpenSSL prints "Signature Verified Successfully".
   c2. If bundle.sig is present, the same check over bundle.json authenticates the file
      list, findings.json and the reports:
        openssl pkeyutl -verify -pubin -inkey public_key.pem -rawin \\
            -in bundle.json -sigfile bundle.sig
   d. The evidence id of a capture is the SHA-256 of its manifest.json:
        sha256sum captures/{example}/manifest.json
      and each file listed in manifest.json ("artefacts": path, sha256, size) must hash
      to the listed value, e.g.
        (cd captures/{example} && sha256sum visit.json)
   e. A capture's RFC 3161 time-stamp (manifest.json.tsr, if present) with the TSA roots:
        openssl ts -verify -data captures/{example}/manifest.json \\
            -in captures/{example}/manifest.json.tsr -CAfile tsa_roots.pem
      Prefer roots you obtained yourself over the bundle's tsa_roots.pem.
   f. ledger.jsonl: each line is canonical JSON {{capture_id, evidence_id, hash, prev,
      sealed_at, seq}}; "hash" is the SHA-256 of the line without the "hash" field, and
      "prev" is the previous line's "hash" (64 zeros on line 1). A capture's line must
      carry its evidence id.

Files in captures/<id>/derived/ are annotated copies made for the report; they are
covered by SHA256SUMS but not by the capture's signature. The originals are.
A live room's watch (chat.jsonl, timeline.jsonl, frames/, session.webm, network.warc.gz …)
is sealed in captures/<id>/live/ and listed in that capture's manifest.json; live/<finding_id>/
holds each live finding's transcript excerpt (transcript.txt) and marked frames, read from
those sealed files and covered by SHA256SUMS.
"""
    return text.encode("utf-8")
