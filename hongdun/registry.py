"""The regulator's 市场主体登记 registry: import extracts, keep them in SQLite, look codes up.

An extract is a CSV (UTF-8 or GB18030) or .xlsx with columns named as in
hongdun/data/columns.yaml (`registry`): 统一社会信用代码, 名称, 类型, 登记状态, 住所,
法定代表人 ... Status words map to kinds through hongdun/data/registry_status.yaml.
Like targets lists, an extract is all or nothing. Rules read the registry only
through `Registry.get`, handed to them in rules.engine.EvalContext.
"""

from __future__ import annotations

import sqlite3
from dataclasses import astuple, fields
from pathlib import Path

from hongdun.clock import utc_now
from hongdun.errors import InputFileError, InvalidRecord
from hongdun.records import RegistryRecord
from hongdun.tables import Table, bad_rows_error, data_file, map_columns, read_table
from hongdun.targets import clean_code, code_ok

COLUMNS = tuple(f.name for f in fields(RegistryRecord))
SCHEMA = f"""
CREATE TABLE IF NOT EXISTS registry (
    {", ".join(f"{c} TEXT NOT NULL" for c in COLUMNS)}, source TEXT NOT NULL,
    imported_at TEXT NOT NULL, PRIMARY KEY (uscc)
);
"""


def status_kind(status: str) -> str:
    """The kind of a 登记状态 as written ('unknown' when no word of the data file is in it)."""
    for kind, words in data_file("registry_status.yaml").items():
        if any(word in status for word in words):
            return str(kind)
    return "unknown"


def records_of(table: Table) -> list[RegistryRecord]:
    """Every row of a registry extract as a record, or one error listing every bad row."""
    cols = map_columns(table, data_file("columns.yaml")["registry"])
    if "uscc" not in cols.fields:
        raise InputFileError(f"{table.source}: line 1: no 统一社会信用代码 (uscc) column; "
                             f"headers are {', '.join(h for h in table.header if h)}")
    out: list[RegistryRecord] = []
    problems: list[str] = []
    seen: dict[str, int] = {}
    for row in table.rows:
        code = clean_code(cols.get(row, "uscc"))
        if not code or not code_ok(code):
            problems.append(f"line {row.line}: uscc {cols.get(row, 'uscc')!r} is not an "
                            "18-character 统一社会信用代码 (nor a 15-digit 注册号)")
            continue
        if code in seen:
            problems.append(f"line {row.line}: uscc {code} repeats line {seen[code]}")
            continue
        seen[code] = row.line
        status = cols.get(row, "status")
        try:
            out.append(RegistryRecord(
                code, cols.get(row, "name"), cols.get(row, "entity_type"), status,
                status_kind(status), cols.get(row, "address"), cols.get(row, "legal_rep"),
                cols.get(row, "authority"), cols.get(row, "status_date")))
        except InvalidRecord as exc:
            problems.append(f"line {row.line}: {exc}")
    if problems:
        raise bad_rows_error(table.source, problems, len(table.rows))
    if not out:
        raise InputFileError(f"{table.source}: no registry records in file")
    return out


def read_registry_file(path: Path) -> list[RegistryRecord]:
    """Read and validate a registry extract (CSV or .xlsx)."""
    return records_of(read_table(path))


class Registry:
    """The registry table of one database: save extracts, look records up by code."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        conn.executescript(SCHEMA)

    def save(self, records: list[RegistryRecord], source: str) -> int:
        """Insert or replace records in one transaction (a newer extract wins)."""
        now = utc_now()
        rows = [(*astuple(r), source, now) for r in records]
        with self.conn:
            self.conn.execute("BEGIN")
            self.conn.executemany(
                f"INSERT OR REPLACE INTO registry ({', '.join(COLUMNS)}, source, imported_at) "
                f"VALUES ({', '.join('?' for _ in COLUMNS)}, ?, ?)", rows)
        return len(rows)

    def get(self, uscc: str) -> RegistryRecord | None:
        """The record for a code (any case, spaces allowed), or None."""
        code = clean_code(uscc)
        if not code:
            return None
        row = self.conn.execute(f"SELECT {', '.join(COLUMNS)} FROM registry WHERE uscc = ?",
                                (code,)).fetchone()
        return RegistryRecord(*row) if row else None

    def count(self) -> int:
        return int(self.conn.execute("SELECT COUNT(*) FROM registry").fetchone()[0])
