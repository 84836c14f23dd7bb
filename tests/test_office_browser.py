"""Accounts in real headless Chromium against a real `hongdun serve` on loopback.

Each role logs in through the form, sees its own start page, is refused a
route it may not use, and logs out; the case officer exports a bundle that
verifies. Screenshots go under the test's tmp dir (or HONGDUN_SCREENSHOTS).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from serving import hongdun_serve
from test_web import PASSWORD, seal_site
from test_web_browser import ARGS, CHROMIUM

from evidence.verify import verify_bundle
from office import audit

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="needs /usr/bin/chromium")


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """`hongdun serve` over a sealed site with one user per role; stopped afterwards."""
    home = tmp_path_factory.mktemp("office-browser") / "home"
    seal_site(home)
    with hongdun_serve(home) as base:
        yield base, home


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("HONGDUN_SCREENSHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def log_in(browser: Any, base: str, name: str, start: str = "/") -> tuple[Any, list[str]]:
    """A fresh context: open start, get sent to the login form, log in as name."""
    context = browser.new_context(viewport={"width": 1400, "height": 900}, accept_downloads=True)
    page = context.new_page()
    blocked: list[str] = []  # anything the CSP refused would show up here
    page.on("console", lambda m: blocked.append(m.text)
            if "Content Security Policy" in m.text else None)
    page.goto(f"{base}{start}")
    assert "/login?next=" in page.url
    page.fill("input[name=name]", name)
    page.fill("input[name=password]", PASSWORD)
    page.click("form[action='/login'] button")
    page.wait_for_load_state()
    return page, blocked


def refused(page: Any, base: str, path: str, text: str) -> None:
    response = page.goto(f"{base}{path}")
    assert response.status == 403, path
    assert text in page.locator(".alert").inner_text()


def log_out(page: Any, base: str) -> None:
    page.click("form.logout button")
    page.wait_for_url(f"{base}/login")
    page.goto(f"{base}/")
    assert "/login?next=" in page.url  # the session is gone


def test_login_page_then_inspector_sees_only_their_district(served: tuple[str, Path],
                                                            browser: Any, shots: Path) -> None:
    base, home = served
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    login = context.new_page()
    login.goto(f"{base}/findings/F-wechat")
    assert "登录" in login.locator("h1").inner_text()
    login.screenshot(path=str(shots / "login.png"), full_page=True)
    login.fill("input[name=name]", "芝罘巡查员")
    login.fill("input[name=password]", "wrong password, twelve+")
    login.click("form[action='/login'] button")
    assert "用户名或密码错误" in login.locator(".alert").inner_text()
    context.close()

    page, blocked = log_in(browser, base, "芝罘巡查员", "/findings/F-wechat")
    assert page.url == f"{base}/findings/F-wechat"  # back where they were going
    assert page.locator("button.to-confirmed").count() == 1  # may triage
    assert page.locator("form.export").count() == 0  # may not export
    page.goto(f"{base}/findings")
    assert page.locator("article.hit").count() == 2
    assert "芝罘巡查员" in page.locator(".who").inner_text()
    assert "巡查员" in page.locator(".user-role").inner_text()
    page.screenshot(path=str(shots / "inspector-search.png"), full_page=True)
    refused(page, base, "/findings/F-haishen", "不在您的辖区")
    page.screenshot(path=str(shots / "inspector-refused.png"), full_page=True)
    refused(page, base, "/users", "您的角色无权")
    page.goto(f"{base}/findings/F-wechat")
    page.click("button.to-confirmed")
    page.wait_for_url(f"{base}/findings/F-wechat")
    assert "已确认" in page.locator(".status-line").inner_text()
    assert blocked == []
    log_out(page, base)
    refusals = [e for e in audit.read(home) if e["event"] == "refused" and e["user"]]
    assert {(e["user"], e["path"]) for e in refusals} >= {("芝罘巡查员", "/findings/F-haishen"),
                                                          ("芝罘巡查员", "/users")}


def test_supervisor_sees_every_district_but_does_not_triage(served: tuple[str, Path],
                                                            browser: Any, shots: Path) -> None:
    base, _ = served
    page, blocked = log_in(browser, base, "科长")
    assert page.url == f"{base}/"
    page.goto(f"{base}/findings")
    assert page.locator("article.hit").count() == 4
    page.screenshot(path=str(shots / "supervisor-search.png"), full_page=True)
    page.goto(f"{base}/findings/F-haishen")
    assert page.locator("button[class^=to-]").count() == 0
    assert page.locator("form.export").count() == 0
    assert page.locator("section.custody").count() == 1
    refused(page, base, "/users", "您的角色无权")
    assert blocked == []
    log_out(page, base)


def test_case_officer_exports_a_bundle_that_verifies(served: tuple[str, Path], browser: Any,
                                                     shots: Path, tmp_path: Path) -> None:
    base, _ = served
    page, blocked = log_in(browser, base, "办案员", "/findings/F-zui")
    assert page.url == f"{base}/findings/F-zui"
    assert page.locator("button[class^=to-]").count() == 0
    with page.expect_download() as download:
        page.click("form.export button")
    out = tmp_path / download.value.suggested_filename
    download.value.save_as(out)
    assert out.name == "hongdun-F-zui.zip" and verify_bundle(out).evidence_ids
    page.reload()
    trail = page.locator("section.custody").inner_text()
    assert "export" in trail and "办案员" in trail
    page.screenshot(path=str(shots / "officer-finding.png"), full_page=True)
    refused(page, base, "/users", "您的角色无权")
    assert blocked == []
    log_out(page, base)


def test_admin_manages_users_and_reads_no_findings(served: tuple[str, Path], browser: Any,
                                                   shots: Path) -> None:
    base, _ = served
    page, blocked = log_in(browser, base, "管理员", "/users")
    assert page.url == f"{base}/users"
    rows = page.locator("table.users tbody tr")
    assert rows.count() == 5
    page.screenshot(path=str(shots / "admin-users.png"), full_page=True)
    refused(page, base, "/", "您的角色无权")
    page.screenshot(path=str(shots / "admin-refused.png"), full_page=True)
    assert blocked == []
    log_out(page, base)
