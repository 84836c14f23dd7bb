"""The PDF 电子数据提取笔录 (electronic-data extraction record), printed by Chromium via Playwright.

The record is rendered from templates/record.html with screenshots embedded as
data: URIs, loaded with every network request refused, and printed to A4.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Mapping, Sequence
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import Route, sync_playwright

from evidence.livebundle import LiveFinding
from evidence.livesession import clock_text
from hongdun import clock
from hongdun.errors import HongdunError
from hongdun.records import Capture, Finding

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync"]


def _data_uri(path: Path) -> str:
    return _png_uri(path.read_bytes())


def _png_uri(data: bytes) -> str:
    return "data:image/png;base64," + base64.b64encode(data).decode()


def render_record(captures: Sequence[Capture], findings: Sequence[Finding],
                  stamps: dict[str, str], key_id: str, created_at: str, operator: str,
                  live: Mapping[str, LiveFinding] | None = None,
                  files: Mapping[str, bytes] | None = None) -> str:
    """The extraction record as HTML (autoescaped), images inline; `live` and `files`
    (evidence.livebundle) add each live finding's watch, transcript excerpt and frames."""
    env = Environment(loader=FileSystemLoader(Path(__file__).with_name("templates")),
                      autoescape=select_autoescape(["html"], default=True))
    env.filters["beijing"] = lambda stamp: clock.shanghai(stamp) if stamp else ""
    items = []
    for capture in captures:
        folder = Path(capture.folder)
        try:
            visit = json.loads((folder / "visit.json").read_bytes())
        except (OSError, ValueError):
            visit = {"pages": []}
        try:
            env_record = json.loads((folder / "environment.json").read_bytes())
        except (OSError, ValueError):
            env_record = None
        shots = [{"finding": f, "src": _data_uri(folder / f.annotated)}
                 for f in findings if f.capture_id == capture.capture_id and f.annotated
                 and (folder / f.annotated).is_file()]
        items.append({"capture": capture, "visit": visit, "environment": env_record,
                      "findings": [f for f in findings if f.capture_id == capture.capture_id],
                      "shots": shots, "stamp": stamps.get(capture.capture_id, ""),
                      "live": [(live or {})[f.finding_id] for f in findings
                               if f.capture_id == capture.capture_id
                               and f.finding_id in (live or {})]})
    frames = {path: _png_uri(data) for path, data in (files or {}).items()
              if path.endswith(".png")}
    return env.get_template("record.html").render(
        items=items, key_id=key_id, created_at=created_at, operator=operator,
        frames=frames, clock_text=clock_text)


def print_pdf(html: str, chromium: str) -> bytes:
    """Print HTML to an A4 PDF with Chromium, refusing every network request."""

    def refuse(route: Route) -> None:
        route.abort()

    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
            try:
                page = browser.new_page()
                page.route("**/*", refuse)
                page.set_content(html, wait_until="load")
                return page.pdf(format="A4", print_background=True, display_header_footer=True,
                                header_template="<span></span>",
                                footer_template='<div style="font-size:9px;width:100%;'
                                'text-align:center">第 <span class="pageNumber"></span> 页 '
                                '共 <span class="totalPages"></span> 页</div>',
                                margin={"top": "18mm", "bottom": "18mm", "left": "16mm",
                                        "right": "16mm"})
            finally:
                browser.close()
    except PlaywrightError as exc:
        raise HongdunError(f"Chromium could not print the PDF record: "
                           f"{str(exc).splitlines()[0]}") from None
