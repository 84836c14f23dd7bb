"""The live recorder on virtualised chat lists and replaced strips, in a real Chromium.

A virtualised list keeps ~20 row elements and rewrites (or moves) them for every new line;
a caption strip has its words replaced every few seconds. The pages are served by
page.route (no markup the watch.yaml selectors name, except the `role="log"` scroller):
one list found by structure whose 20 rows are rewritten in place and sometimes moved to
the end, one named scroller whose rows sit in a spacer (its author named by a selector, its chip
before it a label all the same), a caption over the picture and a
platform ticker. The tests read chat.jsonl and timeline.jsonl as the rules do.
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
from rules.live import read_live
from rules.speech import shipped_speech

N_LINES, POOL, STEP_MS = 60, 20, 90
CAPTIONS = ("家人们看这一树樱桃刚摘下来", "果柄都是绿的新鲜", "今天下单明早发顺丰",
            "坏果拍照包赔不用寄回", "最后十分钟抓紧拍")
TICKS = ("平台提醒：请勿私下交易", "平台提醒：理性消费谨防诈骗", "平台提醒：未成年人禁止打赏")


def _words(n: int) -> str:
    """Line n's words: distinct in more than digits, so no line is a tick of another."""
    return "请问" + chr(0x4E2D + 3 * n) + chr(0x5C71 + 5 * n) + "发货吗"


def _speaker(n: int) -> tuple[str, str]:
    """Line n's chip and author: every third line the host's."""
    return ("主播", "美美") if n % 3 == 0 else ("", f"观众{chr(0x738B + n)}")


EXPECTED = [(_speaker(n)[1], _words(n)) for n in range(N_LINES)]
FEED = json.dumps([[*_speaker(n), _words(n)] for n in range(N_LINES)], ensure_ascii=False)

PAGE = """<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>
.chip{background:#f60;color:#fff}</style></head><body>
<section class="screen"><div class="mark">LIVE</div><p class="say"></p>
<span class="count">1.2万</span></section>
<div role="marquee"><span class="tick"></span></div>
<div class="room"><div class="pool"></div></div>
<div class="named" role="log"><div class="spacer"></div></div>
<script>
var FEED = __FEED__, CAPTIONS = __CAPTIONS__, TICKS = __TICKS__, STEP = __STEP__;
function pool(box, nick) {
  var rows = [];
  for (var i = 0; i < __POOL__; i++) {
    var r = document.createElement("div");
    r.innerHTML = '<i class="chip"></i><b class="' + nick + '"></b><span></span>';
    box.appendChild(r); rows.push(r);
  }
  return rows;
}
var a = pool(document.querySelector(".pool"), ""),
    b = pool(document.querySelector(".spacer"), "nick");
function fill(row, line) {
  row.children[0].textContent = line[0];
  row.children[0].className = line[0] ? "chip" : "";
  row.children[1].textContent = line[1] + "：";
  row.children[2].textContent = line[2];
}
FEED.forEach(function (line, n) {
  setTimeout(function () {
    var row = a[n % a.length];
    if (n % 7 === 3) row.parentNode.appendChild(row);  // moved to the end, then rewritten
    fill(row, line);
    if (n % 10 === 5) fill(row, line);  // the same row drawn again, the same words
    fill(b[n % b.length], line);
  }, 200 + n * STEP);
});
CAPTIONS.forEach(function (words, k) {
  setTimeout(function () { document.querySelector(".say").textContent = words; }, 300 + k * 700);
});
TICKS.forEach(function (words, k) {
  setTimeout(function () { document.querySelector(".tick").textContent = words; }, 400 + k * 900);
});
for (var k = 0; k < 8; k++) {
  setTimeout(function (k) {
    document.querySelector(".count").textContent = (1.2 + k / 10).toFixed(1) + "万";
  }, 350 + k * 500, k);
}
setTimeout(function () {
  document.documentElement.setAttribute("data-done", "1");
}, 400 + __LINES__ * STEP);
</script></body></html>
"""
for _key, _value in (("__FEED__", FEED), ("__CAPTIONS__", json.dumps(CAPTIONS, ensure_ascii=False)),
                     ("__TICKS__", json.dumps(TICKS, ensure_ascii=False)),
                     ("__STEP__", str(STEP_MS)), ("__POOL__", str(POOL)),
                     ("__LINES__", str(N_LINES))):
    PAGE = PAGE.replace(_key, _value)


# A room that embeds its chat as a same-origin iframe: the frame holds the recycled pool.
FRAMED = ('<!doctype html><html><head><meta charset="utf-8"></head><body>'
          '<iframe src="/chat.html" title="直播间互动"></iframe></body></html>')


def _serve(url: str) -> str:
    if url.endswith("/framed/"):
        return FRAMED
    if url.endswith("/chat.html"):
        return PAGE
    return PAGE


async def _watch(browser: Browser, out: Path, path: str = "/live/") -> None:
    context = await browser.new_context()
    page = await context.new_page()
    await page.route("http://room.test/**", lambda route: route.fulfill(
        status=200, content_type="text/html; charset=utf-8",
        body=_serve(route.request.url).encode()))
    recorder = await LiveRecorder.prepare(page, out, WatchOptions(seconds=1.0))
    await page.goto("http://room.test" + path, timeout=30_000)
    if path == "/framed/":
        await page.frame_locator("iframe").locator("html[data-done]").wait_for(
            state="attached", timeout=60_000)
    else:
        await page.wait_for_selector("html[data-done]", state="attached", timeout=60_000)
    await recorder.watch()
    await context.close()


@pytest.fixture(scope="module")
def room(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    root = tmp_path_factory.mktemp("recycled")

    async def run() -> None:
        async with async_playwright() as pw:
            browser = await pw.chromium.launch(executable_path="/usr/bin/chromium",
                                               args=["--no-sandbox"])
            await asyncio.gather(_watch(browser, root / "live"),
                                 _watch(browser, root / "framed" / "live", "/framed/"))
            await browser.close()

    asyncio.run(run())
    yield root


def test_every_line_of_a_recycled_list_is_recorded_with_its_speaker(room: Path) -> None:
    lines = chat_lines(room / "live" / "chat.jsonl")
    said = [(line.speaker, line.text) for line in lines]
    # each list shows all 60 lines: the found pool and the named scroller's spacer
    for n, (speaker, words) in enumerate(EXPECTED):
        assert said.count((speaker, words)) == 2, (n, speaker, words, said.count((speaker, words)))
    order = [s for s in said if s in EXPECTED]
    firsts = [order.index(e) for e in EXPECTED]
    assert firsts == sorted(firsts)
    for line in lines:
        if line.speaker == "美美":
            assert line.role == "anchor", line
        else:
            assert line.role != "anchor", line
    extra = [(x.speaker, x.text) for x in lines if (x.speaker, x.text) not in EXPECTED]
    assert len(lines) == 2 * N_LINES, extra


def test_a_recycled_rows_old_line_leaves_when_it_is_rewritten(room: Path) -> None:
    lines = chat_lines(room / "live" / "chat.jsonl")
    left = [line for line in lines if line.left_page_ms is not None]
    # every row of both pools was rewritten twice: the first 40 lines of each gave way
    assert len(left) >= 2 * (N_LINES - POOL)


def test_a_replaced_caption_strip_is_the_hosts_speech_on_the_timeline(room: Path) -> None:
    timeline = [json.loads(x) for x in (room / "live" / "timeline.jsonl")
                .read_text(encoding="utf-8").splitlines()]
    captions = [t for t in timeline if t["state"] == "caption" and t["value"]]
    assert [t["value"] for t in captions] == list(CAPTIONS)
    times = [t["page_ms"] for t in captions]
    assert times == sorted(times) and times[-1] - times[0] >= 4 * 600
    assert [t["value"] for t in timeline if t["state"] == "ticker"] == list(TICKS)
    assert not [t for t in timeline if "万" in str(t["value"])]  # a ticking count is no speech
    texts = read_live(str(room), shipped_speech())
    spoken = {t.text: t.role for t in texts if t.source == "timeline"}
    assert all(spoken[c] == "seller" for c in CAPTIONS)
    assert all(spoken[t] == "platform" for t in TICKS)


def test_a_chat_in_a_same_origin_frame_is_recorded_on_the_rooms_clock(room: Path) -> None:
    lines = chat_lines(room / "framed" / "live" / "chat.jsonl")
    said = [(line.speaker, line.text) for line in lines]
    assert all(said.count(e) == 2 for e in EXPECTED), len(lines)
    assert len({line.seq for line in lines}) == len(lines)
    times = [line.page_ms for line in lines]
    assert min(times) > 0 and max(times) < 60_000  # on the room page's clock
