"""Fuzzed evidence bundles: `hongdun verify` and the standalone verify.py reject every one.

Each kind starts from one real exported bundle (signed, with a tree head) and breaks it
one way: zip bombs, huge declared sizes, '..' and absolute names, symbolic links,
duplicate names, listed files missing, unlisted files, truncation, garbled bytes,
garbled JSON, wrong signatures and wrong keys. For every case both verifiers, run
through their real entry points, must fail with one line and a non-zero exit, within
bounded time, writing nothing outside their data directory.
"""

from __future__ import annotations

import functools
import io
import json
import shutil
import struct
import tempfile
import warnings
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from hypothesis import given
from hypothesis import strategies as st
from test_bundle_export import finding
from test_evidence_support import make_config, visit

from evidence import bundle, keys, standalone_verify
from evidence.canonical import canonical_json, sha256_bytes
from evidence.custody import CustodyLog
from evidence.seal import Sealer
from hongdun import cli
from hongdun.records import Box
from tests.reliability.fuzzing import bounded, one_line_failure, snapshot, tally

Members = list[tuple[zipfile.ZipInfo, bytes]]


@functools.cache
def base() -> tuple[Path, bytes]:
    """A real signed bundle (two captures, tree head), built once: (scratch folder, zip)."""
    scratch = Path(tempfile.mkdtemp(prefix="hongdun-fuzz-"))
    cfg = make_config(scratch / "home")
    sealer = Sealer(cfg)
    sealed = [sealer.seal(visit(f"yt-000{n}")) for n in range(2)]
    sealer.close_sweep("sweep-1")
    findings = [finding(c.capture_id, c.evidence_id, f"F{n}", box=Box(10, 10, 50, 20))
                for n, c in enumerate(sealed)]
    key = keys.load_or_create(cfg.keys_dir)
    out = bundle.export(sealed, findings, scratch / "bundle.zip",
                        ledger_path=cfg.home / "ledger.jsonl", public_key_pem=keys.public_pem(key),
                        custody=CustodyLog(cfg.home), actor="fuzz", signing_key=key)
    return scratch, out.read_bytes()


def members() -> Members:
    """The base bundle's members, in order."""
    with zipfile.ZipFile(io.BytesIO(base()[1])) as archive:
        return [(i, archive.read(i)) for i in archive.infolist()]


def names() -> list[str]:
    return [i.filename for i, _ in members()]


def build(entries: list[tuple[zipfile.ZipInfo | str, bytes]]) -> bytes:
    """A zip of these entries (duplicates allowed), deflated."""
    out = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about duplicate names
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
            for info, data in entries:
                archive.writestr(info, data)
    return out.getvalue()


def resealed(files: dict[str, bytes]) -> dict[str, bytes]:
    """Recompute bundle.json's file list and SHA256SUMS, as a forger would (drops bundle.sig)."""
    files = {n: d for n, d in files.items() if n != "bundle.sig"}
    files["SHA256SUMS"] = "".join(f"{sha256_bytes(d)}  {n}\n" for n, d in sorted(files.items())
                                  if n not in ("bundle.json", "SHA256SUMS")).encode()
    meta = json.loads(files["bundle.json"])
    meta["files"] = [{"path": n, "sha256": sha256_bytes(d), "size": len(d)}
                     for n, d in sorted(files.items()) if n != "bundle.json"]
    files["bundle.json"] = canonical_json(meta)
    return files


def from_files(files: dict[str, bytes]) -> bytes:
    return build(list(files.items()))  # type: ignore[arg-type]


def rejected(kind: str, data: bytes | None = None, folder: Path | None = None,
             names_written: tuple[str, ...] = ()) -> None:
    """Both verifiers, through their real entry points, refuse this bundle cleanly."""
    tally(kind)
    with tempfile.TemporaryDirectory(prefix="hongdun-case-") as scratch:
        root = Path(scratch)
        path = folder if folder is not None else root / "case" / "bundle.zip"
        if folder is None:
            path.parent.mkdir()
            path.write_bytes(data or b"")
        home = root / "home"
        before = snapshot(root)
        with bounded(f"{kind}: hongdun verify"):
            code, text = one_line_failure(lambda: cli.main(["--home", str(home), "verify",
                                                            str(path)]))
        assert text.startswith("hongdun: ") and code == 1, text
        with bounded(f"{kind}: verify.py"):
            code, text = one_line_failure(lambda: standalone_verify.main(["verify.py",
                                                                          str(path)]))
        assert text.startswith("FAIL: ") and code == 1, text
        new = {p for p in snapshot(root) - before if not p.startswith("home")}
        assert not new, f"written outside the data directory: {sorted(new)}"
        for name in names_written:  # where an unsafe member would have landed
            for anchor in (path.parent, Path.cwd()):
                assert not (anchor / name).exists() or name.startswith("/")


@functools.cache
def zeros(megabytes: int) -> bytes:
    return bytes(megabytes << 20)


@given(st.sampled_from([2, 4]), st.integers(0, 30), st.booleans())
def test_zip_bombs(megabytes: int, pick: int, replace: bool) -> None:
    entries: list[tuple[zipfile.ZipInfo | str, bytes]] = [(i, d) for i, d in members()]
    name = names()[pick % len(entries)] if replace else f"captures/bomb-{pick}.bin"
    entries = [(i, d) for i, d in entries if i.filename != name] + [(name, zeros(megabytes))]
    rejected("zip bomb", build(entries))


def _patch_sizes(data: bytes, index: int, size: int, local: bool) -> bytes:
    """Set the declared uncompressed size of member index in the central (or local) header."""
    buf = bytearray(data)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        info = archive.infolist()[index]
        start = archive.start_dir  # type: ignore[attr-defined]
    offset = start
    for _ in range(index):  # walk central directory records
        n, m, k = struct.unpack("<HHH", buf[offset + 28: offset + 34])
        offset += 46 + n + m + k
    struct.pack_into("<I", buf, offset + 24, size)
    if local:
        struct.pack_into("<I", buf, info.header_offset + 22, size)
    return bytes(buf)


@given(st.integers(0, 40), st.one_of(st.integers(0, 2**32 - 1), st.just(2**32 - 1)),
       st.booleans())
def test_huge_or_false_declared_sizes(pick: int, size: int, local: bool) -> None:
    entries = members()
    index = pick % len(entries)
    if size == entries[index][0].file_size:
        size += 1
    rejected("declared size", _patch_sizes(base()[1], index, size, local))


UNSAFE_PARTS = ["..", ".", "", "a", "captures", "\\..", "C:", "/", "..\\..\\x"]


@given(st.lists(st.sampled_from(UNSAFE_PARTS), min_size=1, max_size=6), st.booleans(),
       st.integers(0, 999))
def test_traversal_and_absolute_names(parts: list[str], absolute: bool, tag: int) -> None:
    name = ("/" if absolute else "") + "/".join([*parts, f"evil-{tag}"])
    if ".." not in name and not name.startswith("/") and "\\" not in name and "//" not in (
            name) and "/./" not in f"/{name}":
        name = f"../{name}"
    entries = [*members(), (name, b"planted")]
    rejected("traversal", build(entries), names_written=(name,))  # type: ignore[arg-type]


@given(st.sampled_from(["/etc/passwd", "../../outside", "ledger.jsonl", "/"]),
       st.integers(0, 40), st.booleans())
def test_symlinks(target: str, pick: int, as_folder: bool) -> None:
    entries = members()
    name = entries[pick % len(entries)][0].filename
    if as_folder:
        with tempfile.TemporaryDirectory(prefix="hongdun-link-") as scratch:
            folder = Path(scratch) / "bundle"
            for info, data in entries:
                path = folder / info.filename
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_bytes(data)
            (folder / name).unlink()
            (folder / name).symlink_to(target)
            rejected("symlink", folder=folder)
        return
    link = zipfile.ZipInfo(name)
    link.external_attr = (0o120777 << 16)
    rest: list[tuple[zipfile.ZipInfo | str, bytes]] = [(i, d) for i, d in entries
                                                        if i.filename != name]
    rejected("symlink", build([*rest, (link, target.encode())]))


@given(st.integers(0, 40), st.binary(max_size=64), st.booleans())
def test_duplicate_names(pick: int, content: bytes, same: bool) -> None:
    entries = members()
    info, data = entries[pick % len(entries)]
    rejected("duplicate name", build([*entries, (info.filename, data if same else content)]))


@given(st.integers(0, 40), st.booleans())
def test_listed_file_missing(pick: int, reseal: bool) -> None:
    files = {i.filename: d for i, d in members()}
    # Not missed when gone: bundle.sig (the bundle is then reported UNSIGNED), and with a
    # forged file list the derived copies (the WACZ, annotated screenshots).
    must = [n for n in sorted(files) if n != "bundle.sig" and not (reseal and (
        n in ("captures.wacz", "SHA256SUMS") or "/derived/" in n))]
    name = must[pick % len(must)]
    del files[name]
    if reseal and "bundle.json" in files:
        files = resealed(files)
    rejected("listed file missing", from_files(files))


@given(st.from_regex(r"[a-z]{1,8}(/[a-z0-9]{1,8}){0,2}\.(txt|json|png)", fullmatch=True),
       st.booleans(), st.binary(max_size=32))
def test_unlisted_files(name: str, in_capture: bool, content: bytes) -> None:
    files = {i.filename: d for i, d in members()}
    cid = json.loads(files["bundle.json"])["captures"][0]
    path = f"captures/{cid}/{name}" if in_capture else name
    files[path] = content
    rejected("unlisted file", from_files(resealed(files) if in_capture else files))


@given(st.integers(0, 10**9))
def test_truncated_zip(cut: int) -> None:
    data = base()[1]
    rejected("truncated zip", data[: cut % len(data)])


@given(st.lists(st.tuples(st.integers(0, 10**9), st.integers(1, 255)), min_size=1,
                max_size=8))
def test_garbled_zip(flips: list[tuple[int, int]]) -> None:
    data = bytearray(base()[1])
    for offset, xor in flips:
        data[offset % len(data)] ^= xor
    garbled = bytes(data)
    try:
        with zipfile.ZipFile(io.BytesIO(garbled)) as archive:
            same = sorted((i.filename, archive.read(i)) for i in archive.infolist()) == sorted(
                (i.filename, d) for i, d in members())
    except Exception:
        same = False
    if same:  # the flips hit bytes no reader uses (header times, unused fields)
        tally("garbled zip")
        return
    rejected("garbled zip", garbled)


JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=8),
                    lambda inner: st.lists(inner, max_size=4)
                    | st.dictionaries(st.text(max_size=8), inner, max_size=4), max_leaves=12)
AUTHENTICATED = ("captures/{cid}/manifest.json", "ledger.jsonl", "custody.jsonl",
                 "tree_head.json", "proofs.json", "bundle.json", "findings.json")


@given(st.sampled_from(AUTHENTICATED), st.one_of(
    JSON.map(lambda v: canonical_json(v)), st.binary(max_size=64),
    st.integers(1, 200_000).map(lambda n: b"[" * n + b"]" * n)), st.booleans())
def test_garbled_json(template: str, content: bytes, field_edit: bool) -> None:
    files = {i.filename: d for i, d in members()}
    meta = json.loads(files["bundle.json"])
    name = template.format(cid=meta["captures"][0])
    if content == files[name] or (name == "custody.jsonl" and not content):
        # An emptied custody log under a forged (unsigned) file list is indistinguishable
        # from a bundle exported without one; bundle.sig is what protects it.
        content += b" "
    if field_edit and name.endswith(".json") and isinstance(json.loads(files[name]), dict):
        edited = json.loads(files[name])
        edited[sorted(edited)[len(content) % len(edited)]] = json.loads(canonical_json(
            content.decode("latin-1")))
        content = canonical_json(edited)
    files[name] = content
    unsealed = name in ("bundle.json", "findings.json")  # hashed by bundle.json only
    rejected("garbled JSON", from_files(files if unsealed else resealed(files)))


@given(st.binary(max_size=100), st.booleans())
def test_wrong_signatures(signature: bytes, on_manifest: bool) -> None:
    files = {i.filename: d for i, d in members()}
    cid = json.loads(files["bundle.json"])["captures"][0]
    name = f"captures/{cid}/manifest.sig" if on_manifest else "bundle.sig"
    if signature == files[name]:
        signature += b"\0"
    files[name] = signature
    rejected("wrong signature", from_files(resealed(files) if on_manifest else files))


def _pem(kind: str) -> bytes:
    if kind == "ec":
        public = ec.generate_private_key(ec.SECP256R1()).public_key()
    else:
        public = Ed25519PrivateKey.generate().public_key()  # type: ignore[assignment]
    return public.public_bytes(Encoding.PEM, PublicFormat.SubjectPublicKeyInfo)


KEYS: dict[str, Callable[[], bytes]] = {
    "ed25519": lambda: _pem("ed25519"), "ec": lambda: _pem("ec"),
    "garbage": lambda: b"-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n",
    "empty": lambda: b""}


@given(st.sampled_from(sorted(KEYS)), st.booleans())
def test_wrong_keys(kind: str, rename_key_id: bool) -> None:
    files = {i.filename: d for i, d in members()}
    files["public_key.pem"] = KEYS[kind]()
    if rename_key_id and kind == "ed25519":  # claim the new key in bundle.json too
        meta = json.loads(files["bundle.json"])
        meta["key_id"] = keys.key_id(keys.load_public(files["public_key.pem"], "k"))
        files["bundle.json"] = canonical_json(meta)
    rejected("wrong key", from_files(resealed(files)))


def test_base_bundle_is_accepted_by_both() -> None:
    """The property tests mean something only if the untouched bundle passes."""
    scratch, data = base()
    path = scratch / "ok.zip"
    path.write_bytes(data)
    assert cli.main(["--home", str(scratch / "home2"), "verify", str(path)]) == 0
    assert standalone_verify.main(["verify.py", str(path)]) == 0
    shutil.rmtree(scratch / "home2", ignore_errors=True)
    assert zlib.crc32(data)  # the bundle is not empty


def test_real_processes_fail_in_one_line(tmp_path: Path) -> None:
    """The same verdicts from the installed command and from verify.py run as scripts."""
    import subprocess
    import sys

    cases = {"bomb.zip": build([*members(), ("captures/bomb.bin", zeros(2))]),
             "traversal.zip": build([*members(), ("../../evil", b"x")]),
             "truncated.zip": base()[1][: len(base()[1]) // 2]}
    script = tmp_path / "verify.py"
    script.write_bytes(dict((i.filename, d) for i, d in members())["verify.py"])
    for name, data in cases.items():
        path = tmp_path / name
        path.write_bytes(data)
        for argv in ([sys.executable, "-m", "hongdun.cli", "--home", str(tmp_path / "h"),
                      "verify", str(path)], [sys.executable, str(script), str(path)]):
            done = subprocess.run(argv, capture_output=True, text=True, timeout=120,
                                  cwd=tmp_path, check=False)
            assert done.returncode == 1, (name, done.stdout)
            assert len(done.stderr.strip().splitlines()) == 1, done.stderr
            assert "Traceback" not in done.stderr
    assert not (tmp_path.parent / "evil").exists()
