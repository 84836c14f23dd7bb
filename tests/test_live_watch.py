"""`hongdun sweep --watch` end to end: live rooms watched, sealed, verified and judged (issue 10).

One module fixture runs the real command over three demo rooms (WebSocket, polled,
binary WebSocket frames) for a 15-second watch against a demo server in this process,
so the tests can compare the sealed live/ files with the server's log of what it sent.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from live_capture import chat_lines
from warcio.archiveiterator import ArchiveIterator

from crawlers.live.network import received_payloads
from crawlers.live.records import WatchSummary
from demo.live.feed import SentEvent
from demo.server import DemoServer
from hongdun.clock import SHANGHAI
from hongdun.errors import InputFileError
from hongdun.schedule.plans import parse_plan
from tests.conftest import main_in_process, run_hongdun

ROOMS = {"live-hx": "haixian-ws", "live-gy": "guoyuan-poll", "live-fs": "fensi-pb"}
SHOPS = {"live-hx": ("douyin", "烟台蓬莱长岛渔家海产品有限公司", "91370614MAD2K1Q93T", "370614"),
         "live-gy": ("kuaishou", "栖霞市山果果品专业合作社", "91370686MAEW0XHT7T", "370686"),
         "live-fs": ("douyin", "龙口市粉香食品有限公司", "91370681MA08NK4W10", "370681")}
LIVE_FILES = ("live/chat.jsonl", "live/timeline.jsonl", "live/frames.jsonl", "live/network.jsonl",
              "live/network.warc.gz", "live/session.json", "live/session.webm", "live/ocr.jsonl")


@pytest.fixture(scope="module")
def watched(tmp_path_factory: pytest.TempPathFactory
            ) -> Iterator[tuple[Path, dict[str, Path], dict[str, list[SentEvent]]]]:
    home = tmp_path_factory.mktemp("live-home")
    with DemoServer() as server:
        base = server.start()
        rows = ["target_id,platform,kind,url,shop_name,uscc,district,category,registered_name"]
        for target_id, room in ROOMS.items():
            platform, name, uscc, district = SHOPS[target_id]
            rows.append(f"{target_id},{platform},livestream,{base}/live2/{room}/,{name},{uscc},"
                        f"{district},食品,{name}")
        (home / "targets.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
        result = run_hongdun(home, "sweep", "--targets", str(home / "targets.csv"),
                             "--watch", "15", "--name", "live")
        sent = {room: server.live.sent(room) for room in ROOMS.values()}
    assert result.returncode == 0, result.stderr + result.stdout
    conn = sqlite3.connect(home / "hongdun.db")
    folders = dict(conn.execute("SELECT target_id, folder FROM captures").fetchall())
    yield home, {t: Path(f) for t, f in folders.items()}, sent


def _summary(live: Path) -> WatchSummary:
    return WatchSummary(**json.loads((live / "session.json").read_text(encoding="utf-8")))


def _reached(event: SentEvent, received: bytes) -> bool:
    """Whether an event's message id is in what the page received (JSON or binary frame)."""
    ident = event.msg_id.encode()
    return (b'"id": "' + ident + b'"' in received
            or b"\x1a" + bytes([len(ident)]) + ident in received)


@pytest.mark.parametrize("target_id", list(ROOMS))
def test_every_line_sent_is_captured_in_order(watched, target_id: str) -> None:  # type: ignore[no-untyped-def]
    _, folders, sent = watched
    live = folders[target_id] / "live"
    received = received_payloads(live, _summary(live).window_end_utc)
    chat = [e for e in sent[ROOMS[target_id]] if e.kind == "chat"]
    expected = [e for e in chat if _reached(e, received)]
    lines = chat_lines(live / "chat.jsonl")
    assert len(expected) >= 10, "the window covers the room's script"
    assert len(lines) >= len(expected), f"{len(lines)}/{len(expected)} lines captured"
    withdrawn = {e.msg_id for e in sent[ROOMS[target_id]] if e.kind == "withdraw"}
    for line, event in zip(lines, chat, strict=False):  # in order, removed rows included
        if line.withdrawn and "撤回" in line.dom_text and line.text != event.text:
            assert event.msg_id in withdrawn and event.speaker in line.dom_text
            continue  # withdrawn before the player first painted it: the tip only
        assert (line.speaker, line.text) == ("" if event.role == "system" else event.speaker,
                                             event.text)
    assert sum(line.left_utc is not None for line in lines) >= len(lines) - 6


def test_live_files_are_artefacts_of_the_one_manifest(watched) -> None:  # type: ignore[no-untyped-def]
    home, folders, _ = watched
    ledger = [json.loads(x) for x in (home / "ledger.jsonl").read_text().splitlines()]
    for target_id, folder in folders.items():
        manifest = json.loads((folder / "manifest.json").read_bytes())
        paths = {a["path"] for a in manifest["artefacts"]}
        assert set(LIVE_FILES) <= paths, (target_id, set(LIVE_FILES) - paths)
        assert any(p.startswith("live/frames/") and p.endswith(".png") for p in paths)
        assert {p.relative_to(folder).as_posix() for p in (folder / "live").rglob("*")
                if p.is_file()} <= paths, "every live file is listed"
        assert sum(e["capture_id"] == manifest["capture_id"] for e in ledger) == 1
        summary = _summary(folder / "live")
        assert summary.frames >= 1 and summary.bounds["frame_every_s"] == 5.0
        assert summary.bounds["max_lines"] > 0 and summary.bounds["lines_dropped"] == 0
    assert not any((home / "live").rglob("*.jsonl")), "working folders removed once sealed"


def test_binary_frames_are_kept_raw_and_their_lines_marked(watched) -> None:  # type: ignore[no-untyped-def]
    _, folders, _ = watched
    live = folders["live-fs"] / "live"
    with open(live / "network.warc.gz", "rb") as handle:
        records = [(r.rec_headers.get_header("WARC-Type"), r.content_type,
                    r.content_stream().read()) for r in ArchiveIterator(handle)]
    binary = [body for kind, ctype, body in records
              if kind == "resource" and ctype == "application/octet-stream"]
    assert binary and all(body[:1] == b"\x08" for body in binary), "protobuf-style, untouched"
    lines = [x for x in chat_lines(live / "chat.jsonl") if "撤回" not in x.dom_text]
    assert lines and all(x.source.startswith("ws:") for x in lines)


def _findings(home: Path) -> list[dict[str, object]]:
    result = main_in_process(home, "findings", "--json")  # the real command: test_sweep_e2e
    assert result.returncode == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_a_lure_in_chat_is_found_at_its_line_and_time(watched) -> None:  # type: ignore[no-untyped-def]
    home, folders, _ = watched
    lines = {x.text: x for x in chat_lines(folders["live-hx"] / "live" / "chat.jsonl")}
    lure = lines["想要便宜的私信我微信 yj8899 发货更快"]
    findings = _findings(home)
    places = [p for f in findings if f["target_id"] == "live-hx"
              and f["rule_id"] == "live.offplatform_lure" for p in f["places"]]  # type: ignore[union-attr]
    chat = [p for p in places if p["source"] == "chat" and p["ref"] == f"chat:{lure.seq}"]
    assert chat, places
    assert chat[0]["at_s"] == pytest.approx(lure.page_ms / 1000, abs=0.002)
    assert str(chat[0]["frame"]).startswith("live/frames/")
    assert (folders["live-hx"] / str(chat[0]["frame"])).is_file()
    said = {f"chat:{x.seq}" for x in lines.values()
            if x.text.startswith(("加我vx聊", "【平台提醒】", "我的微信", "卖家有VX"))}
    assert len(said) >= 2
    every = [p for f in findings for p in f["places"]]  # type: ignore[union-attr]
    assert not [p for p in every if p["ref"] in said], "a viewer's or the platform's words"


def _tampered(bundle: Path, part: str, out: Path) -> str:
    """A copy of the bundle with one byte of the first member whose name holds part flipped."""
    with zipfile.ZipFile(bundle) as src, zipfile.ZipFile(out, "w") as dst:
        names = [n for n in src.namelist() if part in n]
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == names[0]:
                data = data[:-2] + bytes([data[-2] ^ 1]) + data[-1:]
            dst.writestr(info, data)
    return names[0]


def test_an_exported_live_capture_verifies_and_tampering_fails(watched, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    home, _, _ = watched
    ids = [str(f["finding_id"]) for f in _findings(home) if f["target_id"] == "live-hx"]
    bundle = tmp_path / "bundle.zip"
    exported = run_hongdun(home, "export", *ids, "-o", str(bundle))
    assert exported.returncode == 0, exported.stderr
    verified = run_hongdun(home, "verify", str(bundle))
    assert verified.returncode == 0, verified.stderr + verified.stdout
    for part in ("live/chat.jsonl", "live/frames/"):
        broken = tmp_path / f"broken-{part.replace('/', '_')}.zip"
        member = _tampered(bundle, part, broken)
        result = main_in_process(home, "verify", str(broken))  # the real one: just above
        assert result.returncode == 1 and "Traceback" not in result.stderr, member
        assert member.split("/")[-1] in result.stdout + result.stderr


def test_a_wrong_watch_value_is_one_line_and_exit_2(tmp_path: Path) -> None:
    for value, call in (("5", run_hongdun), ("abc", main_in_process)):  # one real run
        result = call(tmp_path, "sweep", "--watch", value)
        assert result.returncode == 2 and len(result.stderr.strip().splitlines()) == 1
        assert "--watch" in result.stderr


PLAN = """\
plan: live-plan
watch: 30
price_baseline_days: 0
baseline:
  - cron: "0 10 * * *"
campaigns:
  - name: 双12
    start: 2026-12-01
    end: 2026-12-12
    watch: 120
    schedules:
      - cron: "0 */2 * * *"
"""


def test_plans_and_campaigns_set_the_watch() -> None:
    plan = parse_plan(PLAN, "live.yaml")
    assert plan.watch_at(datetime(2026, 12, 5, 10, tzinfo=SHANGHAI)) == 120
    assert plan.watch_at(datetime(2026, 12, 20, 10, tzinfo=SHANGHAI)) == 30
    assert parse_plan(PLAN.replace("watch: 30\n", ""), "x.yaml").watch_at(
        datetime(2026, 12, 20, tzinfo=SHANGHAI)) is None
    with pytest.raises(InputFileError, match=r"live.yaml:2: watch .*between 15 and 14400"):
        parse_plan(PLAN.replace("watch: 30", "watch: 5"), "live.yaml")


def test_the_detection_bench_watches_rooms_only_for_windows_a_sweep_would_watch() -> None:
    # the family measure judges rooms as `hongdun sweep --watch` captures them: a window under
    # the sweep's minimum is refused in one line (no traceback); --one-dom is the other mode
    root = Path(__file__).resolve().parents[1]
    done = subprocess.run([sys.executable, "bench/detect_quality.py", "--families", "liveroom",
                           "--watch", "5"], cwd=root, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert done.stderr.strip().splitlines() == [
        "detect_quality: --watch: a watch lasts 15 to 14400 seconds, not 5 (or --one-dom)"]
