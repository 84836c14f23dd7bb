"""evidence.livesession on small watch folders: folding, excerpts, and refusals that name why."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from evidence import livesession
from evidence.canonical import sha256_bytes
from hongdun.records import Artefact, Box, Finding, Place


class Listed:
    """The files of a folder as a manifest lists them (hashes taken now)."""

    def __init__(self, folder: Path) -> None:
        self.items = {p.relative_to(folder).as_posix(): p.read_bytes()
                      for p in folder.rglob("*") if p.is_file()}

    def artefact(self, path: str) -> Artefact:
        data = self.items[path]
        return Artefact(path, sha256_bytes(data), len(data), "application/octet-stream")


def _line(seq: int, ms: int, speaker: str, role: str, text: str) -> dict[str, object]:
    return {"kind": "line", "seq": seq, "page_ms": ms, "utc": f"2026-12-01T12:00:{ms // 1000:02d}Z",
            "speaker": speaker, "role": role, "hints": {}, "system_styled": role == "system",
            "text": text, "dom_text": text, "withdrawn": False, "left_page_ms": None,
            "left_utc": None, "source": ""}


def _jsonl(rows: list[dict[str, object]]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    live = tmp_path / "live"
    (live / "frames").mkdir(parents=True)
    rows = [_line(k, 1000 * k, f"观众{k}", "viewer", f"第{k}句") for k in range(1, 30)]
    rows[11] = _line(12, 12_000, "小助手", "assistant", "加我微信 yj8899")
    rows.append(_line(30, 30_000, "", "system", "【平台提醒】请勿私下交易"))
    rows += [{"kind": "withdrawn", "seq": 12, "page_ms": 13_000, "utc": "x", "text": ""},
             {"kind": "left", "seq": 12, "page_ms": 15_500, "utc": "2026-12-01T12:00:15Z"},
             {"kind": "source", "seq": 12, "page_ms": 0, "utc": "x", "text": "ws:4"},
             {"kind": "left", "seq": 999, "page_ms": 1, "utc": "x"}]  # an unknown line: ignored
    (live / "chat.jsonl").write_text(_jsonl(rows), encoding="utf-8")
    (live / "timeline.jsonl").write_text(_jsonl([
        {"state": "notice", "value": "关注主播", "page_ms": 0, "utc": "t0", "offset_s": 0.0},
        {"state": "notice", "value": "加微信领券", "page_ms": 9000, "utc": "t9", "offset_s": 9.0},
    ]), encoding="utf-8")
    (live / "frames.jsonl").write_text(_jsonl([
        {"path": f"frames/{k}.png", "offset_s": float(k), "utc": f"f{k}", "reason": "interval",
         "sha256": "0" * 64} for k in (0, 10, 20)]), encoding="utf-8")
    for k in (0, 10, 20):
        (live / f"frames/{k}.png").write_bytes(b"\x89PNG")
    (live / "session.json").write_text(json.dumps({
        "url": "http://127.0.0.1/live2/x/", "started_utc": "s", "stopped_utc": "e",
        "seconds": 30.0, "lines": 30, "lines_dropped": 0, "line_events": 3,
        "state_changes": 2, "frames": 3, "frames_skipped": 0, "network_records": 9,
        "window_end_utc": "w"}), encoding="utf-8")
    return tmp_path


def _finding(*places: Place) -> Finding:
    return Finding("F1", "c", "e", "t", "douyin", "370602", "店", "LURE", "引导站外交易",
                   "lure", "basis", "high", "suspected", places[0].matched_text, "", "u",
                   "home", "2026-12-01T12:00:00+00:00", places=places)


def test_the_excerpt_is_the_lines_around_the_cited_one(folder: Path) -> None:
    place = Place("微信", "", "home", "u", source="chat", at_s=12.0, ref="chat:12",
                  frame="live/frames/10.png")
    view = livesession.read_live(folder, Listed(folder), _finding(place))
    assert view is not None and view.lines_total == 30 and view.frames_total == 3
    item = view.excerpts[0]
    assert item.hit == 12 and [x.seq for x in item.lines] == list(range(4, 21))
    hit = next(x for x in item.lines if x.seq == 12)
    assert (hit.role_zh, hit.withdrawn, hit.left_at_s, hit.source) == ("助理", True, 15.5, "ws:4")
    assert item.frame is not None and item.frame.path == "live/frames/10.png"
    text = livesession.transcript_file(view, _finding(place), "cap").decode()
    assert ">> 00:12.0" in text and "助理(assistant) 小助手：加我微信 yj8899" in text
    assert "已撤回 withdrawn; 已移出播放器 removed from the player at 00:15.5" in text


def test_the_system_role_is_the_platform_and_refs_fall_back_to_the_words(folder: Path) -> None:
    lost = Place("私下交易", "", "home", "u", source="chat", at_s=29.0, ref="chat:77")
    notice = Place("加微信", "", "home", "u", source="timeline", at_s=9.0, ref="timeline:2")
    wrong = Place("加微信", "", "home", "u", source="timeline", at_s=0.0, ref="timeline:1")
    view = livesession.read_live(folder, Listed(folder), _finding(lost, notice, wrong))
    assert view is not None
    first, second, third = view.excerpts
    assert first.hit == 30 and first.lines[-1].role_zh == "平台"
    assert first.frame is not None and first.frame.path == "live/frames/20.png"  # nearest
    assert second.state is not None and second.state.n == 2 and not second.note
    assert third.state is not None and third.state.n == 1 and "不含匹配内容" in third.note


def test_frame_ocr_names_its_frame_and_box(folder: Path) -> None:
    place = Place("加微信", "", "home", "u", box=Box(1, 2, 3, 4), source="frame_ocr",
                  at_s=20.0, ref="live/frames/20.png", frame="live/frames/20.png")
    missing = Place("加微信", "", "home", "u", source="frame_ocr", at_s=5.0,
                    ref="live/frames/5.png", frame="live/frames/5.png")
    view = livesession.read_live(folder, Listed(folder), _finding(place, missing))
    assert view is not None
    ocr, gone = view.excerpts
    assert ocr.frame is not None and ocr.frame.utc == "f20" and ocr.box == Box(1, 2, 3, 4)
    assert gone.frame is None and "is not in live/frames.jsonl" in gone.note


def test_a_page_finding_has_no_live_view(folder: Path) -> None:
    page = Place("微信", "", "home", "u")
    assert livesession.read_live(folder, Listed(folder), _finding(page)) is None


def test_altered_or_malformed_files_are_refused_with_the_reason(folder: Path) -> None:
    place = Place("微信", "", "home", "u", source="chat", at_s=12.0, ref="chat:12")
    sealed = Listed(folder)
    chat = folder / "live/chat.jsonl"
    chat.write_text(chat.read_text(encoding="utf-8").replace("yj8899", "yj0000"),
                    encoding="utf-8")
    with pytest.raises(livesession.LiveFileError,
                       match=r"live/chat\.jsonl: .*does not match the sealed manifest"):
        livesession.read_live(folder, sealed, _finding(place))
    chat.write_text('{"kind": "line", "seq": 1}\nnot json\n', encoding="utf-8")
    with pytest.raises(livesession.LiveFileError, match=r"live/chat\.jsonl line 2: not JSON"):
        livesession.read_live(folder, Listed(folder), _finding(place))
    chat.write_text('{"kind": "line", "seq": 1}\n', encoding="utf-8")
    with pytest.raises(livesession.LiveFileError, match=r"live/chat\.jsonl: not in the recorder"):
        livesession.read_live(folder, Listed(folder), _finding(place))
    chat.write_text("[1]\n", encoding="utf-8")
    with pytest.raises(livesession.LiveFileError, match=r"line 1: not a JSON object"):
        livesession.read_live(folder, Listed(folder), _finding(place))


def test_clock_text_is_the_video_clock() -> None:
    assert livesession.clock_text(3.94) == "00:03.9"
    assert livesession.clock_text(61.25) == "01:01.2"
    assert livesession.clock_text(None) == "—"
