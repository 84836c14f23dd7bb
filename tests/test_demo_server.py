"""Tests of the demo HTTP server: every page serves, days change prices, /bad/* misbehave."""

from __future__ import annotations

import http.client
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from demo.catalog import all_shops
from demo.pages import image_path
from demo.server import DemoServer
from demo.site import load_page_truth, targets_csv

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def base() -> Iterator[str]:
    with DemoServer() as server:
        yield server.base_url


def _get(url: str, timeout: float = 10) -> tuple[int, dict[str, str], bytes]:
    """GET without following redirects."""
    parts = urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=timeout)
    conn.request("GET", parts.path + (f"?{parts.query}" if parts.query else ""))
    resp = conn.getresponse()
    body = resp.read()
    conn.close()
    return resp.status, dict(resp.getheaders()), body


def test_start_returns_loopback_url_on_a_free_port() -> None:
    server = DemoServer()
    url = server.start()
    try:
        assert url.startswith("http://127.0.0.1:") and not url.endswith(":0")
        assert _get(url + "/")[0] == 200
    finally:
        server.stop()
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", int(url.rsplit(":", 1)[1])), timeout=1)


def test_every_target_url_serves_its_shop(base: str) -> None:
    import csv
    import io

    rows = list(csv.DictReader(io.StringIO(targets_csv(base))))
    for row in rows:
        status, headers, body = _get(row["url"])
        assert status == 200, row["url"]
        assert headers["Content-Type"].startswith("text/html")
        assert body.startswith(b"<!DOCTYPE html>")


def test_every_page_in_truth_serves(base: str) -> None:
    for path in load_page_truth():
        status, _, body = _get(base + path)
        assert status == 200, path
        assert len(body) > 500, path


def test_licence_images_are_pngs_that_carry_the_licence(base: str) -> None:
    shops = [s for s in all_shops() if s.display == "image"]
    assert len(shops) >= 3
    for shop in shops:
        status, headers, body = _get(base + image_path(shop))
        assert status == 200 and headers["Content-Type"] == "image/png"
        assert body[:8] == b"\x89PNG\r\n\x1a\n"
        assert len(body) > 20_000
    first = _get(base + image_path(shops[0]))[2]
    assert first == _get(base + image_path(shops[0]))[2], "image must be deterministic"


def test_unknown_paths_are_404(base: str) -> None:
    for path in ("/taobao/shop/nope/", "/taobao/shop/tb570031/item/nope", "/x",
                 "/taobao/shop/tb733905/licence", "/day/9/", "/day/0/"):
        assert _get(base + path)[0] == 404, path
    assert _get(base + "/?day=abc")[0] == 400


def test_shop_root_without_slash_redirects(base: str) -> None:
    status, headers, _ = _get(base + "/taobao/shop/tb570031")
    assert status == 301 and headers["Location"] == "/taobao/shop/tb570031/"


def test_day_path_and_query_change_prices_and_keep_links_on_that_day(base: str) -> None:
    shop = next(s for s in all_shops() if any(it.strike for it in s.items))
    item = next(it for it in shop.items if it.strike)
    day8 = _get(base + shop.root)[2].decode()
    day3 = _get(f"{base}/day/3{shop.root}")[2].decode()
    day3q = _get(f"{base}{shop.root}?day=3")[2].decode()
    strike = f"{item.strike:g}"
    assert strike in day8
    assert f"/day/3{shop.root}" in day3
    assert f"{shop.root}item/{item.item_id}?day=3" in day3q
    assert day3 != day8


def test_bad_endpoints(base: str) -> None:
    assert _get(base + "/bad/500")[0] == 500
    assert _get(base + "/bad/404")[0] == 404
    status, headers, _ = _get(base + "/bad/offsite")
    assert status == 302 and headers["Location"] == "http://offsite.invalid/"
    started = time.monotonic()
    assert _get(base + "/bad/slow?ms=400")[0] == 200
    assert 0.35 < time.monotonic() - started < 5
    assert _get(base + "/bad/slow?ms=x")[0] == 400
    with pytest.raises((TimeoutError, socket.timeout)):
        _get(base + "/bad/hang", timeout=0.5)


def test_stop_returns_quickly_while_a_request_hangs() -> None:
    server = DemoServer()
    url = server.start()
    outcome: list[object] = []

    def client() -> None:
        try:
            outcome.append(_get(url + "/bad/hang", timeout=30))
        except Exception as exc:  # the connection closes without an answer
            outcome.append(exc)

    thread = threading.Thread(target=client)
    thread.start()
    time.sleep(0.3)
    assert not outcome, "hang must not answer"
    started = time.monotonic()
    server.stop()
    assert time.monotonic() - started < 2
    thread.join(5)
    assert outcome and isinstance(outcome[0], Exception)


def test_port_in_use_is_a_one_line_error() -> None:
    from demo.site import DemoError

    with DemoServer() as first:
        port = int(first.base_url.rsplit(":", 1)[1])
        with pytest.raises(DemoError, match=r"cannot listen on 127\.0\.0\.1"):
            DemoServer(port=port).start()


def test_module_entry_point_serves_until_terminated() -> None:
    proc = subprocess.Popen([sys.executable, "-m", "demo.server", "--port", "0"], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = proc.stdout.readline() if proc.stdout else ""
        assert "demo marketplace at http://127.0.0.1:" in line
        url = line.split(" at ", 1)[1].split()[0].rstrip("/")
        with urllib.request.urlopen(url + "/targets.csv", timeout=10) as resp:
            assert resp.read().decode().startswith("target_id,platform,kind,url,")
    finally:
        proc.terminate()
        proc.wait(10)


def test_cli_demo_targets_and_bad_port(tmp_path: Path) -> None:
    out = tmp_path / "t.csv"
    done = subprocess.run([sys.executable, "-m", "hongdun.cli", "demo", "targets",
                           "--base-url", "http://127.0.0.1:1234", "-o", str(out)],
                          cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert out.read_text(encoding="utf-8") == targets_csv("http://127.0.0.1:1234")
    bad = subprocess.run([sys.executable, "-m", "hongdun.cli", "demo", "serve", "--port", "70000"],
                         cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert bad.returncode == 2
    assert bad.stderr.strip().splitlines() == ["hongdun: --port must be 0..65535, not 70000"]


def test_http_500_reaches_a_client_as_an_error(base: str) -> None:
    with pytest.raises(urllib.error.HTTPError) as info:
        urllib.request.urlopen(base + "/bad/500", timeout=5)
    assert info.value.code == 500


def test_cli_demo_serve_serves_until_terminated() -> None:
    proc = subprocess.Popen([sys.executable, "-m", "hongdun.cli", "demo", "serve", "--port", "0"],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = proc.stdout.readline() if proc.stdout else ""
        assert "demo marketplace at http://127.0.0.1:" in line, line
        url = line.split(" at ", 1)[1].split()[0].rstrip("/")
        with urllib.request.urlopen(url + "/jd/shop/jd1000981/zhengzhao", timeout=10) as resp:
            assert "数码之家" in resp.read().decode()
    finally:
        proc.terminate()
        proc.wait(10)
