"""The live recorder inside shadow roots, in a real Chromium, and a swept room sealed.

Chat fed into a closed root's labelled list and straight into an open root (a list found
by structure), rows drawn by web components (their words in their own roots, drawn after
insertion), a page attaching 30000 roots; and `hongdun sweep --watch` over a room whose chat
is in roots: the rows are sealed in live/chat.jsonl and judged. Pages: tests/shadow_pages.py.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from live_capture import chat_lines, sweep_room
from playwright.async_api import Page
from shadow_pages import findings, in_browser, serve

from crawlers.browser import cap_dom
from crawlers.live.recorder import LiveRecorder, WatchOptions
from hongdun.records import Target
from rules.live import parse_watched, recorded_chat_lists
from rules.text import page_text, read_text


@pytest.fixture(scope="module")
def base() -> Iterator[str]:
    with serve() as url:
        yield url


def test_live_recorder_reads_chat_inside_shadow_roots(base: str, tmp_path: Path) -> None:
    out = tmp_path / "live"

    async def work(page: Page) -> str:
        recorder = await LiveRecorder.prepare(page, out, WatchOptions(seconds=3.0))
        await page.goto(base + "/room")
        summary = await recorder.watch()
        assert summary.chat_lists == ("body[1]/dan-mu[1]/template[1]",)
        await cap_dom(page, 2_000_000)
        return await page.content()

    html = in_browser(work)
    lines = chat_lines(out / "chat.jsonl")
    by_text = {line.text: line for line in lines}
    assert by_text["今天全网最低价"].speaker == "小美"
    assert [b["text"] for b in by_text["今天全网最低价"].hints["badges"]] == ["主播"]
    assert by_text["今天全网最低价"].role == "anchor"
    assert by_text["加微信领券"].speaker == "阿亮"
    assert by_text["多少钱"].speaker == "顾客甲"
    assert {f"弹幕第{i}条来了" for i in range(1, 5)} <= set(by_text)
    # the list found by structure is emptied in the sealed page (read once, from chat.jsonl)
    (out / "session.json").write_text(json.dumps({"chat_lists": [
        "body[1]/dan-mu[1]/template[1]"]}), encoding="utf-8")
    chat_lists = recorded_chat_lists(str(tmp_path))
    watched = parse_watched(html.encode(), "text/html; charset=utf-8", chat_lists)
    shown = read_text(watched).text
    assert "弹幕第1条来了" in page_text(html).text and "弹幕第1条来了" not in shown
    assert "今天全网最低价" in shown  # the role=log list in the closed root is page text


def test_live_recorder_on_a_page_with_very_many_roots_stays_bounded(base: str,
                                                                    tmp_path: Path) -> None:
    async def work(page: Page) -> float:
        recorder = await LiveRecorder.prepare(page, tmp_path / "live", WatchOptions(seconds=2.0))
        started = time.monotonic()
        await page.goto(base + "/many")
        summary = await recorder.watch()
        assert not [e for e in summary.errors if "drain" in e]
        return time.monotonic() - started

    assert in_browser(work) < 30


def test_live_recorder_reads_rows_drawn_by_web_components(base: str, tmp_path: Path) -> None:
    out = tmp_path / "live"

    async def work(page: Page) -> tuple[str, ...]:
        recorder = await LiveRecorder.prepare(page, out, WatchOptions(seconds=3.0))
        await page.goto(base + "/components")
        return (await recorder.watch()).chat_lists

    lists = in_browser(work)
    by_text = {line.text: line for line in chat_lines(out / "chat.jsonl")}
    for said in ("今天全网最低价", "今天全网最低价!"):  # the labelled list, the one found
        assert by_text[said].speaker == "小美"
        assert [b["text"] for b in by_text[said].hints["badges"]] == ["主播"]
        assert by_text[said].role == "anchor"
    assert by_text["多少钱"].speaker == by_text["多少钱!"].speaker == "顾客甲"
    assert "color" not in " ".join(by_text)
    assert lists == ("body[1]/div[1]",)


def test_a_swept_room_seals_its_shadow_chat_and_judges_it(base: str, tmp_path: Path) -> None:
    target = Target("t-room", "douyin", "livestream", base + "/room", "烟台市芝罘区示例商行",
                    "92370613MA3C5K7BXW", "370602", "日用百货")
    capture, _ = sweep_room(tmp_path / "home", target)
    lines = chat_lines(Path(capture.folder) / "live" / "chat.jsonl")
    assert {"今天全网最低价", "加微信领券", "弹幕第1条来了"} <= {line.text for line in lines}
    said = {(f.rule_id, p.matched_text) for f in findings(tmp_path / "home")
            for p in f.places if p.source == "chat"}
    assert ("live.offplatform_lure", "加微信") in said  # the 场控's lure in a closed root
