"""The inspector page in real headless Chromium over a real uvicorn server on loopback."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import uvicorn
from serving import free_port
from test_web import PASSWORD, XSS, Site, seal_site

from search.web import create_app

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="needs /usr/bin/chromium")


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Site]]:
    """A uvicorn server over a sealed site, stopped after the module's tests."""
    site = seal_site(tmp_path_factory.mktemp("browser") / "home")
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(site.cfg), host="127.0.0.1", port=port,
                                           log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started
    yield f"http://127.0.0.1:{port}", site
    server.should_exit = True
    thread.join(10)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        yield b
        b.close()


def log_in(browser: object, base: str, name: str) -> object:
    """A fresh browser context logged in as name through the login form."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000})  # type: ignore[attr-defined]
    page = context.new_page()
    page.goto(f"{base}/")
    page.fill("input[name=name]", name)
    page.fill("input[name=password]", PASSWORD)
    page.click("form[action='/login'] button")
    page.wait_for_url(f"{base}/")
    return page


def test_pages_render_without_running_crawled_script(served: tuple[str, Site], browser: object,
                                                     tmp_path: Path) -> None:
    base, site = served
    shots = Path(os.environ.get("HONGDUN_SCREENSHOTS", tmp_path))
    page: Any = log_in(browser, base, "巡查员")
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(f"{base}/findings?q=最")
    assert page.locator("article.hit").count() == 2
    assert page.locator("mark").first.inner_text() == "最"
    assert XSS in page.locator("body").inner_text()  # shown as text, not run
    assert page.evaluate("window.__xss") is None
    page.screenshot(path=str(shots / "search.png"), full_page=True)

    page.goto(f"{base}/findings/F-xss")
    assert page.evaluate("window.__xss") is None
    images = page.locator(".shots img")
    assert images.count() == 2
    assert all(images.nth(i).evaluate("img => img.naturalWidth > 0") for i in range(2))
    page.screenshot(path=str(shots / "finding.png"), full_page=True)

    page.click("button.to-confirmed")  # a real same-origin form POST from the page
    page.wait_for_url(f"{base}/findings/F-xss")
    assert "已确认" in page.locator(".status-line").inner_text()

    assert page.locator("form.export").count() == 0  # inspectors do not export
    officer: Any = log_in(browser, base, "办案员")
    officer.goto(f"{base}/findings/F-xss")
    with officer.expect_download() as download:
        officer.click("form.export button")
    assert download.value.suggested_filename == "hongdun-F-xss.zip"
    officer.context.close()

    page.goto(f"{base}/artefacts/{site.capture.capture_id}/pages/01-home/page.html")
    assert dialogs == []  # the captured page's alert() stayed sandboxed
    page.goto(f"{base}/sweeps")
    page.screenshot(path=str(shots / "sweeps.png"), full_page=True)
    page.context.close()
