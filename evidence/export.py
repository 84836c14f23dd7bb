"""Export sealed captures and their findings as a case officer's bundle, fully attested.

One function for every exporter (the CLI and the inspector page): it signs a
tree head over the ledger when the newest one does not cover it, records the
export in the custody log, signs the bundle and, unless asked not to, prints
the PDF extraction record with Chromium.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from evidence import bundle, keys, ledger, treehead
from evidence.custody import CustodyLog, operator
from hongdun.config import Config
from hongdun.errors import UsageError
from hongdun.records import Capture, Finding


def read_optional(path: str) -> bytes | None:
    """The bytes of a configured file, None when unset; a missing file is a usage error."""
    if not path:
        return None
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise UsageError(f"{path}: {exc.strerror}") from None


def ensure_tree_head(cfg: Config, key: Ed25519PrivateKey) -> None:
    """Sign a tree head over the whole ledger unless the newest one already covers it."""
    size = len(ledger.verify(cfg.home / "ledger.jsonl"))
    heads = treehead.read(cfg.home, key.public_key())
    if not heads or heads[-1].tree_size < size:
        treehead.close(cfg.home, key, "export")


def export_evidence(cfg: Config, captures: Sequence[Capture], findings: Sequence[Finding],
                    out: Path, *, pdf: bool = True, actor: str | None = None) -> Path:
    """Write the signed bundle for these findings and log the export in the custody log
    (as actor, e.g. the web page's logged-in user; default the operator)."""
    key = keys.load_or_create(cfg.keys_dir)
    ensure_tree_head(cfg, key)
    return bundle.export(captures, findings, out,
                         ledger_path=cfg.home / "ledger.jsonl", public_key_pem=keys.public_pem(key),
                         custody=CustodyLog(cfg.home), actor=actor or operator(cfg),
                         tsa_roots_pem=read_optional(cfg.get("tsa_trust")),
                         pdf_chromium=cfg.get("chromium") if pdf else None, signing_key=key)
