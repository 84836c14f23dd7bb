"""The leads pages, their forms, the KPI page and /api/leads through the in-process ASGI client.

Over a real sealed site with two sweeps (tests/leads_web_site.py): every route allowed
and refused per role, CSRF required on every form, district scope, deadlines on a
controlled clock, and the audit entries every change leaves.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from leads_web_site import ABSOLUTE, LURE, MEDICAL, leads_site
from test_web import ORIGIN, Site, login

from evidence.custody import CustodyLog
from evidence.verify import verify_bundle
from hongdun import db
from hongdun.clock import SHANGHAI
from leads import audit, store
from office import audit as access
from search.web import create_app

ROLES = ("巡查员", "芝罘巡查员", "科长", "办案员", "管理员")


class Clock:
    """A controlled clock: sessions, deadlines and audit stamps all read it."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def site(tmp_path: Path) -> Site:
    return leads_site(tmp_path / "home")


@pytest.fixture
def clock() -> Clock:
    return Clock(datetime.now(UTC))


@pytest.fixture
def users(site: Site, clock: Clock) -> Iterator[dict[str, tuple[TestClient, str]]]:
    """One logged-in client (and its CSRF token) per role, over one app."""
    app = create_app(site.cfg, clock=clock)
    clients = {}
    for name in ROLES:
        c = TestClient(app, base_url=ORIGIN)
        clients[name] = (c, login(c, name))
    yield clients
    for c, _ in clients.values():
        c.close()


def lead(site: Site, lead_id: str) -> store.Lead:  # type: ignore[name-defined]
    conn = db.connect(site.cfg.db_path)
    try:
        return store.get(conn, lead_id)
    finally:
        conn.close()


def events(site: Site, lead_id: str) -> list[audit.Event]:
    conn = db.connect(site.cfg.db_path)
    try:
        return audit.events(conn, lead_id)
    finally:
        conn.close()


def post(user: tuple[TestClient, str], path: str, **data: str) -> int:
    c, token = user
    r = c.post(path, data={"csrf_token": token, **data}, headers={"Origin": ORIGIN},
               follow_redirects=False)
    return r.status_code


def test_every_lead_route_needs_a_session(site: Site) -> None:
    with TestClient(create_app(site.cfg), base_url=ORIGIN) as anon:
        for path in ("/", f"/leads/{LURE}", "/kpi", "/kpi/leads", "/kpi.csv", "/findings"):
            r = anon.get(path, follow_redirects=False)
            assert r.status_code == 303 and r.headers["location"].startswith("/login"), path
        for path in ("/api/leads", f"/api/leads/{LURE}"):
            r = anon.get(path)
            assert r.status_code == 401 and r.json()["error"]["code"] == "LoginRequired", path
        for action in ("move", "assign", "press", "export"):
            r = anon.post(f"/leads/{LURE}/{action}", data={"to": "verifying"},
                          headers={"Origin": ORIGIN}, follow_redirects=False)
            assert r.status_code == 303 and r.headers["location"] == "/login", action


def test_start_page_lists_leads_not_findings(users: dict[str, tuple[TestClient, str]]) -> None:
    c, _ = users["科长"]
    html = c.get("/").text
    assert re.search(r'class="n-leads">3<', html) and re.search(r'class="n-occurrences">5<', html)
    assert html.count('class="lead-row') == 3
    for lid in (LURE, MEDICAL, ABSOLUTE):
        assert f'href="/leads/{lid}"' in html
    assert "/findings/F-wechat" not in html  # raw findings live on /findings and the lead page
    assert 'article class="hit' in c.get("/findings").text
    body = c.get("/api/leads").json()
    assert body["total"] == 3 and {x["lead_id"]: x["occurrences"] for x in body["leads"]} == {
        LURE: 2, ABSOLUTE: 2, MEDICAL: 1}
    medical = next(x for x in body["leads"] if x["lead_id"] == MEDICAL)
    assert medical["first_not_seen_sweep"] == "sweep-web-2" and medical["rectified"]


def test_filters_by_status_district_assignee_rule(users: dict[str, tuple[TestClient, str]],
                                                  site: Site) -> None:
    c, _ = users["科长"]

    def ids(**params: str) -> set[str]:
        return {x["lead_id"] for x in c.get("/api/leads", params=params).json()["leads"]}

    assert ids(district="370611") == {MEDICAL} == ids(district="福山区")
    assert ids(rule="LURE") == {LURE}
    assert ids(assignee=lead(site, LURE).assignee or "") >= {LURE}
    assert ids(status="new") == {LURE, MEDICAL, ABSOLUTE} and ids(status="verifying") == set()
    assert ids(q="海鲜") >= {LURE}
    html = c.get("/", params={"rule": "AD-MEDICAL"}).text
    assert html.count('class="lead-row') == 1
    r = c.get("/api/leads", params={"status": "bogus"})
    assert r.status_code == 409 and "unknown state" in r.json()["error"]["message"]
    assert c.get("/api/leads", params={"due": "tomorrow"}).status_code == 400


def test_overdue_and_due_soon_stand_out_on_a_controlled_clock(site: Site, clock: Clock) -> None:
    app = create_app(site.cfg, clock=clock)

    def chief_at(moment: datetime) -> TestClient:  # the session clock moves too: log in anew
        clock.now = moment
        c = TestClient(app, base_url=ORIGIN)
        login(c, "科长")
        return c

    due = date.fromisoformat(lead(site, LURE).due_at or "")
    c = chief_at(datetime.combine(due + timedelta(days=1), time(2), tzinfo=UTC))
    html = c.get("/").text
    assert re.search(r'<tr class="lead-row overdue', html)
    assert "逾期 overdue" in html
    overdue = {x["lead_id"] for x in c.get("/api/leads", params={"due": "overdue"}).json()[
        "leads"]}
    assert LURE in overdue and MEDICAL not in overdue  # MEDICAL (medium) has 15 working days
    rows = re.findall(r'<tr class="lead-row([^"]*)">\s*<td><a class="mono" href="/leads/([^"]+)"',
                      html)
    assert rows[0][0].startswith(" overdue")  # overdue leads come first
    medical_due = date.fromisoformat(lead(site, MEDICAL).due_at or "")
    c = chief_at(datetime.combine(medical_due - timedelta(days=1), time(2), tzinfo=UTC))
    soon = c.get("/api/leads", params={"due": "soon"}).json()["leads"]
    assert MEDICAL in {x["lead_id"] for x in soon}
    assert "临期" in c.get(f"/leads/{MEDICAL}").text


def test_inspectors_see_and_touch_only_their_districts(
        users: dict[str, tuple[TestClient, str]], site: Site) -> None:
    local = users["芝罘巡查员"]
    c, _ = local
    html = c.get("/").text
    assert "仅显示您辖区的线索" in html and f'href="/leads/{MEDICAL}"' not in html
    assert {x["district"] for x in c.get("/api/leads").json()["leads"]} == {"370602"}
    assert c.get(f"/leads/{MEDICAL}").status_code == 403
    assert c.get(f"/api/leads/{MEDICAL}").status_code == 403
    assert post(local, f"/leads/{MEDICAL}/move", to="verifying") == 403
    assert lead(site, MEDICAL).status == "new"
    assert c.get(f"/leads/{LURE}").status_code == 200
    refusals = [e for e in access.read(site.cfg.home) if e["event"] == "refused"
                and e["user"] == "芝罘巡查员"]
    assert {e["path"] for e in refusals} >= {f"/leads/{MEDICAL}", f"/api/leads/{MEDICAL}"}


def test_lead_page_shows_occurrences_evidence_history_and_custody(
        users: dict[str, tuple[TestClient, str]], site: Site) -> None:
    inspector, _ = users["巡查员"]
    html = inspector.get(f"/leads/{LURE}").text
    assert html.count('<article class="occurrence">') == 2
    for fid in ("F-wechat", "F2-wechat"):
        assert f'href="/findings/{fid}"' in html
    assert html.count('<img src="/artefacts/') == 2 and "manifest.json" in html
    assert "处理记录" in html and "个工作日" in html
    assert "保管链" not in html  # custody.view: supervisors and case officers
    chief, _ = users["科长"]
    page = chief.get(f"/leads/{LURE}").text
    assert "保管链" in page and "证据保管" in page and "线索记录" in page
    detail = chief.get(f"/api/leads/{LURE}").json()
    assert len(detail["occurrences"]) == 2 and detail["history"][0]["action"] == "migrate"
    sources = {t["source"] for t in detail["trail"]}
    assert sources == {"lead", "custody"}  # joined by capture
    assert "trail" not in inspector.get(f"/api/leads/{LURE}").json()
    views = [e for e in CustodyLog(site.cfg.home).read() if e.action == "view"
             and f"lead {LURE}" in e.detail]
    assert {e.actor for e in views} >= {"巡查员", "科长"}
    assert f'href="/leads/{LURE}"' in inspector.get("/findings/F-wechat").text


def test_forms_follow_the_workflow_table_per_role(users: dict[str, tuple[TestClient, str]],
                                                  site: Site) -> None:
    def buttons(name: str, lid: str) -> set[str]:
        html = users[name][0].get(f"/leads/{lid}").text
        return set(re.findall(r'<input type="hidden" name="to" value="([a-z]+)">', html))

    assert buttons("巡查员", MEDICAL) == {"verifying"}
    assert buttons("办案员", MEDICAL) == set()
    inspector = users["巡查员"]
    assert post(inspector, f"/leads/{MEDICAL}/move", to="verifying") == 303
    assert buttons("巡查员", MEDICAL) == {"confirmed", "dismissed", "duplicate"}
    assert post(inspector, f"/leads/{MEDICAL}/move", to="dismissed") == 409  # no reason
    assert post(inspector, f"/leads/{MEDICAL}/move", to="duplicate",
                duplicate_of="L-0000000000000000") == 404
    reason = "已核实：医疗器械备案"
    assert post(inspector, f"/leads/{MEDICAL}/move", to="dismissed", reason=reason) == 303
    after = lead(site, MEDICAL)
    assert after.status == "dismissed" and after.reason == reason
    assert post(inspector, f"/leads/{MEDICAL}/move", to="verifying", reason="x") == 403  # 退回
    assert buttons("科长", MEDICAL) == {"verifying"}
    assert post(users["科长"], f"/leads/{MEDICAL}/move", to="verifying",
                reason="证据不足，重新核查") == 303
    assert lead(site, MEDICAL).status == "verifying"
    assert post(inspector, f"/leads/{MEDICAL}/move", to="duplicate", duplicate_of=LURE) == 303
    assert lead(site, MEDICAL).duplicate_of == LURE
    moves = [(e.actor, e.from_status, e.to_status) for e in events(site, MEDICAL)
             if e.action == "move"]
    assert moves == [("巡查员", "new", "verifying"), ("巡查员", "verifying", "dismissed"),
                     ("科长", "dismissed", "verifying"), ("巡查员", "verifying", "duplicate")]
    officer = users["办案员"]
    for step in ("verifying", "confirmed"):
        assert post(inspector, f"/leads/{LURE}/move", to=step) == 303
    assert post(inspector, f"/leads/{LURE}/move", to="referred") == 403
    assert post(officer, f"/leads/{LURE}/move", to="referred") == 303
    assert post(officer, f"/leads/{LURE}/move", to="closed", reason="已立案查处，罚款") == 303
    done = lead(site, LURE)
    assert done.status == "closed" and done.closed_at and done.verified_at
    assert post(users["管理员"], f"/leads/{ABSOLUTE}/move", to="verifying") == 403


def test_every_form_needs_the_session_csrf_token(users: dict[str, tuple[TestClient, str]],
                                                 site: Site) -> None:
    c, token = users["科长"]
    for action, data in (("move", {"to": "verifying"}), ("assign", {"assignee": "巡查员"}),
                         ("press", {"on": "1"})):
        for bad in ({}, {"csrf_token": "forged"}, {"csrf_token": users["巡查员"][1]}):
            r = c.post(f"/leads/{LURE}/{action}", data={**data, **bad},
                       headers={"Origin": ORIGIN}, follow_redirects=False)
            assert r.status_code == 403, (action, bad)
        r = c.post(f"/leads/{LURE}/{action}", data={**data, "csrf_token": token},
                   headers={"Origin": "http://evil.example"}, follow_redirects=False)
        assert r.status_code == 403, action
    assert not lead(site, LURE).pressed and lead(site, LURE).status == "new"


def test_supervisor_reassigns_and_presses(users: dict[str, tuple[TestClient, str]],
                                          site: Site) -> None:
    before = lead(site, LURE)
    other = "巡查员" if before.assignee == "芝罘巡查员" else "芝罘巡查员"
    assert post(users["巡查员"], f"/leads/{LURE}/assign", assignee=other) == 403
    assert post(users["巡查员"], f"/leads/{LURE}/press", on="1") == 403
    assert post(users["办案员"], f"/leads/{LURE}/press", on="1") == 403
    chief = users["科长"]
    assert f'action="/leads/{LURE}/assign"' in chief[0].get(f"/leads/{LURE}").text
    assert post(chief, f"/leads/{LURE}/assign", assignee=other, reason="均衡工作量") == 303
    after = lead(site, LURE)
    assert after.assignee == other and after.due_at == before.due_at  # the deadline is kept
    assert post(chief, f"/leads/{LURE}/assign", assignee="办案员") == 409  # not an inspector
    assert post(chief, f"/leads/{MEDICAL}/assign", assignee="芝罘巡查员") == 409  # not his district
    assert post(chief, f"/leads/{LURE}/press", on="1", reason="双11 重点") == 303
    assert lead(site, LURE).pressed
    html = users["巡查员"][0].get("/").text
    assert "督办" in html and 'class="lead-row' in html
    kinds = [(e.action, e.actor) for e in events(site, LURE)][-2:]
    assert kinds == [("assign", "科长"), ("press", "科长")]
    assert audit.verify(db.connect(site.cfg.db_path)) > 0  # the chain holds


def test_case_officer_exports_the_leads_evidence(users: dict[str, tuple[TestClient, str]],
                                                 site: Site, tmp_path: Path) -> None:
    for name in ("巡查员", "科长"):
        assert post(users[name], f"/leads/{LURE}/export") == 403
    c, token = users["办案员"]
    assert 'action="/leads/' + LURE + '/export"' in c.get(f"/leads/{LURE}").text
    r = c.post(f"/leads/{LURE}/export", data={"csrf_token": token}, headers={"Origin": ORIGIN})
    assert r.status_code == 200 and r.headers["content-type"] == "application/zip"
    out = tmp_path / "lead.zip"
    out.write_bytes(r.content)
    report = verify_bundle(out)
    assert len(report.evidence_ids) == 2  # both occurrences' captures
    with zipfile.ZipFile(out) as z:
        assert any("F2-wechat" in n or "findings" in n for n in z.namelist())
    exports = [e for e in events(site, LURE) if e.action == "export"]
    assert exports and exports[-1].actor == "办案员"


def test_kpi_page_roles_figures_chart_and_csv(users: dict[str, tuple[TestClient, str]],
                                              site: Site) -> None:
    for name in ("办案员", "管理员"):
        assert users[name][0].get("/kpi").status_code == 403
    inspector = users["巡查员"]
    for step in ("verifying", "confirmed"):
        assert post(inspector, f"/leads/{MEDICAL}/move", to=step) == 303
    chief, _ = users["科长"]
    today = datetime.now(SHANGHAI).date().isoformat()  # the bureau's day, not the machine's
    html = chief.get("/kpi", params={"from": today[:8] + "01", "to": today}).text
    assert "核查及时率" in html and "完成率" in html and "÷" in html  # the formulas
    assert "<svg" in html and "<polyline" in html and "style=" not in html
    assert "script" not in html.split("<footer>")[0].lower().replace("noscript", "")
    links = re.findall(r'href="(/kpi/leads\?[^"]+)"', html)
    assigned = next(x.replace("&amp;", "&") for x in links
                    if "scope=all" in x and "figure=assigned" in x)
    behind = chief.get(assigned).text
    assert behind.count('class="lead-row') == 3
    mine = inspector[0].get("/kpi").text
    assert "本人承办" in mine and "芝罘巡查员" not in mine.split("<main>")[1]
    assert chief.get("/kpi", params={"from": "2026-12-09", "to": "2026-12-01"}).status_code == 400
    assert users["芝罘巡查员"][0].get("/kpi", params={"district": "370611"}).status_code == 403
    r = chief.get("/kpi.csv", params={"from": today[:8] + "01", "to": today})
    assert r.status_code == 200 and r.text.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(r.text.lstrip("\ufeff"))))
    assert rows[0][0] == "范围 scope" and rows[1][0] == "all"
    exports = [e for e in events(site, LURE) if e.action == "export" and "KPI CSV" in e.detail]
    assert exports and exports[-1].actor == "科长"
