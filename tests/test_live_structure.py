"""The live recorder finds a chat by structure, in a player it has no selectors for (issue 9).

The kslive family's rooms draw their chat from a binary feed into `kl-` classed rows with
image badges (alt 主播 / 管理员 / 粉丝团N级) and no list the watch.yaml selectors name.
One module fixture watches three of them at once in one Chromium; the tests read the
chat.jsonl files: the rows are found with the time each arrived, the speaker's role is
read from the row's structure, the captions stay the anchor's (timeline), and the rules
judge the recorded lines by who said them.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from live_capture import chat_lines
from playwright.async_api import Browser, async_playwright

from crawlers.live.recorder import LiveRecorder, WatchOptions
from crawlers.live.records import ChatLine
from demo.server import DemoServer
from hongdun.records import Capture, PageCapture, Target
from rules.engine import RuleSet
from rules.live import read_live
from rules.speech import shipped_speech

ROOMS = {"kl-01": "canfu88", "kl-02": "guoman520", "kl-09": "haiantwine"}
WINDOW = 2.0


async def _watch(browser: Browser, url: str, out: Path) -> None:
    context = await browser.new_context()
    page = await context.new_page()
    recorder = await LiveRecorder.prepare(page, out, WatchOptions(seconds=WINDOW))
    await page.goto(url, timeout=30_000)
    # the room is drawn once its feed arrived: watch from then, however loaded the machine
    await page.wait_for_selector("html[data-feed-done]", timeout=60_000)
    await recorder.watch()
    (out.parent / "home.html").write_text(await page.content(), encoding="utf-8")
    await context.close()


async def _watch_all(base: str, root: Path) -> None:
    async with async_playwright() as pw:
        browser = await pw.chromium.launch(executable_path="/usr/bin/chromium",
                                           args=["--no-sandbox"])
        await asyncio.gather(*(_watch(browser, f"{base}/f/kslive/ks/live/{room}/",
                                      root / tid / "live") for tid, room in ROOMS.items()))
        await browser.close()


@pytest.fixture(scope="module")
def rooms(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    root = tmp_path_factory.mktemp("kslive")
    with DemoServer() as server:
        asyncio.run(_watch_all(server.base_url, root))
    yield root


def _lines(root: Path, tid: str) -> list[ChatLine]:
    return chat_lines(root / tid / "live" / "chat.jsonl")


def test_every_chat_row_is_found_in_order_with_its_arrival_time(rooms: Path) -> None:
    lines = _lines(rooms, "kl-02")
    assert [(x.speaker, x.text) for x in lines] == [
        ("快手官方", "欢迎来到直播间！快手严禁未成年人直播或打赏，请理性消费。"),
        ("苹果控", "批发价多少？"), ("lily", "1"), ("老张", "1"),
        ("果满园小助理", "想要批发价的扣1，小助理私信发你vx号，加了单独给你算。"),
        ("苹果控", "点了赞")]
    assert [x.page_ms for x in lines] == sorted(x.page_ms for x in lines)
    assert all(len(_lines(rooms, tid)) >= 4 for tid in ROOMS)


def test_roles_come_from_badges_and_system_rows(rooms: Path) -> None:
    roles = {x.speaker: x.role for tid in ROOMS for x in _lines(rooms, tid)}
    assert roles["果满园小助理"] == "assistant"  # image badge alt 管理员
    assert roles["海岸酒庄-场控"] == "assistant"
    assert roles["快手官方"] == "system"
    assert roles["烟台大妈"] == "viewer"  # image badge alt 粉丝团6级
    badge = next(x for x in _lines(rooms, "kl-02") if x.speaker == "老张").hints["badges"]
    assert badge == [{"text": "粉丝团8级", "class": "kl-c-badge"}]


def test_captions_stay_the_anchors_speech_not_chat(rooms: Path) -> None:
    said = [t for t in read_live(str(rooms / "kl-01"), shipped_speech())
            if "咱不加哈" in t.text]
    assert said and all(t.source == "timeline" and t.role == "seller" for t in said)
    assert not any("咱不加哈" in x.text for x in _lines(rooms, "kl-01"))


def test_the_rules_read_the_recorded_lines_by_who_said_them(rooms: Path) -> None:
    def chat(tid: str) -> dict[str, str]:
        return {t.text: t.role for t in read_live(str(rooms / tid), shipped_speech())
                if t.source == "chat"}

    kl01 = chat("kl-01")
    assert kl01["主播加个微信呗，想多买点"] == "viewer"
    warning = next(t for t in kl01 if t.startswith("直播间内严禁引导站外交易"))
    assert kl01[warning] == "platform"
    assert chat("kl-09")["进粉丝群的家人扣“群”，群里发微信号，团购价私下给。"] == "assistant"


def _lure_places(root: Path, tid: str) -> list[tuple[str, str]]:
    """(source, ref) of the lure finding's places on the watched room: its DOM at the
    window's end as the home page, and the session."""
    url, at = f"http://127.0.0.1/f/kslive/ks/live/{ROOMS[tid]}/", "2026-12-01T02:00:00+00:00"
    target = Target(tid, "kuaishou", "livestream", url, "直播间", "", "370602", "食品")
    home = PageCapture("home", url, url, 200, (("Content-Type", "text/html; charset=utf-8"),),
                       (root / tid / "home.html").read_bytes(), (), True, at, at,
                       live_dir=str(root / tid / "live"))
    capture = Capture(tid, target, "test", str(root / tid), "0" * 64, at, (), (home,))
    return [(p.source, p.ref)
            for f in RuleSet.load().evaluate(capture, only=["live.offplatform_lure"])
            for p in f.places]


def test_a_room_admins_lure_is_found_and_a_viewers_request_is_not(rooms: Path) -> None:
    admin = next(x for x in _lines(rooms, "kl-02") if x.speaker == "果满园小助理")
    # the chat list found by structure is read once, from chat.jsonl, not again as page text
    assert _lure_places(rooms, "kl-02") == [("chat", f"chat:{admin.seq}")]
    admin = next(x for x in _lines(rooms, "kl-09") if x.speaker == "海岸酒庄-场控")
    assert set(_lure_places(rooms, "kl-09")) == {("chat", f"chat:{admin.seq}")}
    assert _lure_places(rooms, "kl-01") == []  # a viewer asks, the platform warns


def test_the_found_chat_list_is_named_in_the_session(rooms: Path) -> None:
    summary = json.loads((rooms / "kl-02" / "live" / "session.json").read_text(encoding="utf-8"))
    assert summary["chat_lists"] == ["body[1]/div[1]/div[4]"]  # div.kl-c-list
