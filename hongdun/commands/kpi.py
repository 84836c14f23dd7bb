"""`hongdun kpi`: 核查及时率 and 完成率 over a period, per district and inspector, vs the plan."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

from evidence.custody import operator
from hongdun import clock, db
from hongdun.commands.findings import fit, width
from hongdun.commands.leads import today_in_beijing
from hongdun.config import Config
from hongdun.errors import UsageError
from leads import kpi, store, triage
from leads.office import open_office


def register(sub: Any) -> None:
    """Add `kpi` to the CLI."""
    p = sub.add_parser("kpi", help="考核指标: timely verification and completion vs the plan",
                       description="\n".join(kpi.FORMULAS),
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--from", dest="start", required=True, type=date.fromisoformat,
                   metavar="YYYY-MM-DD", help="first day of the period (Beijing)")
    p.add_argument("--to", dest="end", required=True, type=date.fromisoformat,
                   metavar="YYYY-MM-DD", help="last day of the period, inclusive")
    p.add_argument("--district", metavar="CODE")
    p.add_argument("--today", type=date.fromisoformat, metavar="YYYY-MM-DD",
                   help="judge what has fallen due as of this day (default: today)")
    p.add_argument("--json", action="store_true", help="one JSON object per row")
    p.add_argument("--csv", type=Path, metavar="FILE", help="also write the table as CSV")
    p.add_argument("--user", help="who exports (the audit log records the CSV export)")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace, cfg: Config) -> int:
    """Handler of `hongdun kpi`."""
    if args.end < args.start:
        raise UsageError("--to is before --from")
    office = open_office(cfg, db.connect(cfg.db_path))
    rows = kpi.compute(store.select(office.conn), args.start, args.end,
                       args.today or today_in_beijing(), args.district)
    out = sys.stdout
    if args.json:
        for row in rows:
            out.write(json.dumps({**row.as_json(), "from": args.start.isoformat(),
                                  "to": args.end.isoformat()}, ensure_ascii=False) + "\n")
    else:
        out.write(f"考核指标 KPI {args.start} – {args.end}"
                  f"{' 区 ' + args.district if args.district else ''}\n")
        cells = kpi.table(rows)
        sizes = [max(width(r[i]) for r in cells) for i in range(len(cells[0]))]
        for line in cells:
            out.write("  ".join(fit(c, s) for c, s in zip(line, sizes, strict=True)).rstrip()
                      + "\n")
        out.write("".join(f"  {f}\n" for f in kpi.FORMULAS))
    if args.csv:
        try:
            kpi.write_csv(args.csv, rows)
        except OSError as exc:
            raise UsageError(f"cannot write {args.csv}: {exc.strerror}") from None
        behind = sorted({i for r in rows if r.scope == "all" for i in r.due + r.assigned})
        triage.note_export(office.conn, behind, args.user or operator(cfg), clock.utc_now(),
                           f"KPI CSV {args.start}–{args.end} → {args.csv}")
        print(f"wrote {args.csv}", file=sys.stderr)
    return 0
