"""Bundle export: contents, escaped Chinese report, and verification three ways (hongdun, verify.py,
sha256sum + openssl by hand)."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from test_evidence_support import finding, make_config, rewrite_zip, visit

from evidence import bundle, keys
from evidence.custody import CustodyLog
from evidence.seal import Sealer
from evidence.verify import verify_bundle
from hongdun.errors import HongdunError
from hongdun.records import Box


def make_bundle(tmp_path: Path, captures: int = 2, *, close: bool = False) -> Path:
    """Seal captures (plus one not exported), export findings on them, return the zip.

    With close, the sweep is closed first so the bundle carries a signed tree head.
    """
    cfg = make_config(tmp_path / "home")
    sealer = Sealer(cfg)
    sealed = [sealer.seal(visit(f"yt-000{n}")) for n in range(captures)]
    sealer.seal(visit("yt-late"))  # sealed after: not needed to check the chain
    if close:
        sealer.close_sweep("sweep-1")
    findings = [finding(c.capture_id, c.evidence_id, f"F{n}", box=Box(10, 10, 50, 20))
                for n, c in enumerate(sealed)]
    findings.append(finding(sealed[0].capture_id, sealed[0].evidence_id, "F-noshot",
                            screenshot=None))
    key = keys.load_or_create(cfg.keys_dir)
    return bundle.export(sealed, findings, tmp_path / "out/bundle.zip",
                         ledger_path=cfg.home / "ledger.jsonl",
                         public_key_pem=keys.public_pem(key), custody=CustodyLog(cfg.home),
                         actor="检查员 张三")


def test_bundle_contents_and_verify(tmp_path: Path) -> None:
    path = make_bundle(tmp_path)
    with zipfile.ZipFile(path) as archive:
        names = set(archive.namelist())
        meta = json.loads(archive.read("bundle.json"))
        ledger_lines = archive.read("ledger.jsonl").splitlines()
        findings = json.loads(archive.read("findings.json"))
        custody_lines = archive.read("custody.jsonl").splitlines()
    assert {"bundle.json", "SHA256SUMS", "public_key.pem", "ledger.jsonl", "findings.json",
            "report.html", "README.txt", "verify.py"} <= names
    assert len(meta["captures"]) == 2 and len(ledger_lines) == 2  # late capture left out
    for cid in meta["captures"]:
        assert f"captures/{cid}/manifest.json" in names
        assert f"captures/{cid}/manifest.sig" in names
        assert f"captures/{cid}/pages/01-home/page.html" in names
    assert findings[0]["annotated"] == "derived/F0.png"
    custody = [json.loads(line) for line in custody_lines]
    assert [e["action"] for e in custody] == ["seal", "seal", "export"]
    assert custody[-1]["actor"] == "检查员 张三" and custody[-1]["captures"] == meta["captures"]
    assert f"captures/{meta['captures'][0]}/derived/F0.png" in names
    report = verify_bundle(path)
    assert report.captures == tuple(meta["captures"])
    assert report.findings == 3 and report.ledger_entries == 2
    assert "intact" in report.summary()


def test_report_is_chinese_and_escapes_crawled_text(tmp_path: Path) -> None:
    with zipfile.ZipFile(make_bundle(tmp_path)) as archive:
        html = archive.read("report.html").decode()
        readme = archive.read("README.txt").decode()
    assert "电子数据取证报告" in html and "北京时间" in html and "《广告法》第九条第三项" in html
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in html
    assert "烟台好味道食品店&lt;b&gt;" in html
    assert "+08:00" in html
    assert 'src="captures/' in html and "/derived/F0.png" in html
    assert "openssl pkeyutl -verify" in readme and "sha256sum -c SHA256SUMS" in readme


def test_verify_by_hand_with_sha256sum_and_openssl(tmp_path: Path) -> None:
    path = make_bundle(tmp_path)
    folder = tmp_path / "unpacked"
    with zipfile.ZipFile(path) as archive:
        archive.extractall(folder)
        cids = json.loads(archive.read("bundle.json"))["captures"]
    sums = subprocess.run(["sha256sum", "--quiet", "-c", "SHA256SUMS"], cwd=folder,
                          capture_output=True, text=True)
    assert sums.returncode == 0, sums.stdout + sums.stderr
    for cid in cids:
        ok = subprocess.run(["openssl", "pkeyutl", "-verify", "-pubin", "-inkey",
                             "public_key.pem", "-rawin", "-in", f"captures/{cid}/manifest.json",
                             "-sigfile", f"captures/{cid}/manifest.sig"], cwd=folder,
                            capture_output=True, text=True)
        assert "Signature Verified Successfully" in ok.stdout, ok.stderr
    page = folder / f"captures/{cids[0]}/pages/01-home/page.html"
    page.write_bytes(page.read_bytes() + b" ")
    bad = subprocess.run(["sha256sum", "--quiet", "-c", "SHA256SUMS"], cwd=folder,
                         capture_output=True, text=True)
    assert bad.returncode != 0 and "page.html: FAILED" in bad.stdout


def test_standalone_verify_py_on_zip_and_folder(tmp_path: Path) -> None:
    path = make_bundle(tmp_path)
    folder = tmp_path / "unpacked"
    with zipfile.ZipFile(path) as archive:
        archive.extractall(folder)
    for target in (path, folder):
        run = subprocess.run([sys.executable, str(folder / "verify.py"), str(target)],
                             capture_output=True, text=True, cwd=tmp_path)
        assert run.returncode == 0, run.stderr
        assert run.stdout.startswith("intact: 2 capture(s), 3 finding(s)")
    assert verify_bundle(folder).findings == 3
    cid = json.loads((folder / "bundle.json").read_bytes())["captures"][1]
    shot = folder / f"captures/{cid}/pages/02-licence/screenshot-1.png"
    shot.write_bytes(shot.read_bytes()[:-1] + b"\x00")
    run = subprocess.run([sys.executable, str(folder / "verify.py"), str(folder)],
                         capture_output=True, text=True, cwd=tmp_path)
    assert run.returncode == 1
    assert "screenshot-1.png: sha256 does not match manifest" in run.stderr


def test_export_refuses_altered_evidence(tmp_path: Path) -> None:
    cfg = make_config(tmp_path)
    capture = Sealer(cfg).seal(visit())
    (Path(capture.folder) / "visit.json").write_bytes(b"{}")
    with pytest.raises(HongdunError, match=r"visit\.json: does not match its manifest"):
        bundle.export([capture], [], tmp_path / "b.zip", ledger_path=cfg.home / "ledger.jsonl",
                      public_key_pem=keys.public_pem(keys.load_or_create(cfg.keys_dir)))


def test_export_refuses_finding_without_its_capture(tmp_path: Path) -> None:
    cfg = make_config(tmp_path)
    sealer = Sealer(cfg)
    a, b = sealer.seal(visit()), sealer.seal(visit())
    with pytest.raises(HongdunError, match="which is not being exported"):
        bundle.export([a], [finding(b.capture_id, b.evidence_id)], tmp_path / "b.zip",
                      ledger_path=cfg.home / "ledger.jsonl",
                      public_key_pem=keys.public_pem(keys.load_or_create(cfg.keys_dir)))


def test_signed_bundle_authenticates_findings_and_reports(tmp_path: Path) -> None:
    cfg = make_config(tmp_path / "home")
    capture = Sealer(cfg).seal(visit())
    key = keys.load_or_create(cfg.keys_dir)
    path = bundle.export([capture], [finding(capture.capture_id, capture.evidence_id)],
                         tmp_path / "signed.zip", ledger_path=cfg.home / "ledger.jsonl",
                         public_key_pem=keys.public_pem(key), signing_key=key)
    report = verify_bundle(path)
    assert report.bundle_signed and "bundle.json signed" in report.summary()
    folder = tmp_path / "unpacked"
    with zipfile.ZipFile(path) as archive:
        archive.extractall(folder)
        html = archive.read("report.html")
    ok = subprocess.run(["openssl", "pkeyutl", "-verify", "-pubin", "-inkey", "public_key.pem",
                         "-rawin", "-in", "bundle.json", "-sigfile", "bundle.sig"], cwd=folder,
                        capture_output=True, text=True)
    assert "Signature Verified Successfully" in ok.stdout, ok.stderr
    rewrite_zip(path, {"report.html": html.replace("使用绝对化用语".encode(), b"OK")},
                reseal=True)
    with pytest.raises(HongdunError, match=r"bundle\.sig: Ed25519 signature does not verify"):
        verify_bundle(path)
    run = subprocess.run([sys.executable, str(folder / "verify.py"), str(path)],
                         capture_output=True, text=True)
    assert run.returncode == 1 and "bundle.sig" in run.stderr


def test_unsigned_bundle_says_so(tmp_path: Path) -> None:
    assert "bundle.json UNSIGNED" in verify_bundle(make_bundle(tmp_path)).summary()


def test_signing_key_must_match_public_key(tmp_path: Path) -> None:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    cfg = make_config(tmp_path)
    capture = Sealer(cfg).seal(visit())
    with pytest.raises(HongdunError, match="signing key does not match"):
        bundle.export([capture], [], tmp_path / "b.zip", ledger_path=cfg.home / "ledger.jsonl",
                      public_key_pem=keys.public_pem(keys.load_or_create(cfg.keys_dir)),
                      signing_key=Ed25519PrivateKey.generate())
