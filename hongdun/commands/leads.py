"""`hongdun leads`: list, show, move, assign and press (督办) leads; rebuild them from findings.

Listing reads the leads index (SQLite, or Elasticsearch when configured);
every change goes through leads.triage, which checks the workflow table and
writes one audit entry per lead in the same transaction.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from datetime import date, datetime
from typing import Any

from evidence.custody import CustodyLog
from hongdun import clock, db
from hongdun.clock import SHANGHAI
from hongdun.commands.findings import clean, fit, width
from hongdun.config import Config
from hongdun.errors import UsageError
from leads import audit, build, store, triage
from leads.model import Lead
from leads.office import Office, open_office


def register(sub: Any) -> None:
    """Add `leads` and its actions to the CLI."""
    p = sub.add_parser("leads", help="线索 leads: list, show, move, assign, press, rebuild",
                       description="线索: one violation of one rule by one seller. Without an "
                                   "action: list leads (table, or JSON Lines with --json).")
    p.add_argument("--status", help="new, verifying, confirmed, dismissed, duplicate, ...")
    p.add_argument("--district", metavar="CODE")
    p.add_argument("--assignee", metavar="USER")
    p.add_argument("--overdue", action="store_true", help="only leads past their due day")
    p.add_argument("--today", type=date.fromisoformat, metavar="YYYY-MM-DD",
                   help="judge overdue / due soon as of this day (default: today, Beijing)")
    p.add_argument("--json", action="store_true", help="JSON Lines, one lead a line")
    p.add_argument("--backend", choices=("sqlite", "elasticsearch"),
                   help="which index answers (default: elasticsearch if configured)")
    p.set_defaults(handler=run_list)
    actions = p.add_subparsers(dest="action", metavar="ACTION", parser_class=type(p))
    show = actions.add_parser("show", help="one lead: occurrences, evidence, history, custody")
    show.add_argument("lead_id")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=run_show)
    move = actions.add_parser("move", help="change state, e.g. move ID verifying --user U")
    move.add_argument("lead_ids", nargs="+", metavar="ID [ID ...] STATE")
    move.add_argument("--user", required=True)
    move.add_argument("--reason", default="")
    move.add_argument("--duplicate-of", metavar="ID")
    move.set_defaults(handler=run_move)
    assign = actions.add_parser("assign", help="reassign: assign ID [ID ...] USER --user SUP")
    assign.add_argument("lead_ids", nargs="+", metavar="ID [ID ...] USER")
    assign.add_argument("--user", required=True)
    assign.add_argument("--reason", default="")
    assign.set_defaults(handler=run_assign)
    auto = actions.add_parser("autoassign", help="assign every unassigned lead by district")
    auto.add_argument("--user", required=True)
    auto.set_defaults(handler=run_autoassign)
    press = actions.add_parser("press", help="督办: flag leads a supervisor presses")
    press.add_argument("lead_ids", nargs="+", metavar="ID")
    press.add_argument("--user", required=True)
    press.add_argument("--reason", default="")
    press.add_argument("--off", action="store_true", help="lift the 督办 flag")
    press.set_defaults(handler=run_press)
    rebuild = actions.add_parser("rebuild", help="rebuild leads from stored findings "
                                                 "(triage kept, one audit entry per lead)")
    rebuild.set_defaults(handler=run_rebuild)
    check = actions.add_parser("audit", help="verify the hash chain of the lead audit log")
    check.set_defaults(handler=run_audit)


def today_in_beijing() -> date:
    return datetime.now(SHANGHAI).date()


def lead_json(office: Office, lead: Lead, today: date) -> dict[str, Any]:
    """A lead with its computed fields, as one JSON object."""
    state = office.policy.state(lead, today)
    return {**asdict(lead), "status_zh": office.flow.state(lead.status).zh,
            "overdue": state.overdue, "due_soon": state.due_soon,
            "working_days_left": state.working_days_left, "rectified": lead.rectified}


def _open(cfg: Config) -> Office:
    return open_office(cfg, db.connect(cfg.db_path))


def run_list(args: argparse.Namespace, cfg: Config) -> int:
    """Handler of `hongdun leads` without an action."""
    office = _open(cfg)
    today = args.today or today_in_beijing()
    if args.status:
        office.flow.state(args.status)
    flt = store.LeadFilter(status=args.status, district=args.district, assignee=args.assignee,
                           due_before=today.isoformat() if args.overdue else None)
    from search.leads import open_leads_index  # the index is downstream of leads

    leads = open_leads_index(cfg, office.conn, args.backend).select(flt)
    out = sys.stdout
    if args.json:
        for lead in leads:
            out.write(json.dumps(lead_json(office, lead, today), ensure_ascii=False,
                                 sort_keys=True) + "\n")
        return 0
    headers = ("线索 lead", "状态", "店铺 shop", "规则 rule", "次数", "最近 last seen",
               "承办 assignee", "期限 due")
    rows = []
    for lead in leads:
        state = office.policy.state(lead, today)
        due = (lead.due_at or "-") + (" 逾期!" if state.overdue else " 临期" if state.due_soon
                                      else "")
        rows.append((lead.lead_id, office.flow.state(lead.status).zh + ("·督办" if lead.pressed
                                                                         else ""),
                     clean(lead.shop_name), lead.rule_id, str(lead.occurrences),
                     lead.last_seen[:10] + (" 整改?" if lead.rectified else ""),
                     lead.assignee or "-", due))
    sizes = [max([width(h), *(width(r[i]) for r in rows)]) for i, h in enumerate(headers)]
    sizes = [min(s, 24) for s in sizes]
    for cells in (headers, *rows):
        out.write("  ".join(fit(c, s) for c, s in zip(cells, sizes, strict=True)).rstrip()
                  + "\n")
    out.write(f"共 {len(rows)} 条线索 / {len(rows)} leads\n")
    return 0


def run_show(args: argparse.Namespace, cfg: Config) -> int:
    """Handler of `hongdun leads show ID`."""
    office = _open(cfg)
    lead = store.get(office.conn, args.lead_id)
    occurrences = store.occurrences(office.conn, lead.lead_id)
    captures = [o.capture_id for o in occurrences]
    folders = {r[0]: r[1] for r in office.conn.execute(
        f"SELECT capture_id, folder FROM captures WHERE capture_id IN "
        f"({', '.join('?' for _ in captures)})", captures)}
    events = audit.events(office.conn, lead.lead_id)
    custody = CustodyLog(cfg.home).concerning(captures)
    if args.json:
        print(json.dumps({"lead": lead_json(office, lead, today_in_beijing()),
                          "occurrences": [{**asdict(o), "folder": folders.get(o.capture_id)}
                                          for o in occurrences],
                          "history": [asdict(e) for e in events],
                          "custody": [{"seq": c.seq, "at": c.at, "actor": c.actor,
                                       "action": c.action, "detail": c.detail}
                                      for c in custody]}, ensure_ascii=False))
        return 0
    info = lead_json(office, lead, today_in_beijing())
    print(f"线索 {lead.lead_id}  {office.flow.label(lead.status)}"
          f"{'  督办' if lead.pressed else ''}  {clean(lead.shop_name)} ({lead.target_id})")
    print(f"  规则 {lead.rule_id}  {lead.title_zh}  [{lead.severity}]  区 {lead.district}")
    print(f"  首次 first seen {clock.shanghai(lead.first_seen)}  最近 last seen "
          f"{clock.shanghai(lead.last_seen)} (sweep {lead.last_seen_sweep})")
    if lead.rectified:
        print(f"  整改: not seen since {lead.first_not_seen} (sweep {lead.first_not_seen_sweep})")
    print(f"  承办 {lead.assignee or '-'}  期限 due {lead.due_at or '-'}"
          f"{'  逾期 OVERDUE' if info['overdue'] else ''}")
    print(f"出现 occurrences ({len(occurrences)}):")
    for o in occurrences:
        print(f"  {clock.shanghai(o.captured_at)}  sweep {o.sweep_id}  capture {o.capture_id}  "
              f"evidence {o.evidence_id[:16]}…  findings {', '.join(o.finding_ids)}")
        if o.capture_id in folders:
            print(f"      {folders[o.capture_id]}")
    print("处理记录 history:")
    for e in events:
        change = f"{e.from_status or ''}→{e.to_status}" if e.to_status else ""
        print(f"  #{e.seq} {e.at} {e.actor} {e.action} {change} {clean(e.detail)}")
    print("证据保管 custody:")
    for c in custody:
        print(f"  #{c.seq} {c.at} {c.actor} {c.action} {clean(c.detail)}")
    return 0


def _split(values: list[str], what: str) -> tuple[list[str], str]:
    if len(values) < 2:
        raise UsageError(f"give at least one lead id and the {what}")
    return values[:-1], values[-1]


def _print(cfg: Config, office: Office, changed: list[Lead], verb: str) -> int:
    from search.leads import sync

    sync(cfg, office.conn)  # send the change to Elasticsearch when configured
    for lead in changed:
        print(f"{verb} {lead.lead_id}: {office.flow.label(lead.status)}"
              f"{' 督办' if lead.pressed else ''} assignee {lead.assignee or '-'} "
              f"due {lead.due_at or '-'}")
    return 0


def run_move(args: argparse.Namespace, cfg: Config) -> int:
    office = _open(cfg)
    ids, state = _split(args.lead_ids, "state")
    changed = triage.move(office.conn, office.flow, office.members, ids, state, args.user,
                          clock.utc_now(), args.reason, args.duplicate_of)
    return _print(cfg, office, changed, "moved")


def run_assign(args: argparse.Namespace, cfg: Config) -> int:
    office = _open(cfg)
    ids, user = _split(args.lead_ids, "inspector")
    changed = triage.assign(office.conn, office.flow, office.policy, office.members, ids, user,
                            args.user, clock.utc_now(), args.reason)
    return _print(cfg, office, changed, "assigned")


def run_autoassign(args: argparse.Namespace, cfg: Config) -> int:
    office = _open(cfg)
    changed = triage.auto_assign(office.conn, office.flow, office.policy, office.members,
                                 args.user, clock.utc_now())
    _print(cfg, office, changed, "assigned")
    print(f"{len(changed)} leads assigned")
    return 0


def run_press(args: argparse.Namespace, cfg: Config) -> int:
    office = _open(cfg)
    changed = triage.press(office.conn, office.flow, office.members, args.lead_ids, args.user,
                           clock.utc_now(), args.reason, on=not args.off)
    return _print(cfg, office, changed, "pressed" if not args.off else "unpressed")


def run_rebuild(args: argparse.Namespace, cfg: Config) -> int:
    office = _open(cfg)
    from evidence.custody import operator

    with store.writing(office.conn):
        outcome = build.replay(office.conn, office.policy, office.members, clock.utc_now(),
                               f"rebuild:{operator(cfg)}")
    total = office.conn.execute("SELECT count(*) FROM leads").fetchone()[0]
    linked = office.conn.execute("SELECT count(*) FROM lead_findings").fetchone()[0]
    from search.leads import sync

    sync(cfg, office.conn)
    print(f"rebuilt {total} leads from {linked} findings: {outcome.occurrences} occurrences, "
          f"{outcome.not_seen} not seen again")
    for warning in outcome.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    return 0


def run_audit(args: argparse.Namespace, cfg: Config) -> int:
    office = _open(cfg)
    count = audit.verify(office.conn)
    print(f"OK: lead audit log, {count} entries, hash chain intact")
    return 0
