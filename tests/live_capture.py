"""A real live capture for the reader-side tests, made as a user makes one.

`sweep_room` runs `hongdun sweep --watch 15` over one demo /live2/ room: the sweep
watches it, seals live/ in the capture's manifest and the rules write the live finding.
Where the sweep cannot watch yet (this branch before live-watch's part of issue 10 is
merged: `PageCapture` has no `live_dir`), `record_room` runs the recorder itself and
`seal_watch` seals the folder the way the Sealer does (files hashed into a canonical
manifest, signed with the evidence key, ledger appended, custody log told), and
`live_finding` writes the finding a rule would: chat, timeline and frame_ocr places.
"""

from __future__ import annotations

import asyncio
import json
import shutil
import sqlite3
from dataclasses import fields
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
from hongdun.records import Artefact, Box, Capture, Finding, PageCapture, Place, Target
from search.store import FindingsStore

SWEEP_WATCHES = "live_dir" in {f.name for f in fields(PageCapture)}

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


def sweep_room(home: Path, target: Target, seconds: int = 15) -> tuple[Capture, Finding]:
    """`hongdun sweep --watch SECONDS` of one room; its capture and its live finding."""
    from conftest import run_hongdun

    from evidence.manifest import load_capture

    home.mkdir(parents=True, exist_ok=True)
    csv = home / "targets.csv"
    csv.write_text("target_id,platform,kind,url,shop_name,uscc,district,category\n"
                   f"{target.target_id},{target.platform},{target.kind},{target.url},"
                   f"{target.shop_name},{target.uscc},{target.district},{target.category}\n",
                   encoding="utf-8")
    done = run_hongdun(home, "sweep", "--targets", str(csv), "--watch", str(seconds),
                       "--name", "live-view")
    assert done.returncode == 0, done.stderr + done.stdout
    conn = sqlite3.connect(home / "hongdun.db")
    conn.row_factory = sqlite3.Row
    (folder,) = conn.execute("SELECT folder FROM captures").fetchone()
    store = FindingsStore(conn)
    found = [f for (fid,) in conn.execute("SELECT finding_id FROM findings ORDER BY finding_id")
             if (f := store.get(fid)) is not None and any(p.source == "chat" for p in f.places)]
    conn.close()
    assert found, "the sweep wrote no finding on the room's chat"
    return load_capture(Path(folder)), found[0]
