"""Video of a watch: Playwright's record_video, with an ffmpeg this machine can install.

Playwright encodes the screencast with its own ffmpeg build, fetched by
`playwright install`, which cannot download here. The imageio-ffmpeg wheel ships
a static ffmpeg with libvpx; `ffmpeg_browsers_path` lays it out where Playwright
looks (PLAYWRIGHT_BROWSERS_PATH/ffmpeg-<revision>/ffmpeg-linux). Set the variable
before starting Playwright; browsers still come from executable_path.
"""

from __future__ import annotations

import asyncio
import json
import os
import shutil
from importlib import resources
from pathlib import Path

from playwright.async_api import BrowserContext, Page

VIDEO_NAME = "session.webm"


def _ffmpeg_revision() -> str:
    driver = resources.files("playwright").joinpath("driver/package/browsers.json")
    browsers = json.loads(driver.read_text(encoding="utf-8"))["browsers"]
    return next(b["revision"] for b in browsers if b["name"] == "ffmpeg")


def ffmpeg_browsers_path(folder: Path) -> Path:
    """A PLAYWRIGHT_BROWSERS_PATH under folder whose ffmpeg is imageio-ffmpeg's binary."""
    import imageio_ffmpeg

    target = folder / f"ffmpeg-{_ffmpeg_revision()}" / "ffmpeg-linux"
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        os.symlink(imageio_ffmpeg.get_ffmpeg_exe(), target)
    return folder


def use_bundled_ffmpeg(folder: Path) -> None:
    """Point this process's future Playwright drivers at the bundled ffmpeg (call first)."""
    os.environ.setdefault("PLAYWRIGHT_BROWSERS_PATH", str(ffmpeg_browsers_path(folder)))


async def finish_video(context: BrowserContext, page: Page, out: Path,
                       timeout_s: float = 60.0) -> Path | None:
    """Close the context (so the WebM is complete), move the page's video to out/session.webm."""
    video = page.video
    await asyncio.wait_for(context.close(), timeout_s)
    if video is None:
        return None
    source = Path(await asyncio.wait_for(video.path(), timeout_s))
    target = out / VIDEO_NAME
    shutil.move(str(source), target)
    return target

