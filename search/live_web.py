"""The live-room parts of the inspector page (issue 10): a live finding's transcript around
each matched line, the room-state entry, the frame of that moment and the session video.

`live_context` gives finding.html its live section, read through evidence.live from
the sealed files (each re-hashed against the manifest first). Routes, added to the app
itself so check_routes sees their actions (office/permissions.yaml `live.view`), each
checking the finding's or capture's district like the other capture artefacts:
  GET /findings/{id}/live/{n}/frame.png    the frame nearest place n, marked server-side
                                           (header strip, red box on the OCR text)
  GET /captures/{capture_id}/live/session.webm   the watch's WebM; Range requests get 206,
                                           so the page's <video src="…#t=<at_s>"> seeks
                                           without any script (the CSP allows none)
Both views go into the custody log (evidence.custody): every frame served, and a video
when it is opened (a request from byte 0; the later Range reads of one playback are not
logged one by one).
"""

from __future__ import annotations

import sqlite3
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Request
from fastapi.responses import FileResponse, Response

from evidence import livesession as live
from evidence.custody import CustodyLog
from evidence.livebundle import marked_frame
from hongdun.records import Finding
from office.sessions import Session
from search import views
from search.guard import Guard, address, need, open_db
from search.store import FindingsStore

Db = Annotated[sqlite3.Connection, Depends(open_db)]
SANDBOXED = {
    "Content-Security-Policy": "sandbox; default-src 'none'",
    "X-Content-Type-Options": "nosniff",
}


def live_context(cap: views.CaptureFolder, manifest: Any, finding: Finding) -> dict[str, Any]:
    """finding.html's live section: {"live": LiveView | None, "live_error": str | None}."""
    try:
        return {"live": live.read_live(cap.folder, manifest, finding), "live_error": None}
    except live.LiveFileError as exc:
        return {"live": None, "live_error": str(exc)}


def _finding(conn: sqlite3.Connection, finding_id: str) -> Finding:
    found = FindingsStore(conn).get(finding_id)
    if found is None:
        raise views.NotFound(f"没有这条线索 / no finding {finding_id!r}")
    return found


def opens_video(range_header: str | None) -> bool:
    """True when a request starts a playback or a download: no Range, or one from byte 0."""
    if not range_header:
        return True
    unit, _, ranges = range_header.partition("=")
    return unit.strip() == "bytes" and ranges.split(",")[0].strip().startswith("0-")


def add_routes(app: FastAPI, guard: Guard, custody: CustodyLog) -> None:
    """Add the live routes to the inspector app; views are written to `custody`."""

    @app.get("/findings/{finding_id}/live/{number}/frame.png")
    def live_frame(request: Request, finding_id: str, number: int, conn: Db,
                   me: Annotated[Session, need("live.view")]) -> Response:
        finding = _finding(conn, finding_id)
        guard.check(request, me, "live.view", finding.district, [finding.capture_id])
        cap = views.capture_folder(conn, finding.capture_id)
        manifest = views.read_manifest(cap)
        try:
            view = live.read_live(cap.folder, manifest, finding)
            item = next((e for e in view.excerpts if e.number == number), None) if view else None
            if item is None or item.frame is None:
                raise views.NotFound(f"线索 {finding_id} 的位置 {number} 没有直播画面 / "
                                     f"no live frame for place {number}")
            png = marked_frame(cap.folder, manifest, finding, item)
        except live.LiveFileError as exc:
            raise views.NotFound(str(exc)) from None
        custody.append("view", [finding.capture_id], me.user.name,
                       f"live frame {item.frame.path}, finding {finding_id} place {number}, "
                       f"from {address(request)}")
        return Response(png, media_type="image/png", headers=SANDBOXED)

    @app.get("/captures/{capture_id}/live/session.webm")
    def live_video(request: Request, capture_id: str, conn: Db,
                   me: Annotated[Session, need("live.view")]) -> FileResponse:
        guard.check_any(request, me, "live.view", views.capture_districts(conn, capture_id),
                        [capture_id])
        cap = views.capture_folder(conn, capture_id)
        try:
            art = views.read_manifest(cap).artefact(live.VIDEO)
        except KeyError:
            raise views.NotFound(f"取证记录 {capture_id} 没有直播录像 / no session video") \
                from None
        path = views.inside(cap.folder, live.VIDEO)
        if path.stat().st_size != art.size:  # the page re-hashes it; a range read cannot
            raise views.NotFound(f"{live.VIDEO}: 大小与封存清单不一致 / size differs from the "
                                 "sealed manifest")
        if opens_video(request.headers.get("range")):
            custody.append("view", [capture_id], me.user.name,
                           f"live video {live.VIDEO}, from {address(request)}")
        return FileResponse(path, media_type="video/webm", headers=SANDBOXED,
                            content_disposition_type="inline", filename="session.webm")
