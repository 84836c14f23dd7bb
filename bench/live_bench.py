"""Live-room watch benchmark: 8 demo rooms watched at once by `hongdun sweep --watch` (issue 10).

What it does (loopback only): starts demo.server.DemoServer in this process, writes a
targets file of --rooms live rooms (the WebSocket, polled and binary-frame rooms in
turn) and runs the real command, `hongdun sweep --watch SECONDS`, as a child process:
every room is watched at once in one Chromium with video, then OCR'd, sealed,
judged and indexed. Then it runs a bare baseline in the same process: the same rooms
open in Chromium for the same time with no recorder and no video. Prints, for both:
wall time, CPU share of the cores and peak memory of the whole process tree (Python,
Chromium, ffmpeg); per room: frames, lines, completeness (lines in the sealed chat.jsonl
against the lines the server sent that reached the page before the window ended, in
order, removed and withdrawn rows included), sealing time after the watch (window end to
sealed_at: OCR of the frames, hashing, signing) and the size of the capture.

Run: .venv/bin/python bench/live_bench.py [--seconds 60] [--rooms 8] [--out DIR]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from datetime import datetime
from pathlib import Path

import psutil
from playwright.async_api import Browser, async_playwright

from crawlers.live.network import received_payloads
from crawlers.live.records import ChatLine, WatchSummary
from crawlers.live.video import use_bundled_ffmpeg
from demo.server import DemoServer
from hongdun.livechat import fold_rows

ROOMS = ("haixian-ws", "guoyuan-poll", "fensi-pb")
_SESSION = re.compile(r"session=([\w.-]+)")  # the feed URL in network.jsonl


class TreeSampler:
    """CPU seconds and peak RSS of this process and all its children, sampled twice a second."""

    def __init__(self) -> None:
        self.root = psutil.Process()
        self.peak = 0
        self._stop = threading.Event()
        self._cpu: dict[int, float] = {}
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _tree(self) -> list[psutil.Process]:
        return [self.root, *self.root.children(recursive=True)]

    def _sample(self) -> None:
        rss = 0
        for proc in self._tree():
            try:
                times = proc.cpu_times()
                self._cpu[proc.pid] = times.user + times.system
                rss += proc.memory_info().rss
            except psutil.Error:
                continue
        self.peak = max(self.peak, rss)

    def _run(self) -> None:
        while not self._stop.wait(0.5):
            self._sample()

    def __enter__(self) -> TreeSampler:
        self._sample()
        self._start_cpu, self._start = sum(self._cpu.values()), time.monotonic()
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self._sample()
        self.seconds = time.monotonic() - self._start
        self.cpu_share = (sum(self._cpu.values()) - self._start_cpu) / self.seconds / \
            (psutil.cpu_count() or 1)


async def _bare(browser: Browser, url: str, seconds: float) -> None:
    context = await browser.new_context(viewport={"width": 1280, "height": 720})
    page = await context.new_page()
    await page.goto(url, timeout=60_000)
    await asyncio.sleep(seconds)
    await context.close()


async def _run_bare(urls: list[str], seconds: float) -> None:
    async with async_playwright() as pw:
        browser = await pw.chromium.launch(executable_path="/usr/bin/chromium",
                                           args=["--no-sandbox"])
        await asyncio.gather(*(_bare(browser, u, seconds) for u in urls))
        await browser.close()


def _sweep(home: Path, base: str, rooms: list[str], seconds: float) -> None:
    rows = ["target_id,platform,kind,url,shop_name,uscc,district,category,registered_name"]
    rows += [f"live-{k:02d},douyin,livestream,{base}/live2/{room}/?viewer={k},"
             f"烟台直播间{k:02d}商行,91370614MAD2K1Q93T,370614,食品,"
             for k, room in enumerate(rooms)]
    (home / "targets.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    env = {**os.environ, "HONGDUN_ALLOW_PRIVATE": "127.0.0.1"}
    done = subprocess.run([sys.executable, "-m", "hongdun.cli", "--home", str(home), "sweep",
                           "--targets", str(home / "targets.csv"), "--watch", f"{seconds:g}",
                           "--name", "live-bench"], env=env, capture_output=True, text=True,
                          check=False)
    if done.returncode != 0:
        raise SystemExit(f"sweep failed: {done.stderr.strip() or done.stdout[-500:]}")


def _size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def _reached(ident: str, received: bytes) -> bool:
    key = ident.encode()
    return b'"id": "' + key + b'"' in received or b"\x1a" + bytes([len(key)]) + key in received


def _room_row(folder: Path, room: str, sent: list) -> str:  # type: ignore[type-arg]
    live = folder / "live"
    session = json.loads((live / "session.json").read_text(encoding="utf-8"))
    summary = WatchSummary(**session)
    lines = [ChatLine(**row) for row in fold_rows(
        json.loads(raw) for raw in (live / "chat.jsonl").read_text(encoding="utf-8").splitlines()
        if raw.strip())]
    received = received_payloads(live, summary.window_end_utc)
    chat = [e for e in sent if e.kind == "chat"]
    want = [e for e in chat if _reached(e.msg_id, received)]
    ok = 0
    for line, event in zip(lines, chat, strict=False):  # in order; a tip stands for its line
        if line.text != event.text and not (line.withdrawn and event.speaker in line.dom_text):
            break
        ok += 1
    sealed = json.loads((folder / "visit.json").read_text(encoding="utf-8"))["sealed_at"]
    seal_s = (datetime.fromisoformat(sealed) -
              datetime.fromisoformat(summary.window_end_utc)).total_seconds()
    return (f"{room:<14}{summary.frames:>7}{summary.lines:>7}{len(want):>9}"
            f"{min(ok, len(want)) / max(len(want), 1):>9.0%}{seal_s:>9.1f}"
            f"{_size(folder) / 1e6:>7.1f}  {'; '.join(summary.errors)[:60]}")


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print its figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--rooms", type=int, default=8)
    parser.add_argument("--out", type=Path, default=None, help="keep the data directory here")
    args = parser.parse_args(argv)
    home = args.out or Path(tempfile.mkdtemp(prefix="live-bench-"))
    home.mkdir(parents=True, exist_ok=True)
    use_bundled_ffmpeg(home / "playwright")
    rooms = [ROOMS[k % len(ROOMS)] for k in range(args.rooms)]
    with DemoServer() as server:
        base = server.start()
        with TreeSampler() as watched:
            _sweep(home, base, rooms, args.seconds)
        sent = {room: server.live.sent(room) for room in ROOMS}
        with TreeSampler() as bare:
            asyncio.run(_run_bare([f"{base}/live2/{room}/" for room in rooms], args.seconds))
    print(f"live bench: {args.rooms} rooms through `hongdun sweep --watch {args.seconds:g}`, "
          f"{psutil.cpu_count()} cores, load {psutil.getloadavg()[0]:.1f}")
    print(f"{'run':<10}{'wall s':>8}{'CPU share':>11}{'peak MiB':>10}")
    for name, s in (("sweep", watched), ("bare", bare)):
        print(f"{name:<10}{s.seconds:>8.1f}{s.cpu_share:>11.0%}{s.peak / 2**20:>10.0f}")
    print(f"ratio sweep/bare: CPU {watched.cpu_share / max(bare.cpu_share, 1e-9):.2f}, "
          f"memory {watched.peak / max(bare.peak, 1):.2f}, "
          f"wall {watched.seconds / max(bare.seconds, 1e-9):.2f}")
    conn = sqlite3.connect(home / "hongdun.db")
    folders = dict(conn.execute("SELECT target_id, folder FROM captures").fetchall())
    print(f"{'room':<14}{'frames':>7}{'lines':>7}{'reached':>9}{'complete':>9}{'seal s':>9}"
          f"{'MB':>7}  errors")
    for k, room in enumerate(rooms):
        folder = folders.get(f"live-{k:02d}")
        if folder is None:
            print(f"{room:<14} not sealed")
            continue
        index = (Path(folder) / "live" / "network.jsonl").read_text(encoding="utf-8")
        found = _SESSION.search(index)
        mine = [e for e in sent[room] if found and e.session == found.group(1)]
        print(_room_row(Path(folder), room, mine))
    print(f"data directory {home}" if args.out else "")
    if not args.out:
        shutil.rmtree(home, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
