"""`hongdun schedule run|list|apply` and `hongdun sweeps`: planned sweeps and their record."""

from __future__ import annotations

import argparse
import logging
import re
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from typing import Any

from hongdun import db
from hongdun.clock import SHANGHAI, shanghai
from hongdun.config import Config
from hongdun.errors import UsageError
from hongdun.schedule import store
from hongdun.schedule.plans import DEFAULT_PLAN, load_plan
from hongdun.schedule.preview import UpcomingRun, preview, targets_and_tiers, upcoming

_WHEN = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:[ T](\d{1,2}):(\d{2}))?$")


def register(sub: Any) -> None:
    """Add the `schedule` group and the `sweeps` command."""
    parser = sub.add_parser("schedule", help="plan sweeps: run the scheduler, list, apply plans")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    run = actions.add_parser("run", help="run the scheduler until Ctrl-C / SIGTERM")
    run.set_defaults(handler=run_scheduler)
    lst = actions.add_parser("list", help="show the next runs of every plan")
    lst.add_argument("--from", dest="start", metavar="DATE",
                     help="start of the preview (default: now); YYYY-MM-DD[ HH:MM]")
    lst.add_argument("--until", metavar="DATE",
                     help="preview every run up to the end of DATE (Asia/Shanghai)")
    lst.add_argument("--limit", type=int, default=10, help="runs shown per plan without --until")
    lst.add_argument("--file", type=Path, help="preview a plan file without installing it")
    lst.add_argument("--summary", action="store_true", help="one line per day instead of per run")
    lst.set_defaults(handler=list_runs)
    apply = actions.add_parser("apply", help="install or update plans (their history is kept)")
    apply.add_argument("plans", nargs="*", type=Path,
                       help=f"plan YAML files (default: the shipped {DEFAULT_PLAN.name})")
    apply.set_defaults(handler=apply_plans)
    sweeps = sub.add_parser("sweeps", help="recent and upcoming sweeps")
    sweeps.add_argument("--limit", type=int, default=20, help="how many recent sweeps")
    sweeps.add_argument("--upcoming", type=int, default=5, help="how many upcoming runs")
    sweeps.set_defaults(handler=list_sweeps)


def parse_when(text: str, end_of_day: bool) -> datetime:
    """A date (or date and time) in Asia/Shanghai; a bare --until date means its end."""
    match = _WHEN.match(text.strip())
    if not match:
        raise UsageError(f"date must be YYYY-MM-DD or 'YYYY-MM-DD HH:MM', not {text!r}")
    try:
        day = datetime.fromisoformat(match.group(1)).date()
        if match.group(2):
            return datetime.combine(day, time(int(match.group(2)), int(match.group(3))), SHANGHAI)
    except ValueError as exc:
        raise UsageError(f"bad date {text!r}: {exc}") from None
    moment = datetime.combine(day, time(0), SHANGHAI)
    return moment + timedelta(days=1) if end_of_day else moment


def run_scheduler(args: argparse.Namespace, cfg: Config) -> int:
    """`hongdun schedule run`: the blocking scheduler with the persistent job store."""
    from hongdun.schedule.runner import Runner  # APScheduler and SQLAlchemy: only when run

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    logging.getLogger("apscheduler").setLevel(logging.WARNING)
    conn = store.connect(cfg)
    try:
        plans = store.active_plans(conn)
    finally:
        conn.close()
    if not plans:
        raise UsageError("no plans installed: run `hongdun schedule apply [PLAN.yaml]` first")
    print(f"调度开始 scheduler started with {len(plans)} plan(s): "
          + ", ".join(f"{p.name} v{v}" for p, v in plans) + "; Ctrl-C to stop")
    code = Runner(cfg).serve()
    print("调度停止 scheduler stopped; an interrupted sweep resumes at the next start")
    return code


def apply_plans(args: argparse.Namespace, cfg: Config) -> int:
    """`hongdun schedule apply`: validate every file first, then install them all."""
    from hongdun.schedule.runner import Runner

    plans = [load_plan(path) for path in (args.plans or [DEFAULT_PLAN])]
    names = [p.name for p in plans]
    if len(set(names)) != len(names):
        raise UsageError(f"two files define the same plan name: {', '.join(names)}")
    for line in Runner(cfg).install(plans):
        print(line)
    return 0


def _print_runs(runs: list[UpcomingRun], summary: bool) -> None:
    if summary:
        days: dict[tuple[str, str], list[UpcomingRun]] = {}
        for run in runs:
            days.setdefault((run.at_local[:10], run.plan), []).append(run)
        for (day, plan), items in days.items():
            windows = ", ".join(dict.fromkeys(c for r in items for c in r.campaigns)) or "日常"
            print(f"{day}  {plan:<16} {len(items):>3} runs  "
                  f"{sum(r.targets for r in items):>5} target-sweeps  {windows}")
        return
    for run in runs:
        tiers = "".join(run.tiers)
        print(f"{run.at_local}  {run.plan:<16} tiers {tiers:<4} {run.targets:>4} targets  "
              f"{' + '.join(run.labels)}")


def list_runs(args: argparse.Namespace, cfg: Config) -> int:
    """`hongdun schedule list`: the next runs (or every run in a window) of every plan."""
    now = datetime.now(UTC)
    lo = parse_when(args.start, end_of_day=False) if args.start else now
    hi = parse_when(args.until, end_of_day=True) if args.until else None
    if hi is not None and hi <= lo:
        raise UsageError("--until must come after --from (or now)")
    if args.limit < 1:
        raise UsageError("--limit must be a positive number")
    if args.file is not None:
        targets, tiers = targets_and_tiers(cfg, now)
        runs = preview([load_plan(args.file)], lo, hi, None if hi else args.limit,
                       targets, tiers)
    else:
        runs = upcoming(cfg, lo, args.limit, until=hi, per_plan=True)
        if not runs and not store.schedule_db(cfg).exists():
            raise UsageError("no plans installed: run `hongdun schedule apply [PLAN.yaml]` "
                             "(or preview one with --file)")
    _print_runs(runs, args.summary)
    window = f" until {shanghai_text(hi)}" if hi else ""
    print(f"共 {len(runs)} runs{window}; target counts use today's tiers")
    return 0


def shanghai_text(moment: datetime) -> str:
    """A moment as Asia/Shanghai 'YYYY-MM-DD HH:MM'."""
    return moment.astimezone(SHANGHAI).strftime("%Y-%m-%d %H:%M")


def list_sweeps(args: argparse.Namespace, cfg: Config) -> int:
    """`hongdun sweeps`: recent sweeps with their plan runs, then the next planned runs."""
    main = db.connect(cfg.db_path)
    try:
        rows = main.execute(
            "SELECT name, plan, planned_at, started_at, finished_at, status, targets, "
            "captures, findings, failures FROM sweeps ORDER BY started_at DESC LIMIT ?",
            (args.limit,)).fetchall()
    finally:
        main.close()
    print("最近巡查 recent sweeps (Asia/Shanghai)")
    print(f"{'started':<17} {'planned':<17} {'status':<18} {'tgt':>4} {'cap':>4} {'find':>4} "
          f"{'fail':>4}  name (plan)")
    for row in rows:
        planned = shanghai(row["planned_at"])[:16].replace("T", " ") if row["planned_at"] else "-"
        print(f"{shanghai(row['started_at'])[:16].replace('T', ' '):<17} {planned:<17} "
              f"{row['status']:<18} {row['targets'] or 0:>4} {row['captures'] or 0:>4} "
              f"{row['findings'] or 0:>4} {row['failures'] or 0:>4}  {row['name']} "
              f"({row['plan'] or 'manual'})")
    if not rows:
        print("  (none yet)")
    if store.schedule_db(cfg).exists():
        conn = store.connect(cfg)
        try:
            plan_runs = store.runs(conn, limit=args.limit)
        finally:
            conn.close()
        print("计划运行 plan runs")
        for run in plan_runs:
            missed = (f", {run.coalesced} missed run(s) since "
                      f"{shanghai(run.first_missed)[:16].replace('T', ' ')} coalesced"
                      if run.coalesced and run.first_missed else "")
            print(f"  {shanghai(run.planned_at)[:16].replace('T', ' ')}  {run.plan:<16} "
                  f"{run.status:<11} {run.targets:>4} targets  {run.labels}{missed}"
                  f"{'  ' + run.note if run.note else ''}")
    if args.upcoming > 0:
        coming = upcoming(cfg, datetime.now(UTC), args.upcoming)
        print("即将巡查 upcoming")
        _print_runs(coming, summary=False)
        if not coming:
            print("  (nothing planned: `hongdun schedule apply` installs the default plan)")
    return 0
