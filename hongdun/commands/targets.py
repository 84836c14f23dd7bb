"""`hongdun targets import|list`: manage the sellers Hongdun watches."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from hongdun import db
from hongdun.config import Config
from hongdun.schedule.tiers import print_tiers
from hongdun.targets import load_targets, read_targets_file, save_targets


def register(sub: Any) -> None:
    parser = sub.add_parser("targets", help="import and list targets (sellers to watch)")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    imp = actions.add_parser("import", help="import a targets CSV (all rows or none)")
    imp.add_argument("file", type=Path)
    imp.set_defaults(handler=import_targets)
    lst = actions.add_parser("list", help="list imported targets")
    lst.set_defaults(handler=list_targets)
    tiers = actions.add_parser("tiers", help="risk tier and its reason for every target")
    tiers.set_defaults(handler=print_tiers)


def import_targets(args: argparse.Namespace, cfg: Config) -> int:
    targets = read_targets_file(args.file)
    count = save_targets(db.connect(cfg.db_path), targets)
    print(f"导入 imported {count} targets from {args.file}")
    return 0


def list_targets(args: argparse.Namespace, cfg: Config) -> int:
    targets = load_targets(db.connect(cfg.db_path))
    for t in targets:
        print(f"{t.target_id:<14} {t.platform:<10} {t.kind:<10} {t.district} "
              f"{t.category:<8} {t.shop_name}  {t.url}")
    print(f"共 {len(targets)} targets")
    return 0
