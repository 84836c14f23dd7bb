"""Trusted time: RFC 3161 tokens from a local `openssl ts` TSA, checked by openssl and by us."""

from __future__ import annotations

import socket
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from test_evidence_support import finding, flip, rewrite_zip, visit
from test_evidence_tsa_support import LocalTsa, running_tsa

from evidence import bundle, keys, timestamp, tsa
from evidence.custody import CustodyLog
from evidence.seal import Sealer
from evidence.verify import verify_bundle
from hongdun import config
from hongdun.config import Config
from hongdun.errors import UsageError, VerificationError


def _cfg(home: Path, url: str, trust: Path) -> Config:
    return config.load({"home": str(home), "tsa_urls": url, "tsa_trust": str(trust)}, environ={})


def _dead_url() -> str:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}/tsa"


@pytest.fixture(scope="module")
def local_tsa(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    with running_tsa(tmp_path_factory.mktemp("tsa")) as server:
        yield server


def _export(cfg: Config, captures: list, roots: bytes | None, out: Path) -> Path:  # type: ignore[type-arg]
    key = keys.load_or_create(cfg.keys_dir)
    return bundle.export(captures, [finding(c.capture_id, c.evidence_id, f"F{n}")
                                    for n, c in enumerate(captures)], out,
                         ledger_path=cfg.home / "ledger.jsonl",
                         public_key_pem=keys.public_pem(key), custody=CustodyLog(cfg.home),
                         tsa_roots_pem=roots)


def test_sealed_manifest_gets_a_token_openssl_accepts(tmp_path: Path, local_tsa: LocalTsa) -> None:
    cfg = _cfg(tmp_path / "home", local_tsa.url, local_tsa.ca_pem)
    capture = Sealer(cfg).seal(visit())
    folder = Path(capture.folder)
    token = folder / "manifest.json.tsr"
    assert token.is_file()
    check = subprocess.run(["openssl", "ts", "-verify", "-data", str(folder / "manifest.json"),
                            "-in", str(token), "-CAfile", str(local_tsa.ca_pem)],
                           capture_output=True, text=True)
    assert check.returncode == 0 and "Verification: OK" in check.stdout, check.stderr
    stamp = timestamp.verify(token.read_bytes(), (folder / "manifest.json").read_bytes(),
                             timestamp.load_roots(local_tsa.ca_pem.read_bytes(), "ca"), "t")
    assert stamp.tsa == "O=Test,CN=Hongdun Test TSA" and stamp.policy == "1.2.3.4.1"
    assert stamp.gen_time[:10] == capture.captured_at[:10]
    assert tsa.Stamper(cfg).pending() == []


def test_tsa_without_trust_roots_is_a_usage_error(tmp_path: Path, local_tsa: LocalTsa) -> None:
    cfg = config.load({"home": str(tmp_path), "tsa_urls": local_tsa.url}, environ={})
    with pytest.raises(UsageError, match="HONGDUN_TSA_TRUST must name"):
        Sealer(cfg)


def _stamped_bundle(tmp_path: Path, tsa_: LocalTsa, *, roots: bool = True) -> Path:
    cfg = _cfg(tmp_path / "home", tsa_.url, tsa_.ca_pem)
    sealer = Sealer(cfg)
    captures = [sealer.seal(visit("yt-a")), sealer.seal(visit("yt-b"))]
    return _export(cfg, captures, tsa_.ca_pem.read_bytes() if roots else None,
                   tmp_path / "bundle.zip")


def test_bundle_timestamps_verify_here_and_in_verify_py(tmp_path: Path,
                                                        local_tsa: LocalTsa) -> None:
    path = _stamped_bundle(tmp_path, local_tsa)
    report = verify_bundle(path)
    assert len(report.timestamps) == 2 and report.awaiting_timestamp == ()
    with zipfile.ZipFile(path) as archive:
        html = archive.read("report.html").decode()
        (tmp_path / "verify.py").write_bytes(archive.read("verify.py"))
    assert "Hongdun Test TSA" in html
    run = subprocess.run([sys.executable, str(tmp_path / "verify.py"), str(path)],
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert "2 time-stamp(s) verified by openssl" in run.stdout


def _token_names(path: Path) -> list[str]:
    with zipfile.ZipFile(path) as archive:
        return sorted(n for n in archive.namelist() if n.endswith("manifest.json.tsr"))


def test_tampered_token_is_rejected(tmp_path: Path, local_tsa: LocalTsa) -> None:
    path = _stamped_bundle(tmp_path, local_tsa)
    name = _token_names(path)[0]
    with zipfile.ZipFile(path) as archive:
        token = archive.read(name)
    rewrite_zip(path, {name: flip(token, len(token) - 20)}, reseal=True)
    with pytest.raises(VerificationError, match=r"manifest\.json\.tsr: "):
        verify_bundle(path)


def test_token_of_another_capture_is_rejected(tmp_path: Path, local_tsa: LocalTsa) -> None:
    path = _stamped_bundle(tmp_path, local_tsa)
    first, second = _token_names(path)
    with zipfile.ZipFile(path) as archive:
        other = archive.read(second)
    rewrite_zip(path, {first: other}, reseal=True)
    with pytest.raises(VerificationError, match="message imprint does not match"):
        verify_bundle(path)


def test_untrusted_root_is_rejected(tmp_path: Path, local_tsa: LocalTsa) -> None:
    path = _stamped_bundle(tmp_path, local_tsa)
    with (running_tsa(tmp_path / "other") as other,
          pytest.raises(VerificationError, match="does not chain to a trusted root")):
        verify_bundle(path, tsa_roots=other.ca_pem.read_bytes())


def test_token_without_roots_fails_closed(tmp_path: Path, local_tsa: LocalTsa) -> None:
    path = _stamped_bundle(tmp_path, local_tsa, roots=False)
    with pytest.raises(VerificationError, match="no TSA trust roots"):
        verify_bundle(path)


def test_tsa_certificate_without_timestamping_usage_is_refused(tmp_path: Path) -> None:
    with running_tsa(tmp_path / "bad", eku="serverAuth") as bad:
        cfg = _cfg(tmp_path / "home", bad.url, bad.ca_pem)
        capture = Sealer(cfg).seal(visit())
        assert not (Path(capture.folder) / "manifest.json.tsr").exists()
        assert [p.capture_id for p in tsa.Stamper(cfg).pending()] == [capture.capture_id]
