"""A live room whose chat arrives over a WebSocket (demo/families/lianmai): the demo
server speaks RFC 6455 to a bare client, and the crawler's page settle (crawlers/browser.py)
reads such a room once its chat has gone quiet, not before the first line (lm-02, lm-07).
Real Chromium, the real demo server; one family built."""

from __future__ import annotations

import base64
import json
import os
import socket
from collections.abc import Iterator

import pytest
from playwright.sync_api import sync_playwright

from crawlers.browser import SETTLE_INIT_JS, SETTLE_JS
from crawlers.profiles import Profiles
from demo.families import build
from demo.families.wsfeed import WS_SCRIPT, frames_of
from demo.server import DemoServer

CHROMIUM = "/usr/bin/chromium"


@pytest.fixture(scope="module")
def base() -> Iterator[str]:
    with DemoServer() as server:
        yield server.base_url


def _ws_frames(base: str, path: str, count: int) -> list[dict[str, object]]:
    """The first `count` text frames a bare RFC 6455 client reads from a family's feed."""
    host, port = base.removeprefix("http://").split(":")
    key = base64.b64encode(os.urandom(16)).decode()
    with socket.create_connection((host, int(port)), timeout=10) as sock:
        sock.sendall((f"GET {path} HTTP/1.1\r\nHost: {host}\r\nUpgrade: websocket\r\n"
                      f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\n"
                      "Sec-WebSocket-Version: 13\r\n\r\n").encode())
        stream = sock.makefile("rb")
        assert b"101" in stream.readline()
        while stream.readline() not in (b"\r\n", b""):
            pass
        out = []
        for _ in range(count):
            first, size = stream.read(2)
            assert first == 0x81
            if size == 126:
                size = int.from_bytes(stream.read(2), "big")
            out.append(json.loads(stream.read(size)))
        return out


def test_a_room_feed_plays_its_script_over_a_websocket(base: str) -> None:
    family = build("lianmai")
    path, script = next((p, a[0]) for p, a in family.assets.items() if a[1] == WS_SCRIPT)
    want = [json.loads(payload) for _, payload in frames_of(script)[:3]]
    assert _ws_frames(base, f"/f/lianmai{path}", 3) == want


def test_the_crawler_settle_waits_for_a_websocket_rooms_chat(base: str) -> None:
    # a room whose chat arrives over a WebSocket is read, as the crawler reads one DOM, once
    # its chat has gone quiet (crawlers/browser.py), not before the first line (lm-02, lm-07)
    profile = Profiles.load().generic  # the profile of a platform without one (小红书)
    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        try:
            page = chromium.new_page()
            page.add_init_script(SETTLE_INIT_JS)
            page.goto(f"{base}/f/lianmai/xhs/anjiariyong/", wait_until="load")
            settled = page.evaluate(SETTLE_JS, [profile.settle_ms, 8000])
            danmu = page.inner_text("ol[aria-label=弹幕]")
        finally:
            chromium.close()
    assert settled["settled"], settled
    assert "助播" in danmu and "连麦嘉宾" in danmu and "平台消息" in danmu and "二维码" in danmu
