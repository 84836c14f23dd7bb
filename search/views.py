"""What the inspector page shows, independent of HTTP: query parsing, cursors, capture folders.

The web routes (search/web.py) and the `hongdun findings` command both build
their FindingQuery here, so filters mean the same thing everywhere.
"""

from __future__ import annotations

import base64
import binascii
import json
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from evidence.canonical import sha256_file
from evidence.manifest import MANIFEST, Manifest
from evidence.manifest import parse as parse_manifest
from hongdun.errors import HongdunError, UsageError, VerificationError
from hongdun.records import PLATFORMS, SEVERITIES, STATUSES
from search import cjk
from search.base import SORTS, FindingQuery
from search.labels import day_bound, district_code

# Triage moves an inspector may make from each status.
TRANSITIONS: dict[str, tuple[str, ...]] = {
    "new": ("confirmed", "dismissed"),
    "confirmed": ("closed", "new"),
    "dismissed": ("new",),
    "closed": (),
}
QUERY_PARAMS = ("q", "rule", "district", "platform", "severity", "status", "since", "until",
                "sort")


class NotFound(HongdunError):
    """A finding, capture or artefact that does not exist (or may not be served)."""


class Forbidden(HongdunError):
    """A state-changing request that did not come from this server's own page."""


class Conflict(HongdunError):
    """A request that contradicts the current state, e.g. a disallowed status change."""


def _choice(params: Mapping[str, str | None], name: str, allowed: tuple[str, ...]) -> str | None:
    value = (params.get(name) or "").strip()
    if not value:
        return None
    if value not in allowed:
        raise UsageError(f"{name} must be one of {', '.join(allowed)}, not {value!r}")
    return value


def build_query(params: Mapping[str, str | None], *, limit: int | None = 50,
                facets: bool = False) -> FindingQuery:
    """Turn request or command-line parameters (QUERY_PARAMS names, plus after) into a query."""
    sort = _choice(params, "sort", SORTS) or "time"
    text = (params.get("q") or "").strip()
    if text and cjk.match_expression(text) is None:
        raise UsageError(f"查询词中没有可检索的文字 / nothing searchable in {text!r}: "
                         "use Chinese characters, letters or digits")
    district = (params.get("district") or "").strip()
    rule = (params.get("rule") or "").strip()
    return FindingQuery(
        text=text,
        rule_id=rule or None,
        district=district_code(district) if district else None,
        platform=_choice(params, "platform", PLATFORMS),
        severity=_choice(params, "severity", SEVERITIES),
        status=_choice(params, "status", STATUSES),
        since=day_bound(params.get("since"), end=False, name="since"),
        until=day_bound(params.get("until"), end=True, name="until"),
        sort=sort,
        limit=limit,
        after=decode_cursor(params.get("after"), sort),
        facets=facets,
    )


def encode_cursor(after: tuple[str, ...] | None) -> str | None:
    """The opaque URL-safe text form of a SearchPage.next_after cursor."""
    if after is None:
        return None
    raw = json.dumps(list(after), ensure_ascii=False, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(text: str | None, sort: str) -> tuple[str, ...] | None:
    """Parse a cursor made by encode_cursor for the given sort; reject anything else."""
    if not text:
        return None
    try:
        raw = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
        value = json.loads(raw)
    except (binascii.Error, ValueError):
        raise UsageError("the paging cursor 'after' is not valid; start from the first page") \
            from None
    size = 3 if sort == "severity" else 2
    if (not isinstance(value, list) or len(value) != size
            or not all(isinstance(v, str) for v in value)):
        raise UsageError("the paging cursor 'after' does not fit this sort; start again")
    if sort == "severity" and value[0] not in ("1", "2", "3"):
        raise UsageError("the paging cursor 'after' is not valid; start from the first page")
    return tuple(value)


@dataclass(frozen=True)
class CaptureFolder:
    """One row of the captures table: where a sealed capture's files are."""

    capture_id: str
    sweep_id: str
    target_id: str
    evidence_id: str
    folder: Path
    captured_at: str
    failure: str | None


@dataclass(frozen=True)
class ArtefactCheck:
    """A manifest entry and what re-hashing the file on disk found now."""

    path: str
    sha256: str
    size: int
    media_type: str
    state: str  # "ok", "mismatch" or "missing"


def capture_folder(conn: sqlite3.Connection, capture_id: str) -> CaptureFolder:
    """Look up a capture's folder in the captures table."""
    row = conn.execute("SELECT * FROM captures WHERE capture_id = ?", (capture_id,)).fetchone()
    if row is None:
        raise NotFound(f"no capture {capture_id!r}")
    return CaptureFolder(row["capture_id"], row["sweep_id"], row["target_id"],
                         row["evidence_id"], Path(row["folder"]), row["captured_at"],
                         row["failure"])


def capture_districts(conn: sqlite3.Connection, capture_id: str) -> tuple[str, ...]:
    """The districts a capture concerns: its target's and its findings' (for access checks)."""
    rows = conn.execute(
        "SELECT t.district FROM captures c JOIN targets t ON t.target_id = c.target_id "
        "WHERE c.capture_id = ? UNION SELECT district FROM findings WHERE capture_id = ?",
        (capture_id, capture_id))
    return tuple(sorted(r[0] for r in rows))


def read_manifest(cap: CaptureFolder) -> Manifest:
    """The capture's manifest.json, parsed and validated (exact bytes kept in .raw)."""
    path = cap.folder / MANIFEST
    try:
        raw = path.read_bytes()
    except OSError:
        raise NotFound(f"capture {cap.capture_id} has no readable manifest.json") from None
    try:
        return parse_manifest(raw, f"capture {cap.capture_id} manifest.json")
    except VerificationError as exc:
        raise NotFound(str(exc)) from None


def evidence_id_matches(cap: CaptureFolder, manifest: Manifest) -> bool:
    """True when the manifest bytes on disk still hash to the recorded evidence id."""
    return manifest.evidence_id == cap.evidence_id


def check_artefacts(cap: CaptureFolder, manifest: Manifest) -> list[ArtefactCheck]:
    """Each manifest entry with the result of re-hashing its file now."""
    out: list[ArtefactCheck] = []
    for entry in manifest.artefacts:
        try:
            path = inside(cap.folder, entry.path)
            state = "ok" if sha256_file(path) == entry.sha256 else "mismatch"
        except (NotFound, OSError):
            state = "missing"
        out.append(ArtefactCheck(entry.path, entry.sha256, entry.size, entry.media_type, state))
    return out


def inside(folder: Path, relative: str) -> Path:
    """Resolve relative under folder; refuse anything that escapes it or is not a file."""
    base = folder.resolve()
    if not relative or "\x00" in relative or Path(relative).is_absolute():
        raise NotFound(f"no such file {relative!r}")
    target = (base / relative).resolve()
    if not target.is_relative_to(base) or not target.is_file():
        raise NotFound(f"no such file {relative!r}")
    return target


def artefact_file(conn: sqlite3.Connection, capture_id: str, relative: str) -> tuple[Path, str]:
    """The file to serve for /artefacts/: listed in the manifest or under derived/, and inside."""
    cap = capture_folder(conn, capture_id)
    listed = {a.path: a.media_type for a in read_manifest(cap).artefacts}
    path = inside(cap.folder, relative)
    derived = (cap.folder / "derived").resolve()
    if relative in listed:
        media = listed[relative]
    elif path.is_relative_to(derived):
        media = "image/png" if path.suffix == ".png" else "application/octet-stream"
    else:
        raise NotFound(f"{relative!r} is not an artefact of capture {capture_id}")
    return path, media or "application/octet-stream"


def recent_sweeps(conn: sqlite3.Connection, limit: int = 100) -> list[dict[str, Any]]:
    """The most recent sweeps, newest first, as plain dicts for the /sweeps page."""
    rows = conn.execute(
        "SELECT sweep_id, name, plan, planned_at, started_at, finished_at, status, targets, "
        "pages, captures, findings, failures FROM sweeps "
        "ORDER BY started_at DESC, sweep_id DESC LIMIT ?", (limit,))
    return [dict(r) for r in rows]
