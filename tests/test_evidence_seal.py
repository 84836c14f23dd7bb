"""Sealing: keys, capture folder layout, manifest, signature (checked by openssl), ledger order."""

from __future__ import annotations

import json
import multiprocessing
import stat
import subprocess
import threading
from pathlib import Path

import pytest
from test_evidence_support import make_config, visit

from evidence import keys, ledger, manifest
from evidence.canonical import canonical_json, sha256_bytes, sha256_file
from evidence.seal import Sealer
from hongdun.errors import HongdunError


def test_key_created_once_with_private_mode_0600(tmp_path: Path) -> None:
    key = keys.load_or_create(tmp_path / "keys")
    again = keys.load_or_create(tmp_path / "keys")
    assert keys.public_pem(key) == keys.public_pem(again)
    assert stat.S_IMODE((tmp_path / "keys/signing.key").stat().st_mode) == 0o600
    assert (tmp_path / "keys/signing.key").read_bytes().startswith(b"-----BEGIN PRIVATE KEY")
    assert (tmp_path / "keys/signing.pub").read_bytes() == keys.public_pem(key)
    der = subprocess.run(["openssl", "pkey", "-pubin", "-in", str(tmp_path / "keys/signing.pub"),
                          "-outform", "DER"], capture_output=True, check=True).stdout
    assert sha256_bytes(der) == keys.key_id(key.public_key())


def test_seal_writes_signed_layout(tmp_path: Path) -> None:
    cfg = make_config(tmp_path)
    capture = Sealer(cfg).seal(visit())
    folder = Path(capture.folder)
    assert folder == cfg.evidence_dir / "sweep-1" / capture.capture_id
    assert manifest.valid_capture_id(capture.capture_id)
    assert "-yt-0001-" in capture.capture_id
    raw = (folder / "manifest.json").read_bytes()
    assert raw == canonical_json(json.loads(raw))
    assert capture.evidence_id == sha256_bytes(raw)
    assert capture.failure is None and len(capture.pages) == 2
    paths = {a.path for a in capture.artefacts}
    assert {"visit.json", "pages/01-home/page.html", "pages/01-home/headers.json",
            "pages/01-home/screenshot-1.png", "pages/01-home/screenshot-2.png",
            "pages/01-home/messages.json", "pages/02-licence/images/1.png",
            "pages/02-licence/ocr.json", "pages/02-licence/screenshot-1.png"} <= paths
    on_disk = {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}
    assert on_disk == paths | {"manifest.json", "manifest.sig"}
    for art in capture.artefacts:
        assert sha256_file(folder / art.path) == art.sha256
        assert (folder / art.path).stat().st_size == art.size
    assert (folder / "pages/01-home/page.html").read_bytes() == visit().pages[0].body
    headers = json.loads((folder / "pages/01-home/headers.json").read_bytes())
    assert headers[1:] == [["Set-Cookie", "a=1"], ["Set-Cookie", "b=2"]]
    record = json.loads((folder / "visit.json").read_bytes())
    assert record["pages"][0]["final_url"].endswith("from=redirect")
    assert record["pages"][0]["started_shanghai"].endswith("+08:00")
    assert record["user_agent"] == "Mozilla/5.0 test" and record["hongdun_version"]
    assert json.loads((folder / "pages/02-licence/ocr.json").read_bytes()) == {
        "pages/02-licence/images/1.png": "统一社会信用代码 92370613MA3C5K7BXW"}
    verified = subprocess.run(
        ["openssl", "pkeyutl", "-verify", "-pubin", "-inkey", str(cfg.keys_dir / "signing.pub"),
         "-rawin", "-in", str(folder / "manifest.json"), "-sigfile", str(folder / "manifest.sig")],
        capture_output=True, text=True)
    assert verified.returncode == 0, verified.stderr
    assert "Signature Verified Successfully" in verified.stdout
    entries = ledger.verify(cfg.home / "ledger.jsonl")
    assert [(e.capture_id, e.evidence_id) for e in entries] == [
        (capture.capture_id, capture.evidence_id)]
    assert not list((cfg.evidence_dir / "sweep-1").glob(".*partial"))


def test_failed_visit_is_sealed_with_its_reason(tmp_path: Path) -> None:
    capture = Sealer(make_config(tmp_path)).seal(visit(failed=True))
    assert capture.failure == "timeout after 20 s"
    loaded = manifest.load_capture(Path(capture.folder))
    assert loaded.failure == "timeout after 20 s"
    record = json.loads((Path(capture.folder) / "visit.json").read_bytes())
    assert record["failure"] == "timeout after 20 s"
    assert record["pages"][0]["error"] == "timeout after 20 s"


def test_load_capture_rebuilds_the_record(tmp_path: Path) -> None:
    sealed = Sealer(make_config(tmp_path)).seal(visit())
    loaded = manifest.load_capture(Path(sealed.folder))
    assert loaded.capture_id == sealed.capture_id and loaded.target == sealed.target
    assert loaded.evidence_id == sealed.evidence_id and loaded.artefacts == sealed.artefacts
    assert loaded.captured_at == sealed.captured_at


def test_unsafe_sweep_id_is_refused(tmp_path: Path) -> None:
    import dataclasses
    bad = dataclasses.replace(visit(), sweep_id="../escape")
    with pytest.raises(HongdunError, match="cannot name a folder"):
        Sealer(make_config(tmp_path)).seal(bad)


def test_threads_share_one_sealer_and_keep_the_chain(tmp_path: Path) -> None:
    sealer = Sealer(make_config(tmp_path))
    results: list[str] = []

    def work() -> None:
        for _ in range(5):
            results.append(sealer.seal(visit()).capture_id)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    entries = ledger.verify(tmp_path / "ledger.jsonl")
    assert sorted(e.capture_id for e in entries) == sorted(results)
    assert len(set(results)) == 20


def _seal_many(home: str, count: int) -> None:
    sealer = Sealer(make_config(Path(home)))
    for _ in range(count):
        sealer.seal(visit())


def test_two_processes_append_without_interleaving(tmp_path: Path) -> None:
    keys.load_or_create(tmp_path / "keys")
    context = multiprocessing.get_context("spawn")
    procs = [context.Process(target=_seal_many, args=(str(tmp_path), 15)) for _ in range(2)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(60)
        assert p.exitcode == 0
    entries = ledger.verify(tmp_path / "ledger.jsonl")
    assert [e.seq for e in entries] == list(range(1, 31))


def test_environment_record_is_sealed_with_the_capture(tmp_path: Path) -> None:
    capture = Sealer(make_config(tmp_path)).seal(visit())
    record = json.loads((Path(capture.folder) / "environment.json").read_bytes())
    assert capture.artefact("environment.json").sha256 == sha256_file(
        Path(capture.folder) / "environment.json")
    assert record["capture_id"] == capture.capture_id
    assert record["hongdun_version"] and record["os"]["system"] == "Linux"
    assert record["browser"]["path"] == "/usr/bin/chromium"
    assert record["browser"]["package"] == "chromium" and len(record["browser"]["dpkg_md5"]) == 32
    assert "no_proxy_configured" in record["checks"]
    assert record["checks"]["signing_key_mode_0600"] is True


def test_deep_environment_check_hashes_the_browser(tmp_path: Path) -> None:
    from evidence import environment

    record = environment.snapshot(make_config(tmp_path), deep=True)
    browser = record["browser"]
    assert isinstance(browser, dict) and browser["matches_dpkg"] is True
    assert str(browser["version"]).startswith("Chromium")


def test_visit_with_no_pages_is_sealed_as_failed(tmp_path: Path) -> None:
    import dataclasses

    empty = dataclasses.replace(visit(), pages=())
    capture = Sealer(make_config(tmp_path)).seal(empty)
    assert capture.failure == "no page fetched"
    assert {a.path for a in capture.artefacts} == {"visit.json", "capture.warc.gz",
                                                   "environment.json"}
    assert ledger.verify(tmp_path / "ledger.jsonl")[0].capture_id == capture.capture_id


def test_non_ascii_roles_get_safe_folders(tmp_path: Path) -> None:
    import dataclasses

    v = visit()
    pages = tuple(dataclasses.replace(p, role=r) for p, r in zip(v.pages, ("资质", "../x"),
                                                                   strict=True))
    capture = Sealer(make_config(tmp_path)).seal(dataclasses.replace(v, pages=pages))
    paths = {a.path for a in capture.artefacts}
    assert "pages/01-page/page.html" in paths and "pages/02-x/page.html" in paths
