"""The live recorder finds a room's regions by structure and labels, not only by class names:
a comment list labelled 评论 (custom elements, slots, no classes) and a 字幕 panel of the
host's words (issue 9). One short watch of one demo room in Chromium: seconds."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench.watch_rooms import watch_rooms
from demo.server import DemoServer
from hongdun.livechat import fold_rows

ROOM = "/f/wxlive/channels/live/a08/"  # no class names at all: data-identity, slots, aria-label


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("regions")
    with DemoServer() as server:
        watch_rooms([(server.base_url + ROOM, folder)], 4.0, "/usr/bin/chromium")
    return folder / "live"


def _rows(path: Path) -> list[dict[str, object]]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def test_a_comment_list_without_classes_is_recorded_with_its_speakers_roles(live: Path) -> None:
    lines = fold_rows(_rows(live / "chat.jsonl"))
    assert lines, "the 评论 list was not recognised as the room's chat"
    assert {(x["speaker"], x["role"]) for x in lines} == {("海参哥运营", "assistant")}


def test_the_subtitle_panel_is_recorded_as_the_rooms_caption(live: Path) -> None:
    captions = [r["value"] for r in _rows(live / "timeline.jsonl") if r["state"] == "caption"]
    assert captions and "淡干海参" in str(captions[-1])
