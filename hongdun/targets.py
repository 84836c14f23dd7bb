"""Targets files as regulators keep them: read, validate and store the sellers to watch.

Columns are read by header name in any order, with Chinese aliases
(hongdun/data/columns.yaml); platforms may be named in Chinese or by domain
(platforms.yaml), districts by name (districts.yaml). Other columns are kept
as tags. A file is all or nothing: every bad row is reported with its line
number, and only a clean file is imported.
"""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields
from pathlib import Path
from urllib.parse import urlsplit

from hongdun.clock import utc_now
from hongdun.errors import InputFileError, InvalidRecord
from hongdun.records import PLATFORMS, Target
from hongdun.tables import (
    Columns,
    Row,
    Table,
    bad_rows_error,
    csv_rows,
    csv_text,
    data_file,
    map_columns,
    norm_key,
    read_table,
    table_of,
)
from rules.codes import regno15_valid, uscc_well_formed

CORE = tuple(f.name for f in fields(Target) if f.name != "tags")
HEADER = CORE  # the columns Hongdun writes, before one column per tag
EMPTY_CODES = frozenset({"", "无", "暂无", "-", "--", "/", "空", "none", "null", "n/a", "na"})
CITY = "370600"  # a row that names no district is the city's
UNSORTED = "未分类"
PLATFORM_AS_WRITTEN = "平台原文"  # tag kept when a platform name is not understood
_HOST = re.compile(r"^[a-z0-9][a-z0-9.-]*\.[a-z]{2,}(?::\d+)?(?:[/?#].*)?$", re.I)


@dataclass(frozen=True)
class Vocabulary:
    """Names lists use for platforms, districts and kinds, from hongdun/data."""

    platform_names: dict[str, str]
    platform_domains: tuple[tuple[str, str], ...]
    districts: dict[str, str]
    kinds: dict[str, str]
    live_url_words: tuple[str, ...]

    @classmethod
    def load(cls) -> Vocabulary:
        platforms = data_file("platforms.yaml")
        missing = set(PLATFORMS) ^ set(platforms)
        if missing:
            raise InputFileError(f"hongdun/data/platforms.yaml and records.PLATFORMS differ: "
                                 f"{', '.join(sorted(missing))}")
        names = {norm_key(n): pid for pid, spec in platforms.items()
                 for n in [pid, *spec["names"]]}
        domains = tuple((str(d), pid) for pid, spec in platforms.items() for d in spec["domains"])
        districts = {norm_key(n): str(code) for code, ns in data_file("districts.yaml").items()
                     for n in [str(code), *ns]}
        kinds_doc = data_file("kinds.yaml")
        kinds = {norm_key(n): kind for kind, ns in kinds_doc["kinds"].items() for n in ns}
        return cls(names, domains, districts, kinds, tuple(kinds_doc["live_url_words"]))

    def platform_of_host(self, host: str) -> str | None:
        host = host.lower()
        for domain, pid in self.platform_domains:
            if host == domain or host.endswith("." + domain):
                return pid
        return None

    def platform(self, raw: str, url: str) -> tuple[str, bool]:
        """(platform id, whether the name was understood) for a cell and the row's URL."""
        key = norm_key(raw)
        if key in self.platform_names:
            return self.platform_names[key], True
        host = urlsplit(raw if "//" in raw else "//" + raw).hostname or ""
        named = self.platform_of_host(host) if "." in raw else None
        if named:
            return named, True
        from_url = self.platform_of_host(urlsplit(url).hostname or "")
        return from_url or "other", not raw

    def district(self, raw: str) -> str | None:
        key = norm_key(raw)
        if not key:
            return CITY
        if re.fullmatch(r"\d{6}", key):
            return key
        for prefix in ("", "山东省", "山东", "烟台市", "山东省烟台市"):
            if key.startswith(norm_key(prefix)) and key[len(prefix):] in self.districts:
                return self.districts[key[len(prefix):]]
        return None

    def kind(self, raw: str, url: str) -> str | None:
        if raw:
            return self.kinds.get(norm_key(raw))
        lowered = url.lower()
        return "livestream" if any(w in lowered for w in self.live_url_words) else "storefront"


def clean_code(raw: str) -> str:
    """A registration code as stored: NFKC, upper case, no spaces or hyphens; '' for 无/-."""
    text = unicodedata.normalize("NFKC", raw).strip()
    if text.lower() in EMPTY_CODES:
        return ""
    return re.sub(r"[\s\-]", "", text).upper()


def code_ok(code: str) -> bool:
    """Empty, an 18-character USCC shape, or a valid old 15-digit registration number."""
    return not code or uscc_well_formed(code) or regno15_valid(code)


def _url(raw: str) -> str:
    url = raw.strip()
    if not url.lower().startswith(("http://", "https://")) and _HOST.match(url):
        url = "https://" + url
    return url


def _row_target(row: Row, cols: Columns, vocab: Vocabulary) -> Target:
    """One row as a Target; InvalidRecord naming every bad field of the row."""
    problems: list[str] = []
    url = _url(cols.get(row, "url"))
    if not url:
        problems.append("url is empty (网址/链接)")
    platform_raw = cols.get(row, "platform")
    platform, understood = vocab.platform(platform_raw, url)
    tags = list(cols.tag_values(row))
    if platform_raw and not understood:
        tags.append((PLATFORM_AS_WRITTEN, platform_raw))
    district_raw = cols.get(row, "district")
    district = vocab.district(district_raw)
    if district is None:
        problems.append(f"district {district_raw!r} is neither a 6-digit code nor a Yantai "
                        "district name (所属辖区)")
    kind_raw = cols.get(row, "kind")
    kind = vocab.kind(kind_raw, url)
    if kind is None:
        problems.append(f"kind {kind_raw!r} is neither storefront (店铺) nor livestream (直播)")
    code = clean_code(cols.get(row, "uscc"))
    if not code_ok(code):
        problems.append(f"uscc {cols.get(row, 'uscc')!r} is not an 18-character "
                        "统一社会信用代码 (nor a 15-digit 注册号)")
    registered = cols.get(row, "registered_name")
    shop = cols.get(row, "shop_name") or registered
    if not shop:
        problems.append("shop_name is empty (店铺名称)")
    target_id = cols.get(row, "target_id") or (
        f"{platform}-{hashlib.sha256(url.encode()).hexdigest()[:10]}")
    try:
        target = Target(target_id, platform, kind or "storefront", url or "http://-",
                        shop or "-", code,
                        district or CITY, cols.get(row, "category") or UNSORTED, registered,
                        tuple(tags))
    except InvalidRecord as exc:
        problems.append(str(exc))
    if problems:
        raise InvalidRecord("; ".join(problems))
    return target


def targets_of(table: Table) -> list[Target]:
    """Every row of a table as a Target, or one error listing every bad row."""
    cols = map_columns(table, data_file("columns.yaml")["targets"])
    if "url" not in cols.fields:
        raise InputFileError(f"{table.source}: line 1: no URL column (url/网址/链接/店铺链接); "
                             f"headers are {', '.join(h for h in table.header if h)}")
    vocab = Vocabulary.load()
    targets: list[Target] = []
    problems: list[str] = []
    seen: dict[str, int] = {}
    width = len(table.header)
    for row in table.rows:
        if any(c.strip() for c in row.cells[width:]):
            problems.append(f"line {row.line}: {len(row.cells)} cells but the header has "
                            f"{width}")
            continue
        try:
            target = _row_target(row, cols, vocab)
        except InvalidRecord as exc:
            problems.append(f"line {row.line}: {exc}")
            continue
        if target.target_id in seen:
            problems.append(f"line {row.line}: target_id {target.target_id!r} repeats line "
                            f"{seen[target.target_id]}")
            continue
        if target.url in seen:
            problems.append(f"line {row.line}: url {target.url} repeats line "
                            f"{seen[target.url]}")
            continue
        seen[target.target_id] = seen[target.url] = row.line
        targets.append(target)
    if problems:
        raise bad_rows_error(table.source, problems, len(table.rows))
    if not targets:
        raise InputFileError(f"{table.source}: no targets in file")
    return targets


def parse_targets(text: str, source: str = "targets file") -> list[Target]:
    """Parse and validate a whole targets CSV given as text."""
    return targets_of(table_of(csv_rows(text.lstrip("\ufeff"), source), source))


def read_targets_file(path: Path) -> list[Target]:
    """Read and validate a targets file: CSV (UTF-8, GB18030/GBK) or .xlsx."""
    return targets_of(read_table(path))


def export_csv(targets: Sequence[Target]) -> str:
    """A targets CSV Hongdun reads back the same: core columns, then one column per tag."""
    tag_names = list(dict.fromkeys(k for t in targets for k, _ in t.tags))
    rows = [[getattr(t, name) for name in CORE] + [dict(t.tags).get(k, "") for k in tag_names]
            for t in targets]
    return csv_text([*CORE, *tag_names], rows)


def _migrate(conn: sqlite3.Connection) -> None:
    """Add the columns newer targets carry to a database made before them."""
    have = {row[1] for row in conn.execute("PRAGMA table_info(targets)")}
    for column in ("registered_name", "tags_json"):
        if column not in have:
            default = "'[]'" if column == "tags_json" else "''"
            conn.execute(f"ALTER TABLE targets ADD COLUMN {column} TEXT NOT NULL "
                         f"DEFAULT {default}")


def save_targets(conn: sqlite3.Connection, targets: Iterable[Target]) -> int:
    """Insert or update targets in one transaction; return how many were written."""
    _migrate(conn)
    now = utc_now()
    rows = [(*(getattr(t, n) for n in CORE), json.dumps(t.tags, ensure_ascii=False), now)
            for t in targets]
    with conn:
        conn.execute("BEGIN")
        conn.executemany(
            f"INSERT OR REPLACE INTO targets ({', '.join(CORE)}, tags_json, imported_at) "
            f"VALUES ({', '.join('?' for _ in CORE)}, ?, ?)", rows)
    return len(rows)


def load_targets(conn: sqlite3.Connection) -> list[Target]:
    """Every imported target, in id order."""
    _migrate(conn)
    cursor = conn.execute(f"SELECT {', '.join(CORE)}, tags_json FROM targets "
                          "ORDER BY target_id")
    return [Target(*row[:-1], tags=tuple(tuple(p) for p in json.loads(row[-1])))
            for row in cursor]
