"""The Chromium-printed PDF 电子数据提取笔录 in a bundle: real PDF, covered by the bundle hashes."""

from __future__ import annotations

import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from test_evidence_support import finding, flip, make_config, rewrite_zip, visit

from evidence import bundle, keys
from evidence.custody import CustodyLog
from evidence.seal import Sealer
from evidence.verify import verify_bundle
from hongdun.errors import HongdunError, VerificationError
from hongdun.records import Box

TITLE_UTF16 = "电子数据提取笔录".encode("utf-16-be").hex().upper()


def _export(tmp_path: Path, chromium: str) -> Path:
    cfg = make_config(tmp_path / "home")
    sealer = Sealer(cfg)
    captures = [sealer.seal(visit("yt-a")), sealer.seal(visit("yt-b"))]
    findings = [finding(c.capture_id, c.evidence_id, f"F{n}", box=Box(10, 10, 60, 30))
                for n, c in enumerate(captures)]
    return bundle.export(captures, findings, tmp_path / "bundle.zip",
                         ledger_path=cfg.home / "ledger.jsonl",
                         public_key_pem=keys.public_pem(keys.load_or_create(cfg.keys_dir)),
                         custody=CustodyLog(cfg.home), actor="执法人员 张三",
                         pdf_chromium=chromium)


def test_pdf_record_printed_and_verified(tmp_path: Path) -> None:
    path = _export(tmp_path, "/usr/bin/chromium")
    with zipfile.ZipFile(path) as archive:
        data = archive.read("report.pdf")
        script = archive.read("verify.py")
    assert data.startswith(b"%PDF-")
    assert f"<FEFF{TITLE_UTF16}>".encode() in data  # document title 电子数据提取笔录
    assert b"HeadlessChrome" in data
    pages = len(re.findall(rb"/Type\s*/Page[^s]", data))
    assert pages >= 2  # one section per capture, each starting a new page
    assert verify_bundle(path).findings == 2
    (tmp_path / "verify.py").write_bytes(script)
    run = subprocess.run([sys.executable, str(tmp_path / "verify.py"), str(path)],
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    rewrite_zip(path, {"report.pdf": flip(data)})
    with pytest.raises(VerificationError, match=r"report\.pdf: sha256 does not match"):
        verify_bundle(path)


def test_missing_chromium_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(HongdunError, match="Chromium could not print the PDF record"):
        _export(tmp_path, str(tmp_path / "no-such-chromium"))
