"""hongdun.livechat: the one fold of chat.jsonl, shared by the recorder, the rules and evidence."""

from __future__ import annotations

import json
from pathlib import Path

from live_capture import chat_lines

from evidence.livesession import transcript
from hongdun.livechat import fold_rows

LINE = {"kind": "line", "seq": 2, "page_ms": 1500, "utc": "2026-12-01T02:00:01.500Z",
        "speaker": "小美", "role": "anchor", "hints": {}, "system_styled": False,
        "text": "加我微信", "dom_text": "小美 加我微信"}
ROWS = [
    {**LINE, "seq": 2},
    {**LINE, "seq": 1, "text": "欢迎", "dom_text": "小美 欢迎"},
    {"kind": "withdrawn", "seq": 2, "page_ms": 2000, "utc": "2026-12-01T02:00:02.000Z"},
    {"kind": "left", "seq": 2, "page_ms": 9000, "utc": "2026-12-01T02:00:09.000Z"},
    {"kind": "source", "seq": 1, "page_ms": 1600, "utc": "", "text": "ws:3"},
    {"kind": "left", "seq": 7, "page_ms": 1, "utc": ""},  # a line never seen: ignored
]


def test_fold_applies_events_in_order_of_appearance() -> None:
    folded = fold_rows(ROWS)
    assert [r["seq"] for r in folded] == [1, 2]
    assert folded[0]["source"] == "ws:3" and not folded[0].get("withdrawn")
    assert folded[1]["withdrawn"] and folded[1]["left_page_ms"] == 9000
    assert ROWS[0].get("withdrawn") is None  # the input rows are not changed


def test_recorder_and_evidence_readers_fold_alike(tmp_path: Path) -> None:
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in ROWS)
    path = tmp_path / "chat.jsonl"
    path.write_text(data, encoding="utf-8")
    lines, shown = chat_lines(path), transcript(data.encode())
    assert [(x.seq, x.withdrawn, x.source) for x in lines] == \
        [(x.seq, x.withdrawn, x.source) for x in shown]
    assert shown[1].left_at_s == 9.0 and lines[1].left_page_ms == 9000
