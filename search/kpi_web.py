"""The KPI page: 核查及时率 and 完成率 per district and inspector for a period, against the
plan's targets, each figure linked to the leads behind it, a weekly SVG trend and CSV.

The figures are leads.kpi's (the same as `hongdun kpi`); supervisors see the
whole office, inspectors only the leads assigned to them in their districts.
"""

from __future__ import annotations

import csv
import io
import sqlite3
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Annotated
from urllib.parse import urlencode

from fastapi import Depends, FastAPI, Request
from fastapi.responses import HTMLResponse, Response

from hongdun.clock import iso_utc
from hongdun.config import Config
from hongdun.errors import UsageError
from leads import kpi, store, triage
from leads.kpi import KpiRow
from leads.model import Lead
from leads.office import open_office
from office.sessions import Session
from search import leadviews, svgchart
from search.guard import Guard, need, open_db

Db = Annotated[sqlite3.Connection, Depends(open_db)]
Page = Callable[..., HTMLResponse]
FIGURES = {"due": "到期 due", "on_time": "按期核查 verified on time",
           "assigned": "交办 assigned", "closed": "办结 completed"}
MAX_DAYS = 366
MAX_WEEKS = 26


@dataclass(frozen=True)
class Period:
    """The chosen period (Beijing days, inclusive) and an optional district."""

    start: date
    end: date
    district: str | None

    def query(self, **extra: str) -> str:
        params = {"from": self.start.isoformat(), "to": self.end.isoformat(),
                  **({"district": self.district} if self.district else {}), **extra}
        return urlencode(params)


def _day(params: Mapping[str, str], name: str, default: date) -> date:
    value = (params.get(name) or "").strip()
    if not value:
        return default
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"{name} must be a date like 2026-11-28, not {value!r}") from None


def period_of(params: Mapping[str, str], today: date) -> Period:
    """From/to (default: this month up to today) and district, validated."""
    start = _day(params, "from", today.replace(day=1))
    end = _day(params, "to", today)
    if end < start:
        raise UsageError("结束日期早于开始日期 / to is before from")
    if (end - start).days >= MAX_DAYS:
        raise UsageError(f"期间最长 {MAX_DAYS} 天 / the period is at most {MAX_DAYS} days")
    district = (params.get("district") or "").strip() or None
    return Period(start, end, district)


def weeks(period: Period) -> list[tuple[date, date]]:
    """Monday-to-Sunday weeks covering the period, clipped to it (the last MAX_WEEKS)."""
    out = []
    monday = period.start - timedelta(days=period.start.weekday())
    while monday <= period.end:
        out.append((max(monday, period.start), min(monday + timedelta(days=6), period.end)))
        monday += timedelta(days=7)
    return out[-MAX_WEEKS:]


def trend(pool: Sequence[Lead], period: Period, today: date) -> svgchart.Chart:
    """Both rates of the whole pool, week by week."""
    spans = weeks(period)
    overall = [kpi.compute(pool, a, b, today, period.district)[0] for a, b in spans]
    return svgchart.line_chart(
        [a.strftime("%m-%d") for a, _ in spans],
        [("timely", "核查及时率 timely", [r.timely_rate for r in overall]),
         ("completion", "完成率 completion", [r.completion_rate for r in overall])],
        [(kpi.TARGET_MONITORING, f"目标 {kpi.TARGET_MONITORING:.0%}"),
         (kpi.TARGET_PRESSED, f"督办目标 {kpi.TARGET_PRESSED:.0%}")])


def add_routes(routes: FastAPI, cfg: Config, guard: Guard, page: Page) -> None:
    """Add the KPI routes to the app itself (check_routes inspects them), bound to its
    guard and page renderer."""

    def figures(request: Request, conn: sqlite3.Connection, me: Session
                ) -> tuple[Period, list[Lead], list[KpiRow], date]:
        today = leadviews.today_of(guard.clock())
        period = period_of(request.query_params, today)
        if period.district:
            guard.check(request, me, "kpi.view", period.district)
        office = open_office(cfg, conn)
        scope = guard.districts(me)
        pool = [x for x in store.select(conn)
                if (scope is None or x.district in scope)
                and (me.user.role != "inspector" or x.assignee == me.user.name)]
        rows = kpi.compute(pool, period.start, period.end, today, period.district)
        del office  # opened for its migration of an old data directory
        return period, pool, rows, today

    @routes.get("/kpi", response_class=HTMLResponse)
    def kpi_page(request: Request, conn: Db,
                 me: Annotated[Session, need("kpi.view")]) -> HTMLResponse:
        period, pool, rows, today = figures(request, conn, me)
        return page(request, "kpi.html", {
            "period": period, "rows": rows, "chart": trend(pool, period, today),
            "formulas": kpi.FORMULAS, "figures": FIGURES, "today": today,
            "own": me.user.role == "inspector", "pct": kpi.percent,
            "scope": guard.districts(me)})

    @routes.get("/kpi/leads", response_class=HTMLResponse)
    def kpi_leads(request: Request, conn: Db,
                  me: Annotated[Session, need("kpi.view")]) -> HTMLResponse:
        period, pool, rows, today = figures(request, conn, me)
        scope, key = request.query_params.get("scope", ""), request.query_params.get("key", "")
        figure = request.query_params.get("figure", "")
        if figure not in FIGURES:
            raise UsageError(f"figure must be one of {', '.join(FIGURES)}")
        found = [r for r in rows if r.scope == scope and r.key == key]
        if not found:
            raise UsageError(f"no KPI row {scope}/{key} in this period")
        ids = set(getattr(found[0], figure))
        office = open_office(cfg, conn)
        leads = [leadviews.LeadRow(x, office.policy.state(x, today),
                                   office.flow.state(x.status).zh)
                 for x in pool if x.lead_id in ids]
        return page(request, "kpi_leads.html", {"period": period, "row": found[0],
                                                "figure": FIGURES[figure], "rows": leads,
                                                "today": today})

    @routes.get("/kpi.csv")
    def kpi_csv(request: Request, conn: Db,
                me: Annotated[Session, need("kpi.view")]) -> Response:
        period, _, rows, _ = figures(request, conn, me)
        out = io.StringIO()
        writer = csv.writer(out)
        for cells in kpi.table(rows):
            writer.writerow([kpi.csv_cell(c) for c in cells])
        behind = sorted({i for r in rows if r.scope == "all" for i in r.due + r.assigned})
        triage.note_export(conn, behind, me.user.name, iso_utc(guard.clock()),
                           f"KPI CSV {period.start}–{period.end} (web)")
        name = f"hongdun-kpi-{period.start}-{period.end}.csv"
        return Response("\ufeff" + out.getvalue(), media_type="text/csv; charset=utf-8",
                        headers={"Content-Disposition": f'attachment; filename="{name}"'})

