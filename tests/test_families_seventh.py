"""The seventh session's batch (haichan, bzlive, jianding, minsu), built blind and sealed, now
tuned on (SIXTH_TUNED): its shape, registry extracts, every page served, and a room's
shadow-DOM chat as a browser sees it. Its scores are test_families.py's (SIXTH_FLOOR).
"""

from __future__ import annotations

import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright

from demo.families import HELD_OUT, SEALED, SIXTH_TUNED
from demo.families.corpus import RULES, Family
from demo.families.truth import family_dir, read_truth, registry_csv
from demo.server import DemoServer
from hongdun.registry import read_registry_file

CHROMIUM = "/usr/bin/chromium"
BATCH = ("haichan", "bzlive", "jianding", "minsu")  # by name: SEALED holds the next batch


@pytest.fixture(scope="module")
def batch(family_build: Callable[[str], Family]) -> dict[str, Family]:
    return {name: family_build(name) for name in BATCH}


@pytest.fixture(scope="module")
def server() -> Iterator[DemoServer]:
    with DemoServer() as running:
        yield running


def test_the_batch_is_held_out_with_a_family_of_live_rooms_and_enough_decoys(
        batch: dict[str, Family]) -> None:
    assert set(batch) == set(SIXTH_TUNED) and set(batch) <= set(HELD_OUT)
    assert not set(batch) & set(SEALED)  # tuned on now: never sealed again
    assert any({t.kind for t in f.targets} == {"livestream"} for f in batch.values())
    for name, family in batch.items():
        truth = read_truth(name)
        clean = [t for t, entry in truth.items() if not entry["rules"]]
        assert 10 <= len(family.targets) <= 13, name
        assert len(family.targets) / 3 <= len(clean) <= len(family.targets) / 2, (name, clean)
        _, _, violations, decoys = family.counts()
        assert violations > 0 and decoys >= violations, (name, violations, decoys)
    violated = {r for name in batch for entry in read_truth(name).values()
                for r in entry["rules"]}  # type: ignore[attr-defined]
    assert violated == set(RULES)


def test_registry_extracts_are_fresh_import_and_back_the_deregistered_labels(
        batch: dict[str, Family], tmp_path: Path) -> None:
    for name, family in batch.items():
        text = registry_csv(family)
        assert (family_dir(name) / "registry.csv").read_text(encoding="utf-8") == text, \
            f"{name}: python -m demo.families.build"
        gbk = tmp_path / f"{name}.csv"  # as Excel on a Chinese desktop would save it
        gbk.write_bytes(text.encode("gb18030"))
        records = {r.uscc: r for r in read_registry_file(gbk)}
        truth = read_truth(name)
        for t in family.targets:
            assert records[t.uscc].name == t.registered_name
            gone = records[t.uscc].status_kind in ("cancelled", "revoked")
            labelled = "licence.deregistered" in truth[t.target_id]["rules"]
            assert gone == labelled, (name, t.target_id)


def test_every_page_and_asset_is_served(batch: dict[str, Family], server: DemoServer) -> None:
    for name, family in batch.items():
        paths = [p.path for p in family.pages] + list(family.assets)
        for path in paths:
            with urllib.request.urlopen(f"{server.base_url}/f/{name}{path}", timeout=10) as resp:
                assert resp.status == 200 and resp.read(), (name, path)


def test_a_room_plays_its_chat_into_a_shadow_root_with_badges_a_pin_and_captions(
        server: DemoServer) -> None:
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        try:
            page = browser.new_page()
            page.goto(f"{server.base_url}/f/bzlive/bili/yuguang/")
            page.wait_for_selector("html[data-chat-state=quiet]", timeout=20_000)
            chat = page.locator("bzl-chat").evaluate("e => e.shadowRoot.textContent")
            assert "官方" in chat and "提督" in chat and "场控" in chat
            assert "不退不换" not in page.locator("bzl-chat").inner_html()  # rows are shadowed
            assert "不退不换" in page.inner_text(".bzl-pin")
            assert "牟平本地晒" in page.inner_text(".bzl-cc-lines")
        finally:
            browser.close()
