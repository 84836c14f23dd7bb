"""Do the captures table and the ledger agree? (`hongdun ledger captures`)

A sweep writes a capture's captures row only after its ledger entry, and last of its
stages (crawlers/writer.py), so in a data directory at rest:
- every captures row has a ledger entry for its capture id with the same evidence id,
  and its sealed folder (evidence/<sweep id>/<capture id>) is there, its manifest
  hashing to that evidence id;
- every ledgered capture has its row, except those a killed sweep left before the row:
  the next sweep finishes them first (crawlers/recovered.py). They are listed as
  awaiting, not as a disagreement (a ledgered capture whose folder is gone is one).
Reads only; fails closed with every disagreement named.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from evidence import ledger, manifest
from evidence.canonical import sha256_file
from hongdun import db
from hongdun.config import Config
from hongdun.errors import VerificationError


@dataclass(frozen=True)
class Agreement:
    """What comparing the captures rows with the ledger found."""

    rows: int
    entries: int
    problems: tuple[str, ...]  # one line per disagreement
    awaiting: tuple[str, ...]  # ledgered capture ids with no row yet (folder present)

    @property
    def ok(self) -> bool:
        return not self.problems


def _row_problem(row: dict[str, str], ledgered: dict[str, set[str]], home: Path) -> str | None:
    """Why one captures row does not agree with the ledger, or None when it does."""
    capture_id, evidence_id = row["capture_id"], row["evidence_id"]
    if capture_id not in ledgered:
        return f"{capture_id}: a captures row with no ledger entry"
    if evidence_id not in ledgered[capture_id]:
        return f"{capture_id}: its row's evidence id {evidence_id[:12]}… is not the ledger's"
    folder = home / row["sweep_id"] / capture_id
    if Path(row["folder"]).name != capture_id:
        return f"{capture_id}: its row names the folder {row['folder']}"
    try:
        sealed = sha256_file(folder / manifest.MANIFEST)
    except OSError:
        return f"{capture_id}: its sealed folder {folder} is missing or unreadable"
    if sealed != evidence_id:
        return f"{capture_id}: its manifest does not hash to the ledgered evidence id"
    return None


def _rows(db_path: Path) -> list[dict[str, str]]:
    """Every captures row; none when there is no database yet (a wrong --home is not given
    one: this check reads only)."""
    if not db_path.is_file():
        return []
    try:
        conn = db.connect(db_path)
        try:
            return [dict(r) for r in conn.execute(
                "SELECT capture_id, sweep_id, evidence_id, folder FROM captures"
                " ORDER BY capture_id")]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:  # not a database, or a damaged one
        raise VerificationError(f"{db_path}: cannot read the captures table: {exc}") from None


def check(cfg: Config) -> Agreement:
    """Compare every captures row with the ledger under cfg.home (see module doc)."""
    entries = ledger.verify(cfg.home / "ledger.jsonl")
    ledgered: dict[str, set[str]] = {}
    for entry in entries:
        ledgered.setdefault(entry.capture_id, set()).add(entry.evidence_id)
    rows = _rows(cfg.db_path)
    problems = [p for r in rows if (p := _row_problem(r, ledgered, cfg.evidence_dir))]
    with_rows = {r["capture_id"] for r in rows}
    sealed = {p.name for p in cfg.evidence_dir.glob("*/*") if p.is_dir()} if (
        cfg.evidence_dir.is_dir()) else set()
    awaiting = sorted(c for c in ledgered if c not in with_rows and c in sealed)
    problems += [f"{c}: ledgered, with no captures row and no sealed folder"
                 for c in sorted(set(ledgered) - with_rows - sealed)]
    return Agreement(len(rows), len(entries), tuple(problems), tuple(awaiting))
