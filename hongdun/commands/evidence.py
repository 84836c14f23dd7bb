"""CLI group for evidence: `export`, `verify`, `evidence pubkey|status`,
`ledger verify|captures|head`."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from evidence import environment, keys, ledger, treehead
from evidence.custody import CustodyLog, operator
from evidence.verify import verify_bundle
from hongdun import db
from hongdun.config import Config
from hongdun.errors import UsageError, VerificationError


def export_command(args: argparse.Namespace, cfg: Config) -> int:
    """Write an evidence bundle for the given findings."""
    from evidence.export import export_evidence  # the bundle writer (PDF too): only when asked
    from search.bundles import load_for_export

    conn = db.connect(cfg.db_path)
    try:
        captures, findings = load_for_export(conn, args.finding_ids)
    finally:
        conn.close()
    out = export_evidence(cfg, captures, findings, Path(args.output), pdf=not args.no_pdf)
    print(f"exported {len(findings)} finding(s) from {len(captures)} capture(s) to {out}")
    return 0


def verify_command(args: argparse.Namespace, cfg: Config) -> int:
    """Verify a bundle; print the intact report (errors are printed by the CLI)."""
    from evidence.export import read_optional

    log = CustodyLog(cfg.home)
    try:
        report = verify_bundle(Path(args.bundle), tsa_roots=read_optional(args.tsa_trust))
    except VerificationError as exc:
        log.append("verify", [], operator(cfg), f"{Path(args.bundle).name}: FAIL: {exc}")
        raise
    log.append("verify", report.captures, operator(cfg),
               f"{Path(args.bundle).name}: intact, bundle id {report.bundle_id}")
    print(f"OK: {report.summary()}")
    return 0


def pubkey_command(args: argparse.Namespace, cfg: Config) -> int:
    """Print the signing public key (PEM) and its key id."""
    key = keys.load_or_create(cfg.keys_dir)
    print(keys.public_pem(key).decode(), end="")
    print(f"key id (sha256 of DER SubjectPublicKeyInfo): {keys.key_id(key.public_key())}")
    return 0


def status_command(args: argparse.Namespace, cfg: Config) -> int:
    """Show the ledger size, the newest tree head and the captures awaiting a time-stamp."""
    from evidence import tsa  # the RFC 3161 client: only for the commands that stamp

    key = keys.load_or_create(cfg.keys_dir)
    entries = ledger.read(cfg.home / "ledger.jsonl")
    heads = treehead.read(cfg.home, key.public_key())
    stamper = tsa.Stamper(cfg)
    waiting = stamper.pending()
    print(f"signing key id: {keys.key_id(key.public_key())}")
    print(f"ledger entries: {len(entries)}")
    if heads:
        print(f"newest tree head: size {heads[-1].tree_size} at {heads[-1].signed_at} "
              f"({heads[-1].reason})")
    else:
        print("newest tree head: none yet")
    print(f"time-stamp authorities: {', '.join(stamper.urls) or 'none configured'}")
    print(f"awaiting-timestamp: {len(waiting)}")
    for item in waiting:
        print(f"  {item.capture_id}  {item.folder}")
    return 0


def environment_command(args: argparse.Namespace, cfg: Config) -> int:
    """Print the 清洁性检查 environment record, hashing the browser binary."""
    record = environment.snapshot(cfg, deep=True)
    print(json.dumps(record, ensure_ascii=False, indent=2))
    return 0 if record["browser"].get("matches_dpkg", True) else 1  # type: ignore[union-attr]


def custody_command(args: argparse.Namespace, cfg: Config) -> int:
    """Check the custody log's chain and print its entries (optionally for one capture)."""
    log = CustodyLog(cfg.home)
    entries = log.concerning([args.capture]) if args.capture else log.read()
    for e in entries:
        print(f"{e.seq:>6}  {e.at}  {e.action:<8} {e.actor}  {' '.join(e.captures) or '-'}  "
              f"{e.detail}")
    print(f"OK: custody log intact — {len(log.read())} entries chained")
    return 0


def timestamp_command(args: argparse.Namespace, cfg: Config) -> int:
    """Retry the time-stamp queue now."""
    from evidence import tsa

    stamper = tsa.Stamper(cfg)
    if not stamper.enabled:
        raise UsageError("no time-stamp authority configured (HONGDUN_TSA_URLS)")
    done, waiting = stamper.retry()
    print(f"time-stamped {done} capture(s); {waiting} still awaiting-timestamp")
    return 0 if waiting == 0 else 1


def ledger_verify_command(args: argparse.Namespace, cfg: Config) -> int:
    """Check the whole ledger chain under HOME."""
    key = keys.load_or_create(cfg.keys_dir)
    entries, heads = treehead.verify_all(cfg.home, key.public_key())
    last = entries[-1].hash if entries else "(empty)"
    print(f"OK: ledger intact — {len(entries)} entries chained, last entry hash {last}; "
          f"{len(heads)} signed tree head(s) match and are mutually consistent")
    return 0


def ledger_captures_command(args: argparse.Namespace, cfg: Config) -> int:
    """Check that the captures table agrees with the ledger (evidence/agreement.py)."""
    from evidence import agreement

    found = agreement.check(cfg)
    if not found.ok:
        for problem in found.problems[1:]:
            print(f"  {problem}")
        raise VerificationError(f"captures table and ledger disagree: {len(found.problems)} "
                                f"problem(s), first: {found.problems[0]}")
    print(f"OK: {found.rows} captures row(s) agree with the ledger ({found.entries} entries)"
          + (f"; {len(found.awaiting)} sealed capture(s) await their row (the next sweep "
             "finishes them)" if found.awaiting else ""))
    for capture_id in found.awaiting:
        print(f"  awaiting: {capture_id}")
    return 0


def ledger_head_command(args: argparse.Namespace, cfg: Config) -> int:
    """Sign a tree head over the whole ledger now."""
    head = treehead.close(cfg.home, keys.load_or_create(cfg.keys_dir), args.reason)
    print(f"signed tree head: size {head.tree_size}, root {head.root_hash}")
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the evidence commands to the hongdun command line."""
    p = sub.add_parser("export", help="导出证据包 write an evidence bundle for findings")
    p.add_argument("finding_ids", nargs="+", metavar="FINDING_ID")
    p.add_argument("-o", "--output", required=True, help="bundle zip to write")
    p.add_argument("--no-pdf", action="store_true",
                   help="skip the Chromium-printed 电子数据提取笔录 (report.pdf)")
    p.set_defaults(handler=export_command)
    p = sub.add_parser("verify", help="核验证据包 verify an evidence bundle")
    p.add_argument("bundle", help="bundle zip or unpacked folder")
    p.add_argument("--tsa-trust", default="", help="PEM roots for time-stamps "
                   "(default: the bundle's tsa_roots.pem)")
    p.set_defaults(handler=verify_command)
    p = sub.add_parser("evidence", help="signing key and sealing status")
    group = p.add_subparsers(dest="evidence_command", metavar="ACTION")
    group.required = True
    q = group.add_parser("pubkey", help="print the signing public key")
    q.set_defaults(handler=pubkey_command)
    q = group.add_parser("status", help="ledger, tree head, captures awaiting a time-stamp")
    q.set_defaults(handler=status_command)
    q = group.add_parser("environment", help="清洁性检查: print the capture environment record")
    q.set_defaults(handler=environment_command)
    q = group.add_parser("custody", help="chain-of-custody log: check and list")
    q.add_argument("--capture", help="only entries about this capture id")
    q.set_defaults(handler=custody_command)
    q = group.add_parser("timestamp", help="retry the time-stamp queue now")
    q.set_defaults(handler=timestamp_command)
    p = sub.add_parser("ledger", help="the hash-chained ledger")
    group = p.add_subparsers(dest="ledger_command", metavar="ACTION")
    group.required = True
    q = group.add_parser("verify", help="check the chain, tree heads and their consistency")
    q.set_defaults(handler=ledger_verify_command)
    q = group.add_parser("captures", help="check that the captures table agrees with the ledger")
    q.set_defaults(handler=ledger_captures_command)
    q = group.add_parser("head", help="sign a tree head over the whole ledger now")
    q.add_argument("--reason", default="manual", help="recorded in the head")
    q.set_defaults(handler=ledger_head_command)
