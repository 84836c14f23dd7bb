"""A data directory for the leads pages: test_web's sealed site, its leads, and a second sweep.

The first sweep (test_web.seal_site) has four findings of three rules at one seller; the
leads are built from them the first time the office opens (the migration of an older data
directory). A second sealed capture of the same seller then sees two of the violations again,
so two leads have two occurrences and the third (AD-MEDICAL) is marked not seen again.
"""

from __future__ import annotations

from pathlib import Path

from test_web import HTML, Site, make_finding, png, seal_site

from evidence.annotate import annotate
from evidence.seal import Sealer
from hongdun import clock, db
from hongdun.records import PageCapture, Visit
from leads import build, store
from leads.build import CaptureSeen
from leads.model import Sighting, lead_id
from leads.office import open_office
from search.backend import FindingsSink

TARGET = "yt-web-1"
LURE, MEDICAL, ABSOLUTE = (lead_id(TARGET, r) for r in ("LURE", "AD-MEDICAL", "AD-ABSOLUTE"))


def leads_site(home: Path) -> Site:
    """seal_site plus its leads and a second sweep that sees LURE and AD-ABSOLUTE again."""
    site = seal_site(home)
    conn = db.connect(site.cfg.db_path)
    office = open_office(site.cfg, conn)  # migrates: the first sweep's findings become leads
    first = site.capture
    now = clock.utc_now()
    page = PageCapture(role="home", requested_url=first.target.url, final_url=first.target.url,
                       status=200, headers=(("Content-Type", "text/html; charset=utf-8"),),
                       body=HTML.encode(), screenshots=(png("home again"),), rendered=True,
                       started_utc=now, finished_utc=now, server_ip="127.0.0.1")
    again = Sealer(site.cfg).seal(Visit(first.target, "sweep-web-2", (page,), "Mozilla/5.0 test",
                                        None))
    conn.execute("INSERT INTO captures VALUES (?, ?, ?, ?, ?, ?, ?)",
                 (again.capture_id, again.sweep_id, TARGET, again.evidence_id, again.folder,
                  again.captured_at, None))
    conn.commit()
    found = [annotate(again, f) for f in (
        make_finding(again, "F2-wechat", "LURE", "加微信", "下单前请加微信 abc123 私聊优惠"),
        make_finding(again, "F2-zui", "AD-ABSOLUTE", "最低价", "全网最低价，买贵退差",
                     severity="low", platform="pinduoduo", district="370613"))]
    sink = FindingsSink(site.cfg, conn)
    sink.add(found)
    sink.close()
    with store.writing(conn):
        build.record(conn, office.policy, office.members,
                     CaptureSeen(again.capture_id, again.sweep_id, TARGET, again.evidence_id,
                                 again.captured_at), [Sighting.of(f) for f in found], now,
                     "sweep:test")
        build.close_sweep(conn, again.sweep_id, now, "sweep:test")
    conn.close()
    return site
