"""Live-room watch benchmark: 8 demo rooms recorded at once (issue 10).

What it does (loopback only): starts demo.server.DemoServer, opens 8 rooms (the
WebSocket and the polled room, alternating) in one Chromium, each in its own
context with record_video, and watches them all for --seconds (default 60) with
crawlers.live.recorder at speed 1. Then it runs a bare baseline in the same
process: the same 8 rooms open for the same time with no recorder and no video.
Prints, for both: CPU share of the 2 cores (process tree: Python + Chromium +
ffmpeg), peak memory of the process tree; per room: frames, lines, completeness
(lines in chat.jsonl against lines the page received before the window ended, and
against lines the server sent before it), and the size of one capture on disk.
Sealing is not wired to live captures yet, so no sealing time is printed.

Run: .venv/bin/python bench/live_bench.py [--seconds 60] [--rooms 8] [--out DIR]
"""

from __future__ import annotations

import argparse
import asyncio
import shutil
import sys
import tempfile
import threading
import time
from datetime import datetime
from pathlib import Path

import psutil
from playwright.async_api import Browser, async_playwright

from crawlers.live.network import received_payloads
from crawlers.live.recorder import LiveRecorder, WatchOptions
from crawlers.live.records import WatchSummary, fold_chat
from crawlers.live.video import finish_video, use_bundled_ffmpeg
from demo.server import DemoServer

ROOMS = ("haixian-ws", "guoyuan-poll")


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


async def _watch(browser: Browser, url: str, out: Path,
                 seconds: float) -> tuple[WatchSummary, str]:
    context = await browser.new_context(record_video_dir=str(out / "video"),
                                        viewport={"width": 1000, "height": 640})
    page = await context.new_page()
    recorder = await LiveRecorder.prepare(page, out, WatchOptions(seconds=seconds))
    await page.goto(url, timeout=60_000)
    session = await page.evaluate("JSON.parse(document.body.dataset.room).session")
    summary = await recorder.watch()
    await finish_video(context, page, out)
    return summary, str(session)


async def _bare(browser: Browser, url: str, seconds: float) -> None:
    context = await browser.new_context(viewport={"width": 1000, "height": 640})
    page = await context.new_page()
    await page.goto(url, timeout=60_000)
    await asyncio.sleep(seconds)
    await context.close()


async def _run(base: str, rooms: list[str], root: Path, seconds: float,
               recorded: bool) -> list[tuple[WatchSummary, str]]:
    async with async_playwright() as pw:
        browser = await pw.chromium.launch(executable_path="/usr/bin/chromium",
                                           args=["--no-sandbox"])
        urls = [f"{base}/live2/{room}/" for room in rooms]
        if recorded:
            out = await asyncio.gather(*(_watch(browser, u, root / f"{k:02d}", seconds)
                                         for k, u in enumerate(urls)))
        else:
            await asyncio.gather(*(_bare(browser, u, seconds) for u in urls))
            out = []
        await browser.close()
    return list(out)


def _size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print its figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--rooms", type=int, default=8)
    parser.add_argument("--out", type=Path, default=None, help="keep the captures here")
    args = parser.parse_args(argv)
    root = args.out or Path(tempfile.mkdtemp(prefix="live-bench-"))
    use_bundled_ffmpeg(root / "playwright")
    rooms = [ROOMS[k % 2] for k in range(args.rooms)]
    with DemoServer() as server:
        with TreeSampler() as watched:
            summaries = asyncio.run(_run(server.base_url, rooms, root, args.seconds, True))
        sent = {session: [e for e in server.live.sent(room, session) if e.kind == "chat"]
                for room, (_, session) in zip(rooms, summaries, strict=True)}
        with TreeSampler() as bare:
            asyncio.run(_run(server.base_url, rooms, root, args.seconds, False))
    print(f"live bench: {args.rooms} rooms, {args.seconds:.0f} s window, "
          f"{psutil.cpu_count()} cores, load {psutil.getloadavg()[0]:.1f}")
    print(f"{'run':<10}{'wall s':>8}{'CPU share':>11}{'peak MiB':>10}")
    for name, s in (("recorded", watched), ("bare", bare)):
        print(f"{name:<10}{s.seconds:>8.1f}{s.cpu_share:>11.0%}{s.peak / 2**20:>10.0f}")
    print(f"ratio recorded/bare: CPU {watched.cpu_share / max(bare.cpu_share, 1e-9):.2f}, "
          f"memory {watched.peak / max(bare.peak, 1):.2f}")
    print(f"{'room':<18}{'frames':>7}{'lines':>7}{'received':>9}{'sent':>6}{'vs recv':>9}"
          f"{'vs sent':>9}{'MB':>7}")
    for k, (summary, session) in enumerate(summaries):
        out = root / f"{k:02d}"
        lines = fold_chat(out / "chat.jsonl")
        received = received_payloads(out, summary.window_end_utc)
        got = [e for e in sent[session] if f'"id": "{e.msg_id}"'.encode() in received]
        end = datetime.fromisoformat(summary.window_end_utc)
        before = [e for e in sent[session] if datetime.fromisoformat(e.sent_utc) <= end]
        ok = sum(1 for line, e in zip(lines, got, strict=False)
                 if line.text == e.text or line.withdrawn)
        ok_sent = sum(1 for line, e in zip(lines, before, strict=False)
                      if line.text == e.text or line.withdrawn)
        print(f"{rooms[k]:<18}{summary.frames:>7}{summary.lines:>7}{len(got):>9}"
              f"{len(before):>6}{ok / max(len(got), 1):>9.0%}"
              f"{ok_sent / max(len(before), 1):>9.0%}"
              f"{_size(out) / 1e6:>7.1f}")
    print(f"captures in {root}" if args.out else "")
    if not args.out:
        shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
