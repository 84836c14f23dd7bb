"""A licence lead is 'not seen again' only when a sweep judged the licence: three real HTTP
sweeps of a small shop through the CLI. Sweep one finds no licence on its 营业执照 page (a
lead opens); in sweep two that page answers 503, so the rule gives no verdict and the lead
stays open, saying why; in sweep three the page shows the licence, and only then is the
lead marked not seen (整改?)."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from tests.conftest import run_hongdun

OWN = "92370613MA3C5K7BXW"
NAME = "烟台市芝罘区示例商行"
HOME = '<html><body><a href="zz.html">营业执照</a><p>手工草编，欢迎选购</p></body></html>'
NO_LICENCE = "<html><body><h2>证照信息</h2><p>暂无</p></body></html>"
LICENCE = (f"<html><body><h2>营业执照</h2><p>企业名称：{NAME}</p>"
           f"<p>统一社会信用代码：{OWN}</p></body></html>")


class _Site(ThreadingHTTPServer):
    """A one-shop site whose pages (path → (status, html)) a test changes between sweeps."""

    pages: dict[str, tuple[int, str]]


class _Handler(BaseHTTPRequestHandler):
    server: _Site

    def do_GET(self) -> None:
        status, body = self.server.pages.get(self.path.split("?")[0], (404, "not found"))
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.end_headers()
        self.wfile.write(body.encode())

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def site() -> Iterator[_Site]:
    server = _Site(("127.0.0.1", 0), _Handler)
    server.pages = {"/b/": (200, HOME), "/b/zz.html": (200, NO_LICENCE)}
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield server
    server.shutdown()


def _sweep(home: Path, name: str, *args: str) -> None:
    done = run_hongdun(home, "sweep", "--no-browser", "--name", name, *args,
                       env={"HONGDUN_PAGE_TIMEOUT": "5"})
    assert done.returncode == 0, done.stderr + done.stdout


def _lead(conn: sqlite3.Connection) -> sqlite3.Row:
    [lead] = conn.execute("SELECT * FROM leads WHERE rule_id = 'licence.missing'").fetchall()
    return lead


def _events(conn: sqlite3.Connection, action: str) -> list[str]:
    return [d for (d,) in conn.execute("SELECT detail FROM lead_events WHERE action = ?",
                                       (action,))]


def test_a_licence_page_that_failed_keeps_the_lead_open(site: _Site, tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    (home / "t.csv").write_text(
        "target_id,platform,kind,url,shop_name,uscc,district,category,registered_name\n"
        f"yt-b,官网,storefront,http://127.0.0.1:{site.server_address[1]}/b/,草编小站,{OWN},"
        f"370602,工艺品,{NAME}\n", encoding="utf-8")
    _sweep(home, "one", "--targets", str(home / "t.csv"))
    conn = sqlite3.connect(home / "hongdun.db")
    conn.row_factory = sqlite3.Row
    opened = _lead(conn)

    site.pages["/b/zz.html"] = (503, "busy")
    _sweep(home, "two")
    kept = _lead(conn)
    assert kept["lead_id"] == opened["lead_id"] and kept["first_not_seen"] is None
    [why] = _events(conn, "not_judged")
    assert "did not load" in why and "503" in why, why
    assert not _events(conn, "not_seen")
    shown = run_hongdun(home, "leads", "show", kept["lead_id"])
    assert "not_judged" in shown.stdout and "kept open" in shown.stdout, shown.stdout

    site.pages["/b/zz.html"] = (200, LICENCE)
    _sweep(home, "three")
    gone = _lead(conn)
    assert gone["first_not_seen"] is not None  # judged, and the licence is shown now: 整改?
    assert len(_events(conn, "not_seen")) == 1 and len(_events(conn, "not_judged")) == 1
