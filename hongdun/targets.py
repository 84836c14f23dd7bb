"""Targets files: parse and validate a CSV of sellers, and keep them in the database.

A file is all or nothing: every row is validated first, the first bad row is
reported with its line number and reason, and only a clean file is imported.
"""

from __future__ import annotations

import csv
import io
import sqlite3
from collections.abc import Iterable
from dataclasses import astuple, fields
from pathlib import Path

from hongdun.clock import utc_now
from hongdun.errors import InputFileError, InvalidRecord
from hongdun.records import Target
from rules.codes import uscc_well_formed

HEADER = tuple(f.name for f in fields(Target))


def parse_targets(text: str, source: str = "targets file") -> list[Target]:
    """Parse and validate a whole targets CSV; raise InputFileError at the first bad row."""
    rows = csv.reader(io.StringIO(text.lstrip("\ufeff")))
    header = next(rows, None)
    if header is None:
        raise InputFileError(f"{source}: empty file, expected header {','.join(HEADER)}")
    if tuple(h.strip() for h in header) != HEADER:
        raise InputFileError(f"{source}: line 1: header must be {','.join(HEADER)}")
    targets: list[Target] = []
    seen: dict[str, int] = {}
    for row in rows:
        line = rows.line_num
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(HEADER):
            raise InputFileError(
                f"{source}: line {line}: expected {len(HEADER)} fields, found {len(row)}")
        values = [cell.strip() for cell in row]
        try:
            target = Target(*values)
        except InvalidRecord as exc:
            raise InputFileError(f"{source}: line {line}: {exc}") from None
        if not uscc_well_formed(target.uscc):
            raise InputFileError(
                f"{source}: line {line}: uscc {target.uscc!r} is not an 18-character "
                "统一社会信用代码")
        if target.target_id in seen:
            raise InputFileError(f"{source}: line {line}: target_id {target.target_id!r} "
                                 f"repeats line {seen[target.target_id]}")
        seen[target.target_id] = line
        targets.append(target)
    if not targets:
        raise InputFileError(f"{source}: no targets in file")
    return targets


def read_targets_file(path: Path) -> list[Target]:
    """Read and validate a targets CSV file."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputFileError(f"{path}: no such file") from None
    except UnicodeDecodeError:
        raise InputFileError(f"{path}: not UTF-8 text") from None
    except OSError as exc:
        raise InputFileError(f"{path}: {exc.strerror}") from None
    return parse_targets(text, str(path))


def save_targets(conn: sqlite3.Connection, targets: Iterable[Target]) -> int:
    """Insert or update targets in one transaction; return how many were written."""
    now = utc_now()
    rows = [(*astuple(t), now) for t in targets]
    with conn:
        conn.execute("BEGIN")
        conn.executemany(
            f"INSERT OR REPLACE INTO targets ({', '.join(HEADER)}, imported_at) "
            f"VALUES ({', '.join('?' for _ in HEADER)}, ?)", rows)
    return len(rows)


def load_targets(conn: sqlite3.Connection) -> list[Target]:
    """Every imported target, in id order."""
    cursor = conn.execute(f"SELECT {', '.join(HEADER)} FROM targets ORDER BY target_id")
    return [Target(*row) for row in cursor]
