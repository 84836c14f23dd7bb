"""The inspector web app through an in-process client over a real sealed capture and SQLite db."""

from __future__ import annotations

import io
import re
import sqlite3
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from PIL import Image, ImageDraw

from evidence.annotate import annotate
from evidence.seal import Sealer
from evidence.verify import verify_bundle
from hongdun import clock, config, db
from hongdun.config import Config
from hongdun.records import Box, Capture, Finding, PageCapture, Target, Visit
from office import accounts
from search.backend import FindingsSink
from search.store import FindingsStore
from search.web import create_app

ORIGIN = "http://127.0.0.1"
PASSWORD = "correct horse battery staple"
# name -> (role, districts): the inspector works the three districts of the fixture's findings
USERS = {
    "巡查员": ("inspector", "370602,370611,370613"),
    "芝罘巡查员": ("inspector", "370602"),
    "科长": ("supervisor", ""),
    "办案员": ("case_officer", ""),
    "管理员": ("admin", ""),
}
XSS = "<script>window.__xss=1</script>"
HTML = "<html><body><h1>烟台海鲜旗舰店</h1><p>加微信 abc123 私聊优惠，野生海参根治高血压</p>" \
       "<script>alert('page')</script></body></html>"


def png(text: str, size: tuple[int, int] = (480, 320)) -> bytes:
    """A real PNG with a drawn block and some text."""
    image = Image.new("RGB", size, (245, 245, 250))
    draw = ImageDraw.Draw(image)
    draw.rectangle((20, 20, 300, 90), fill=(200, 40, 40))
    draw.text((30, 120), text, fill="black")
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


@cache
def _password_hash() -> str:
    return accounts.hash_password(PASSWORD)


def add_users(cfg: Config) -> None:
    """The USERS, all with PASSWORD (hashed once per test session: argon2 is slow on purpose)."""
    conn = db.connect(cfg.db_path)
    accounts.ensure_schema(conn)
    with conn:
        conn.executemany("INSERT INTO users VALUES (?, ?, ?, ?, 0, ?)",
                         [(name, role, districts, _password_hash(), clock.utc_now())
                          for name, (role, districts) in USERS.items()])
    conn.close()


def csrf_of(html: str) -> str:
    """The CSRF token in a page's forms."""
    found = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert found, "no CSRF field on the page"
    return found.group(1)


def login(client: TestClient, name: str, password: str = PASSWORD) -> str:
    """Log client in through the login form as a browser would; return the session's CSRF."""
    form = client.get("/login")
    r = client.post("/login", data={"name": name, "password": password,
                                    "csrf_token": csrf_of(form.text)},
                    headers={"Origin": ORIGIN}, follow_redirects=False)
    assert r.status_code == 303, r.text
    page = client.get(r.headers["location"])
    assert page.status_code == 200
    return csrf_of(page.text)


@dataclass(frozen=True)
class Site:
    """A data directory with one sealed capture and findings about it."""

    cfg: Config
    capture: Capture
    findings: dict[str, Finding]


def make_finding(capture: Capture, finding_id: str, rule_id: str, matched: str, context: str,
                 *, severity: str = "high", platform: str = "taobao",
                 district: str = "370602", shop: str = "烟台海鲜旗舰店",
                 at: str | None = None) -> Finding:
    """A finding about capture with the given text; screenshot = the home page's first shot."""
    return Finding(
        finding_id=finding_id, capture_id=capture.capture_id, evidence_id=capture.evidence_id,
        target_id=capture.target.target_id, platform=platform, district=district,
        shop_name=shop, rule_id=rule_id,
        title_zh="引导站外交易" if rule_id == "LURE" else "广告违规用语",
        title_en="off-platform lure" if rule_id == "LURE" else "banned advertising term",
        legal_basis="《广告法》第九条第三项", severity=severity, certainty="suspected",
        matched_text=matched, context=context, url="https://shop.example.test/yt",
        page_role="home", captured_at=at or capture.captured_at,
        screenshot="pages/01-home/screenshot-1.png", box=Box(20, 20, 280, 70))


def seal_site(home: Path) -> Site:
    """Seal a real visit, record the capture row, annotate and store four findings."""
    cfg = config.load({"home": str(home)}, environ={})
    target = Target("yt-web-1", "taobao", "storefront", "https://shop.example.test/yt",
                    "烟台海鲜旗舰店", "92370613MA3C5K7BXW", "370602", "食品")
    now = clock.utc_now()
    page = PageCapture(role="home", requested_url=target.url, final_url=target.url, status=200,
                       headers=(("Content-Type", "text/html; charset=utf-8"),),
                       body=HTML.encode(), screenshots=(png("home"),), rendered=True,
                       started_utc=now, finished_utc=now, server_ip="127.0.0.1")
    capture = Sealer(cfg).seal(Visit(target, "sweep-web", (page,), "Mozilla/5.0 test", None))
    conn = db.connect(cfg.db_path)
    conn.execute("INSERT INTO captures VALUES (?, ?, ?, ?, ?, ?, ?)",
                 (capture.capture_id, capture.sweep_id, target.target_id, capture.evidence_id,
                  capture.folder, capture.captured_at, None))
    conn.execute("INSERT INTO sweeps (sweep_id, name, plan, started_at, finished_at, status, "
                 "targets, pages, captures, findings, failures) "
                 "VALUES ('sweep-web', '双11 预热巡查', 'double11.yaml', ?, ?, 'finished', "
                 "1, 1, 1, 4, 0)", (now, now))
    raw = [
        make_finding(capture, "F-wechat", "LURE", "加微信", "下单前请加微信 abc123 私聊优惠"),
        make_finding(capture, "F-haishen", "AD-MEDICAL", "根治", "野生海参根治高血压",
                     severity="medium", platform="jd", district="370611"),
        make_finding(capture, "F-zui", "AD-ABSOLUTE", "最低价", "全网最低价，买贵退差",
                     severity="low", platform="pinduoduo", district="370613"),
        make_finding(capture, "F-xss", "AD-ABSOLUTE", XSS, f"前文 {XSS} 后文 最好",
                     shop="<img src=x onerror=alert(2)>店"),
    ]
    findings = [annotate(capture, f) for f in raw]
    sink = FindingsSink(cfg, conn)
    sink.add(findings)
    sink.close()
    conn.close()
    add_users(cfg)
    return Site(cfg, capture, {f.finding_id: f for f in findings})


@pytest.fixture
def site(tmp_path: Path) -> Site:
    return seal_site(tmp_path / "home")


@pytest.fixture
def client(site: Site) -> Iterator[TestClient]:
    """Logged in as the inspector of all three districts; c.csrf is the session's token."""
    with TestClient(create_app(site.cfg), base_url=ORIGIN) as c:
        c.csrf = login(c, "巡查员")  # type: ignore[attr-defined]
        yield c


@pytest.fixture
def officer(site: Site) -> Iterator[TestClient]:
    """Logged in as the case officer (who exports)."""
    with TestClient(create_app(site.cfg), base_url=ORIGIN) as c:
        c.csrf = login(c, "办案员")  # type: ignore[attr-defined]
        yield c


def test_search_page_lists_findings_with_total_and_facets(client: TestClient) -> None:
    page = client.get("/findings")
    assert page.status_code == 200
    assert "共 <strong>4</strong> 条命中" in page.text
    assert "芝罘区" in page.text and "福山区" in page.text  # district names beside results
    assert page.headers["content-security-policy"].startswith("default-src 'self'")


@pytest.mark.parametrize(("query", "expected"), [
    ("微信", {"F-wechat"}),
    ("海参", {"F-haishen"}),
    ("最", {"F-zui", "F-xss"}),
    ("高血压", {"F-haishen"}),
    ("abc123", {"F-wechat"}),
    ("微 信", {"F-wechat"}),
    ("海鲜 最低价", {"F-zui"}),
    ("淘宝客", set()),
])
def test_cjk_search_finds_one_and_two_character_words(client: TestClient, query: str,
                                                      expected: set[str]) -> None:
    body = client.get("/api/findings", params={"q": query}).json()
    assert {h["finding_id"] for h in body["hits"]} == expected
    assert body["total"] == len(expected)
    html = client.get("/findings", params={"q": query}).text
    for fid in expected:
        assert f'href="/findings/{fid}"' in html


def test_highlight_marks_query_and_stays_escaped(client: TestClient) -> None:
    html = client.get("/findings", params={"q": "最"}).text
    assert "<mark>最</mark>" in html
    assert XSS not in html
    assert "&lt;script&gt;window.__xss=1&lt;/script&gt;" in html


def test_crawled_text_is_escaped_everywhere(client: TestClient, site: Site) -> None:
    for url in ("/", "/findings", "/findings/F-xss", "/findings?q=script"):
        html = client.get(url).text
        assert XSS not in html and "<img src=x" not in html, url
        assert "&lt;img src=x onerror=alert(2)&gt;店" in html, url
    api = client.get("/api/findings/F-xss").json()
    assert api["matched_text"] == XSS  # the API returns the data itself, as JSON


def test_filters_sort_and_cursor_paging(client: TestClient) -> None:
    assert [h["finding_id"] for h in client.get(
        "/api/findings", params={"district": "福山区"}).json()["hits"]] == ["F-haishen"]
    assert client.get("/api/findings", params={"platform": "jd"}).json()["total"] == 1
    assert client.get("/api/findings", params={"rule": "AD-ABSOLUTE"}).json()["total"] == 2
    by_severity = client.get("/api/findings", params={"sort": "severity"}).json()["hits"]
    assert [h["severity"] for h in by_severity] == ["high", "high", "medium", "low"]
    seen: list[str] = []
    params: dict[str, str] = {"limit": "3", "sort": "severity"}
    while True:
        body = client.get("/api/findings", params=params).json()
        seen += [h["finding_id"] for h in body["hits"]]
        if not body["next_after"]:
            break
        params["after"] = body["next_after"]
    assert sorted(seen) == ["F-haishen", "F-wechat", "F-xss", "F-zui"] and len(seen) == 4
    first = client.get("/findings", params={"sort": "severity"}).text
    assert "下一页" not in first  # 4 findings fit one page of 20


def test_date_range_uses_beijing_days(client: TestClient, site: Site) -> None:
    today = clock.shanghai(site.capture.captured_at)[:10]
    assert client.get("/api/findings", params={"since": today, "until": today}).json()[
        "total"] == 4
    assert client.get("/api/findings", params={"until": "2020-01-01"}).json()["total"] == 0


@pytest.mark.parametrize(("params", "message"), [
    ({"sort": "price"}, "sort must be one of"),
    ({"severity": "urgent"}, "severity must be one of"),
    ({"since": "28/11/2026"}, "since must be a date"),
    ({"after": "not-a-cursor"}, "cursor"),
    ({"district": "北京"}, "unknown district"),
    ({"limit": "0"}, "limit must be between"),
    ({"limit": "many"}, "limit"),
    ({"q": "！？"}, "nothing searchable"),
])
def test_api_errors_have_one_json_shape(client: TestClient, params: dict[str, str],
                                        message: str) -> None:
    response = client.get("/api/findings", params=params)
    assert response.status_code == 400
    error = response.json()["error"]
    assert set(error) == {"code", "message"} and message in error["message"]


def test_api_unknown_things_are_json_404(client: TestClient) -> None:
    assert client.get("/api/findings/nope").json()["error"]["code"] == "NotFound"
    assert client.get("/api/nothing").json()["error"]["code"] == "http_404"


def test_finding_page_shows_evidence_side_by_side(client: TestClient, site: Site) -> None:
    f = site.findings["F-wechat"]
    html = client.get("/findings/F-wechat").text
    assert f.evidence_id in html and "北京时间" in html and f.captured_at in html
    assert "《广告法》第九条第三项" in html
    assert f'src="/artefacts/{f.capture_id}/derived/F-wechat.png"' in html
    assert f'src="/artefacts/{f.capture_id}/pages/01-home/screenshot-1.png"' in html
    for artefact in site.capture.artefacts:
        assert artefact.sha256 in html
    assert "✓ 与证据编号一致" in html and "✗" not in html
    assert "该店铺的其他线索" in html and 'href="/findings/F-haishen"' in html
    shot = client.get(f"/artefacts/{f.capture_id}/pages/01-home/screenshot-1.png")
    assert shot.status_code == 200 and shot.headers["content-type"] == "image/png"
    assert shot.content == (Path(site.capture.folder) / "pages/01-home/screenshot-1.png"
                            ).read_bytes()
    derived = client.get(f"/artefacts/{f.capture_id}/derived/F-wechat.png")
    assert derived.status_code == 200 and derived.content.startswith(b"\x89PNG")


def test_tampered_artefact_is_flagged(client: TestClient, site: Site) -> None:
    path = Path(site.capture.folder) / "pages/01-home/page.html"
    path.write_bytes(path.read_bytes() + b"<!-- edited -->")
    html = client.get("/findings/F-wechat").text
    assert "✗ 不一致 mismatch" in html


def test_captured_html_is_served_sandboxed(client: TestClient, site: Site) -> None:
    r = client.get(f"/artefacts/{site.capture.capture_id}/pages/01-home/page.html")
    assert r.status_code == 200 and r.content == HTML.encode()
    assert r.headers["content-security-policy"].startswith("sandbox")
    assert r.headers["x-content-type-options"] == "nosniff"


@pytest.mark.parametrize("path", [
    "../../../hongdun.db",
    "..%2F..%2F..%2Fhongdun.db",
    "pages/../../../../keys/signing.key",
    "%2Fetc%2Fpasswd",
    "manifest.sig",
    "pages/01-home",
    "derived/../../../ledger.jsonl",
    "derived/nope.png",
])
def test_artefact_path_traversal_is_refused(client: TestClient, site: Site, path: str) -> None:
    r = client.get(f"/artefacts/{site.capture.capture_id}/{path}")
    assert r.status_code == 404, path
    assert b"PRIVATE KEY" not in r.content and b"SQLite" not in r.content


def test_symlink_out_of_capture_is_refused(client: TestClient, site: Site) -> None:
    link = Path(site.capture.folder) / "derived" / "escape.png"
    link.symlink_to(site.cfg.keys_dir / "signing.key")
    assert client.get(f"/artefacts/{site.capture.capture_id}/derived/escape.png"
                      ).status_code == 404


def test_unknown_capture_is_404(client: TestClient) -> None:
    assert client.get("/artefacts/nope/visit.json").status_code == 404


def test_status_change_same_origin(client: TestClient, site: Site) -> None:
    r = client.post("/findings/F-wechat/status",
                    data={"status": "confirmed", "csrf_token": client.csrf},  # type: ignore[attr-defined]
                    headers={"Origin": ORIGIN}, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/findings/F-wechat"
    conn = db.connect(site.cfg.db_path)
    assert FindingsStore(conn).get("F-wechat").status == "confirmed"  # type: ignore[union-attr]
    conn.close()
    assert client.get("/api/findings", params={"status": "confirmed"}).json()["total"] == 1
    assert "已确认" in client.get("/findings/F-wechat").text
    again = client.post("/findings/F-wechat/status",
                        data={"status": "dismissed", "csrf_token": client.csrf},  # type: ignore[attr-defined]
                        headers={"Origin": ORIGIN})
    assert again.status_code == 409


@pytest.mark.parametrize("headers", [
    {},
    {"Origin": "http://evil.example"},
    {"Origin": "null"},
    {"Referer": "http://evil.example/page"},
    {"Origin": ORIGIN, "Sec-Fetch-Site": "cross-site"},
])
def test_cross_site_status_change_is_refused(client: TestClient, site: Site,
                                             headers: dict[str, str]) -> None:
    r = client.post("/findings/F-haishen/status", headers=headers,
                    data={"status": "dismissed", "csrf_token": client.csrf})  # type: ignore[attr-defined]
    assert r.status_code == 403
    conn = db.connect(site.cfg.db_path)
    assert FindingsStore(conn).get("F-haishen").status == "new"  # type: ignore[union-attr]
    conn.close()


def test_foreign_host_header_is_refused(client: TestClient) -> None:
    assert client.get("/", headers={"Host": "rebind.example:8000"}).status_code == 400


def test_bad_status_value_is_refused(client: TestClient) -> None:
    r = client.post("/findings/F-zui/status",
                    data={"status": "deleted", "csrf_token": client.csrf},  # type: ignore[attr-defined]
                    headers={"Origin": ORIGIN})
    assert r.status_code == 409 and "deleted" in r.text


def test_export_returns_a_verifiable_zip(officer: TestClient, site: Site,
                                         tmp_path: Path) -> None:
    token = {"csrf_token": officer.csrf}  # type: ignore[attr-defined]
    assert officer.post("/findings/F-wechat/export", data=token).status_code == 403
    r = officer.post("/findings/F-wechat/export", data=token, headers={"Origin": ORIGIN})
    assert r.status_code == 200 and r.headers["content-type"] == "application/zip"
    assert "hongdun-F-wechat.zip" in r.headers["content-disposition"]
    out = tmp_path / "bundle.zip"
    out.write_bytes(r.content)
    names = zipfile.ZipFile(out).namelist()
    assert f"captures/{site.capture.capture_id}/derived/F-wechat.png" in names
    report = verify_bundle(out)
    assert report.evidence_ids == (site.capture.evidence_id,)


def test_sweeps_page_and_health(client: TestClient) -> None:
    html = client.get("/sweeps").text
    assert "双11 预热巡查" in html and "已完成" in html and "double11.yaml" in html
    assert client.get("/healthz").json() == {"status": "ok", "version": "0.1.0",
                                             "backend": "sqlite", "findings": 4}


def test_missing_capture_folder_still_shows_finding(client: TestClient, site: Site) -> None:
    conn = db.connect(site.cfg.db_path)
    moved = replace(site.findings["F-zui"], capture_id="gone", finding_id="F-orphan")
    FindingsStore(conn).index([moved])
    conn.close()
    r = client.get("/findings/F-orphan")
    assert r.status_code == 200 and "no capture" in r.text


def test_db_is_real_sqlite(site: Site) -> None:
    conn = sqlite3.connect(site.cfg.db_path)
    assert conn.execute("SELECT count(*) FROM findings_fts").fetchone()[0] == 4
    conn.close()


def test_search_falls_back_to_sqlite_when_elasticsearch_is_down(site: Site) -> None:
    down = config.load({"home": str(site.cfg.home), "elasticsearch_url": "http://127.0.0.1:9"},
                       environ={})
    with TestClient(create_app(down), base_url=ORIGIN) as c:
        token = login(c, "巡查员")
        body = c.get("/api/findings", params={"q": "微信"}).json()
        assert body["total"] == 1 and "SQLite" in body["notice"]
        assert "检索服务不可用" in c.get("/findings", params={"q": "微信"}).text
        r = c.post("/findings/F-wechat/status", data={"status": "dismissed", "csrf_token": token},
                   headers={"Origin": ORIGIN}, follow_redirects=False)
        assert r.status_code == 303  # SQLite changed; the outbox keeps it for Elasticsearch
        assert c.get("/healthz").json()["error"]["code"] == "BackendUnavailable"


def test_export_of_a_finding_without_capture_is_a_clear_404(officer: TestClient,
                                                           site: Site) -> None:
    conn = db.connect(site.cfg.db_path)
    FindingsStore(conn).index([replace(site.findings["F-zui"], capture_id="gone",
                                       finding_id="F-orphan")])
    conn.close()
    r = officer.post("/findings/F-orphan/export", headers={"Origin": ORIGIN},
                     data={"csrf_token": officer.csrf})  # type: ignore[attr-defined]
    assert r.status_code == 404 and "no capture" in r.text


def test_sweeps_page_shows_upcoming_runs_from_the_plans(tmp_path: Path) -> None:
    from datetime import UTC, datetime

    from hongdun.schedule import upcoming
    from hongdun.schedule.plans import DEFAULT_PLAN, load_plan
    from hongdun.schedule.runner import Runner

    cfg = config.load({"home": str(tmp_path / "home")})
    list(Runner(cfg).install([load_plan(DEFAULT_PLAN)]))
    add_users(cfg)
    runs = upcoming(cfg, datetime(2026, 12, 1, tzinfo=UTC), limit=3)
    assert runs, "the default plan has runs in December"
    app = create_app(cfg, upcoming=lambda: runs)
    with TestClient(app, base_url=ORIGIN) as c:
        login(c, "科长")
        body = c.get("/sweeps").text
    assert "即将进行" in body and runs[0].at_local in body and runs[0].plan in body


def test_viewing_a_finding_is_logged_in_the_custody_log(client: TestClient, site: Site) -> None:
    from evidence.custody import CustodyLog

    finding = site.findings["F-zui"]
    assert client.get(f"/findings/{finding.finding_id}").status_code == 200
    [entry] = [e for e in CustodyLog(site.cfg.home).read() if e.action == "view"]
    assert entry.captures == (finding.capture_id,) and finding.finding_id in entry.detail
