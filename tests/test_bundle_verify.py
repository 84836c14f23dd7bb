"""Bundle verification rejects each kind of tampering, naming the file and the failed check.

Each case changes one thing in a freshly exported bundle. "resealed" cases also
recompute bundle.json's file hashes, as a forger would, so the deeper check must
catch them.
"""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from test_bundle_export import make_bundle
from test_evidence_support import flip, rewrite_zip

from evidence.canonical import canonical_json
from evidence.verify import verify_bundle
from hongdun.errors import VerificationError

Files = dict[str, bytes]
Change = Callable[[Files, list[str]], dict[str, bytes | None]]


def _cap(cids: list[str], name: str, n: int = 0) -> str:
    return f"captures/{cids[n]}/{name}"


def _flip(name_of: Callable[[list[str]], str]) -> Change:
    return lambda files, cids: {name_of(cids): flip(files[name_of(cids)])}


def _swap_ledger(files: Files, cids: list[str]) -> dict[str, bytes | None]:
    lines = files["ledger.jsonl"].splitlines(keepends=True)
    return {"ledger.jsonl": lines[1] + lines[0]}


def _drop_first_ledger_entry(files: Files, cids: list[str]) -> dict[str, bytes | None]:
    return {"ledger.jsonl": b"".join(files["ledger.jsonl"].splitlines(keepends=True)[1:])}


def _other_key(files: Files, cids: list[str]) -> dict[str, bytes | None]:
    pem = Ed25519PrivateKey.generate().public_key().public_bytes(
        Encoding.PEM, PublicFormat.SubjectPublicKeyInfo)
    return {"public_key.pem": pem}


def _edit_json(name: str, edit: Callable[[object], object]) -> Change:
    return lambda files, cids: {name: canonical_json(edit(json.loads(files[name])))}


def _set(key: str, value: object) -> Callable[[object], object]:
    def edit(data: object) -> object:
        assert isinstance(data, dict)
        return {**data, key: value}
    return edit


def _finding_evidence(data: object) -> object:
    assert isinstance(data, list)
    return [{**data[0], "evidence_id": "0" * 64}, *data[1:]]


def _edit_manifest(edit: Callable[[object], object]) -> Change:
    def change(files: Files, cids: list[str]) -> dict[str, bytes | None]:
        name = _cap(cids, "manifest.json")
        return {name: canonical_json(edit(json.loads(files[name])))}
    return change


def _findings_text(files: Files, cids: list[str]) -> dict[str, bytes | None]:
    return {"findings.json": files["findings.json"].replace(b'"severity":"medium"',
                                                            b'"severity":"high"', 1)}


def _manifest_text(files: Files, cids: list[str]) -> dict[str, bytes | None]:
    name = _cap(cids, "manifest.json")
    return {name: files[name].replace(b'"taobao"', b'"tmall"')}


CASES: list[tuple[str, Change, bool, str]] = [
    ("page body byte", _flip(lambda c: _cap(c, "pages/01-home/page.html")), True,
     r"pages/01-home/page\.html: sha256 does not match manifest"),
    ("screenshot byte", _flip(lambda c: _cap(c, "pages/01-home/screenshot-2.png", 1)), True,
     r"screenshot-2\.png: sha256 does not match manifest"),
    ("headers byte", _flip(lambda c: _cap(c, "pages/01-home/headers.json")), True,
     r"headers\.json: sha256 does not match manifest"),
    ("visit.json byte", _flip(lambda c: _cap(c, "visit.json")), True,
     r"visit\.json: sha256 does not match manifest"),
    ("ocr byte", _flip(lambda c: _cap(c, "pages/02-licence/ocr.json")), True,
     r"ocr\.json: sha256 does not match manifest"),
    ("licence image byte", _flip(lambda c: _cap(c, "pages/02-licence/images/1.png")), True,
     r"images/1\.png: sha256 does not match manifest"),
    ("messages byte", _flip(lambda c: _cap(c, "pages/01-home/messages.json")), True,
     r"messages\.json: sha256 does not match manifest"),
    ("environment byte", _flip(lambda c: _cap(c, "environment.json")), True,
     r"environment\.json: sha256 does not match manifest"),
    ("warc byte", _flip(lambda c: _cap(c, "capture.warc.gz")), True,
     r"capture\.warc\.gz: sha256 does not match manifest"),
    ("public key byte", _flip(lambda c: "public_key.pem"), True, r"public_key\.pem: "),
    ("bundle.json byte", lambda f, c: {"bundle.json": flip(f["bundle.json"], 2)}, False,
     r"bundle\.json: fields must be exactly"),
    ("manifest edited", _manifest_text, True, r"manifest\.sig: Ed25519 signature does not verify"),
    ("manifest byte", _flip(lambda c: _cap(c, "manifest.json")), True,
     r"manifest\.(json|sig): "),
    ("signature byte", _flip(lambda c: _cap(c, "manifest.sig")), True,
     r"manifest\.sig: Ed25519 signature does not verify"),
    ("manifest format", _edit_manifest(_set("format", "x")), True, "unknown manifest format"),
    ("ledger byte", lambda f, c: {"ledger.jsonl": flip(f["ledger.jsonl"], 20)}, False,
     r"ledger\.jsonl line 1: entry hash does not match"),
    ("ledger swapped", _swap_ledger, True, r"ledger\.jsonl: .*removed or reordered"),
    ("ledger entry dropped", _drop_first_ledger_entry, True, r"has seq 2, expected 1"),
    ("findings text", _findings_text, False,
     r"findings\.json: sha256 does not match bundle\.json"),
    ("findings evidence id", _edit_json("findings.json", _finding_evidence), True,
     "names another evidence_id"),
    ("custody edited", lambda f, c: {"custody.jsonl": f["custody.jsonl"].replace(
        b'"action":"seal"', b'"action":"view"', 1)}, True,
     r"custody\.jsonl line 1: entry hash does not match"),
    ("custody entries swapped", lambda f, c: {"custody.jsonl": b"".join(
        reversed(f["custody.jsonl"].splitlines(keepends=True)))}, True,
     r"custody\.jsonl: seq \d+ after \d+ \(entries reordered\)"),
    ("report byte", _flip(lambda c: "report.html"), False,
     r"report\.html: sha256 does not match bundle\.json"),
    ("readme byte", _flip(lambda c: "README.txt"), False, r"README\.txt: sha256 does not match"),
    ("verify.py byte", _flip(lambda c: "verify.py"), False, r"verify\.py: sha256 does not match"),
    ("sums byte", _flip(lambda c: "SHA256SUMS"), False,
     r"SHA256SUMS: differs from the file list in bundle\.json"),
    ("annotated byte", _flip(lambda c: _cap(c, "derived/F0.png")), False,
     r"derived/F0\.png: sha256 does not match bundle\.json"),
    ("public key swapped", _other_key, True,
     r"public_key\.pem: is not the key named in bundle\.json"),
    ("bundle format", _edit_json("bundle.json", _set("format", "hongdun-bundle/99")), False,
     "unknown bundle format 'hongdun-bundle/99'"),
    ("page removed", lambda f, c: {_cap(c, "pages/01-home/page.html"): None}, True,
     r"page\.html: missing from the bundle"),
    ("signature removed", lambda f, c: {_cap(c, "manifest.sig"): None}, True,
     r"manifest\.sig: missing from the bundle"),
    ("report removed", lambda f, c: {"report.html": None}, False,
     r"report\.html: missing from the bundle"),
    ("bundle.json removed", lambda f, c: {"bundle.json": None}, False,
     r"bundle\.json: missing from the bundle"),
    ("extra file in capture", lambda f, c: {_cap(c, "pages/01-home/extra.html"): b"x"}, True,
     r"extra\.html: not listed in the capture manifest"),
    ("extra top-level file", lambda f, c: {"notes.txt": b"x"}, False,
     r"notes\.txt: not listed in bundle\.json"),
    ("unlisted capture folder", lambda f, c: {"captures/other/visit.json": b"{}"}, True,
     "belongs to no capture listed"),
]


@pytest.mark.parametrize(("change", "reseal", "reason"), [c[1:] for c in CASES],
                         ids=[c[0] for c in CASES])
def test_tampering_is_rejected(tmp_path: Path, change: Change, reseal: bool,
                               reason: str) -> None:
    path = make_bundle(tmp_path)
    assert verify_bundle(path).captures
    with zipfile.ZipFile(path) as archive:
        files = {i.filename: archive.read(i) for i in archive.infolist()}
    cids = json.loads(files["bundle.json"])["captures"]
    script = tmp_path / "verify.py"
    script.write_bytes(files["verify.py"])  # the untampered standalone verifier
    rewrite_zip(path, change(files, cids), reseal=reseal)
    with pytest.raises(VerificationError, match=reason):
        verify_bundle(path)
    standalone = subprocess.run([sys.executable, str(script), str(path)], capture_output=True,
                                text=True)
    assert standalone.returncode == 1, standalone.stdout
    assert standalone.stderr.startswith("FAIL: ") and "Traceback" not in standalone.stderr


def test_not_a_zip(tmp_path: Path) -> None:
    bad = tmp_path / "bundle.zip"
    bad.write_bytes(b"PK\x03\x04 not really")
    with pytest.raises(VerificationError, match="not a readable zip"):
        verify_bundle(bad)


def test_unsafe_member_name(tmp_path: Path) -> None:
    path = make_bundle(tmp_path)
    with zipfile.ZipFile(path, "a") as archive:
        archive.writestr("../../etc/evil", b"x")
    with pytest.raises(VerificationError, match="unsafe member name"):
        verify_bundle(path)


def test_missing_bundle_path(tmp_path: Path) -> None:
    with pytest.raises(VerificationError, match="no such file"):
        verify_bundle(tmp_path / "absent.zip")


def test_random_byte_flips_never_crash_and_signed_parts_never_pass(tmp_path: Path) -> None:
    import random

    original = make_bundle(tmp_path / "src", close=True)
    with zipfile.ZipFile(original) as archive:
        files = {i.filename: archive.read(i) for i in archive.infolist()}
    rng = random.Random(20261128)
    names = sorted(n for n, data in files.items() if data and n != "bundle.json")
    authenticated = ("captures/", "ledger.jsonl", "public_key.pem", "tree_head.json",
                     "proofs.json", "custody.jsonl")  # the rest: bundle.json hashes only
    for n in range(40):
        name = names[n % len(names)]
        data = files[name]
        path = tmp_path / f"fuzz-{n}.zip"
        path.write_bytes(original.read_bytes())
        rewrite_zip(path, {name: flip(data, rng.randrange(len(data)))}, reseal=True)
        must_fail = name.startswith(authenticated) and "/derived/" not in name
        try:
            verify_bundle(path)
        except VerificationError:
            continue
        assert not must_fail, f"flip in {name} was not caught"
