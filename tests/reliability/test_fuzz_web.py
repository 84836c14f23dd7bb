"""Schemathesis against the OpenAPI schema a real `hongdun serve` publishes: never a 500.

The test starts the server on a free loopback port over a data directory holding
findings, loads /api/openapi.json from it, and sends every generated request to
every operation. No response may be a 5xx or carry a traceback, and the server's own
log must hold no traceback either.
"""

from __future__ import annotations

import contextlib
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
import schemathesis
from hypothesis import given

from hongdun import db
from search import synthetic
from search.store import FindingsStore
from tests.reliability.fuzzing import TALLY, tally


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextlib.contextmanager
def serving(home: Path) -> Iterator[tuple[str, Path]]:
    """(base URL, log file) of a real `hongdun serve` over home, with findings in its index."""
    conn = db.connect(home / "hongdun.db")
    FindingsStore(conn).index(list(synthetic.findings(40, with_phrase=10)))
    conn.close()
    port = _free_port()
    log = home / "serve.log"
    with open(log, "wb") as out:
        child = subprocess.Popen([sys.executable, "-m", "hongdun.cli", "--home", str(home),
                                  "serve", "--port", str(port)], stdout=out,
                                 stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                urllib.request.urlopen(f"{base}/healthz", timeout=2).read()
                break
            except OSError:
                time.sleep(0.2)
        yield base, log
    finally:
        child.terminate()
        child.wait(30)
    text = log.read_text(encoding="utf-8", errors="replace")
    assert "Traceback" not in text, text[-3000:]


@pytest.fixture(scope="module")
def server_log(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """The served app for this module."""
    with serving(tmp_path_factory.mktemp("web") / "home") as served:
        yield served


@pytest.fixture(scope="module")
def web_schema(server_log: tuple[str, Path]) -> schemathesis.BaseSchema:
    return schemathesis.openapi.from_url(f"{server_log[0]}/api/openapi.json")


def _check(case: schemathesis.Case) -> None:
    tally("web API")
    response = case.call(timeout=20)
    assert response.status_code < 500, (f"{case.method} {case.formatted_path}: "
                                        f"{response.status_code} {response.text[:300]}")
    assert "Traceback" not in response.text


def test_no_request_gets_a_server_error(web_schema: schemathesis.BaseSchema) -> None:
    fuzz_schema(web_schema)


def fuzz_schema(web_schema: schemathesis.BaseSchema) -> None:
    """Drive every operation of the schema with generated requests."""
    # schemathesis' own pytest parametrisation does not run under pytest 9, so each
    # operation's strategy is driven by hypothesis directly (same generation, same calls).
    operations = [result.ok() for result in web_schema.get_all_operations()]
    assert len(operations) >= 5
    before = TALLY["web API"]
    for operation in operations:
        given(operation.as_strategy())(_check)()
    assert TALLY["web API"] - before >= len(operations)
