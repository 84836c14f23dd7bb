"""The web page's gate: who is asking (session cookie), may they (one permission call), and
is a POST really theirs (same origin + CSRF token). Plus the security headers.

Every route names its action with `need("findings.view")`; `Guard.authorize`
is the only code path that decides, through office.permissions, and every
refusal is written to the access log (and, when it concerns evidence, to the
custody log). `check_routes` refuses to build an app with a route that names no
action, so nothing is reachable by omission.
"""

from __future__ import annotations

import hmac
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from datetime import datetime
from typing import Annotated, Any
from urllib.parse import quote, urlsplit

from fastapi import Depends, FastAPI, Request
from fastapi.routing import APIRoute
from starlette.datastructures import MutableHeaders
from starlette.routing import Mount
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from evidence.custody import CustodyLog
from hongdun.config import Config
from hongdun.db import connect
from hongdun.errors import HongdunError
from office import audit, sessions
from office.accounts import ensure_schema
from office.permissions import PermissionTable
from office.sessions import Session, SessionPolicy

SESSION_COOKIE = "hongdun_session"
LOGIN_COOKIE = "hongdun_login_csrf"  # double-submit token of the login form (no session yet)
CSRF_FIELD = "csrf_token"
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; script-src 'none'; style-src 'self'; "
                               "img-src 'self' data:; object-src 'none'; "
                               "frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
}


class LoginRequired(HongdunError):
    """A request without a live session for something that needs one."""


class Forbidden(HongdunError):
    """A request the permission table, the user's districts or the CSRF check refuses."""


def open_db(request: Request) -> Iterator[sqlite3.Connection]:
    """One SQLite connection per request, shared by the guard and the route."""
    conn = connect(request.app.state.cfg.db_path)
    try:
        yield conn
    finally:
        conn.close()


class Need:
    """The dependency a route declares: `Depends(Need("findings.view"))`."""

    def __init__(self, action: str) -> None:
        self.action = action

    async def __call__(self, request: Request,
                       conn: Annotated[sqlite3.Connection, Depends(open_db)]) -> Session | None:
        guard: Guard = request.app.state.guard
        token = None
        if request.method == "POST":
            token = (await request.form()).get(CSRF_FIELD)
        return guard.authorize(request, conn, self.action,
                               token if isinstance(token, str) else None)


def need(action: str) -> Any:
    """`Annotated[Session, need("action")]`: the route's action, checked before it runs."""
    return Depends(Need(action))


def address(request: Request) -> str:
    """The client address as the server sees it."""
    return request.client.host if request.client else "unknown"


def same_origin(request: Request) -> bool:
    """True when a state-changing request was sent by a page of this server."""
    site = request.headers.get("sec-fetch-site")
    if site is not None and site not in ("same-origin", "none"):
        return False
    source = request.headers.get("origin") or request.headers.get("referer")
    if not source or source == "null":
        return False
    parts = urlsplit(source)
    return parts.scheme == request.url.scheme and parts.netloc == request.headers.get("host")


def safe_next(target: str | None, default: str = "/") -> str:
    """A local path to go to after login; anything that could leave this site becomes default."""
    if (not target or not target.startswith("/") or target.startswith("//")
            or "\\" in target or any(ord(c) < 32 for c in target)):
        return default
    return target


def login_url(request: Request) -> str:
    """/login?next=<this page> (for a GET; a refused POST cannot be replayed, so /login)."""
    if request.method not in ("GET", "HEAD"):
        return "/login"
    here = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    return "/login?next=" + quote(here, safe="")


class Guard:
    """Sessions, permission checks and refusal logging for one app."""

    def __init__(self, cfg: Config, table: PermissionTable, policy: SessionPolicy,
                 clock: Callable[[], datetime]) -> None:
        self.cfg, self.table, self.policy, self.clock = cfg, table, policy, clock
        self.custody = CustodyLog(cfg.home)
        conn = connect(cfg.db_path)
        try:
            ensure_schema(conn)
        finally:
            conn.close()

    def session(self, request: Request, conn: sqlite3.Connection) -> Session | None:
        """The live session of this request's cookie (looked up once per request)."""
        if not hasattr(request.state, "session"):
            request.state.session = sessions.lookup(
                conn, request.cookies.get(SESSION_COOKIE), self.clock(), self.policy)
        return request.state.session  # type: ignore[no-any-return]

    def authorize(self, request: Request, conn: sqlite3.Connection, action: str,
                  csrf: str | None) -> Session | None:
        """Decide a route's action: session, then CSRF for a POST, then the permission table."""
        session = self.session(request, conn)
        public = self.table.public(action)
        if session is None and not public:
            self.refuse(request, None, action, "no session")
            raise LoginRequired("请先登录 / please log in")
        if request.method == "POST":
            expected = session.csrf_token if session else request.cookies.get(LOGIN_COOKIE)
            if not same_origin(request):
                self.refuse(request, session, action, "cross-site request")
                raise Forbidden("请求必须来自本页面 / cross-site request refused")
            if not expected or not csrf or not hmac.compare_digest(expected, csrf):
                self.refuse(request, session, action, "CSRF token missing or wrong")
                raise Forbidden("页面已过期，请刷新后重试 / CSRF token missing or wrong: "
                                "reload the page and try again")
        if not public:
            self.check(request, session, action)
        return session

    def check(self, request: Request, session: Session | None, action: str,
              district: str | None = None, captures: Sequence[str] = ()) -> None:
        """Refuse (logged) unless the session's user may do action in district."""
        user = session.user if session else None
        if self.table.allowed(user, action, district):
            return
        reason = "role" if not self.table.allowed(user, action) else f"district {district}"
        self.refuse(request, session, action, reason, captures)
        if reason == "role":
            raise Forbidden(f"您的角色无权执行此操作 / your role may not do {action}")
        raise Forbidden(f"不在您的辖区 / district {district} is not one of yours")

    def check_any(self, request: Request, session: Session | None, action: str,
                  districts: Sequence[str], captures: Sequence[str] = ()) -> None:
        """Like check, for a resource (a capture) that belongs to any of districts."""
        user = session.user if session else None
        fits = [d for d in districts if self.table.allowed(user, action, d)]
        if fits:
            return
        self.check(request, session, action, districts[0] if districts else None, captures)

    def districts(self, session: Session | None) -> tuple[str, ...] | None:
        """The districts a session may see findings of; None for every district."""
        return self.table.districts_of(session.user) if session else ()

    def refuse(self, request: Request, session: Session | None, action: str, reason: str,
               captures: Sequence[str] = ()) -> None:
        """Write one refusal to the access log and, for evidence, the custody log."""
        user = session.user if session else None
        audit.record(self.cfg.home, "refused", self.clock(), user=user.name if user else "",
                     role=user.role if user else "", action=action, path=request.url.path,
                     address=address(request), reason=reason)
        if captures:
            self.custody.append("refuse", captures, user.name if user else "anonymous",
                                f"{action} refused ({reason}) from {address(request)}")


def check_routes(app: FastAPI, table: PermissionTable) -> None:
    """Every route must declare one action that the table knows (else the app will not start)."""
    for route in app.routes:
        if isinstance(route, Mount) and route.path == "/static":
            continue  # the stylesheet is open
        if not isinstance(route, APIRoute):  # fail closed: a route we cannot inspect
            raise RuntimeError(f"route {route!r} is not a plain APIRoute: add routes to the "
                               "app itself so their actions can be checked")
        actions = [d.call.action for d in route.dependant.dependencies
                   if isinstance(d.call, Need)]
        if len(actions) != 1 or actions[0] not in table.actions:
            raise RuntimeError(f"route {route.path} must declare exactly one known action "
                               f"with need(...), has {actions}")


class SecurityHeaders:
    """ASGI middleware: the security headers on every response (a route's own CSP wins),
    and no caching of anything but static files."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        static = str(scope.get("path", "")).startswith("/static/")

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in SECURITY_HEADERS.items():
                    if name not in headers:
                        headers[name] = value
                if not static:
                    headers["Cache-Control"] = "no-store"
            await send(message)

        await self.app(scope, receive, send_with_headers)
