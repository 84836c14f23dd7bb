"""`hongdun sweep`: crawl targets once, seal what is found, and print a summary."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from hongdun import db
from hongdun.config import Config
from hongdun.errors import InputFileError
from hongdun.targets import load_targets, read_targets_file, save_targets
from hongdun.watch import check_watch_seconds
from leads.build import sweep_counts


def register(sub: Any) -> None:
    parser = sub.add_parser("sweep", help="sweep targets once: fetch, seal, detect, index")
    parser.add_argument("--targets", type=Path, help="targets CSV (default: all imported)")
    parser.add_argument("--name", default="manual", help="a name for this sweep")
    parser.add_argument("--plan", help="the plan this sweep belongs to (set by the scheduler)")
    parser.add_argument("--planned-at", help="when the plan meant it to run (UTC ISO-8601)")
    parser.add_argument("--no-browser", action="store_true",
                        help="fetch over HTTP only: no screenshots, no JavaScript")
    parser.add_argument("--resume", action="store_true",
                        help="after a crash: sweep only the targets that earlier sweeps "
                             "of this --name have not captured yet")
    parser.add_argument("--deadline", type=_seconds, metavar="SECONDS",
                        help="stop starting targets after this many seconds; visits under "
                             "way finish, the rest are recorded as not reached")
    parser.add_argument("--watch", type=_watch_seconds, metavar="SECONDS",
                        help="watch each live room this long (default 60, at least 15): "
                             "chat, room state, frames, network and video, sealed together")
    parser.set_defaults(handler=sweep)


def sweep(args: argparse.Namespace, cfg: Config) -> int:
    from crawlers.run import new_sweep_id, run_sweep, sweep_settings

    conn = db.connect(cfg.db_path)
    if args.targets:
        targets = read_targets_file(args.targets)
        save_targets(conn, targets)
    else:
        targets = load_targets(conn)
        if not targets:
            raise InputFileError("no targets imported: run `hongdun targets import FILE.csv`")
    if args.resume:
        from hongdun.schedule.runner import captured_targets

        done = captured_targets(cfg, args.name)
        targets = [t for t in targets if t.target_id not in done]
        print(f"续扫 resume {args.name}: {len(done)} target(s) already captured (or sealed "
              f"and finished by recovery first), {len(targets)} left")
    sweep_id = new_sweep_id()
    settings = sweep_settings(cfg, sweep_id=sweep_id, name=args.name, plan=args.plan,
                              planned_at=args.planned_at, screenshots=not args.no_browser,
                              deadline=args.deadline, watch=args.watch)
    print(f"巡查开始 sweep {sweep_id} ({args.name}): {len(targets)} targets; "
          f"log in {cfg.home / 'logs' / (sweep_id + '.log')}")
    s = run_sweep(cfg, targets, settings, sweep_id)
    rate = s.pages / s.seconds * 60 if s.seconds else 0.0
    print(f"巡查结束 sweep {s.sweep_id} {s.status}: {s.targets} targets, {s.pages} pages, "
          f"{s.captures} captures sealed, {s.findings} findings, {s.failures} failures, "
          f"{s.seconds:.1f}s ({rate:.0f} pages/min)")
    leads = sweep_counts(db.connect(cfg.db_path), s.sweep_id)
    print(f"  线索 leads: {leads.seen} seen, {leads.opened} new, {leads.added} occurrences "
          f"added to earlier leads, {leads.not_seen} not seen again (整改?)")
    for rule, n in sorted(s.findings_by_rule.items()):
        print(f"  finding {rule}: {n}")
    for reason, n in sorted(s.failure_reasons.items()):
        print(f"  failed {reason}: {n}")
    if s.not_reached:
        print(f"  未到达 not reached before the deadline: {s.not_reached} targets")
    return 0 if s.status in ("finished", "stopped: deadline") else 1


def _seconds(text: str) -> float:
    """A positive number of seconds, for --deadline."""
    try:
        value = float(text)
    except ValueError:
        value = 0.0
    if not value > 0:
        raise argparse.ArgumentTypeError(f"must be a positive number of seconds, not {text!r}")
    return value


def _watch_seconds(text: str) -> float:
    """A watch window in seconds, for --watch (crawlers.live.watch says what is allowed)."""
    try:
        return check_watch_seconds(float(text))
    except ValueError as exc:
        reason = str(exc) if "watch lasts" in str(exc) else f"not a number of seconds: {text!r}"
        raise argparse.ArgumentTypeError(reason) from None
