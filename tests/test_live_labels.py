"""A chat row's role labels shown beside the author's name are the seller's side (issue 9 §2).

A 副播 (the host's sidekick), 场控 or 助播 is often shown as a label before the author's
name ("副播 小助手阿亮：…"), not in an element the recorder's selectors name as a badge.
The recorder must read such a label as the speaker's role, never take the label for the
author's name, and never judge by a list of names. One module fixture watches one room,
served by a route (no server), whose rows arrive at three moments.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest
from live_capture import chat_lines
from playwright.async_api import Route, async_playwright

from crawlers.live.recorder import LiveRecorder, WatchOptions
from crawlers.live.records import ChatLine

ROOM = "http://room.test/live/1"
# Rows as several players draw them: a label then "name：" (点淘-style), a label painted as
# a chip before a name without a colon, and a viewer whose nickname holds a role word.
PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><style>
.chip{background:#ff5000;color:#fff}</style></head><body>
<div class="stage"><ul class="feed" aria-label="互动"></ul></div>
<script>
var rows = [
  ['<em class="r">主播</em><span class="w">渔火阿磊：</span>' +
   '<span class="t">今天的海虹特别肥</span>',
   '<em class="r">副播</em><span class="w">小助手阿亮：</span>' +
   '<span class="t">想要批发价的扣1，加我微信转账</span>'],
  ['<b class="chip">场控</b><span class="w">阿强</span><span class="t">扣1的私信发你</span>',
   '<span class="w">客服小王：</span><span class="t">我是来买海虹的</span>'],
  ['<span class="w">小鱼：</span><span class="t">来了</span>']];
var kinds = [["a", "b"], ["c", "d"], ["e"]];
rows.forEach(function (batch, k) {
  setTimeout(function () {
    batch.forEach(function (html, i) {
      var li = document.createElement("li");
      li.className = "m " + kinds[k][i];
      li.innerHTML = html;
      document.querySelector(".feed").appendChild(li);
    });
    if (k === rows.length - 1) document.documentElement.setAttribute("data-done", "1");
  }, 150 + 200 * k);
});
</script></body></html>"""


async def _watch(out: Path) -> None:
    async with async_playwright() as pw:
        browser = await pw.chromium.launch(executable_path="/usr/bin/chromium",
                                           args=["--no-sandbox"])
        page = await (await browser.new_context()).new_page()

        async def serve(route: Route) -> None:
            await route.fulfill(body=PAGE, content_type="text/html; charset=utf-8")

        await page.route("http://room.test/**", serve)
        recorder = await LiveRecorder.prepare(page, out, WatchOptions(seconds=1.0))
        await page.goto(ROOM)
        await page.wait_for_selector("html[data-done]", timeout=30_000)
        await recorder.watch()
        await browser.close()


@pytest.fixture(scope="module")
def lines(tmp_path_factory: pytest.TempPathFactory) -> Iterator[list[ChatLine]]:
    out = tmp_path_factory.mktemp("labels") / "live"
    asyncio.run(_watch(out))
    yield chat_lines(out / "chat.jsonl")


def test_a_label_before_the_name_is_the_role_not_the_author(lines: list[ChatLine]) -> None:
    got = [(x.speaker, x.role, x.text) for x in lines]
    assert got[:2] == [("渔火阿磊", "anchor", "今天的海虹特别肥"),
                       ("小助手阿亮", "assistant", "想要批发价的扣1，加我微信转账")]


def test_a_label_painted_as_a_chip_before_a_short_name_is_the_role(
        lines: list[ChatLine]) -> None:
    assert ("阿强", "assistant", "扣1的私信发你") in [(x.speaker, x.role, x.text) for x in lines]


def test_a_role_word_inside_a_nickname_is_no_label(lines: list[ChatLine]) -> None:
    roles = {x.speaker: x.role for x in lines}
    assert roles["客服小王"] == "viewer" and roles["小鱼"] == "viewer"
    assert len(lines) == 5
