"""`hongdun targets import|list|export|tiers`: manage the sellers Hongdun watches."""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from hongdun import db
from hongdun.config import Config
from hongdun.errors import InputFileError
from hongdun.records import Target
from hongdun.schedule.tiers import print_tiers
from hongdun.tables import data_file
from hongdun.targets import (
    PLATFORM_AS_WRITTEN,
    export_csv,
    load_targets,
    read_targets_file,
    save_targets,
)


def register(sub: Any) -> None:
    parser = sub.add_parser("targets", help="import and list targets (sellers to watch)")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    imp = actions.add_parser("import", help="import a targets list: CSV (UTF-8/GB18030) or "
                                            ".xlsx, columns by header name (all rows or none)")
    imp.add_argument("file", type=Path)
    imp.set_defaults(handler=import_targets)
    lst = actions.add_parser("list", help="list imported targets")
    lst.set_defaults(handler=list_targets)
    exp = actions.add_parser("export", help="write the imported targets as CSV")
    exp.add_argument("-o", "--output", type=Path, help="file to write (default: stdout)")
    exp.set_defaults(handler=export_targets)
    tiers = actions.add_parser("tiers", help="risk tier and its reason for every target")
    tiers.set_defaults(handler=print_tiers)


def generic_profile_warning(targets: Sequence[Target]) -> str | None:
    """One line naming the platforms of these targets that only the generic profile serves."""
    from crawlers.profiles import Profiles

    profiles = Profiles.load()
    own = {p for prof in profiles.by_name.values() if prof is not profiles.generic
           for p in prof.platforms}
    names = data_file("platforms.yaml")
    counts: Counter[str] = Counter()
    for t in targets:
        written = dict(t.tags).get(PLATFORM_AS_WRITTEN)
        if t.platform in own or profiles.for_target(t) is not profiles.generic or (
                t.platform in profiles.generic.platforms and not written):
            continue  # a profile of its own, or a self-built site the generic profile is for
        counts[written or f"{names[t.platform]['names'][0]} {t.platform}"] += 1
    if not counts:
        return None
    listed = ", ".join(f"{name} ({n})" for name, n in sorted(counts.items()))
    return (f"提示 warning: {sum(counts.values())} targets on platforms without a site profile "
            f"of their own use the generic profile: {listed}")


def import_targets(args: argparse.Namespace, cfg: Config) -> int:
    targets = read_targets_file(args.file)
    count = save_targets(db.connect(cfg.db_path), targets)
    print(f"导入 imported {count} targets from {args.file}")
    warning = generic_profile_warning(targets)
    if warning:
        print(warning)
    return 0


def list_targets(args: argparse.Namespace, cfg: Config) -> int:
    targets = load_targets(db.connect(cfg.db_path))
    for t in targets:
        print(f"{t.target_id:<14} {t.platform:<10} {t.kind:<10} {t.district} "
              f"{t.category:<8} {t.shop_name}  {t.url}")
    print(f"共 {len(targets)} targets")
    return 0


def export_targets(args: argparse.Namespace, cfg: Config) -> int:
    text = export_csv(load_targets(db.connect(cfg.db_path)))
    if args.output is None:
        sys.stdout.write(text)
        return 0
    try:
        args.output.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise InputFileError(f"{args.output}: cannot write ({exc.strerror})") from None
    print(f"wrote {text.count(chr(10)) - 1} targets to {args.output}", file=sys.stderr)
    return 0
