"""The leads pages of the inspector web app: the start page's list, one lead's file and its
forms (triage, assignment, 督办, evidence export), and the JSON API /api/leads.

Every route names its action with need(...) (office/permissions.yaml); a lead's
district is then checked with Guard.check, so inspectors reach only their
districts. Which state changes a role may make is leads/workflow.yaml's
answer; every change goes through leads.triage, which writes the audit entry
in the same transaction.
"""

from __future__ import annotations

import re
import shutil
import sqlite3
import tempfile
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Form, Request
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, RedirectResponse
from starlette.background import BackgroundTask

from evidence.custody import CustodyLog
from evidence.export import export_evidence
from hongdun.clock import iso_utc
from hongdun.config import Config
from leads import store, triage
from leads.model import Lead
from leads.office import Office, open_office
from office.sessions import Session
from search import leadviews
from search.bundles import load_for_export
from search.guard import Forbidden, Guard, address, need, open_db
from search.leads import sync

Db = Annotated[sqlite3.Connection, Depends(open_db)]
Page = Callable[..., HTMLResponse]
_UNSAFE = re.compile(r"[^A-Za-z0-9_.-]+")


def add_routes(routes: FastAPI, cfg: Config, guard: Guard, page: Page) -> None:
    """Add the leads routes to the app itself (check_routes inspects them), bound to its
    guard and page renderer."""
    custody = CustodyLog(cfg.home)

    def now() -> str:
        return iso_utc(guard.clock())

    def lead_in_scope(request: Request, me: Session, office: Office, lead_id: str,
                      action: str) -> Lead:
        lead = store.get(office.conn, lead_id)
        captures = [o.capture_id for o in store.occurrences(office.conn, lead_id)]
        guard.check(request, me, action, lead.district, captures)
        return lead

    def done(office: Office, lead_id: str) -> RedirectResponse:
        sync(cfg, office.conn)  # keep Elasticsearch in step when configured
        return RedirectResponse(f"/leads/{lead_id}", status_code=303)

    @routes.get("/", response_class=HTMLResponse)
    def leads_page(request: Request, conn: Db,
                   me: Annotated[Session, need("lead.view")]) -> HTMLResponse:
        office = open_office(cfg, conn)
        params = {k: v for k, v in request.query_params.items() if k in leadviews.LEAD_PARAMS}
        today = leadviews.today_of(guard.clock())
        scope = guard.districts(me)
        everything, _ = leadviews.select(cfg, office, {}, scope, today)
        rows, notice = leadviews.select(cfg, office, params, scope, today)
        return page(request, "leads.html", {
            "rows": rows, "notice": notice, "form": {k: params.get(k, "")
                                                      for k in leadviews.LEAD_PARAMS},
            "scope": scope, "today": today, "totals": leadviews.counts(everything),
            "shown": leadviews.counts(rows), "flow": office.flow,
            "due_filters": leadviews.DUE_FILTERS,
            "rules": sorted({r.lead.rule_id for r in everything}),
            "assignees": sorted({r.lead.assignee for r in everything if r.lead.assignee}),
        })

    @routes.get("/leads/{lead_id}", response_class=HTMLResponse)
    def lead_page(request: Request, lead_id: str, conn: Db,
                  me: Annotated[Session, need("lead.view")]) -> HTMLResponse:
        office = open_office(cfg, conn)
        lead = lead_in_scope(request, me, office, lead_id, "lead.view")
        seen = leadviews.occurrences(conn, lead_id)
        captures = [s.occurrence.capture_id for s in seen]
        custody.append("view", captures, me.user.name,
                       f"inspector page, lead {lead_id}, from {address(request)}")
        events = leadviews.history(conn, lead_id)
        show_custody = guard.table.allowed(me.user, "custody.view")
        today = leadviews.today_of(guard.clock())
        return page(request, "lead.html", {
            "lead": lead, "state": office.policy.state(lead, today), "today": today,
            "days": office.policy.days_for(lead.severity), "flow": office.flow,
            "status_zh": office.flow.state(lead.status).zh, "seen": seen, "events": events,
            "trail": leadviews.trail(cfg, events, captures) if show_custody else None,
            "moves": leadviews.moves_for(office.flow, lead.status, me.user.role)
            if guard.table.allowed(me.user, "lead.triage") else [],
            "inspectors": leadviews.inspectors_for(office.members, lead.district),
        })

    @routes.post("/leads/{lead_id}/move")
    def move(request: Request, lead_id: str, conn: Db,
             me: Annotated[Session, need("lead.triage")], to: Annotated[str, Form(max_length=32)],
             reason: Annotated[str, Form(max_length=2000)] = "",
             duplicate_of: Annotated[str, Form(max_length=64)] = "") -> RedirectResponse:
        office = open_office(cfg, conn)
        lead = lead_in_scope(request, me, office, lead_id, "lead.triage")
        allowed = {t.target for t in leadviews.moves_for(office.flow, lead.status,
                                                         me.user.role)}
        if to not in allowed and any(t.source == lead.status and t.target == to
                                     for t in office.flow.transitions):
            guard.refuse(request, me, "lead.triage", f"workflow: {me.user.role} {lead.status}"
                         f" → {to}")
            raise Forbidden(f"您的角色不能执行此流转 / your role may not move a lead from "
                            f"{lead.status} to {to}")
        triage.move(conn, office.flow, office.members, [lead_id], to, me.user.name, now(),
                    reason.strip(), duplicate_of.strip() or None)
        return done(office, lead_id)

    @routes.post("/leads/{lead_id}/assign")
    def assign(request: Request, lead_id: str, conn: Db,
               me: Annotated[Session, need("lead.assign")],
               assignee: Annotated[str, Form(max_length=64)],
               reason: Annotated[str, Form(max_length=2000)] = "") -> RedirectResponse:
        office = open_office(cfg, conn)
        lead_in_scope(request, me, office, lead_id, "lead.assign")
        triage.assign(conn, office.flow, office.policy, office.members, [lead_id], assignee,
                      me.user.name, now(), reason.strip())
        return done(office, lead_id)

    @routes.post("/leads/{lead_id}/press")
    def press(request: Request, lead_id: str, conn: Db,
              me: Annotated[Session, need("lead.press")],
              on: Annotated[str, Form(pattern="^[01]$")] = "1",
              reason: Annotated[str, Form(max_length=2000)] = "") -> RedirectResponse:
        office = open_office(cfg, conn)
        lead_in_scope(request, me, office, lead_id, "lead.press")
        triage.press(conn, office.flow, office.members, [lead_id], me.user.name, now(),
                     reason.strip(), on=on == "1")
        return done(office, lead_id)

    @routes.post("/leads/{lead_id}/export")
    def export(request: Request, lead_id: str, conn: Db,
               me: Annotated[Session, need("lead.export")]) -> FileResponse:
        office = open_office(cfg, conn)
        lead_in_scope(request, me, office, lead_id, "lead.export")
        ids = [i for o in store.occurrences(conn, lead_id) for i in o.finding_ids]
        captures, findings = load_for_export(conn, ids)
        workdir = Path(tempfile.mkdtemp(prefix="hongdun-export-"))
        try:
            out = export_evidence(cfg, captures, findings,
                                  workdir / f"hongdun-{_UNSAFE.sub('_', lead_id)}.zip",
                                  actor=me.user.name)
            triage.note_export(conn, [lead_id], me.user.name, now(),
                               f"evidence bundle {out.name}: {len(captures)} captures, "
                               f"{len(findings)} findings")
        except BaseException:
            shutil.rmtree(workdir)
            raise
        return FileResponse(out, media_type="application/zip", filename=out.name,
                            background=BackgroundTask(shutil.rmtree, workdir))

    @routes.get("/api/leads")
    def api_leads(request: Request, conn: Db,
                  me: Annotated[Session, need("lead.view")]) -> JSONResponse:
        office = open_office(cfg, conn)
        today = leadviews.today_of(guard.clock())
        rows, notice = leadviews.select(cfg, office, dict(request.query_params),
                                        guard.districts(me), today)
        return JSONResponse({"total": len(rows), "notice": notice, "today": today.isoformat(),
                             "leads": [leadviews.lead_json(office, r.lead, today)
                                       for r in rows]})

    @routes.get("/api/leads/{lead_id}")
    def api_lead(request: Request, lead_id: str, conn: Db,
                 me: Annotated[Session, need("lead.view")]) -> JSONResponse:
        office = open_office(cfg, conn)
        lead = lead_in_scope(request, me, office, lead_id, "lead.view")
        today = leadviews.today_of(guard.clock())
        seen = leadviews.occurrences(conn, lead_id)
        captures = [s.occurrence.capture_id for s in seen]
        custody.append("view", captures, me.user.name,
                       f"API, lead {lead_id}, from {address(request)}")
        events = leadviews.history(conn, lead_id)
        body: dict[str, Any] = {
            "lead": leadviews.lead_json(office, lead, today),
            "occurrences": [{"capture_id": s.occurrence.capture_id,
                             "sweep_id": s.occurrence.sweep_id,
                             "evidence_id": s.occurrence.evidence_id,
                             "captured_at": s.occurrence.captured_at,
                             "finding_ids": list(s.occurrence.finding_ids),
                             "links": [f"/findings/{f.finding_id}" for f in s.findings]}
                            for s in seen],
            "history": [{"seq": e.seq, "at": e.at, "actor": e.actor, "action": e.action,
                         "from_status": e.from_status, "to_status": e.to_status,
                         "detail": e.detail} for e in events],
        }
        if guard.table.allowed(me.user, "custody.view"):
            body["trail"] = [asdict(t) for t in leadviews.trail(cfg, events, captures)]
        return JSONResponse(body)

