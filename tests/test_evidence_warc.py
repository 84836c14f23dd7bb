"""Web archive: per-capture WARC (warcio check), per-sweep and bundle WACZ (wacz validate)."""

from __future__ import annotations

import io
import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from test_bundle_export import make_bundle
from test_evidence_support import make_config, rewrite_zip, visit
from warcio.archiveiterator import ArchiveIterator

from evidence.seal import Sealer
from evidence.verify import verify_bundle
from hongdun.errors import VerificationError

BIN = Path(sys.executable).parent


def test_capture_warc_records_pages_dom_and_screenshots(tmp_path: Path) -> None:
    capture = Sealer(make_config(tmp_path)).seal(visit())
    path = Path(capture.folder) / "capture.warc.gz"
    assert capture.artefact("capture.warc.gz").size == path.stat().st_size
    check = subprocess.run([str(BIN / "warcio"), "check", "-v", str(path)], capture_output=True,
                           text=True)
    assert check.returncode == 0 and "digest pass" in check.stdout, check.stdout + check.stderr
    with open(path, "rb") as handle:
        records = [(r.rec_type, r.rec_headers.get_header("WARC-Target-URI"),
                    r.http_headers.get_statuscode() if r.http_headers else None,
                    r.rec_headers.get_header("WARC-Hongdun-Body"), r.content_stream().read())
                   for r in ArchiveIterator(handle)]
    kinds = [r[0] for r in records]
    assert kinds[0] == "warcinfo" and b"Mozilla/5.0 test" in records[0][4]
    responses = [r for r in records if r[0] == "response"]
    assert [(r[1], r[2], r[3]) for r in responses] == [
        ("https://shop.example.test/yt?from=redirect", "200", "rendered-dom"),
        ("https://shop.example.test/yt/licence", "200", "rendered-dom")]
    assert responses[0][4] == visit().pages[0].body
    shots = [r for r in records if r[1] and r[1].startswith("urn:hongdun:screenshot:")]
    assert len(shots) == 3 and all(r[4].startswith(b"\x89PNG") for r in shots)
    assert any(r[1] == "https://img.example.test/l.jpg" for r in records)


def _validate(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(BIN / "wacz"), "validate", "-f", str(path)], capture_output=True,
                          text=True)


def test_sweep_closes_with_a_valid_wacz(tmp_path: Path) -> None:
    cfg = make_config(tmp_path)
    sealer = Sealer(cfg)
    captures = [sealer.seal(visit(f"yt-{n}")) for n in range(3)]
    sealer.close_sweep("sweep-1")
    path = cfg.evidence_dir / "sweep-1" / "sweep-1.wacz"
    result = _validate(path)
    assert result.returncode == 0 and "valid" in result.stdout, result.stdout
    with zipfile.ZipFile(path) as archive:
        package = json.loads(archive.read("datapackage.json"))
        pages = archive.read("pages/pages.jsonl").decode().splitlines()
    resources = {r["path"]: r for r in package["resources"]}
    for c in captures:
        entry = resources[f"archive/{c.capture_id}.warc.gz"]
        assert entry["hash"] == "sha256:" + c.artefact("capture.warc.gz").sha256
    assert len(pages) == 1 + 2 * 3 and "烟台好味道食品店" in pages[1]


def test_bundle_wacz_is_valid_and_tied_to_signed_warcs(tmp_path: Path) -> None:
    path = make_bundle(tmp_path)
    with zipfile.ZipFile(path) as archive:
        inner = archive.read("captures.wacz")
    (tmp_path / "captures.wacz").write_bytes(inner)
    result = _validate(tmp_path / "captures.wacz")
    assert result.returncode == 0, result.stdout
    with zipfile.ZipFile(io.BytesIO(inner)) as wacz:
        names = [n for n in wacz.namelist() if n.startswith("archive/")]
        forged = io.BytesIO()
        with zipfile.ZipFile(forged, "w") as out:
            for item in wacz.infolist():
                data = wacz.read(item)
                out.writestr(item, data + b"\x00" if item.filename == names[0] else data)
    rewrite_zip(path, {"captures.wacz": forged.getvalue()}, reseal=True)
    with pytest.raises(VerificationError, match=r"differs from the signed capture\.warc\.gz"):
        verify_bundle(path)
    script = tmp_path / "verify.py"
    with zipfile.ZipFile(path) as archive:
        script.write_bytes(archive.read("verify.py"))
    run = subprocess.run([sys.executable, str(script), str(path)], capture_output=True, text=True)
    assert run.returncode == 1 and "captures.wacz" in run.stderr
