"""Export one finding as an offline-verifiable evidence bundle (the inspector's export button)."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

from evidence import bundle
from evidence.keys import PUBLIC_NAME
from evidence.manifest import load_capture
from hongdun.config import Config
from hongdun.errors import HongdunError
from hongdun.records import Finding
from search.views import capture_folder

_UNSAFE = re.compile(r"[^A-Za-z0-9_.-]+")


def export_finding(cfg: Config, conn: sqlite3.Connection, finding: Finding, workdir: Path) -> Path:
    """Write the bundle zip for finding (its capture, ledger and public key) into workdir."""
    capture = load_capture(capture_folder(conn, finding.capture_id).folder)
    public_key = cfg.keys_dir / PUBLIC_NAME
    try:
        pem = public_key.read_bytes()
    except OSError:
        raise HongdunError(f"cannot read the public key {public_key}") from None
    out = workdir / f"hongdun-{_UNSAFE.sub('_', finding.finding_id)}.zip"
    return bundle.export([capture], [finding], out, ledger_path=cfg.home / "ledger.jsonl",
                         public_key_pem=pem)
