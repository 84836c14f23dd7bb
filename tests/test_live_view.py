"""A live finding as an inspector and a court read it (issue 10, reader side).

One module fixture watches the demo's WebSocket room for 15 s with the real recorder
in Chromium, seals the watch under live/ (tests/live_capture.py), stores a finding on
the withdrawn lure line, a notice and a frame, and serves the data directory with a
real `hongdun serve`. The tests read it as users do: the page, the frame, the video
with Range requests, another district's refusal, and the exported bundle and PDF.
"""

from __future__ import annotations

import contextlib
import io
import re
import subprocess
import sys
import unicodedata
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from live_capture import sweep_room
from PIL import Image
from pypdf import PdfReader
from serving import hongdun_serve
from test_evidence_support import flip, rewrite_zip
from test_web import PASSWORD, add_users, csrf_of

from demo.server import DemoServer
from evidence import livesession
from evidence.custody import CustodyLog
from evidence.verify import verify_bundle
from hongdun import config, db
from hongdun.config import Config
from hongdun.errors import VerificationError
from hongdun.records import Capture, Finding, Place, Target
from search.live_web import opens_video

WATCH_S = 15.0


@dataclass(frozen=True)
class Served:
    base: str
    cfg: Config
    capture: Capture
    finding: Finding

    @property
    def page(self) -> str:
        return f"/findings/{self.finding.finding_id}"

    def place(self, source: str) -> tuple[int, Place]:
        """The 1-based number and the first place of the finding from source."""
        return next((n, p) for n, p in enumerate(self.finding.places, 1) if p.source == source)


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    root = tmp_path_factory.mktemp("live-view")
    cfg = config.load({"home": str(root / "home")}, environ={})
    with DemoServer() as demo:
        url = f"{demo.base_url}/live2/haixian-ws/"
        target = Target("yt-live-1", "douyin", "livestream", url, "长岛海鲜现捞直播",
                        "92370613MA3C5K7BXW", "370602", "食品")
        capture, finding = sweep_room(cfg.home, target, int(WATCH_S))
    add_users(cfg)
    with hongdun_serve(cfg.home, root / "serve.log") as base:
        yield Served(base, cfg, capture, finding)


@contextlib.contextmanager
def signed_in(served: Served, name: str) -> Iterator[httpx.Client]:
    """An HTTP client with a session of user `name`, logged in through the form."""
    with httpx.Client(base_url=served.base, headers={"Origin": served.base}) as client:
        form = client.get("/login")
        r = client.post("/login", data={"name": name, "password": PASSWORD,
                                        "csrf_token": csrf_of(form.text)})
        assert r.status_code == 303, r.text
        yield client


@pytest.fixture(scope="module")
def inspector(served: Served) -> Iterator[httpx.Client]:
    with signed_in(served, "芝罘巡查员") as client:  # the inspector of 芝罘区 370602 only
        yield client


@pytest.fixture(scope="module")
def officer(served: Served) -> Iterator[httpx.Client]:
    with signed_in(served, "办案员") as client:
        yield client


def _transcript(served: Served) -> list[livesession.Line]:
    return livesession.transcript((Path(served.capture.folder) / livesession.CHAT).read_bytes())


def _lure_line(served: Served) -> livesession.Line:
    """The chat line the finding's first chat place cites (by its "chat:<seq>" ref)."""
    _, place = served.place("chat")
    return next(x for x in _transcript(served) if f"chat:{x.seq}" == place.ref)


def _framed(served: Served) -> list[int]:
    """Numbers of the finding's live places that have a frame of their moment."""
    view = livesession.read_live(Path(served.capture.folder), served.capture, served.finding)
    assert view is not None
    return [e.number for e in view.excerpts if e.frame is not None]


def test_page_shows_the_transcript_around_the_line_highlighted(served: Served,
                                                               inspector: httpx.Client) -> None:
    page = inspector.get(served.page)
    assert page.status_code == 200, page.text
    html = page.text
    line, (number, place) = _lure_line(served), served.place("chat")
    assert line.role in ("anchor", "assistant"), "the rules read the seller's side"
    row = re.search(rf'<tr class="role-(\w+) hit-line" id="hit-{number}">(.*?)</tr>', html,
                    re.S)
    assert row, "the matched line is highlighted"
    assert row.group(1) == line.role and line.role_zh in row.group(2)
    assert line.speaker in row.group(2) and f"<mark>{line.text}</mark>" in row.group(2)
    assert livesession.clock_text(line.at_s) in row.group(2) and line.utc in row.group(2)
    assert ("已撤回" in row.group(2)) == line.withdrawn
    lines = _transcript(served)
    shown = sum(len(lines[max(0, k - 8): k + 9]) for k, x in enumerate(lines)
                if any(p.ref == f"chat:{x.seq}" for p in served.finding.places))
    assert len(re.findall(r'<tr class="role-\w+(?: hit-line)?"', html)) == shown, "±8 lines"
    assert "主播" in html and "观众" in html and "平台" in html  # every side of the room
    assert "已撤回" in html, "the room's script withdraws lines: the page marks them"
    assert "已移出播放器" in html, "the player dropped old rows; the log kept them"
    states = livesession.timeline((Path(served.capture.folder) / livesession.TIMELINE)
                                  .read_bytes())
    for p in served.finding.places:
        if p.source == "timeline":
            entry = states[int(p.ref.split(":")[1]) - 1]
            assert f"<mark>{entry.value}</mark>" in html and f"{entry.state} · {p.ref}" in html
    assert "不含匹配内容" not in html and 'class="alert"' not in html
    for n in _framed(served):
        assert f'src="{served.page}/live/{n}/frame.png"' in html
    video = re.search(rf'<article class="live-place" id="place-{number}">.*?'
                      r'<video controls preload="metadata" src="([^"]+)"', html, re.S)
    assert place.at_s is not None and video
    assert video.group(1) == (f"/captures/{served.capture.capture_id}/live/"
                              f"session.webm#t={place.at_s:.1f}")
    assert "<script" not in html
    assert "script-src 'none'" in page.headers["content-security-policy"]


def test_frames_are_marked_server_side(served: Served, inspector: httpx.Client) -> None:
    marked = {}
    for number in _framed(served):
        r = inspector.get(f"{served.page}/live/{number}/frame.png")
        assert r.status_code == 200 and r.headers["content-type"] == "image/png"
        marked[number] = Image.open(io.BytesIO(r.content)).convert("RGB")
    assert marked, "the finding's places have frames"
    view = livesession.read_live(Path(served.capture.folder), served.capture, served.finding)
    assert view is not None
    frames = {e.number: e.frame.path for e in view.excerpts if e.frame is not None}
    for number, image in marked.items():
        place = served.finding.places[number - 1]
        sealed = Image.open(Path(served.capture.folder) / frames[number])
        assert image.height == sealed.height + 56  # the header strip above the frame
        if place.source == "frame_ocr" and place.box is not None:
            x, y = int(place.box.x - 2), int(place.box.y + 56 + place.box.height / 2)
            assert image.getpixel((x, y)) == (220, 0, 0), "the OCR box is drawn in red"
    assert inspector.get(f"{served.page}/live/9/frame.png").status_code == 404


def test_video_answers_range_requests(served: Served, inspector: httpx.Client) -> None:
    path = f"/captures/{served.capture.capture_id}/live/session.webm"
    data = (Path(served.capture.folder) / livesession.VIDEO).read_bytes()
    whole = inspector.get(path)
    assert whole.status_code == 200 and whole.content == data
    assert whole.headers["content-type"] == "video/webm"
    assert whole.headers["accept-ranges"] == "bytes"
    part = inspector.get(path, headers={"Range": "bytes=100-1099"})
    assert part.status_code == 206
    assert part.headers["content-range"] == f"bytes 100-1099/{len(data)}"
    assert part.content == data[100:1100]
    tail = inspector.get(path, headers={"Range": "bytes=-500"})
    assert tail.status_code == 206 and tail.content == data[-500:]
    beyond = inspector.get(path, headers={"Range": f"bytes={len(data) + 10}-"})
    assert beyond.status_code == 416


def test_frame_and_video_views_are_in_the_custody_log(served: Served,
                                                      inspector: httpx.Client) -> None:
    log = CustodyLog(served.cfg.home)
    capture = served.capture.capture_id
    before = len(log.concerning([capture]))
    number = _framed(served)[0]
    assert inspector.get(f"{served.page}/live/{number}/frame.png").status_code == 200
    path = f"/captures/{capture}/live/session.webm"
    assert inspector.get(path, headers={"Range": "bytes=0-"}).status_code == 206
    assert inspector.get(path, headers={"Range": "bytes=100-199"}).status_code == 206
    added = log.concerning([capture])[before:]
    assert [(e.action, e.actor) for e in added] == [("view", "芝罘巡查员")] * 2
    assert "live frame live/frames/" in added[0].detail and f"place {number}" in added[0].detail
    assert added[1].detail.startswith("live video live/session.webm")


def test_only_a_request_from_byte_0_opens_a_video() -> None:
    assert opens_video(None) and opens_video("bytes=0-") and opens_video("bytes=0-1023")
    assert not opens_video("bytes=100-1099") and not opens_video("bytes=-500")


def test_other_districts_and_anonymous_are_refused(served: Served) -> None:
    capture = served.capture.capture_id
    paths = (served.page, f"{served.page}/live/{_framed(served)[0]}/frame.png",
             f"/captures/{capture}/live/session.webm")
    with signed_in(served, "巡查员") as several:  # 370602 is one of its districts
        assert [several.get(p).status_code for p in paths] == [200, 200, 200]
    with httpx.Client(base_url=served.base) as anonymous:
        r = anonymous.get(paths[2])
        assert r.status_code == 303 and r.headers["location"].startswith("/login?next=")
    conn = db.connect(served.cfg.db_path)
    with conn:  # an inspector of 福山区 only
        conn.execute("INSERT INTO users SELECT '福山巡查员', 'inspector', '370611', "
                     "password_hash, 0, created_at FROM users WHERE name = '巡查员'")
    conn.close()
    with signed_in(served, "福山巡查员") as outsider:
        for path in paths:
            r = outsider.get(path, headers={"Range": "bytes=0-99"})
            assert r.status_code == 403, path
            assert "不在您的辖区" in r.text


@pytest.fixture(scope="module")
def bundle(served: Served, officer: httpx.Client,
           tmp_path_factory: pytest.TempPathFactory) -> Path:
    page = officer.get(served.page)
    r = officer.post(f"{served.page}/export", data={"csrf_token": csrf_of(page.text)},
                     timeout=120)
    assert r.status_code == 200, r.text
    out = tmp_path_factory.mktemp("bundle") / "bundle.zip"
    out.write_bytes(r.content)
    return out


def test_bundle_carries_transcript_frames_and_video_and_verifies(served: Served,
                                                                 bundle: Path) -> None:
    cid = served.capture.capture_id
    video = served.capture.artefact(livesession.VIDEO)
    with zipfile.ZipFile(bundle) as archive:
        names = set(archive.namelist())
        text = archive.read(f"live/{served.finding.finding_id}/transcript.txt").decode()
        listed = archive.read("bundle.json").decode()
        assert archive.read(f"captures/{cid}/live/session.webm")[:4] == b"\x1a\x45\xdf\xa3"
    line = _lure_line(served)
    hit = next(x for x in text.splitlines() if x.startswith(">>"))
    assert line.text in hit and line.utc in hit
    assert f"{line.role_zh}({line.role}) {line.speaker}：" in hit
    assert ("已撤回" in hit) == line.withdrawn
    assert f"{video.path} SHA-256 {video.sha256}" in text
    frames = {f"live/{served.finding.finding_id}/frame-{n}.png" for n in _framed(served)}
    assert frames and frames <= names
    assert f'"path":"live/{served.finding.finding_id}/transcript.txt"' in listed
    assert video.sha256 in listed or f"captures/{cid}/live/session.webm" in listed
    report = verify_bundle(bundle)
    assert report.bundle_signed and report.findings == 1
    script = bundle.with_name("verify.py")
    with zipfile.ZipFile(bundle) as archive:
        script.write_bytes(archive.read("verify.py"))
    run = subprocess.run([sys.executable, str(script), str(bundle)], capture_output=True,
                         text=True, timeout=120)
    assert run.returncode == 0, run.stdout + run.stderr


def test_pdf_record_states_the_watch_excerpt_and_video_hash(served: Served,
                                                            bundle: Path) -> None:
    with zipfile.ZipFile(bundle) as archive:
        pdf = PdfReader(io.BytesIO(archive.read("report.pdf")))
        html = archive.read("report.html").decode()
    text = "".join(page.extract_text() for page in pdf.pages)
    flat = re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))  # ⼦ (Kangxi) → 子
    window = livesession.window((Path(served.capture.folder) / livesession.SESSION).read_bytes())
    video = served.capture.artefact(livesession.VIDEO)
    line = _lure_line(served)
    assert "电子数据提取笔录" in flat and "直播取证方法" in flat
    assert f"持续观看录制直播间{window.seconds:g}秒" in flat
    assert re.sub(r"\s+", "", window.started_utc) in flat
    assert f"聊天记录{_count(served)}条" in flat
    assert re.sub(r"\s+", "", line.text) in flat
    assert line.role_zh in flat and re.sub(r"\s+", "", line.speaker) in flat
    assert "session.webm" in flat and video.sha256 in flat
    assert sum(len(page.images) for page in pdf.pages) >= len(_framed(served))  # frames
    first = _framed(served)[0]
    assert f'src="live/{served.finding.finding_id}/frame-{first}.png"' in html
    assert video.sha256 in html


def _count(served: Served) -> int:
    return len(_transcript(served))


def _reworded(chat: bytes, line: livesession.Line) -> bytes:
    """chat.jsonl with the line's words replaced by others of the same byte length."""
    said = line.text.encode()
    return chat.replace(said, "改过的话".encode().ljust(len(said), b" ")[:len(said)])


def test_an_altered_live_file_fails_verification_with_the_reason(served: Served,
                                                                 bundle: Path) -> None:
    cid = served.capture.capture_id
    broken = bundle.with_name("altered.zip")
    broken.write_bytes(bundle.read_bytes())
    name = f"captures/{cid}/live/chat.jsonl"
    with zipfile.ZipFile(bundle) as archive:
        chat = archive.read(name)
    rewrite_zip(broken, {name: _reworded(chat, _lure_line(served))})
    with pytest.raises(VerificationError, match=r"live/chat\.jsonl: sha256 does not match"):
        verify_bundle(broken)
    run = subprocess.run([sys.executable, str(bundle.with_name("verify.py")), str(broken)],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 1 and "live/chat.jsonl" in run.stdout + run.stderr
    excerpt = f"live/{served.finding.finding_id}/transcript.txt"
    with zipfile.ZipFile(bundle) as archive:
        rewrite_zip(broken, {name: chat, excerpt: flip(archive.read(excerpt))})
    with pytest.raises(VerificationError, match=rf"{excerpt}: sha256 does not match"):
        verify_bundle(broken)


def test_page_refuses_to_show_an_altered_transcript(served: Served,
                                                    inspector: httpx.Client) -> None:
    chat = Path(served.capture.folder) / livesession.CHAT
    original, number = chat.read_bytes(), _framed(served)[0]
    try:
        chat.write_bytes(_reworded(original, _lure_line(served)))
        page = inspector.get(served.page)
        assert page.status_code == 200
        assert "live/chat.jsonl: 与封存清单不一致" in page.text
        assert "改过的话" not in page.text
        assert inspector.get(f"{served.page}/live/{number}/frame.png").status_code == 404
    finally:
        chat.write_bytes(original)


def test_chromium_plays_the_video_from_the_matched_moment(served: Served) -> None:
    from playwright.sync_api import sync_playwright

    at_s = next(p.at_s for p in served.finding.places if p.source in livesession.LIVE_SOURCES)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
        page = browser.new_page()
        refused: list[str] = []
        page.on("console", lambda m: refused.append(m.text)
                if "Content Security Policy" in m.text else None)
        page.on("response", lambda r: refused.append(f"{r.status} {r.url}")
                if r.status >= 400 and not r.url.endswith("/favicon.ico") else None)
        page.goto(served.base + served.page)
        page.fill("input[name=name]", "芝罘巡查员")
        page.fill("input[name=password]", PASSWORD)
        page.click("form[action='/login'] button")
        page.wait_for_url(served.base + served.page)
        video = page.locator("video").first
        video.evaluate("v => v.readyState >= 1 || new Promise(r => "
                       "v.addEventListener('loadedmetadata', r))")
        seeked = video.evaluate("v => v.currentTime")
        widths = [img.evaluate("i => i.complete && i.naturalWidth")
                  for img in page.locator(".live img").all()]
        browser.close()
    assert at_s is not None and abs(seeked - at_s) < 0.2, (seeked, at_s)
    assert len(widths) == len(_framed(served)) and all(widths), "every marked frame loaded"
    assert refused == [], refused
