"""The files of a watched live room as capture artefacts: which ones, under `live/`, typed.

The recorder (crawlers/live) writes a working folder as the watch goes; at sealing,
every regular file in it becomes an artefact `live/<relative path>` of the capture,
linked (or copied) into the capture folder and hashed as a stream, never read whole.
The working folder is removed only once the capture is sealed.
"""

from __future__ import annotations

import shutil
from pathlib import Path

LIVE_DIR = "live"
_TYPES = {".jsonl": "application/x-ndjson", ".json": "application/json", ".png": "image/png",
          ".webm": "video/webm", ".gz": "application/warc"}


def media_type(name: str) -> str:
    """The media type of a live artefact by its name."""
    return next((t for ext, t in _TYPES.items() if name.endswith(ext)),
                "application/octet-stream")


def live_files(folder: Path) -> list[tuple[str, Path]]:
    """(artefact path, file) of every file a watch wrote, in a stable order."""
    return [(f"{LIVE_DIR}/{p.relative_to(folder).as_posix()}", p)
            for p in sorted(folder.rglob("*")) if p.is_file() and not p.is_symlink()]


def place_file(source: Path, target: Path) -> None:
    """Put a recorded file into the capture folder: a hard link, else a copy (the working
    file stays until the capture is sealed, so a failed seal loses nothing)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        target.hardlink_to(source)
    except OSError:
        shutil.copyfile(source, target)


def remove_working(folder: str) -> None:
    """Remove a watch's working folder once its files are sealed."""
    if folder:
        shutil.rmtree(folder, ignore_errors=True)
