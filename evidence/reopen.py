"""Read a sealed capture folder back into the Capture the rules judge, pages included.

`reopen(folder)` rebuilds every PageCapture of a capture from its sealed files only
(visit.json, each page's html, headers, screenshots, images, OCR text, layout,
messages), each file checked against the manifest's hash before it is used. Crash
recovery uses it to finish a capture sealed by a sweep that was killed before its
rules ran (crawlers/recovered.py): the findings then come from exactly the bytes
that were sealed, as they would have in the sweep.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

from evidence import manifest
from evidence.canonical import sha256_bytes
from hongdun.errors import HongdunError, VerificationError
from hongdun.records import (
    Box,
    Capture,
    ImageCapture,
    Incident,
    Message,
    PageCapture,
    TextBlock,
)


class _Sealed:
    """The files of one sealed folder, each read once its hash matches the manifest."""

    def __init__(self, folder: Path, capture: Capture) -> None:
        self.folder = folder
        self.hashes = {a.path: a.sha256 for a in capture.artefacts}

    def read(self, path: str) -> bytes:
        if path not in self.hashes:
            raise VerificationError(f"{self.folder.name}: {path} is not in the manifest")
        data = (self.folder / path).read_bytes()
        if sha256_bytes(data) != self.hashes[path]:
            raise VerificationError(f"{self.folder.name}: {path} does not match the manifest")
        return data

    def json(self, path: str | None) -> Any:
        return None if path is None else json.loads(self.read(path))


def _page(files: _Sealed, entry: dict[str, Any]) -> PageCapture:
    ocr: dict[str, str] = files.json(entry.get("ocr")) or {}
    images = tuple(ImageCapture(i["url"], files.read(i["path"]), i["media_type"], i["alt"],
                                ocr.get(i["path"])) for i in entry["images"])
    layout = tuple(TextBlock(path, Box(x, y, w, h))
                   for path, x, y, w, h in files.json(entry.get("layout")) or ())
    response = entry.get("response")
    return PageCapture(
        entry["role"], entry["requested_url"], entry["final_url"], entry["status"],
        tuple((k, v) for k, v in files.json(entry["headers"])), files.read(entry["body"]),
        tuple(files.read(s) for s in entry["screenshots"]), entry["rendered"],
        entry["started_utc"], entry["finished_utc"], entry["server_ip"], entry["error"],
        messages=tuple(Message(**m) for m in files.json(entry.get("messages")) or ()),
        images=images, raw_body=None if response is None else files.read(response),
        layout=layout, incidents=tuple(Incident(**i) for i in entry["incidents"]),
        truncated=entry.get("truncated", ""))


def reopen(folder: Path) -> Capture:
    """The Capture of a sealed folder with its pages; VerificationError says what is wrong."""
    capture = manifest.load_capture(folder)
    files = _Sealed(folder, capture)
    try:
        visit = files.json("visit.json")
        pages = tuple(_page(files, entry) for entry in visit["pages"])
    except HongdunError:
        raise
    except OSError as exc:
        raise VerificationError(f"{folder.name}: cannot read ({exc.strerror})") from None
    except (ValueError, KeyError, TypeError) as exc:
        raise VerificationError(f"{folder.name}: visit.json does not read back "
                                f"({type(exc).__name__}: {exc})") from None
    return replace(capture, pages=pages)
