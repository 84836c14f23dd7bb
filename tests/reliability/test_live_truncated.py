"""A live watch cut short after its window began keeps what it recorded: session.json says it
was truncated and why, the capture is sealed unfailed, and the rules judge the chat.

One real Chromium watches the demo's WebSocket room for a short window through the sweep's
`LiveWatch`; the page then "overruns its deadline" (the guard's failure reason is handed to
`cut_short`, as the spider's errback does), and the folder is sealed and judged: no licence
verdict is given, and the judgement says why (leads keep such a lead open).
"""

from __future__ import annotations

import asyncio
import json
from dataclasses import replace
from pathlib import Path

from playwright.async_api import async_playwright
from test_evidence_support import make_config, target

from crawlers.live.recorder import WatchOptions
from crawlers.live.video import use_bundled_ffmpeg
from crawlers.live.watch import LiveWatch
from demo.server import DemoServer
from evidence.reopen import reopen
from evidence.seal import Sealer
from hongdun.clock import utc_now
from hongdun.records import PageCapture, Visit
from rules.engine import RuleSet

REASON = "deadline: screenshot"


async def _watch_then_fail(url: str, live: LiveWatch) -> str:
    async with async_playwright() as pw:
        browser = await pw.chromium.launch(executable_path="/usr/bin/chromium",
                                           args=["--no-sandbox"])
        context = await browser.new_context(record_video_dir=str(live.folder / "video"))
        page = await context.new_page()
        await live.install(page, None)  # type: ignore[arg-type]
        await page.goto(url, timeout=20_000)
        await live.watch(page)
        assert live.cut_short(REASON) == REASON  # the steps after the window overran
        folder = await live.finish(page)
        await browser.close()
    return folder


def test_a_watch_cut_short_is_sealed_truncated_and_judged(tmp_path: Path) -> None:
    use_bundled_ffmpeg(tmp_path / "playwright")
    room = replace(target("yt-live"), kind="livestream")
    live = LiveWatch.create(tmp_path / "live", room, WatchOptions(seconds=5.0))
    started = utc_now()
    with DemoServer() as server:
        url = f"{server.start()}/live2/haixian-ws/?speed=2"
        folder = asyncio.run(_watch_then_fail(url, live))
    session = json.loads((Path(folder) / "session.json").read_text(encoding="utf-8"))
    assert session["truncated"] == REASON and session["lines"] > 0
    home = PageCapture("home", url, url, 0, (), b"", (), True, started, utc_now(), None,
                       REASON, live_dir=folder, truncated=REASON)
    cfg = make_config(tmp_path / "home")
    sealer = Sealer(cfg)
    capture = sealer.seal(Visit(room, "sweep-1", (home,), "Mozilla/5.0 test", None))
    sealer.close()
    assert capture.failure is None
    again = reopen(Path(capture.folder))  # recovery finishes it from the same sealed bytes
    assert again.pages[0].truncated == REASON and again.failure is None
    judged = RuleSet.load().judge(again)
    findings = judged.findings
    assert findings and all(f.places[0].source != "page" for f in findings), findings
    assert not {f.rule_id for f in findings} & {"licence.missing", "permit.food_missing"}
    # no licence verdict, and the leads stage is told so (a lead stays open, not "not seen")
    why = {u.rule_id: u.reason for u in judged.unjudged}
    assert REASON in why["licence.missing"] and "cut short" in why["licence.missing"], why
