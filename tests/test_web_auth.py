"""The inspector page behind accounts: login, sessions, CSRF, roles, districts, headers, logs.

In process through the ASGI client over a real sealed capture (tests/test_web.py's site).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from fastapi import APIRouter, FastAPI
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient
from test_web import ORIGIN, PASSWORD, Site, csrf_of, login, seal_site

from evidence.custody import CustodyLog
from hongdun import db
from office import accounts, audit
from office.permissions import default_table
from search.guard import Need, check_routes, need
from search.store import FindingsStore
from search.web import create_app


class Clock:
    """A controlled clock for sessions and throttling."""

    def __init__(self) -> None:
        self.now = datetime(2026, 12, 1, 1, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Site:
    return seal_site(tmp_path_factory.mktemp("auth") / "home")


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def app(site: Site, clock: Clock) -> FastAPI:
    return create_app(site.cfg, clock=clock)


@pytest.fixture
def anon(app: FastAPI) -> Iterator[TestClient]:
    with TestClient(app, base_url=ORIGIN) as c:
        yield c


def as_user(app: FastAPI, name: str) -> tuple[TestClient, str]:
    c = TestClient(app, base_url=ORIGIN)
    return c, login(c, name)


def test_pages_need_a_session_and_the_api_answers_401(anon: TestClient) -> None:
    for path in ("/", "/findings/F-wechat", "/sweeps", "/users", "/nowhere",
                 "/artefacts/x/visit.json"):
        r = anon.get(path, follow_redirects=False)
        assert r.status_code == 303, path
        assert r.headers["location"].startswith("/login?next=%2F"), path
    r = anon.get("/?q=微信", follow_redirects=False)
    next_url = parse_qs(urlsplit(r.headers["location"]).query)["next"][0]
    assert next_url == "/?q=%E5%BE%AE%E4%BF%A1"  # exactly the URL asked for
    for path in ("/api/findings", "/api/findings/F-wechat", "/api/nothing"):
        r = anon.get(path)
        assert r.status_code == 401, path
        assert r.json() == {"error": {"code": "LoginRequired",
                                      "message": "请先登录 / please log in"}}
    assert anon.get("/healthz").json()["status"] == "ok"
    assert anon.get("/static/hongdun.css").status_code == 200
    for path in ("/findings/F-wechat/status", "/findings/F-wechat/export", "/logout"):
        r = anon.post(path, data={"status": "confirmed"}, headers={"Origin": ORIGIN},
                      follow_redirects=False)
        assert r.status_code == 303 and r.headers["location"] == "/login", path


def test_login_page_is_chinese_first_and_logs_in_to_next(anon: TestClient) -> None:
    form = anon.get("/login?next=/findings/F-wechat")
    assert "登录" in form.text and 'name="next" value="/findings/F-wechat"' in form.text
    r = anon.post("/login", data={"name": "巡查员", "password": PASSWORD, "next":
                                  "/findings/F-wechat", "csrf_token": csrf_of(form.text)},
                  headers={"Origin": ORIGIN}, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/findings/F-wechat"
    cookie = r.headers["set-cookie"]
    assert "hongdun_session=" in cookie and "HttpOnly" in cookie
    assert "samesite=strict" in cookie.lower() and "Secure" not in cookie  # plain http here
    page = anon.get("/findings/F-wechat")
    assert "巡查员" in page.text and "inspector" in page.text and "退出" in page.text


@pytest.mark.parametrize("target", ["//evil.example/", "https://evil.example/", "/\\evil",
                                    "javascript:alert(1)"])
def test_next_never_leaves_the_site(anon: TestClient, target: str) -> None:
    form = anon.get("/login")
    r = anon.post("/login", data={"name": "巡查员", "password": PASSWORD, "next": target,
                                  "csrf_token": csrf_of(form.text)},
                  headers={"Origin": ORIGIN}, follow_redirects=False)
    assert r.headers["location"] == "/"


def test_login_form_needs_its_csrf_token_and_same_origin(anon: TestClient) -> None:
    anon.get("/login")
    data = {"name": "巡查员", "password": PASSWORD}
    assert anon.post("/login", data=data, headers={"Origin": ORIGIN}).status_code == 403
    token = csrf_of(anon.get("/login").text)
    assert anon.post("/login", data={**data, "csrf_token": token},
                     headers={"Origin": "http://evil.example"}).status_code == 403
    assert anon.post("/login", data={**data, "csrf_token": token + "x"},
                     headers={"Origin": ORIGIN}).status_code == 403


def test_wrong_password_and_unknown_user_look_the_same(anon: TestClient, site: Site) -> None:
    answers = []
    for name, password in (("巡查员", "wrong password here"), ("nobody", PASSWORD)):
        token = csrf_of(anon.get("/login").text)
        r = anon.post("/login", data={"name": name, "password": password, "csrf_token": token},
                      headers={"Origin": ORIGIN})
        answers.append((r.status_code, "用户名或密码错误" in r.text))
    assert answers == [(401, True), (401, True)]
    events = [e for e in audit.read(site.cfg.home) if e["event"] == "login_failed"]
    assert {e["user"] for e in events} >= {"巡查员", "nobody"}
    assert all(PASSWORD not in str(e) for e in audit.read(site.cfg.home))


def test_csrf_token_is_bound_to_the_session(app: FastAPI, site: Site) -> None:
    inspector, token = as_user(app, "巡查员")
    _other, other_token = as_user(app, "芝罘巡查员")
    assert token != other_token
    for data in ({"status": "dismissed"}, {"status": "dismissed", "csrf_token": other_token},
                 {"status": "dismissed", "csrf_token": ""}):
        r = inspector.post("/findings/F-wechat/status", data=data, headers={"Origin": ORIGIN})
        assert r.status_code == 403 and "CSRF" in r.text
    conn = db.connect(site.cfg.db_path)
    assert FindingsStore(conn).get("F-wechat").status == "new"  # type: ignore[union-attr]
    conn.close()


# role -> (method, path, action) it is refused
REFUSED = {
    "inspector": ("POST", "/findings/F-wechat/export", "findings.export"),
    "supervisor": ("POST", "/findings/F-wechat/status", "findings.triage"),
    "case_officer": ("POST", "/findings/F-wechat/status", "findings.triage"),
    "admin": ("GET", "/findings/F-wechat", "findings.view"),
}
NAMES = {"inspector": "巡查员", "supervisor": "科长", "case_officer": "办案员", "admin": "管理员"}


@pytest.mark.parametrize("role", REFUSED)
def test_each_role_is_refused_what_it_may_not_do_and_it_is_logged(app: FastAPI, site: Site,
                                                                  role: str) -> None:
    method, path, action = REFUSED[role]
    c, token = as_user(app, NAMES[role])
    r = c.request(method, path, data={"status": "confirmed", "csrf_token": token}
                  if method == "POST" else None, headers={"Origin": ORIGIN})
    assert r.status_code == 403 and "您的角色无权" in r.text
    api = c.get("/api/findings") if role == "admin" else None
    assert api is None or api.json()["error"]["code"] == "Forbidden"
    logged = [e for e in audit.read(site.cfg.home) if e["event"] == "refused"
              and e["user"] == NAMES[role] and e["action"] == action]
    assert logged and logged[-1]["reason"] == "role" and logged[-1]["path"] == path


def test_admin_starts_on_the_users_page_and_can_disable_a_user(app: FastAPI) -> None:
    inspector, _ = as_user(app, "芝罘巡查员")
    assert inspector.get("/").status_code == 200
    admin = TestClient(app, base_url=ORIGIN)
    form = admin.get("/login")
    r = admin.post("/login", data={"name": "管理员", "password": PASSWORD,
                                   "csrf_token": csrf_of(form.text)},
                   headers={"Origin": ORIGIN}, follow_redirects=False)
    assert r.headers["location"] == "/users"
    page = admin.get("/users")
    assert "芝罘巡查员" in page.text and "芝罘区" in page.text and "线索检索" not in page.text
    r = admin.post("/users/芝罘巡查员/disable", data={"csrf_token": csrf_of(page.text)},
                   headers={"Origin": ORIGIN}, follow_redirects=False)
    assert r.status_code == 303
    assert inspector.get("/", follow_redirects=False).status_code == 303  # ended at once
    admin.post("/users/芝罘巡查员/enable", data={"csrf_token": csrf_of(page.text)},
               headers={"Origin": ORIGIN})
    assert as_user(app, "芝罘巡查员")[0].get("/").status_code == 200


def test_an_inspector_sees_only_their_districts(app: FastAPI, site: Site) -> None:
    c, _ = as_user(app, "芝罘巡查员")  # 370602 only: F-wechat and F-xss
    body = c.get("/api/findings", params={"facets": "1"}).json()
    assert {h["finding_id"] for h in body["hits"]} == {"F-wechat", "F-xss"}
    assert body["facets"]["district"] == {"370602": 2}
    assert c.get("/api/findings", params={"district": "370611"}).json()["total"] == 0
    page = c.get("/findings")
    assert "共 <strong>2</strong> 条命中" in page.text and "仅显示您辖区的线索" in page.text
    assert 'value="370602"' in page.text and 'value="370611"' not in page.text  # the filter
    assert 'href="/findings/F-haishen"' not in c.get("/findings/F-wechat").text  # related
    assert c.get("/findings/F-haishen").status_code == 403
    assert c.get("/api/findings/F-haishen").status_code == 403
    refusal = [e for e in CustodyLog(site.cfg.home).read() if e.action == "refuse"][-1]
    assert refusal.actor == "芝罘巡查员" and "district 370611" in refusal.detail
    supervisor, _ = as_user(app, "科长")
    assert supervisor.get("/api/findings").json()["total"] == 4


def test_case_officer_exports_and_the_custody_log_names_them(app: FastAPI, site: Site) -> None:
    c, token = as_user(app, "办案员")
    page = c.get("/findings/F-zui")
    assert "导出证据包" in page.text and "标记为" not in page.text  # exports, does not triage
    assert "保管记录" in page.text  # the custody trail is the case officer's
    r = c.post("/findings/F-zui/export", data={"csrf_token": token}, headers={"Origin": ORIGIN})
    assert r.status_code == 200 and r.headers["content-type"] == "application/zip"
    exports = [e for e in CustodyLog(site.cfg.home).read() if e.action == "export"]
    assert exports[-1].actor == "办案员"
    views = [e for e in CustodyLog(site.cfg.home).read() if e.action == "view"]
    assert views[-1].actor == "办案员"


def test_idle_and_absolute_timeouts_in_the_app(app: FastAPI, clock: Clock) -> None:
    c, _ = as_user(app, "科长")
    clock.now += timedelta(minutes=29)
    assert c.get("/").status_code == 200
    clock.now += timedelta(minutes=29)
    assert c.get("/").status_code == 200  # the idle clock restarted
    clock.now += timedelta(minutes=30)
    assert c.get("/", follow_redirects=False).status_code == 303
    c, _ = as_user(app, "科长")
    start = clock.now
    while clock.now + timedelta(minutes=20) < start + timedelta(hours=12):
        clock.now += timedelta(minutes=20)
        assert c.get("/").status_code == 200  # active all day
    clock.now = start + timedelta(hours=12)
    assert c.get("/", follow_redirects=False).status_code == 303  # 12 h after login: over


def test_login_issues_a_new_token_and_logout_ends_it(app: FastAPI, site: Site) -> None:
    c, token = as_user(app, "科长")
    old = c.cookies["hongdun_session"]
    login(c, "科长")
    assert c.cookies["hongdun_session"] != old
    stale = TestClient(app, base_url=ORIGIN, cookies={"hongdun_session": old})
    assert stale.get("/", follow_redirects=False).status_code == 303  # the old one is gone
    token = csrf_of(c.get("/").text)
    r = c.post("/logout", data={"csrf_token": token}, headers={"Origin": ORIGIN},
               follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/login"
    assert c.get("/", follow_redirects=False).status_code == 303
    conn = db.connect(site.cfg.db_path)
    assert conn.execute("SELECT count(*) FROM sessions WHERE user_name = '科长'").fetchone()[
        0] == 0
    conn.close()


def test_login_throttling_in_the_app(app: FastAPI, clock: Clock) -> None:
    c = TestClient(app, base_url=ORIGIN)

    def attempt(password: str) -> int:
        token = csrf_of(c.get("/login").text)
        return c.post("/login", data={"name": "办案员", "password": password,
                                      "csrf_token": token},
                      headers={"Origin": ORIGIN}, follow_redirects=False).status_code

    assert [attempt("not the password") for _ in range(5)] == [401] * 5
    assert attempt(PASSWORD) == 429  # even the right password waits 1 s
    clock.now += timedelta(seconds=1)
    assert attempt(PASSWORD) == 303  # and then it works: no long lock-out


def test_security_headers_on_every_response(anon: TestClient, app: FastAPI) -> None:
    c, _ = as_user(app, "科长")
    for r in (anon.get("/", follow_redirects=False), anon.get("/login"), anon.get("/healthz"),
              anon.get("/api/findings"), c.get("/"), c.get("/nowhere"),
              anon.get("/static/hongdun.css")):
        csp = r.headers["content-security-policy"]
        assert "frame-ancestors 'none'" in csp and "script-src 'none'" in csp
        assert "unsafe-inline" not in csp
        assert r.headers["x-content-type-options"] == "nosniff"
        assert r.headers["referrer-policy"] == "same-origin"
    assert c.get("/").headers["cache-control"] == "no-store"


def test_templates_have_no_inline_script_or_style() -> None:
    folder = Path(__file__).parent.parent / "search" / "templates"
    for template in folder.glob("*.html"):
        text = template.read_text(encoding="utf-8")
        assert "<script" not in text and "style=" not in text and "<style" not in text, template
        assert not re.search(r"<[^>]*\son[a-z]+\s*=", text), template  # onclick= etc.
        assert "javascript:" not in text, template


def test_cookie_is_secure_over_https(site: Site) -> None:
    with TestClient(create_app(site.cfg), base_url="https://127.0.0.1") as c:
        form = c.get("/login")
        r = c.post("/login", data={"name": "科长", "password": PASSWORD,
                                   "csrf_token": csrf_of(form.text)},
                   headers={"Origin": "https://127.0.0.1"}, follow_redirects=False)
        assert r.status_code == 303 and "Secure" in r.headers["set-cookie"]


def test_every_route_declares_one_known_action(app: FastAPI) -> None:
    check_routes(app, default_table())  # what create_app already ran
    declared = {route.path: d.call.action for route in app.routes if isinstance(route, APIRoute)
                for d in route.dependant.dependencies if isinstance(d.call, Need)}
    assert declared["/findings/{finding_id}/export"] == "findings.export"
    assert declared["/findings/{finding_id}/status"] == "findings.triage"
    assert declared["/artefacts/{capture_id}/{path:path}"] == "findings.view"
    assert declared["/healthz"] == "health.view" and declared["/users"] == "users.view"
    assert set(declared.values()) <= set(default_table().actions)
    bare = FastAPI(openapi_url=None, docs_url=None, redoc_url=None)

    @bare.get("/forgot")
    def forgot() -> str:
        return "no action"

    with pytest.raises(RuntimeError, match="/forgot must declare"):
        check_routes(bare, default_table())
    unknown = FastAPI(openapi_url=None, docs_url=None, redoc_url=None)

    @unknown.get("/typo")
    def typo(me: object = need("findings.serch")) -> str:
        return "typo"

    with pytest.raises(RuntimeError, match="/typo"):
        check_routes(unknown, default_table())
    nested = FastAPI(openapi_url=None, docs_url=None, redoc_url=None)
    nested.include_router(APIRouter())
    with pytest.raises(RuntimeError, match="not a plain APIRoute"):
        check_routes(nested, default_table())


def test_users_in_the_database_are_the_office_users(site: Site) -> None:
    conn = db.connect(site.cfg.db_path)
    names = [u.name for u in accounts.list_users(conn)]
    conn.close()
    assert names == sorted(names) and "巡查员" in names


def test_artefacts_of_another_district_are_refused(app: FastAPI, site: Site) -> None:
    from dataclasses import replace

    conn = db.connect(site.cfg.db_path)
    conn.execute("INSERT OR REPLACE INTO captures VALUES ('cap-fushan', 'sweep-web', 'yt-fs', "
                 "'e', ?, ?, NULL)", (site.capture.folder, site.capture.captured_at))
    FindingsStore(conn).index([replace(site.findings["F-haishen"], capture_id="cap-fushan",
                                       finding_id="F-fushan")])
    conn.close()
    c, _ = as_user(app, "芝罘巡查员")
    assert c.get("/artefacts/cap-fushan/visit.json").status_code == 403
    assert c.get(f"/artefacts/{site.capture.capture_id}/visit.json").status_code == 200
    fushan, _ = as_user(app, "巡查员")
    assert fushan.get("/artefacts/cap-fushan/visit.json").status_code == 200  # 福山 is theirs
