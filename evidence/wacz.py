"""WACZ packaging (py-wacz): a sweep's or a bundle's capture WARCs as one web archive.

Each capture's signed capture.warc.gz goes in unchanged as archive/<capture_id>.warc.gz,
with the CDX index, the pages list and datapackage.json (per-file SHA-256) that
`wacz create` writes.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import tempfile
import zipfile
from collections.abc import Sequence
from pathlib import Path

from evidence.canonical import sha256_bytes
from evidence.container import READ_ERRORS, check_zip_members
from evidence.warc import FILENAME
from hongdun.errors import HongdunError, VerificationError


def _pages_jsonl(warcs: Sequence[tuple[str, Path]], title: str) -> bytes:
    """pages.jsonl: every successfully fetched page of the captures, from their visit.json."""
    lines = [{"format": "json-pages-1.0", "id": "pages", "title": title}]
    for capture_id, path in warcs:
        try:
            record = json.loads((path.parent / "visit.json").read_bytes())
        except (OSError, ValueError):
            continue
        shop = record.get("target", {}).get("shop_name", "")
        for page in record.get("pages", []):
            if page.get("status", 0) > 0:
                lines.append({"url": page["final_url"], "ts": page["started_utc"],
                              "title": f"{shop} · {page['role']} · {capture_id}"})
    return "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines).encode()


def package(warcs: Sequence[tuple[str, Path]], out: Path, title: str) -> Path:
    """Write a WACZ of (capture_id, warc path) pairs to out; return out."""
    if not warcs:
        raise HongdunError(f"no capture WARCs to package for {title}")
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=out.parent) as scratch:
        inputs = []
        for capture_id, path in warcs:
            link = Path(scratch) / f"{capture_id}.warc.gz"
            os.symlink(path.resolve(), link)
            inputs.append(str(link))
        pages = Path(scratch) / "pages.jsonl"
        pages.write_bytes(_pages_jsonl(warcs, title))
        tmp = Path(scratch) / "out.wacz"
        from wacz.main import main as wacz_main  # heavy (frictionless): only when packaging

        log = io.StringIO()
        with contextlib.redirect_stdout(log):
            code = wacz_main(["create", "-o", str(tmp), "--pages", str(pages), "--copy-pages",
                              "--hash-type", "sha256", "--title", title, *inputs])
        if code != 0 or not tmp.is_file():
            raise HongdunError(f"wacz create failed for {title}: {log.getvalue()[-300:]}")
        os.replace(tmp, out)
    return out


def sweep_warcs(sweep_dir: Path) -> list[tuple[str, Path]]:
    """(capture_id, capture.warc.gz) of every sealed capture in a sweep folder."""
    return sorted((p.parent.name, p) for p in sweep_dir.glob(f"*/{FILENAME}")
                  if not p.parent.name.startswith("."))


def check_archives(wacz_bytes: bytes, expected: dict[str, str], where: str) -> None:
    """Each capture's WARC inside the WACZ must hash to its signed manifest entry."""
    try:
        with zipfile.ZipFile(io.BytesIO(wacz_bytes)) as archive:
            check_zip_members(archive.infolist(), where)
            names = set(archive.namelist())
            wanted = {f"archive/{cid}.warc.gz" for cid in expected}
            extra = {n for n in names if n.startswith("archive/")} - wanted
            if extra:
                raise VerificationError(f"{where}: holds WARCs of other captures: "
                                        f"{', '.join(sorted(extra))}")
            for capture_id, digest in expected.items():
                name = f"archive/{capture_id}.warc.gz"
                if name not in names:
                    raise VerificationError(f"{where}: lacks {name}")
                if sha256_bytes(archive.read(name)) != digest:
                    raise VerificationError(f"{where}: {name} differs from the signed "
                                            "capture.warc.gz")
    except READ_ERRORS as exc:
        raise VerificationError(f"{where}: not a readable zip ({exc})") from None
