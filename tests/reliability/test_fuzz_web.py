"""Schemathesis against the OpenAPI schema a real `hongdun serve` publishes: never a 500.

The test starts the server on a free loopback port over a data directory holding
findings and one supervisor, logs in through the login form as a browser would,
loads /api/openapi.json with that session, and sends every generated request,
with the session cookie, to every operation. No response may be a 5xx or carry a
traceback, and the server's own log must hold no traceback either.
"""

from __future__ import annotations

import contextlib
import http.cookiejar
import re
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
import schemathesis
from hypothesis import given

from hongdun import clock, db
from office import accounts
from search import synthetic
from search.store import FindingsStore
from tests.reliability.fuzzing import TALLY, tally
from tests.serving import hongdun_serve

USER, PASSWORD = "fuzz-supervisor", "a long fuzzing passphrase 27"


def login(base: str) -> str:
    """The Cookie header of a session opened through the login form."""
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    form = opener.open(f"{base}/login", timeout=20).read().decode()
    token = re.search(r'name="csrf_token" value="([^"]+)"', form)
    assert token, "no CSRF field on the login form"
    data = urllib.parse.urlencode({"name": USER, "password": PASSWORD,
                                   "csrf_token": token[1]}).encode()
    opener.open(urllib.request.Request(f"{base}/login", data=data,
                                       headers={"Origin": base}), timeout=20).read()
    cookie = "; ".join(f"{c.name}={c.value}" for c in jar if c.path == "/")
    assert cookie, "login opened no session"
    return cookie


@contextlib.contextmanager
def serving(home: Path) -> Iterator[tuple[str, Path]]:
    """(base URL, log file) of a real `hongdun serve` over home, with findings in its index."""
    conn = db.connect(home / "hongdun.db")
    FindingsStore(conn).index(list(synthetic.findings(40, with_phrase=10)))
    accounts.ensure_schema(conn)
    with conn:
        conn.execute("INSERT INTO users VALUES (?, 'supervisor', '', ?, 0, ?)",
                     (USER, accounts.hash_password(PASSWORD), clock.utc_now()))
    conn.close()
    log = home / "serve.log"
    with hongdun_serve(home, log) as base:
        yield base, log
    text = log.read_text(encoding="utf-8", errors="replace")
    assert "Traceback" not in text, text[-3000:]


@pytest.fixture(scope="module")
def server_log(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """The served app for this module."""
    with serving(tmp_path_factory.mktemp("web") / "home") as served:
        yield served


def signed_in_schema(base: str) -> tuple[schemathesis.BaseSchema, dict[str, str]]:
    """The served schema, loaded with a fresh session, and that session's headers."""
    headers = {"Cookie": login(base)}
    return schemathesis.openapi.from_url(f"{base}/api/openapi.json", headers=headers), headers


@pytest.fixture(scope="module")
def web_schema(server_log: tuple[str, Path]) -> tuple[schemathesis.BaseSchema, dict[str, str]]:
    return signed_in_schema(server_log[0])


def test_no_request_gets_a_server_error(
        web_schema: tuple[schemathesis.BaseSchema, dict[str, str]]) -> None:
    fuzz_schema(*web_schema)


def fuzz_schema(web_schema: schemathesis.BaseSchema, headers: dict[str, str]) -> None:
    """Drive every operation of the schema with generated requests, signed in."""

    def check(case: schemathesis.Case) -> None:
        tally("web API")
        response = case.call(timeout=20, headers=headers)
        if response.status_code < 300:
            tally("web API signed-in 2xx")
        assert response.status_code < 500, (f"{case.method} {case.formatted_path}: "
                                            f"{response.status_code} {response.text[:300]}")
        assert "Traceback" not in response.text

    # schemathesis' own pytest parametrisation does not run under pytest 9, so each
    # operation's strategy is driven by hypothesis directly (same generation, same calls).
    operations = [result.ok() for result in web_schema.get_all_operations()]
    assert len(operations) >= 5
    before = TALLY["web API"]
    for operation in operations:
        given(operation.as_strategy())(check)()
    assert TALLY["web API"] - before >= len(operations)
    assert TALLY["web API signed-in 2xx"] > 0, "no request got past the login: session lost?"
