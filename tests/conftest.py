"""Shared fixtures: the demo marketplace on a free loopback port, and the `hongdun` CLI.

A sweep runs Scrapy's reactor, which cannot restart inside one process, so tests
run `hongdun` as a child process, exactly as a user would.
"""

from __future__ import annotations

import contextlib
import functools
import io
import os
import signal
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, sync_playwright

import demo.families.site
from demo.families import build
from demo.families.corpus import Family
from demo.server import DemoServer

Hongdun = Callable[..., subprocess.CompletedProcess[str]]
CHROMIUM = "/usr/bin/chromium"  # Debian's, as the crawler drives it
# The demo marketplace and the test servers listen on loopback, which the crawler refuses
# unless allow-listed (crawlers/ssrf.py): tests allow 127.0.0.1, on any port, explicitly.
TEST_ALLOW_PRIVATE = {"HONGDUN_ALLOW_PRIVATE": "127.0.0.1"}
# With HONGDUN_TEST_WORKERS=N (scripts/test.sh), the suite runs on N pytest-xdist workers,
# a test module at a time (pytest_xdist_make_scheduler below: a module's fixtures, a browser
# sweep, run once). xdist hands out the modules with the most tests first, whatever the
# collection order. The default is one process: see scripts/test.sh.
# Modules on the one Elasticsearch server run on one worker, one after the other: the
# outage tests stop and restart it (scripts/es.sh down/up/pause) under the others' feet.
ELASTICSEARCH_GROUP = "elasticsearch"


def pytest_sessionstart(session: pytest.Session) -> None:
    """Give Ctrl-C back to a suite started with SIGINT ignored. A background job of a
    non-interactive shell (`make test &`, a CI wrapper) starts with SIGINT ignored, Python
    then installs no KeyboardInterrupt handler, and every `hongdun` child inherits the
    ignored signal through exec: the suite and its sweeps could not be interrupted."""
    if signal.getsignal(signal.SIGINT) == signal.SIG_IGN:
        signal.signal(signal.SIGINT, signal.default_int_handler)


@pytest.hookimpl(optionalhook=True)  # a hook of pytest-xdist, unknown without it
def pytest_xdist_make_scheduler(config: pytest.Config, log: object) -> object:
    """Schedule a module at a time (its fixtures run once), the Elasticsearch ones as one."""
    from xdist.scheduler import LoadScopeScheduling  # only asked for when xdist runs

    class ModuleScheduling(LoadScopeScheduling):
        def _split_scope(self, nodeid: str) -> str:
            path = nodeid.split("::")[0]
            return ELASTICSEARCH_GROUP if _on_elasticsearch(config.rootpath / path) else path

    return ModuleScheduling(config, log)


@functools.cache
def _on_elasticsearch(module: Path) -> bool:
    """Whether a test module loads the real server's fixtures (tests/es_server.py)."""
    return module.is_file() and '"es_server"' in module.read_text(encoding="utf-8")


@pytest.fixture(scope="session", autouse=True)
def family_build() -> Iterator[Callable[[str], Family]]:
    """`build(name)` of a held-out family, once per session: a family is generated in memory
    from its code alone (a frozen Family, the same every time), and the family tests, the
    quality bench they run and every in-process demo server (demo/families/site.py builds on
    first request) would otherwise build all 30-odd of them five times over."""
    built = functools.cache(build)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(demo.families.site, "build", built)
        yield built


@pytest.fixture(scope="session")
def demo_url() -> Iterator[str]:
    """Base URL of a demo marketplace serving for the whole test session."""
    with DemoServer() as server:
        yield server.start()


@pytest.fixture(scope="module")
def family_server() -> Iterator[DemoServer]:
    """A demo marketplace serving the page families, for one test module."""
    with DemoServer() as running:
        yield running


@pytest.fixture(scope="module")
def family_browser() -> Iterator[Browser]:
    """One real Chromium for a module's browser tests, each in a context of its own."""
    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield chromium
        chromium.close()


@pytest.fixture
def family_page(family_browser: Browser) -> Iterator[Page]:
    """A fresh page in a fresh browser context (no cookies, storage or cache shared)."""
    context = family_browser.new_context()
    try:
        yield context.new_page()
    finally:
        context.close()


def run_hongdun(home: Path, *args: str, timeout: float = 600,
                env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run the real console command with a data directory; capture its output."""
    return subprocess.run(
        [sys.executable, "-m", "hongdun.cli", "--home", str(home), *args],
        capture_output=True, text=True, timeout=timeout,
        env={**TEST_ALLOW_PRIVATE, **os.environ, **(env or {})}, check=False,
    )


def main_in_process(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """The console command's own entry point (hongdun.cli.main) run in this process: what a
    user sees (exit code, stdout, stderr) without an interpreter start per call. Only for
    commands that need no process of their own (never a sweep: Scrapy's reactor cannot
    restart); a test keeps at least one real `run_hongdun` call of the command it checks."""
    from hongdun.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(["--home", str(home), *args])
        except SystemExit as exc:  # argparse's usage errors exit 2
            code = exc.code if isinstance(exc.code, int) else 1
    return subprocess.CompletedProcess(["hongdun", *args], code, out.getvalue(), err.getvalue())


@pytest.fixture
def hongdun(tmp_path: Path) -> Hongdun:
    """`hongdun(...)` runs the CLI against a fresh data directory for this test."""

    def call(*args: str, **kwargs: object) -> subprocess.CompletedProcess[str]:
        return run_hongdun(tmp_path / "home", *args, **kwargs)  # type: ignore[arg-type]

    return call
