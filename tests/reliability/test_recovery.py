"""Start-up recovery, case by case: each state a crash can leave is completed or quarantined."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from test_evidence_support import make_config, visit

from evidence import ledger, recovery
from evidence.reopen import reopen
from evidence.seal import Sealer
from hongdun import db
from hongdun.config import Config
from hongdun.errors import VerificationError
from hongdun.records import Box, Incident, TextBlock


def _sealed(tmp_path: Path, count: int = 2) -> tuple[Config, list[str]]:
    cfg = make_config(tmp_path / "home")
    sealer = Sealer(cfg)
    ids = [sealer.seal(visit(f"yt-000{n}")).capture_id for n in range(count)]
    sealer.close()  # a finished sweep: its shared sealing lock goes with its process
    return cfg, ids


def _drop_last_entry(cfg: Config) -> None:
    path = cfg.home / "ledger.jsonl"
    lines = path.read_bytes().splitlines(keepends=True)
    path.write_bytes(b"".join(lines[:-1]))


def test_sealed_folder_without_ledger_entry_is_ledgered(tmp_path: Path) -> None:
    cfg, ids = _sealed(tmp_path)
    _drop_last_entry(cfg)  # killed between the rename and the ledger append
    report = recovery.recover(cfg)
    assert report.ledgered == [ids[1]] and not report.quarantined
    assert [e.capture_id for e in ledger.verify(cfg.home / "ledger.jsonl")] == ids
    assert "1 sealed capture(s) completed into the ledger" in report.line()
    again = recovery.recover(cfg)  # idempotent: only the finishing (rules on) is left
    assert not (again.ledgered or again.quarantined) and again.unprocessed == ids


def test_altered_unledgered_folder_and_partial_folder_are_quarantined(tmp_path: Path) -> None:
    cfg, ids = _sealed(tmp_path)
    _drop_last_entry(cfg)
    folder = next(cfg.evidence_dir.glob(f"*/{ids[1]}"))
    (folder / "visit.json").write_bytes(b"{}")
    partial = folder.parent / ".20261201T000000Z-yt-9-00000000.partial"
    shutil.copytree(folder, partial)
    report = recovery.recover(cfg)
    assert not report.ledgered and len(report.quarantined) == 2
    assert any("visit.json does not match" in q for q in report.quarantined)
    assert not folder.exists() and not partial.exists()
    kept = {p.name for p in (cfg.home / "quarantine").glob("*/*")}
    assert kept == {ids[1], "20261201T000000Z-yt-9-00000000.partial"}
    assert len(ledger.verify(cfg.home / "ledger.jsonl")) == 1


def test_torn_ledger_tail_is_cut_and_kept(tmp_path: Path) -> None:
    cfg, _ = _sealed(tmp_path)
    path = cfg.home / "ledger.jsonl"
    path.write_bytes(path.read_bytes() + b'{"seq":3,"capture')
    report = recovery.recover(cfg)
    assert report.torn_ledger_bytes == len(b'{"seq":3,"capture')
    assert len(ledger.verify(path)) == 2
    assert list((cfg.home / "quarantine" / "ledger").glob("torn-tail-*.bin"))


def test_ledgered_capture_missing_from_the_index_is_left_to_finish(tmp_path: Path) -> None:
    cfg, ids = _sealed(tmp_path)  # the sweep died before its captures reached the database
    report = recovery.recover(cfg)
    assert report.unprocessed == sorted(ids) and "2 sealed capture(s) to finish" in report.line()
    assert [p.name for p in recovery.unprocessed(cfg)] == sorted(ids)
    conn = db.connect(cfg.db_path)
    db.save_capture(conn, ids[0], "sweep-1", "yt-0000", "e", "f", "2026-01-01T00:00:00Z", None)
    assert [p.name for p in recovery.unprocessed(cfg)] == [ids[1]]  # the row comes last


def test_a_sealed_folder_reopens_as_the_pages_that_were_sealed(tmp_path: Path) -> None:
    cfg = make_config(tmp_path / "home")
    sealer = Sealer(cfg)
    original = visit("yt-0001")
    home = replace(original.pages[0], raw_body=b"<html>raw</html>",
                   layout=(TextBlock("body/p[1]", Box(1.5, 2, 30, 4)),),
                   incidents=(Incident("dialog", "alert: hi (dismissed)", "2026-01-01T00:00Z"),))
    original = replace(original, pages=(home, *original.pages[1:]))
    sealed = sealer.seal(original)
    sealer.close()
    again = reopen(Path(sealed.folder))
    assert again.pages == original.pages
    assert replace(again, pages=()) == replace(sealed, pages=())
    (Path(sealed.folder) / "pages/01-home/page.html").write_bytes(b"<p>changed</p>")
    with pytest.raises(VerificationError, match=r"page\.html does not match the manifest"):
        reopen(Path(sealed.folder))


def test_recovery_waits_for_a_live_sealer(tmp_path: Path) -> None:
    cfg = make_config(tmp_path / "home")
    sealer = Sealer(cfg)  # holds the sealing lock shared, as a running sweep does
    partial = cfg.evidence_dir / "s" / ".x.partial"
    partial.mkdir(parents=True)
    report = recovery.recover(cfg)
    assert report.skipped and partial.exists()
    assert "another sweep is sealing" in report.line()
    assert sealer.key_id


def test_resume_counts_a_target_whose_capture_recovery_finishes(tmp_path: Path) -> None:
    from hongdun.schedule.runner import captured_targets

    cfg = make_config(tmp_path / "home")
    sealer = Sealer(cfg)
    done, ledgered, unledgered, failed = (sealer.seal(visit(t, failed=t == "yt-0004"))
                                          for t in ("yt-0001", "yt-0002", "yt-0003", "yt-0004"))
    sealer.close()
    conn = db.connect(cfg.db_path)
    conn.execute("INSERT INTO sweeps (sweep_id, name, started_at, status) VALUES "
                 "('sweep-1', 'night', '2026-01-01T00:00:00Z', 'running')")
    db.save_capture(conn, done.capture_id, "sweep-1", "yt-0001", "e", done.folder,
                    "2026-01-01T00:00:00Z", None)
    conn.commit()
    path = cfg.home / "ledger.jsonl"  # the third was killed between its rename and the append
    kept = [line for line in path.read_bytes().splitlines(keepends=True)
            if unledgered.capture_id.encode() not in line]
    path.write_bytes(b"".join(kept))
    assert failed.failure and ledgered.capture_id  # a failed capture is swept again
    assert captured_targets(cfg, "night") == {"yt-0001", "yt-0002", "yt-0003"}
    assert captured_targets(cfg, "another name") == set()
    folder = Path(unledgered.folder)
    (folder / "visit.json").write_bytes(b"{}")  # recovery would quarantine it: not done
    assert captured_targets(cfg, "night") == {"yt-0001", "yt-0002"}


def test_a_live_room_cut_short_after_its_watch_began_is_no_failed_visit() -> None:
    original = visit("yt-0001")
    home = replace(original.pages[0], status=0, error="deadline: screenshot",
                   live_dir="/tmp/live", truncated="deadline: screenshot")
    assert replace(original, pages=(home, *original.pages[1:])).failed is None
    never = replace(home, truncated="")  # the page failed before any watch: a failed visit
    assert replace(original, pages=(never, *original.pages[1:])).failed == "deadline: screenshot"
