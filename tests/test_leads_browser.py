"""The leads office in real headless Chromium against a real `hongdun serve` on loopback.

An inspector triages leads through every state the workflow lets them (with a
dismissal and its reason), a supervisor sends one back (退回), reassigns and sets
督办, a case officer refers, closes and exports, and the KPI page draws its SVG
trend. Every page is screenshotted under the test's tmp dir (or HONGDUN_SCREENSHOTS),
and nothing may be refused by the CSP.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from leads_web_site import ABSOLUTE, LURE, MEDICAL, leads_site
from serving import hongdun_serve
from test_office_browser import browser, log_in, log_out, refused, shots
from test_web_browser import CHROMIUM

from evidence.verify import verify_bundle
from hongdun import db
from leads import audit, store

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="needs /usr/bin/chromium")
__all__ = ["browser", "shots"]  # fixtures shared with test_office_browser


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """`hongdun serve` over the two-sweep leads site; stopped afterwards."""
    home = tmp_path_factory.mktemp("leads-browser") / "home"
    leads_site(home)
    with hongdun_serve(home) as base:
        yield base, home


def status(home: Path, lead_id: str) -> store.Lead:  # type: ignore[name-defined]
    conn = db.connect(home / "hongdun.db")
    try:
        return store.get(conn, lead_id)
    finally:
        conn.close()


def move(page: Any, base: str, lead_id: str, target: str, reason: str = "",
         css: str = "") -> None:
    """Press one of the lead page's workflow buttons (filling its reason when it has one)."""
    form = page.locator(f"form.move.to-{target}{css}")
    if reason:
        form.locator("input[name=reason]").fill(reason)
    form.locator("button").click()
    page.wait_for_url(f"{base}/leads/{lead_id}")


def test_inspector_triages_and_supervisor_sends_back_reassigns_presses(
        served: tuple[str, Path], browser: Any, shots: Path) -> None:
    base, home = served
    page, blocked = log_in(browser, base, "巡查员")
    assert page.url == f"{base}/"
    assert page.locator("tr.lead-row").count() == 3
    assert page.locator(".n-leads").inner_text() == "3"
    assert page.locator(".n-occurrences").inner_text() == "5"
    page.screenshot(path=str(shots / "inspector-start.png"), full_page=True)

    page.goto(f"{base}/leads/{MEDICAL}")
    assert page.locator("form.assign, form.press, form.export").count() == 0
    move(page, base, MEDICAL, "verifying")
    assert "核查中" in page.locator(".lead-status").inner_text()
    page.locator("form.move.to-dismissed button").click()  # no reason: the browser refuses
    assert page.url == f"{base}/leads/{MEDICAL}"
    assert status(home, MEDICAL).status == "verifying"
    move(page, base, MEDICAL, "dismissed", reason="已核实：该产品为备案医疗器械")
    assert "不构成违法" in page.locator(".lead-status").inner_text()
    assert "已核实：该产品为备案医疗器械" in page.locator("q.reason").inner_text()
    assert page.locator("form.move").count() == 0  # 退回 is the supervisor's

    page.goto(f"{base}/leads/{LURE}")
    move(page, base, LURE, "verifying")
    move(page, base, LURE, "confirmed")
    assert page.locator("form.move.to-referred").count() == 0  # referral: case officer
    assert page.locator("section.history tbody tr").count() >= 4
    page.screenshot(path=str(shots / "inspector-lead.png"), full_page=True)
    page.goto(f"{base}/kpi")
    assert "本人承办" in page.locator("h1").inner_text()
    assert blocked == []
    log_out(page, base)

    page, blocked = log_in(browser, base, "科长")
    page.goto(f"{base}/leads/{MEDICAL}")
    move(page, base, MEDICAL, "verifying", reason="证据不足，请补充核查", css=".send-back")
    assert status(home, MEDICAL).status == "verifying"
    page.goto(f"{base}/leads/{ABSOLUTE}")
    before = status(home, ABSOLUTE).assignee
    other = "芝罘巡查员" if before == "巡查员" else "巡查员"
    page.select_option("form.assign select[name=assignee]", other)
    page.fill("form.assign input[name=reason]", "均衡工作量")
    page.click("form.assign button")
    page.wait_for_url(f"{base}/leads/{ABSOLUTE}")
    assert other in page.locator("td.assignee").inner_text()
    page.fill("form.press input[name=reason]", "双11 重点督办")
    page.click("form.press button")
    page.wait_for_url(f"{base}/leads/{ABSOLUTE}")
    assert page.locator("h1 .badge.press").count() == 1
    assert page.locator("section.custody tbody tr").count() >= 3  # the joined trail
    page.screenshot(path=str(shots / "supervisor-lead.png"), full_page=True)
    page.goto(f"{base}/")
    assert page.locator("tr.lead-row.pressed").count() == 1
    page.screenshot(path=str(shots / "supervisor-start.png"), full_page=True)
    assert blocked == []
    log_out(page, base)
    conn = db.connect(home / "hongdun.db")
    moves = [(e.actor, e.action, e.to_status) for e in audit.events(conn, MEDICAL)][-3:]
    conn.close()
    assert moves == [("巡查员", "move", "verifying"), ("巡查员", "move", "dismissed"),
                     ("科长", "move", "verifying")]


def test_case_officer_refers_closes_and_exports(served: tuple[str, Path], browser: Any,
                                                shots: Path, tmp_path: Path) -> None:
    base, home = served
    page, blocked = log_in(browser, base, "办案员")
    refused(page, base, "/kpi", "您的角色无权")
    page.goto(f"{base}/leads/{LURE}")
    move(page, base, LURE, "referred")
    move(page, base, LURE, "closed", reason="已立案查处")
    assert status(home, LURE).status == "closed"
    with page.expect_download() as download:
        page.click("form.export button")
    out = tmp_path / download.value.suggested_filename
    download.value.save_as(out)
    assert out.name == f"hongdun-{LURE}.zip" and len(verify_bundle(out).evidence_ids) == 2
    page.reload()
    assert "export" in page.locator("section.history").inner_text()
    page.screenshot(path=str(shots / "officer-lead.png"), full_page=True)
    assert blocked == []
    log_out(page, base)


def test_local_inspector_is_refused_another_district(served: tuple[str, Path],
                                                     browser: Any) -> None:
    base, _ = served
    page, blocked = log_in(browser, base, "芝罘巡查员")
    assert page.locator("tr.lead-row").count() == 2
    refused(page, base, f"/leads/{MEDICAL}", "不在您的辖区")
    assert blocked == []
    log_out(page, base)


def test_kpi_page_draws_its_svg_trend(served: tuple[str, Path], browser: Any,
                                      shots: Path) -> None:
    base, _ = served
    page, blocked = log_in(browser, base, "科长", "/kpi")
    assert page.url == f"{base}/kpi"
    assert page.locator("svg.trend polyline, svg.trend circle").count() >= 1
    box = page.locator("svg.trend").bounding_box()
    assert box and box["width"] > 300 and box["height"] > 100
    assert "÷" in page.locator("ul.formulas").inner_text()
    page.screenshot(path=str(shots / "supervisor-kpi.png"), full_page=True)
    page.locator("table.kpi tr.kpi-all a").nth(2).click()  # 交办: the leads behind it
    assert page.locator("tr.lead-row").count() == 3
    assert blocked == []
    log_out(page, base)
