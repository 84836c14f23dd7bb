"""The inspector web page: search findings, open one with its evidence, triage and export it.

FastAPI with Jinja2 templates (autoescape on: crawled text is data, never
markup; only SearchPage.highlights, escaped by the store, are marked safe).
Searches go through search.backend.open_index; status changes through
FindingsStore.set_status. Every route names its action with need(...): the
guard (search/guard.py) demands a session, checks the permission table and,
for POSTs, the same origin and the session's CSRF token; inspectors see only
their districts. The Host header must name this machine.

Routes: GET/POST /login, POST /logout, GET /users (search/weblogin.py);
GET / and /leads/{id}, the lead forms and /api/leads (search/leads_web.py); GET
/kpi, /kpi/leads, /kpi.csv (search/kpi_web.py); GET /findings (search of the raw
findings), GET /findings/{id}, POST /findings/{id}/status (form
field status), POST /findings/{id}/export (bundle zip), GET
/artefacts/{capture_id}/{path}, GET /sweeps, GET /healthz (open), GET
/api/findings (q, rule, district, platform, severity, status, since, until,
sort, after, limit, facets=1) and GET /api/findings/{id}; a live finding's frames and
session video (search/live_web.py). API errors are always
{"error": {"code": ..., "message": ...}}.
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import asdict, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlencode

import jinja2
from fastapi import Depends, FastAPI, Form, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.background import BackgroundTask
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.trustedhost import TrustedHostMiddleware

from evidence import livesession as live
from evidence.custody import CustodyLog
from hongdun import __version__
from hongdun.clock import shanghai
from hongdun.config import Config
from hongdun.errors import BackendUnavailable, HongdunError, UsageError
from hongdun.records import Finding
from leads.assign import NoSuchUser
from leads.store import UnknownLead
from leads.workflow import Refused
from office.permissions import PermissionTable, default_table
from office.sessions import Session, policy_from
from search import kpi_web, labels, leads_web, leadviews, live_web, views, weblogin
from search.backend import open_index
from search.base import FindingQuery, SearchPage
from search.bundles import export_finding
from search.guard import (
    CSRF_FIELD,
    Forbidden,
    Guard,
    LoginRequired,
    SecurityHeaders,
    check_routes,
    login_url,
    need,
    open_db,
)
from search.store import FindingsStore

HERE = Path(__file__).parent
LOCAL_HOSTS = ("127.0.0.1", "localhost", "[::1]", "::1")
_PAGE_SIZE = 20
_STATUS_CODES: tuple[tuple[type[HongdunError], int], ...] = (
    (views.NotFound, 404), (views.Conflict, 409), (views.Forbidden, 403), (Forbidden, 403),
    (LoginRequired, 401), (UsageError, 400), (BackendUnavailable, 503), (UnknownLead, 404),
    (Refused, 409), (NoSuchUser, 400),
)
# Artefacts are crawled bytes: sandbox them so a captured page.html cannot run script here.
_ARTEFACT_HEADERS = {
    "Content-Security-Policy": "sandbox; default-src 'none'; img-src 'self' data:; "
                               "style-src 'unsafe-inline'",
    "X-Content-Type-Options": "nosniff",
}


def environment() -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(HERE / "templates"),
                             autoescape=True, trim_blocks=True, lstrip_blocks=True)
    env.globals.update(
        L=labels, version=__version__, beijing=labels.beijing, utc_text=labels.utc_text,
        district_name=labels.district_name, shanghai=shanghai, transitions=views.TRANSITIONS,
        csrf_field=CSRF_FIELD, clock_text=live.clock_text, LIVE_SOURCES_ZH=live.SOURCES_ZH,
    )
    env.filters["district_name"] = labels.district_name
    return env


Db = Annotated[sqlite3.Connection, Depends(open_db)]


def _status_of(exc: HongdunError) -> int:
    for kind, code in _STATUS_CODES:
        if isinstance(exc, kind):
            return code
    return 500


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path == "/healthz"


def error_json(status: int, code: str, message: str) -> JSONResponse:
    """The one JSON error shape of the API."""
    return JSONResponse({"error": {"code": code, "message": message}}, status_code=status)


def finding_json(finding: Finding) -> dict[str, Any]:
    """A finding as JSON for the API, with Beijing time and links added."""
    data = asdict(finding)
    data["captured_at_shanghai"] = shanghai(finding.captured_at)
    data["links"] = {"page": f"/findings/{finding.finding_id}"}
    return data


def _facet_links(request: Request, name: str, counts: dict[str, int]) -> list[dict[str, Any]]:
    base = {k: v for k, v in request.query_params.items() if k != "after" and v}
    current = base.get(name)
    out = []
    for value, count in counts.items():
        params = {**base, name: value}
        out.append({"value": value, "count": count, "active": current == value,
                    "href": "/findings?" + urlencode(params)})
    return out


def create_app(cfg: Config, *, allowed_hosts: Sequence[str] = (),
               upcoming: Callable[[], Sequence[Any]] | None = None,
               clock: Callable[[], datetime] = lambda: datetime.now(UTC),
               permissions: PermissionTable | None = None) -> FastAPI:
    """Build the inspector app over the data directory of cfg.

    `upcoming`, given by the caller that knows the sweep plans, lists the next
    planned sweeps for the /sweeps page (the index never reads the plans itself).
    `clock` is what sessions and throttling read the time from (tests control it).
    """
    app = FastAPI(title="红盾网监 Hongdun inspector", version=__version__,
                  docs_url=None, redoc_url=None, openapi_url=None)
    app.state.cfg = cfg
    table = permissions or default_table()
    guard = app.state.guard = Guard(cfg, table, policy_from(cfg), clock)
    custody = CustodyLog(cfg.home)
    app.add_middleware(TrustedHostMiddleware,
                       allowed_hosts=[*LOCAL_HOSTS, *allowed_hosts])
    app.add_middleware(SecurityHeaders)
    templates = Jinja2Templates(env=environment())
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")

    def page(request: Request, name: str, context: dict[str, Any],
             status: int = 200) -> HTMLResponse:
        return templates.TemplateResponse(
            request, name, {**weblogin.chrome(request, table), **context}, status_code=status)

    @app.exception_handler(LoginRequired)
    async def login_required(request: Request, exc: LoginRequired) -> Response:
        if _wants_json(request):
            return error_json(401, "LoginRequired", str(exc))
        return RedirectResponse(login_url(request), status_code=303)

    @app.exception_handler(HongdunError)
    async def hongdun_error(request: Request, exc: HongdunError) -> Response:
        status = _status_of(exc)
        if _wants_json(request):
            return error_json(status, type(exc).__name__, str(exc))
        return page(request, "error.html", {"status": status, "message": str(exc)}, status)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if exc.status_code in (404, 405) and weblogin.anonymous(request, guard):
            return await login_required(request, LoginRequired("请先登录 / please log in"))
        message = str(exc.detail)
        if _wants_json(request):
            return error_json(exc.status_code, f"http_{exc.status_code}", message)
        return page(request, "error.html", {"status": exc.status_code, "message": message},
                    exc.status_code)

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, exc: RequestValidationError) -> Response:
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(p) for p in first.get("loc", ()))
        message = f"{where}: {first.get('msg', 'invalid request')}"
        if _wants_json(request):
            return error_json(400, "invalid_request", message)
        return page(request, "error.html", {"status": 400, "message": message}, 400)

    @app.get("/findings", response_class=HTMLResponse)
    def search_page(request: Request, conn: Db,
                    me: Annotated[Session, need("findings.search")]) -> HTMLResponse:
        params = dict(request.query_params)
        form = {k: params.get(k, "") for k in views.QUERY_PARAMS}
        context: dict[str, Any] = {"form": form, "error": None, "page": None, "next_href": None,
                                   "facets": {}, "per_day": {}, "notice": None,
                                   "scope": guard.districts(me)}
        try:
            query = replace(views.build_query(params, limit=_PAGE_SIZE, facets=True),
                            districts=guard.districts(me))
            result, context["notice"] = search(cfg, conn, query)
        except UsageError as exc:
            context["error"] = str(exc)
            return page(request, "search.html", context, _status_of(exc))
        keep = {k: v for k, v in params.items() if k != "after" and v}
        cursor = views.encode_cursor(result.next_after)
        if cursor:
            context["next_href"] = "/findings?" + urlencode({**keep, "after": cursor})
        facets = result.facets
        context.update(
            page=result, paged=bool(params.get("after")),
            first_href="/findings?" + urlencode(keep),
            facets={} if facets is None else {
                "rule": _facet_links(request, "rule", facets.rule_id),
                "district": _facet_links(request, "district", facets.district),
                "platform": _facet_links(request, "platform", facets.platform),
            },
            per_day=facets.per_day if facets else {},
        )
        return page(request, "search.html", context)

    @app.get("/api/findings")
    def api_findings(request: Request, conn: Db, me: Annotated[Session, need("findings.search")],
                     limit: int = 50) -> JSONResponse:
        if not 1 <= limit <= 1000:
            raise UsageError("limit must be between 1 and 1000")
        params = dict(request.query_params)
        query = replace(views.build_query(params, limit=limit, facets=params.get("facets") == "1"),
                        districts=guard.districts(me))
        result, notice = search(cfg, conn, query)
        body: dict[str, Any] = {
            "total": result.total,
            "notice": notice,
            "next_after": views.encode_cursor(result.next_after),
            "hits": [finding_json(f) for f in result.hits],
            "highlights": result.highlights,
        }
        if result.facets is not None:
            body["facets"] = asdict(result.facets)
        return JSONResponse(body)

    @app.get("/api/findings/{finding_id}")
    def api_finding(request: Request, finding_id: str, conn: Db,
                    me: Annotated[Session, need("findings.view")]) -> JSONResponse:
        finding = _finding(conn, finding_id)
        guard.check(request, me, "findings.view", finding.district, [finding.capture_id])
        return JSONResponse(finding_json(finding))

    @app.get("/findings/{finding_id}", response_class=HTMLResponse)
    def finding_page(request: Request, finding_id: str, conn: Db,
                     me: Annotated[Session, need("findings.view")]) -> HTMLResponse:
        finding = _finding(conn, finding_id)
        guard.check(request, me, "findings.view", finding.district, [finding.capture_id])
        context: dict[str, Any] = {"f": finding, "capture": None, "artefacts": [],
                                   "manifest_ok": None, "capture_error": None, "custody": None,
                                   "live": None, "live_error": None}
        related, _ = search(cfg, conn, FindingQuery(target_id=finding.target_id, limit=11,
                                                    districts=guard.districts(me)))
        context["related"] = [r for r in related.hits if r.finding_id != finding_id][:10]
        context["lead_id"] = leadviews.lead_of(conn, finding_id)
        context["related_total"] = related.total - 1
        try:
            cap = views.capture_folder(conn, finding.capture_id)
            context["capture"] = cap
            manifest = views.read_manifest(cap)
            context.update(artefacts=views.check_artefacts(cap, manifest),
                           manifest_ok=views.evidence_id_matches(cap, manifest),
                           **live_web.live_context(cap, manifest, finding))
            client = request.client.host if request.client else "unknown"
            custody.append("view", [cap.capture_id], me.user.name,
                           f"inspector page, finding {finding_id}, from {client}")
            if table.allowed(me.user, "custody.view"):
                context["custody"] = custody.concerning([cap.capture_id])[-50:]
        except views.NotFound as exc:
            context["capture_error"] = str(exc)
        return page(request, "finding.html", context)

    @app.post("/findings/{finding_id}/status")
    def change_status(request: Request, finding_id: str, status: Annotated[str, Form()],
                      conn: Db, me: Annotated[Session, need("findings.triage")]) -> Response:
        current = _finding(conn, finding_id)
        guard.check(request, me, "findings.triage", current.district, [current.capture_id])
        if status not in views.TRANSITIONS.get(current.status, ()):
            raise views.Conflict(
                f"状态不能从 {labels.STATUSES_ZH[current.status]} 改为 {status!r} "
                f"(status {current.status} cannot become {status!r})")
        index = open_index(cfg, conn)  # first: with Elasticsearch this arms the outbox
        updated = FindingsStore(conn).set_status(finding_id, status)
        if index.name != FindingsStore.name:  # keep a secondary index in step now if we can
            with contextlib.suppress(BackendUnavailable):  # else the outbox keeps it queued
                index.index([updated])
        return RedirectResponse(f"/findings/{finding_id}", status_code=303)

    @app.post("/findings/{finding_id}/export")
    def export(request: Request, finding_id: str, conn: Db,
               me: Annotated[Session, need("findings.export")]) -> FileResponse:
        finding = _finding(conn, finding_id)
        guard.check(request, me, "findings.export", finding.district, [finding.capture_id])
        views.capture_folder(conn, finding.capture_id)  # 404 when the capture is unknown
        workdir = Path(tempfile.mkdtemp(prefix="hongdun-export-"))
        try:
            out = export_finding(cfg, conn, finding, workdir, actor=me.user.name)
        except BaseException:
            _remove_tree(workdir)
            raise
        return FileResponse(out, media_type="application/zip", filename=out.name,
                            background=BackgroundTask(_remove_tree, workdir))

    @app.get("/artefacts/{capture_id}/{path:path}")
    def artefact(request: Request, capture_id: str, path: str, conn: Db,
                 me: Annotated[Session, need("findings.view")]) -> FileResponse:
        guard.check_any(request, me, "findings.view", views.capture_districts(conn, capture_id),
                        [capture_id])
        file, media = views.artefact_file(conn, capture_id, path)
        if media.startswith("text/") and "charset" not in media:
            media += "; charset=utf-8"
        return FileResponse(file, media_type=media, headers=_ARTEFACT_HEADERS,
                            content_disposition_type="inline", filename=file.name)

    @app.get("/sweeps", response_class=HTMLResponse)
    def sweeps_page(request: Request, conn: Db,
                    me: Annotated[Session, need("sweeps.view")]) -> HTMLResponse:
        return page(request, "sweeps.html", {"sweeps": views.recent_sweeps(conn),
                                             "upcoming": upcoming() if upcoming else []})

    @app.get("/healthz")
    def healthz(conn: Db, me: Annotated[Session | None, need("health.view")]) -> JSONResponse:
        index = open_index(cfg, conn)
        return JSONResponse({"status": "ok", "version": __version__, "backend": index.name,
                             "findings": index.count()})

    @app.get("/api/openapi.json", include_in_schema=False)
    def openapi_schema(me: Annotated[Session, need("api.schema")]) -> JSONResponse:
        """The API's OpenAPI schema, for signed-in users and API testers (schemathesis)."""
        return JSONResponse(app.openapi())

    weblogin.add_routes(app, cfg, guard, page)
    leads_web.add_routes(app, cfg, guard, page)
    kpi_web.add_routes(app, cfg, guard, page)
    live_web.add_routes(app, guard, custody)
    check_routes(app, table)
    return app


def search(cfg: Config, conn: sqlite3.Connection,
           query: FindingQuery) -> tuple[SearchPage, str | None]:
    """Run a query on the configured index; if that is unreachable, on SQLite, with a notice."""
    try:
        return open_index(cfg, conn).search(query), None
    except BackendUnavailable as exc:
        notice = f"检索服务不可用，已改用本地数据库 / search backend down, using SQLite ({exc})"
        return open_index(cfg, conn, backend="sqlite").search(query), notice


def _finding(conn: sqlite3.Connection, finding_id: str) -> Finding:
    found = FindingsStore(conn).get(finding_id)
    if found is None:
        raise views.NotFound(f"没有这条线索 / no finding {finding_id!r}")
    return found


def _remove_tree(path: Path) -> None:
    shutil.rmtree(path)

