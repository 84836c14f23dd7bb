"""Fixtures for tests that need the real Elasticsearch server started by scripts/es.sh.

`make test` (scripts/test.sh) starts the server and sets HONGDUN_TEST_ES_URL.
Without it the Elasticsearch tests FAIL under CI (CI=true) and are skipped
locally with the reason. Each test gets its own alias, dropped afterwards.
A test module loads them with `pytest_plugins = ["es_server"]`.
"""

from __future__ import annotations

import os
import subprocess
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from elasticsearch import Elasticsearch

from search.elastic import ElasticIndex

ENV = "HONGDUN_TEST_ES_URL"
SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "es.sh"


def require_es_url() -> str:
    """The test server's URL; fail in CI, skip locally, when it is not set."""
    url = os.environ.get(ENV, "")
    if url:
        return url
    reason = (f"{ENV} is not set: start the server with `make es-up` (scripts/es.sh up) "
              f"and export {ENV}=<its URL>, or run `make test`")
    if os.environ.get("CI"):
        pytest.fail(f"CI: Elasticsearch tests need a server. {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def es_url() -> str:
    """URL of the real test server."""
    url = require_es_url()
    client = Elasticsearch(url, request_timeout=10)
    try:
        health = client.cluster.health(wait_for_status="yellow", timeout="30s")
    except Exception as exc:  # any failure here means the server is not usable
        pytest.fail(f"{ENV}={url} does not answer: {exc}")
    assert health["status"] in ("green", "yellow")
    return url


@pytest.fixture
def es_client(es_url: str) -> Iterator[Elasticsearch]:
    """A client for the test server."""
    client = Elasticsearch(es_url, request_timeout=60)
    yield client
    client.close()


def unique_alias(tag: str = "t") -> str:
    """An alias no other test uses."""
    return f"hongdun-test-{tag}-{uuid.uuid4().hex[:10]}"


@pytest.fixture
def es_alias() -> str:
    """A fresh alias name for this test."""
    return unique_alias()


@pytest.fixture
def es_index(es_client: Elasticsearch) -> Iterator[ElasticIndex]:
    """An ElasticIndex on a fresh alias of the test server, dropped after the test."""
    index = ElasticIndex(es_client, alias=unique_alias())
    index.ensure()
    yield index
    index.drop()


@pytest.fixture
def es_control() -> Callable[..., str]:
    """Run scripts/es.sh (down, up, url, pause, resume) on the test server."""
    return es_script


def es_script(*args: str, timeout: float = 300) -> str:
    """Run scripts/es.sh with args; return its stdout (raise with its stderr on failure)."""
    done = subprocess.run(["bash", str(SCRIPT), *args], capture_output=True, text=True,
                          timeout=timeout, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"scripts/es.sh {' '.join(args)} failed: {done.stderr.strip()}")
    return done.stdout.strip()
