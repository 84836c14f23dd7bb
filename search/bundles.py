"""Find what an export needs in the findings store: the findings and their sealed captures.

Both exporters (the `export` command and the inspector's export button) look
findings up here and hand them to evidence.export.export_evidence.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Sequence
from pathlib import Path

from evidence.export import export_evidence
from evidence.manifest import load_capture
from hongdun.config import Config
from hongdun.errors import HongdunError
from hongdun.records import Capture, Finding
from search.store import FindingsStore

_UNSAFE = re.compile(r"[^A-Za-z0-9_.-]+")


def load_for_export(conn: sqlite3.Connection,
                    finding_ids: Sequence[str]) -> tuple[list[Capture], list[Finding]]:
    """Findings by id and the sealed captures they refer to, each checked against its
    evidence id recorded at sealing."""
    store = FindingsStore(conn)
    findings: list[Finding] = []
    for finding_id in dict.fromkeys(finding_ids):
        finding = store.get(finding_id)
        if finding is None:
            raise HongdunError(f"unknown finding id {finding_id!r}")
        findings.append(finding)
    captures: dict[str, Capture] = {}
    for finding in findings:
        if finding.capture_id in captures:
            continue
        row = conn.execute("SELECT folder, evidence_id FROM captures WHERE capture_id = ?",
                           (finding.capture_id,)).fetchone()
        if row is None:
            raise HongdunError(f"finding {finding.finding_id}: capture "
                               f"{finding.capture_id} is not in the database")
        capture = load_capture(Path(row["folder"]))
        if capture.evidence_id != row["evidence_id"]:
            raise HongdunError(f"capture {capture.capture_id}: manifest.json no longer "
                               "matches the evidence id recorded at sealing")
        captures[capture.capture_id] = capture
    return list(captures.values()), findings


def export_finding(cfg: Config, conn: sqlite3.Connection, finding: Finding, workdir: Path,
                   *, actor: str | None = None) -> Path:
    """Write the signed bundle zip for one finding into workdir (the inspector's button);
    actor is the logged-in user the custody log names."""
    captures, findings = load_for_export(conn, [finding.finding_id])
    out = workdir / f"hongdun-{_UNSAFE.sub('_', finding.finding_id)}.zip"
    return export_evidence(cfg, captures, findings, out, actor=actor)
