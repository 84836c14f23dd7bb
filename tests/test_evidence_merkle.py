"""RFC 6962 Merkle tree: roots against the recursive definition, proofs, signed tree heads."""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path

import pytest
from test_bundle_export import make_bundle
from test_evidence_support import make_config, rewrite_zip, visit

from evidence import keys, ledger, merkle, treehead
from evidence.seal import Sealer
from evidence.verify import verify_bundle
from hongdun.errors import VerificationError


def reference_root(leaves: list[bytes]) -> bytes:
    """RFC 6962 §2.1 MTH, written exactly as the RFC's recursion."""
    n = len(leaves)
    if n == 0:
        return hashlib.sha256(b"").digest()
    if n == 1:
        return leaves[0]
    k = 1
    while k * 2 < n:
        k *= 2
    return merkle.node_hash(reference_root(leaves[:k]), reference_root(leaves[k:]))


LEAVES = [merkle.leaf_hash(str(i).encode()) for i in range(40)]


def test_known_vector_and_reference_root() -> None:
    # RFC 6962 empty-tree hash and a single-leaf tree.
    assert merkle.root([]).hex() == hashlib.sha256(b"").hexdigest()
    assert merkle.root([merkle.leaf_hash(b"")]).hex() == (
        "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d")
    for n in range(1, 40):
        assert merkle.root(LEAVES[:n]) == reference_root(LEAVES[:n])


def test_every_inclusion_proof_verifies_and_wrong_ones_fail() -> None:
    for n in range(1, 20):
        r = merkle.root(LEAVES[:n])
        for i in range(n):
            proof = merkle.inclusion_proof(LEAVES[:n], i)
            assert merkle.verify_inclusion(LEAVES[i], i, n, proof, r)
            assert not merkle.verify_inclusion(LEAVES[(i + 1) % 40], i, n, proof, r) or n == 1
            if proof:
                assert not merkle.verify_inclusion(LEAVES[i], i, n, proof[:-1], r)


def test_every_consistency_proof_verifies_and_forks_fail() -> None:
    forked = [*LEAVES[:5], merkle.leaf_hash(b"forged"), *LEAVES[6:]]
    for n in range(1, 20):
        for m in range(1, n + 1):
            proof = merkle.consistency_proof(LEAVES[:n], m)
            assert merkle.verify_consistency(m, n, merkle.root(LEAVES[:m]),
                                             merkle.root(LEAVES[:n]), proof)
            if m > 5 and m < n:
                assert not merkle.verify_consistency(m, n, merkle.root(forked[:m]),
                                                     merkle.root(LEAVES[:n]), proof)


def test_sweep_close_and_ledger_verify(tmp_path: Path) -> None:
    cfg = make_config(tmp_path)
    sealer = Sealer(cfg)
    for _ in range(3):
        sealer.seal(visit())
    first = sealer.close_sweep("sweep-1")
    for _ in range(4):
        sealer.seal(visit())
    second = sealer.close_sweep("sweep-2")
    assert (first.tree_size, second.tree_size) == (3, 7)
    public = keys.load_or_create(cfg.keys_dir).public_key()
    entries, heads = treehead.verify_all(cfg.home, public)
    assert len(entries) == 7 and [h.reason for h in heads] == ["sweep sweep-1 closed",
                                                               "sweep sweep-2 closed"]


def test_rewritten_history_breaks_tree_heads(tmp_path: Path) -> None:
    cfg = make_config(tmp_path)
    sealer = Sealer(cfg)
    for _ in range(3):
        sealer.seal(visit())
    sealer.close_sweep("s")
    path = cfg.home / "ledger.jsonl"
    entries = ledger.read(path)
    # A forger rebuilds a perfectly chained ledger with one entry's evidence id changed.
    forged, prev = [], entries[0].prev
    for e in entries:
        eid = "cd" * 32 if e.seq == 2 else e.evidence_id
        forged.append(ledger.make_entry(e.seq, e.capture_id, eid, e.sealed_at, prev))
        prev = forged[-1].hash
    path.write_bytes(b"".join(e.line + b"\n" for e in forged))
    ledger.verify(path)  # the chain alone cannot tell
    with pytest.raises(VerificationError, match="root does not match the ledger's first 3"):
        treehead.verify_all(cfg.home, keys.load_or_create(cfg.keys_dir).public_key())


def test_truncated_ledger_is_caught_by_tree_head(tmp_path: Path) -> None:
    cfg = make_config(tmp_path)
    sealer = Sealer(cfg)
    for _ in range(3):
        sealer.seal(visit())
    sealer.close_sweep("s")
    path = cfg.home / "ledger.jsonl"
    path.write_bytes(b"".join(path.read_bytes().splitlines(keepends=True)[:2]))
    with pytest.raises(VerificationError, match=r"covers 3 entries but the ledger has 2"):
        treehead.verify_all(cfg.home, keys.load_or_create(cfg.keys_dir).public_key())


def test_forged_tree_head_signature_is_caught(tmp_path: Path) -> None:
    cfg = make_config(tmp_path)
    sealer = Sealer(cfg)
    sealer.seal(visit())
    sealer.close_sweep("s")
    heads = cfg.home / treehead.FILENAME
    heads.write_bytes(heads.read_bytes().replace(b'"reason":"sweep s closed"',
                                                 b'"reason":"sweep t closed"'))
    with pytest.raises(VerificationError, match="line 1: Ed25519 signature does not verify"):
        treehead.verify_all(cfg.home, keys.load_or_create(cfg.keys_dir).public_key())


def _bundle_with_head(tmp_path: Path) -> Path:
    return make_bundle(tmp_path, close=True)


def test_bundle_carries_tree_head_and_inclusion_proofs(tmp_path: Path) -> None:
    path = _bundle_with_head(tmp_path)
    with zipfile.ZipFile(path) as archive:
        meta = json.loads(archive.read("bundle.json"))
        proofs = json.loads(archive.read("proofs.json"))
    assert meta["tree_size"] == 3  # two exported captures plus the later one
    assert set(proofs) == set(meta["captures"])
    assert verify_bundle(path).captures


def test_bundle_with_wrong_inclusion_proof_is_rejected(tmp_path: Path) -> None:
    path = _bundle_with_head(tmp_path)
    with zipfile.ZipFile(path) as archive:
        proofs = json.loads(archive.read("proofs.json"))
    first = sorted(proofs)[0]
    proofs[first]["audit_path"][0] = "00" * 32
    rewrite_zip(path, {"proofs.json": json.dumps(proofs).encode()}, reseal=True)
    with pytest.raises(VerificationError, match=r"inclusion proof of .* does not lead"):
        verify_bundle(path)


def test_bundle_with_forged_tree_head_is_rejected(tmp_path: Path) -> None:
    path = _bundle_with_head(tmp_path)
    with zipfile.ZipFile(path) as archive:
        head = archive.read("tree_head.json")
    rewrite_zip(path, {"tree_head.json": head.replace(b'"tree_size":3', b'"tree_size":4')},
                reseal=True)
    with pytest.raises(VerificationError, match=r"tree_head\.json: Ed25519 signature"):
        verify_bundle(path)


def test_standalone_verify_py_checks_tree_head(tmp_path: Path) -> None:
    import subprocess
    import sys

    path = _bundle_with_head(tmp_path)
    script = tmp_path / "verify.py"
    with zipfile.ZipFile(path) as archive:
        script.write_bytes(archive.read("verify.py"))
        proofs = json.loads(archive.read("proofs.json"))
    ok = subprocess.run([sys.executable, str(script), str(path)], capture_output=True, text=True)
    assert ok.returncode == 0, ok.stderr
    proofs[sorted(proofs)[0]]["audit_path"][0] = "00" * 32
    rewrite_zip(path, {"proofs.json": json.dumps(proofs).encode()}, reseal=True)
    bad = subprocess.run([sys.executable, str(script), str(path)], capture_output=True, text=True)
    assert bad.returncode == 1 and "does not lead to the signed root" in bad.stderr
