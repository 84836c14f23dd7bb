"""A real live capture for the reader-side tests: the recorder watches a demo /live2/ room in
Chromium, and the watch files are sealed under live/ with the evidence API.

The sweep's own path (`hongdun sweep --watch`, sealing a PageCapture's live folder) is
live-watch's part of issue 10; until it is merged, `seal_watch` seals a watch folder
the way the Sealer does: files hashed into a canonical manifest, signed with the
evidence key, the ledger appended, the custody log told.
"""

from __future__ import annotations

import asyncio
import json
import shutil
from pathlib import Path

from playwright.async_api import async_playwright

from crawlers.live.recorder import LiveRecorder, WatchOptions
from crawlers.live.records import fold_chat
from crawlers.live.video import finish_video, use_bundled_ffmpeg
from evidence import keys, ledger, manifest
from evidence.canonical import canonical_json, sha256_bytes, sha256_file
from evidence.custody import CustodyLog
from evidence.seal import new_capture_id
from hongdun import __version__, clock
from hongdun.config import Config
from hongdun.records import Artefact, Box, Capture, Finding, Place, Target

_TYPES = {".jsonl": "application/x-ndjson", ".json": "application/json", ".png": "image/png",
          ".webm": "video/webm", ".gz": "application/warc"}


async def _watch(url: str, out: Path, seconds: float) -> None:
    async with async_playwright() as pw:
        browser = await pw.chromium.launch(executable_path="/usr/bin/chromium",
                                           args=["--no-sandbox"])
        context = await browser.new_context(record_video_dir=str(out.parent / "video"),
                                            viewport={"width": 1000, "height": 640})
        page = await context.new_page()
        recorder = await LiveRecorder.prepare(page, out, WatchOptions(seconds=seconds,
                                                                      frame_every_s=3.0))
        await page.goto(url, timeout=20_000)
        await recorder.watch()
        await finish_video(context, page, out)
        await browser.close()


def record_room(url: str, work: Path, seconds: float = 15.0) -> Path:
    """Watch a room for `seconds` into work/live (chat, timeline, frames, network, video)."""
    use_bundled_ffmpeg(work / "playwright")
    out = work / "live"
    out.mkdir(parents=True)
    asyncio.run(_watch(url, out, seconds))
    shutil.rmtree(work / "video", ignore_errors=True)
    return out


def seal_watch(cfg: Config, target: Target, sweep_id: str, watch: Path) -> Capture:
    """Seal a watch folder as a capture whose artefacts are live/<file>; ledger it."""
    sealed_at = clock.utc_now()
    capture_id = new_capture_id(target.target_id, sealed_at)
    folder = cfg.evidence_dir / sweep_id / capture_id
    shutil.copytree(watch, folder / "live")
    session = json.loads((watch / "session.json").read_text(encoding="utf-8"))
    visit = {"capture_id": capture_id, "sweep_id": sweep_id, "target": target.target_id,
             "hongdun_version": __version__, "captured_at": session["started_utc"],
             "sealed_at": sealed_at, "sealed_at_shanghai": clock.shanghai(sealed_at),
             "live": "live/session.json",
             "pages": [{"index": 1, "role": "home", "requested_url": target.url,
                        "final_url": session["url"], "status": 200, "server_ip": "127.0.0.1",
                        "started_utc": session["started_utc"],
                        "started_shanghai": clock.shanghai(session["started_utc"])}]}
    (folder / "visit.json").write_bytes(canonical_json(visit))
    artefacts = [Artefact(p.relative_to(folder).as_posix(), sha256_file(p), p.stat().st_size,
                          _TYPES.get(p.suffix, "application/octet-stream"))
                 for p in sorted(folder.rglob("*")) if p.is_file()]
    key = keys.load_or_create(cfg.keys_dir)
    raw = manifest.build(capture_id=capture_id, target=target, sweep_id=sweep_id,
                         sealed_at=sealed_at, captured_at=session["started_utc"], failure=None,
                         key_id=keys.key_id(key.public_key()), hongdun_version=__version__,
                         artefacts=artefacts)
    (folder / manifest.MANIFEST).write_bytes(raw)
    (folder / manifest.SIGNATURE).write_bytes(key.sign(raw))
    ledger.append(cfg.home / "ledger.jsonl", capture_id, sha256_bytes(raw), sealed_at)
    CustodyLog(cfg.home).append("seal", [capture_id], "test", f"evidence_id {sha256_bytes(raw)}")
    m = manifest.parse(raw, capture_id)
    return Capture(capture_id, target, sweep_id, str(folder), m.evidence_id, m.captured_at,
                   m.artefacts)


def lure_places(capture: Capture, words: str = "yj8899") -> tuple[Place, ...]:
    """A chat place on the line saying `words`, a timeline place, a frame_ocr place."""
    folder = Path(capture.folder) / "live"
    lines = fold_chat(folder / "chat.jsonl")
    line = next(x for x in lines if words in x.text)
    frames = [json.loads(x) for x in (folder / "frames.jsonl").read_text().splitlines()]
    near = min(frames, key=lambda f: abs(f["offset_s"] - line.page_ms / 1000))
    timeline = [json.loads(x) for x in (folder / "timeline.jsonl").read_text().splitlines()]
    notice = next(n for n, t in enumerate(timeline, 1) if t["state"] == "notice"
                  and "私下交易" in (t["value"] or ""))  # counted from 1, as rules/live does
    url = capture.target.url
    return (
        Place(words, line.text, "home", url, source="chat", at_s=line.page_ms / 1000,
              ref=f"chat:{line.seq}", frame=f"live/{near['path']}"),
        Place("私下交易", timeline[notice - 1]["value"], "home", url, source="timeline",
              at_s=timeline[notice - 1]["offset_s"], ref=f"timeline:{notice}"),
        Place("加微信", "加微信 yj8899 更便宜", "home", url, box=Box(40, 60, 240, 36),
              source="frame_ocr", at_s=frames[-1]["offset_s"],
              ref=f"live/{frames[-1]['path']}", frame=f"live/{frames[-1]['path']}"),
    )


def live_finding(capture: Capture, finding_id: str, district: str) -> Finding:
    """An off-platform-lure finding on the room's chat, timeline and frame text."""
    places = lure_places(capture)
    first = places[0]
    return Finding(
        finding_id=finding_id, capture_id=capture.capture_id, evidence_id=capture.evidence_id,
        target_id=capture.target.target_id, platform=capture.target.platform, district=district,
        shop_name=capture.target.shop_name, rule_id="LURE-CHAT", title_zh="直播间引导站外交易",
        title_en="off-platform lure in a live room", legal_basis="《网络交易监督管理办法》第十四条",
        severity="high", certainty="suspected", matched_text=first.matched_text,
        context=first.context, url=first.url, page_role="home",
        captured_at=capture.captured_at, places=places)
