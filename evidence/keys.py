"""The Ed25519 signing key under HOME/keys: created on first use, private file mode 0600."""

from __future__ import annotations

import os
from pathlib import Path

from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from evidence.canonical import sha256_bytes
from hongdun.errors import HongdunError, VerificationError

PRIVATE_NAME = "signing.key"
PUBLIC_NAME = "signing.pub"


def load_or_create(keys_dir: Path) -> Ed25519PrivateKey:
    """Load HOME/keys/signing.key, creating the key pair (0600 private file) if absent."""
    keys_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    private_path = keys_dir / PRIVATE_NAME
    if not private_path.exists():
        key = Ed25519PrivateKey.generate()
        pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption())
        try:
            fd = os.open(private_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            pass  # another process created it first; load theirs below
        else:
            with os.fdopen(fd, "wb") as handle:
                handle.write(pem)
                handle.flush()
                os.fsync(handle.fileno())
    try:
        key = serialization.load_pem_private_key(private_path.read_bytes(), password=None)
    except ValueError as exc:
        raise HongdunError(f"{private_path}: not a PEM private key ({exc})") from None
    if not isinstance(key, Ed25519PrivateKey):
        raise HongdunError(f"{private_path}: not an Ed25519 key")
    public_path = keys_dir / PUBLIC_NAME
    if not public_path.exists():
        tmp = keys_dir / f".{PUBLIC_NAME}.{os.getpid()}"
        tmp.write_bytes(public_pem(key))
        os.replace(tmp, public_path)
    return key


def public_pem(key: Ed25519PrivateKey) -> bytes:
    """The PEM SubjectPublicKeyInfo of a private key's public half."""
    return key.public_key().public_bytes(serialization.Encoding.PEM,
                                         serialization.PublicFormat.SubjectPublicKeyInfo)


def key_id(public: Ed25519PublicKey) -> str:
    """SHA-256 hex of the public key's DER SubjectPublicKeyInfo (what `openssl pkey` prints)."""
    der = public.public_bytes(serialization.Encoding.DER,
                              serialization.PublicFormat.SubjectPublicKeyInfo)
    return sha256_bytes(der)


def load_public(pem: bytes, where: str) -> Ed25519PublicKey:
    """Parse a PEM Ed25519 public key or raise VerificationError naming where it came from."""
    try:
        key = serialization.load_pem_public_key(pem)
    except (ValueError, TypeError, UnsupportedAlgorithm) as exc:
        raise VerificationError(f"{where}: not a PEM public key ({exc})") from None
    if not isinstance(key, Ed25519PublicKey):
        raise VerificationError(f"{where}: not an Ed25519 public key")
    return key


def check_signature(public: Ed25519PublicKey, signature: bytes, data: bytes, where: str) -> None:
    """Verify a raw Ed25519 signature or raise VerificationError naming the file."""
    if len(signature) != 64:
        raise VerificationError(f"{where}: signature must be 64 bytes, not {len(signature)}")
    try:
        public.verify(signature, data)
    except InvalidSignature:
        raise VerificationError(f"{where}: Ed25519 signature does not verify") from None
