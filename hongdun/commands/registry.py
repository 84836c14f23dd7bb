"""`hongdun registry import|show`: the 市场主体登记 records the licence rules compare."""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path
from typing import Any

from hongdun import db
from hongdun.config import Config
from hongdun.errors import InputFileError
from hongdun.registry import Registry, read_registry_file
from hongdun.targets import clean_code


def register(sub: Any) -> None:
    parser = sub.add_parser("registry", help="import and show 市场主体登记 registry records")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    imp = actions.add_parser("import", help="import a registry extract: CSV (UTF-8/GB18030) "
                                            "or .xlsx, columns by header name (all or none)")
    imp.add_argument("file", type=Path)
    imp.set_defaults(handler=import_registry)
    show = actions.add_parser("show", help="show the registry record of one code")
    show.add_argument("uscc")
    show.set_defaults(handler=show_record)


def import_registry(args: argparse.Namespace, cfg: Config) -> int:
    records = read_registry_file(args.file)
    registry = Registry(db.connect(cfg.db_path))
    count = registry.save(records, str(args.file))
    kinds = Counter(r.status_kind for r in records)
    summary = ", ".join(f"{k} {n}" for k, n in sorted(kinds.items()))
    print(f"导入 imported {count} registry records from {args.file} ({summary}); "
          f"{registry.count()} in the registry")
    return 0


def show_record(args: argparse.Namespace, cfg: Config) -> int:
    record = Registry(db.connect(cfg.db_path)).get(args.uscc)
    if record is None:
        raise InputFileError(f"no registry record for {clean_code(args.uscc) or args.uscc!r}")
    rows = [("统一社会信用代码 uscc", record.uscc), ("名称 name", record.name),
            ("类型 type", record.entity_type),
            ("登记状态 status", f"{record.status} ({record.status_kind})"),
            ("住所 address", record.address), ("法定代表人/经营者 legal rep", record.legal_rep),
            ("登记机关 authority", record.authority), ("状态日期 status date", record.status_date)]
    for label, value in rows:
        print(f"{label:<24} {value}")
    return 0
