"""Spreadsheets as regulators keep them: CSV in any common encoding or .xlsx, read by header.

`read_table(path)` gives the header and the rows with their line numbers;
`map_columns` matches header names to fields through alias lists kept as data
(hongdun/data/columns.yaml), so columns may come in any order and in Chinese.
`safe_cell` and `csv_text` write CSV that a spreadsheet never runs as a formula.
Every problem is an InputFileError with one clear line.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
import zipfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from hongdun.errors import InputFileError

DATA_DIR = Path(__file__).parent / "data"
MAX_BYTES = 64 * 1024 * 1024  # a city's list is far smaller; larger files are refused
MAX_ROWS = 200_000
MAX_CELL = 4096  # characters; longer cells are a broken file, not a seller
XLSX_SUFFIXES = (".xlsx", ".xlsm")
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
BAD_ROWS_SHOWN = 50


@dataclass(frozen=True)
class Row:
    """One data row: its line (CSV line or sheet row number) and its cells as text."""

    line: int
    cells: tuple[str, ...]


@dataclass(frozen=True)
class Table:
    """A whole sheet: where it came from, its header cells, its non-empty rows."""

    source: str
    header: tuple[str, ...]
    rows: tuple[Row, ...]


@cache
def data_file(name: str) -> Any:
    """A YAML file of hongdun/data, parsed once."""
    return yaml.safe_load((DATA_DIR / name).read_text(encoding="utf-8"))


def norm_key(text: str) -> str:
    """A header or name in comparable form: NFKC, lower case, no spaces, * or bracketed notes."""
    text = unicodedata.normalize("NFKC", str(text)).lower()
    text = re.sub(r"\([^)]*\)|\[[^\]]*\]", "", text)
    return re.sub(r"[\s*:\ufeff\u200b]", "", text)


def decode(raw: bytes, source: str) -> str:
    """Text of a CSV file: UTF-8 with or without BOM, UTF-16 with BOM, else GB18030 (GBK)."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError:
            raise InputFileError(f"{source}: not valid UTF-16 text") from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("gb18030")
    except UnicodeDecodeError:
        raise InputFileError(f"{source}: not text in UTF-8 or GB18030/GBK "
                             "(save the sheet as CSV UTF-8 or .xlsx)") from None


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value)


def csv_rows(text: str, source: str) -> list[Row]:
    if "\x00" in text:
        raise InputFileError(f"{source}: contains NUL bytes: not a text CSV file")
    sample = text[:4096]
    delimiter = "\t" if sample.count("\t") > sample.count(",") else ","
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    rows: list[Row] = []
    start = 1
    try:
        for cells in reader:
            rows.append(Row(start, tuple(cells)))
            start = reader.line_num + 1
            if len(rows) > MAX_ROWS:
                raise InputFileError(f"{source}: more than {MAX_ROWS} rows")
    except csv.Error as exc:
        raise InputFileError(f"{source}: line {reader.line_num}: not valid CSV ({exc})") from None
    return rows


def _xlsx_rows(path: Path) -> list[Row]:
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except zipfile.BadZipFile:
        raise InputFileError(f"{path}: not a readable .xlsx workbook (not a zip)") from None
    except Exception as exc:  # openpyxl raises many kinds (KeyError, ValueError...) for bad parts
        raise InputFileError(f"{path}: not a readable .xlsx workbook "
                             f"({type(exc).__name__})") from None
    try:
        sheet = book.worksheets[0] if book.worksheets else None
        if sheet is None:
            raise InputFileError(f"{path}: the workbook has no sheet")
        rows: list[Row] = []
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            rows.append(Row(number, tuple(_cell(v) for v in values)))
            if len(rows) > MAX_ROWS:
                raise InputFileError(f"{path}: more than {MAX_ROWS} rows")
        return rows
    except InputFileError:
        raise
    except Exception as exc:  # a damaged sheet part surfaces while streaming rows
        raise InputFileError(f"{path}: sheet 1 cannot be read ({type(exc).__name__})") from None
    finally:
        book.close()


def read_table(path: Path) -> Table:
    """Read a CSV or .xlsx file into its header and non-empty rows (first sheet of a workbook)."""
    source = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputFileError(f"{source}: {size} bytes is too large for a list "
                                 f"(limit {MAX_BYTES})")
        if path.suffix.lower() in XLSX_SUFFIXES:
            rows = _xlsx_rows(path)
        else:
            raw = path.read_bytes()
            if raw.startswith(b"PK\x03\x04"):
                raise InputFileError(f"{source}: this is a workbook: name it .xlsx")
            rows = csv_rows(decode(raw, source), source)
    except FileNotFoundError:
        raise InputFileError(f"{source}: no such file") from None
    except IsADirectoryError:
        raise InputFileError(f"{source}: is a directory, not a file") from None
    except OSError as exc:
        raise InputFileError(f"{source}: {exc.strerror or exc}") from None
    return table_of(rows, source)


def table_of(rows: Sequence[Row], source: str) -> Table:
    """Split rows into the header (the first non-empty row) and the non-empty data rows."""
    filled = [r for r in rows if any(c.strip() for c in r.cells)]
    if not filled:
        raise InputFileError(f"{source}: empty file: no header row")
    header, *data = filled
    for row in filled:
        long = next((c for c in row.cells if len(c) > MAX_CELL), None)
        if long is not None:
            raise InputFileError(f"{source}: line {row.line}: a cell of {len(long)} "
                                 f"characters (limit {MAX_CELL})")
    return Table(source, tuple(c.strip() for c in header.cells), tuple(data))


@dataclass(frozen=True)
class Columns:
    """Which header column gives each field, and the columns kept as tags."""

    fields: Mapping[str, int]
    tags: tuple[tuple[int, str], ...]  # (column index, header text)

    def get(self, row: Row, name: str) -> str:
        """The stripped cell of field `name` in a row ('' if absent)."""
        index = self.fields.get(name)
        if index is None or index >= len(row.cells):
            return ""
        return unescape_cell(row.cells[index].strip())

    def tag_values(self, row: Row) -> tuple[tuple[str, str], ...]:
        """(header, value) of every non-empty tag cell of a row."""
        return tuple((name, unescape_cell(row.cells[i].strip())) for i, name in self.tags
                     if i < len(row.cells) and row.cells[i].strip())


def map_columns(table: Table, aliases: Mapping[str, Iterable[str]]) -> Columns:
    """Match header cells to fields by alias; unknown headers become tags."""
    lookup = {norm_key(a): name for name, names in aliases.items() for a in [name, *names]}
    found: dict[str, int] = {}
    tags: list[tuple[int, str]] = []
    for index, head in enumerate(table.header):
        if not head:
            continue
        name = lookup.get(norm_key(head))
        if name is None:
            tags.append((index, head))
        elif name in found:
            raise InputFileError(f"{table.source}: line 1: columns "
                                 f"{table.header[found[name]]!r} and {head!r} both give {name}")
        else:
            found[name] = index
    return Columns(found, tuple(tags))


def bad_rows_error(source: str, problems: Sequence[str], total: int) -> InputFileError:
    """One error: a single bad row on one line, else a summary line with the bad rows (the
    first BAD_ROWS_SHOWN) as its details, one per line."""
    if len(problems) == 1:
        return InputFileError(f"{source}: {problems[0]} (1 of {total} rows bad; nothing "
                              "imported)")
    shown = [f"{source}: {p}" for p in problems[:BAD_ROWS_SHOWN]]
    if len(problems) > BAD_ROWS_SHOWN:
        shown.append(f"… and {len(problems) - BAD_ROWS_SHOWN} more bad rows")
    return InputFileError(f"{source}: {len(problems)} of {total} rows are bad; nothing "
                          "imported (all or nothing)", details=shown)


def safe_cell(value: object) -> str:
    """A cell a spreadsheet shows as text: one starting like a formula gets a leading '."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_START) else text


def unescape_cell(text: str) -> str:
    """Undo safe_cell on reading, so a list exported by Hongdun reads back the same."""
    return text[1:] if text.startswith("'") and text[1:].startswith(FORMULA_START) else text


def csv_text(header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """CSV text (UTF-8, \\n line ends) with every cell made formula-safe."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([safe_cell(h) for h in header])
    for row in rows:
        writer.writerow([safe_cell(v) for v in row])
    return out.getvalue()
