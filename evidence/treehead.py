"""Signed tree heads over the ledger (HOME/tree_heads.jsonl) and whole-ledger verification.

A tree head names the ledger size, its RFC 6962 root, when and why it was signed
(usually a sweep closing), and the key; it is signed with the evidence key. Each
stored line is canonical JSON {"head": {...}, "signature": hex}.
"""

from __future__ import annotations

import fcntl
import json
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from evidence import keys, ledger, merkle
from evidence.canonical import canonical_json
from hongdun import clock
from hongdun.errors import VerificationError

FORMAT = "hongdun-sth/1"
FILENAME = "tree_heads.jsonl"
_HEAD_KEYS = ("format", "key_id", "reason", "root_hash", "signed_at", "tree_size")


@dataclass(frozen=True)
class TreeHead:
    """A parsed signed tree head with the exact bytes that were signed."""

    tree_size: int
    root_hash: str
    signed_at: str
    reason: str
    key_id: str
    signed: bytes  # canonical JSON of the head
    signature: bytes

    def line(self) -> bytes:
        """The stored form: canonical {"head", "signature"} JSON."""
        return canonical_json({"head": json.loads(self.signed), "signature": self.signature.hex()})


def leaves(entries: list[ledger.LedgerEntry]) -> list[bytes]:
    """RFC 6962 leaf hashes of ledger entries (over their canonical lines)."""
    return [merkle.leaf_hash(e.line) for e in entries]


def sign(key: Ed25519PrivateKey, entries: list[ledger.LedgerEntry], reason: str) -> TreeHead:
    """Sign a tree head over these ledger entries."""
    head = {"format": FORMAT, "tree_size": len(entries),
            "root_hash": merkle.root(leaves(entries)).hex(), "signed_at": clock.utc_now(),
            "reason": reason, "key_id": keys.key_id(key.public_key())}
    signed = canonical_json(head)
    return TreeHead(len(entries), str(head["root_hash"]), str(head["signed_at"]), reason,
                    str(head["key_id"]), signed, key.sign(signed))


def parse(line: bytes, public: Ed25519PublicKey, where: str) -> TreeHead:
    """Parse a stored tree head line and check its signature."""
    try:
        outer = json.loads(line)
        head, signature = outer["head"], bytes.fromhex(outer["signature"])
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        raise VerificationError(f"{where}: malformed tree head") from None
    if not isinstance(head, dict) or head.get("format") != FORMAT:
        raise VerificationError(f"{where}: unknown tree head format")
    if tuple(sorted(head)) != _HEAD_KEYS or not isinstance(head["tree_size"], int):
        raise VerificationError(f"{where}: tree head fields are wrong")
    signed = canonical_json(head)
    keys.check_signature(public, signature, signed, where)
    if head["key_id"] != keys.key_id(public):
        raise VerificationError(f"{where}: names another signing key")
    return TreeHead(head["tree_size"], str(head["root_hash"]), str(head["signed_at"]),
                    str(head["reason"]), str(head["key_id"]), signed, signature)


def append(home: Path, head: TreeHead) -> None:
    """Append a signed tree head to HOME/tree_heads.jsonl under a lock, fsynced."""
    with open(home / FILENAME, "ab") as handle:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        try:
            handle.write(head.line() + b"\n")
            handle.flush()
            os.fsync(handle.fileno())
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def read(home: Path, public: Ed25519PublicKey) -> list[TreeHead]:
    """Every stored tree head, signatures checked."""
    try:
        data = (home / FILENAME).read_bytes()
    except FileNotFoundError:
        return []
    return [parse(line, public, f"{FILENAME} line {n}")
            for n, line in enumerate(data.splitlines(), 1)]


def close(home: Path, key: Ed25519PrivateKey, reason: str) -> TreeHead:
    """Sign and store a tree head over the whole ledger now (e.g. when a sweep closes)."""
    head = sign(key, ledger.verify(home / "ledger.jsonl"), reason)
    append(home, head)
    return head


def verify_all(home: Path, public: Ed25519PublicKey) -> tuple[list[ledger.LedgerEntry],
                                                             list[TreeHead]]:
    """Check the ledger chain, every tree head's root, and consistency between successive heads."""
    entries = ledger.verify(home / "ledger.jsonl")
    hashes = leaves(entries)
    heads = read(home, public)
    previous: TreeHead | None = None
    for n, head in enumerate(heads, 1):
        where = f"{FILENAME} line {n}"
        if head.tree_size > len(entries):
            raise VerificationError(f"{where}: covers {head.tree_size} entries but the ledger "
                                    f"has {len(entries)} (entries removed)")
        if merkle.root(hashes[: head.tree_size]).hex() != head.root_hash:
            raise VerificationError(f"{where}: root does not match the ledger's first "
                                    f"{head.tree_size} entries")
        if previous is not None and previous.tree_size > 0:
            if head.tree_size < previous.tree_size:
                raise VerificationError(f"{where}: tree shrank from {previous.tree_size}")
            proof = merkle.consistency_proof(hashes[: head.tree_size], previous.tree_size)
            if not merkle.verify_consistency(previous.tree_size, head.tree_size,
                                             bytes.fromhex(previous.root_hash),
                                             bytes.fromhex(head.root_hash), proof):
                raise VerificationError(f"{where}: not consistent with the previous tree head")
        previous = head
    return entries, heads
