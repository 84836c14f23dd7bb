"""The sixth sealed batch (lianmai, yzmall, yaofang): its shape, its registry extracts, and the
WebSocket rooms as a browser and a bare socket see them. Never its scores: the batch is sealed.
"""

from __future__ import annotations

import base64
import json
import os
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, sync_playwright

from demo.families import SEALED, build
from demo.families.corpus import Family
from demo.families.truth import family_dir, read_truth, registry_csv
from demo.families.wsfeed import WS_SCRIPT, frames_of
from demo.server import DemoServer
from hongdun.registry import read_registry_file

CHROMIUM = "/usr/bin/chromium"


@pytest.fixture(scope="module")
def batch() -> dict[str, Family]:
    return {name: build(name) for name in SEALED}


@pytest.fixture(scope="module")
def server() -> Iterator[DemoServer]:
    with DemoServer() as running:
        yield running


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield chromium
        chromium.close()


def test_the_batch_has_three_families_one_of_live_rooms_each_of_ten_to_thirteen(
        batch: dict[str, Family]) -> None:
    assert len(batch) >= 3
    assert any({t.kind for t in f.targets} == {"livestream"} for f in batch.values())
    for name, family in batch.items():
        clean = [t for t, rules in read_truth(name).items() if not rules["rules"]]
        assert 10 <= len(family.targets) <= 13, name
        assert len(family.targets) / 4 <= len(clean) <= len(family.targets) / 2, (name, clean)


def test_registry_extracts_are_fresh_import_and_back_the_deregistered_labels(
        batch: dict[str, Family], tmp_path: Path) -> None:
    for name, family in batch.items():
        path = family_dir(name) / "registry.csv"
        text = registry_csv(family)
        assert path.read_text(encoding="utf-8") == text, f"{name}: python -m demo.families.build"
        gbk = tmp_path / f"{name}.csv"  # as Excel on a Chinese desktop would save it
        gbk.write_bytes(text.encode("gb18030"))
        records = {r.uscc: r for r in read_registry_file(gbk)}
        for t in family.targets:
            assert records[t.uscc].name == t.registered_name
            gone = records[t.uscc].status_kind in ("cancelled", "revoked")
            labelled = "licence.deregistered" in read_truth(name)[t.target_id]["rules"]
            assert gone == labelled, (name, t.target_id)


def _ws_frames(server: DemoServer, path: str, count: int) -> list[dict[str, object]]:
    host, port = server.base_url.removeprefix("http://").split(":")
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


def test_a_room_feed_plays_its_script_over_a_websocket(batch: dict[str, Family],
                                                       server: DemoServer) -> None:
    family = batch["lianmai"]
    path, (script, kind) = next(iter((p, a) for p, a in family.assets.items()
                                     if a[1] == WS_SCRIPT))
    assert kind == WS_SCRIPT
    want = [json.loads(payload) for _, payload in frames_of(script)[:3]]
    assert _ws_frames(server, f"/f/lianmai{path}", 3) == want


def test_a_room_renders_its_badged_lines_card_and_seats_in_a_browser(
        batch: dict[str, Family], server: DemoServer, browser: Browser) -> None:
    page = browser.new_page()
    try:
        page.goto(f"{server.base_url}/f/lianmai/xhs/anjiariyong/")
        page.wait_for_selector("html[data-feed-state=idle]", timeout=15_000)
        danmu = page.inner_text("ol[aria-label=弹幕]")
        assert "助播" in danmu and "连麦嘉宾" in danmu and "平台消息" in danmu
        assert "二维码" in danmu
        assert "讲解中" in page.inner_text(".lm-card")
        assert page.locator(".lm-seat").count() == 0  # the guest joined, then left
    finally:
        page.close()
