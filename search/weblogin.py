"""Login, logout and the administrator's users page of the inspector web page.

Login (ASVS V2/V3): the form carries a double-submit CSRF token (there is no
session yet); throttling by account and address (office.throttle) is checked
before the password; a wrong name and a wrong password give the same answer at
the same argon2 cost; success clears the old session and issues a new token in
an HttpOnly, SameSite=Strict cookie (Secure over https).
"""

from __future__ import annotations

import secrets
import sqlite3
from collections.abc import Callable
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Form, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from hongdun.config import Config
from hongdun.db import connect
from office import accounts, audit, sessions, throttle
from office.permissions import PermissionTable
from office.sessions import Session
from search.guard import (
    LOGIN_COOKIE,
    SESSION_COOKIE,
    Guard,
    address,
    need,
    open_db,
    safe_next,
)

Db = Annotated[sqlite3.Connection, Depends(open_db)]
Page = Callable[..., HTMLResponse]


def chrome(request: Request, table: PermissionTable) -> dict[str, Any]:
    """What base.html needs on every page: the user, their role, CSRF token and `can`."""
    me: Session | None = getattr(request.state, "session", None)
    user = me.user if me else None
    role = table.roles.get(user.role) if user else None
    return {"me": me, "csrf": me.csrf_token if me else "", "role_zh": role.zh if role else "",
            "can": lambda action: table.allowed(user, action)}


def anonymous(request: Request, guard: Guard) -> bool:
    """True when the request carries no live session (for routes that do not exist)."""
    if hasattr(request.state, "session"):
        return request.state.session is None
    conn = connect(guard.cfg.db_path)
    try:
        return guard.session(request, conn) is None
    finally:
        conn.close()


def _cookie(response: Response, request: Request, name: str, value: str, path: str) -> None:
    response.set_cookie(name, value, path=path, httponly=True, samesite="strict",
                        secure=request.url.scheme == "https")


def add_routes(routes: FastAPI, cfg: Config, guard: Guard, page: Page) -> None:
    """Add this module's routes to the app, bound to its guard and page renderer."""

    def login_form(request: Request, next_url: str, error: str | None = None,
                   status: int = 200, name: str = "") -> HTMLResponse:
        token = request.cookies.get(LOGIN_COOKIE) or secrets.token_urlsafe(32)
        response = page(request, "login.html", {"login_csrf": token, "next": next_url,
                                                "error": error, "name": name}, status)
        _cookie(response, request, LOGIN_COOKIE, token, "/login")
        return response

    @routes.get("/login", response_class=HTMLResponse)
    def login_page(request: Request, me: Annotated[Session | None, need("session.login")],
                   next_url: Annotated[str, Query(alias="next")] = "/") -> Response:
        if me is not None:
            return RedirectResponse(safe_next(next_url, guard.table.roles[me.user.role].home),
                                    303)
        return login_form(request, safe_next(next_url))

    @routes.post("/login")
    def login(request: Request, conn: Db, me: Annotated[Session | None, need("session.login")],
              name: Annotated[str, Form(max_length=64)],
              password: Annotated[str, Form(max_length=1024)],
              next_url: Annotated[str, Form(alias="next")] = "/") -> Response:
        now, where = guard.clock(), address(request)
        wait = throttle.wait_seconds(conn, name, where, now)
        if wait:
            audit.record(cfg.home, "throttled", now, user=name, address=where,
                         reason=f"wait {wait} s")
            return login_form(request, safe_next(next_url), f"尝试次数过多，请 {wait} 秒后再试 / "
                              f"too many attempts: try again in {wait} s", 429, name)
        user = accounts.authenticate(conn, name, password)
        if user is None:
            throttle.record_failure(conn, name, where, now)
            audit.record(cfg.home, "login_failed", now, user=name, address=where)
            return login_form(request, safe_next(next_url), "用户名或密码错误，或账号已停用 / "
                              "wrong name or password, or the account is disabled", 401, name)
        throttle.record_success(conn, name)
        sessions.end(conn, request.cookies.get(SESSION_COOKIE))  # never reuse a token
        token = sessions.start(conn, user, now, where, guard.policy)
        audit.record(cfg.home, "login", now, user=user.name, role=user.role, address=where)
        home = guard.table.roles[user.role].home
        response = RedirectResponse(safe_next(next_url if next_url != "/" else home, home), 303)
        _cookie(response, request, SESSION_COOKIE, token, "/")
        response.delete_cookie(LOGIN_COOKIE, path="/login")
        return response

    @routes.post("/logout")
    def logout(request: Request, conn: Db,
               me: Annotated[Session, need("session.logout")]) -> Response:
        sessions.end(conn, request.cookies.get(SESSION_COOKIE))
        audit.record(cfg.home, "logout", guard.clock(), user=me.user.name, role=me.user.role,
                     address=address(request))
        response = RedirectResponse("/login", 303)
        response.delete_cookie(SESSION_COOKIE, path="/", httponly=True, samesite="strict",
                               secure=request.url.scheme == "https")
        return response

    @routes.get("/users", response_class=HTMLResponse)
    def users_page(request: Request, conn: Db,
                   me: Annotated[Session, need("users.view")]) -> HTMLResponse:
        users = accounts.list_users(conn)
        live = {u.name: sessions.count_for(conn, u.name) for u in users}
        return page(request, "users.html", {"users": users, "live": live,
                                            "roles": guard.table.roles})

    @routes.post("/users/{name}/disable")
    def disable(request: Request, name: str, conn: Db,
                me: Annotated[Session, need("users.manage")]) -> Response:
        if name == me.user.name:
            raise accounts.AccountError("不能停用自己的账号 / you cannot disable yourself")
        accounts.set_disabled(conn, name, True)
        return RedirectResponse("/users", 303)

    @routes.post("/users/{name}/enable")
    def enable(request: Request, name: str, conn: Db,
               me: Annotated[Session, need("users.manage")]) -> Response:
        accounts.set_disabled(conn, name, False)
        return RedirectResponse("/users", 303)
