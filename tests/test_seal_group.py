"""Group commit in sealing (evidence/seal.py `Sealer.seal_group`, crawlers/pipelines.py
`SealPipeline`): visits sealed together wait for the disk once, and nothing of the crash
guarantee changes (every ledger entry names a complete, verified folder)."""

from __future__ import annotations

import asyncio
import os
import threading
from dataclasses import replace
from pathlib import Path
from types import SimpleNamespace

import pytest
from scrapy.settings import Settings
from scrapy.signalmanager import SignalManager
from test_evidence_support import make_config, visit

from crawlers.pipelines import SealPipeline
from evidence import custody, ledger, recovery
from evidence.seal import Sealer
from hongdun.errors import HongdunError
from hongdun.records import Capture


def _fsyncs_of(path: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The fsyncs of one file, recorded by name while the real fsync still runs."""
    seen: list[str] = []
    real = os.fsync

    def counting(fd: int) -> None:
        if Path(os.readlink(f"/proc/self/fd/{fd}")) == path.resolve():
            seen.append(path.name)
        real(fd)

    monkeypatch.setattr(os, "fsync", counting)
    return seen


def test_a_group_is_ledgered_in_one_write_after_every_file_is_synced(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cfg = make_config(tmp_path)
    sealer = Sealer(cfg)
    ledger_syncs = _fsyncs_of(tmp_path / "ledger.jsonl", monkeypatch)
    outcomes = sealer.seal_group([visit(f"yt-000{n}") for n in range(1, 5)])
    sealer.close()
    assert all(isinstance(o, Capture) for o in outcomes)
    assert len(ledger_syncs) == 1  # four captures, one wait for the ledger's disk
    entries = ledger.verify(tmp_path / "ledger.jsonl")
    assert [e.capture_id for e in entries] == [o.capture_id for o in outcomes]  # type: ignore[union-attr]
    assert [e.evidence_id for e in entries] == [o.evidence_id for o in outcomes]  # type: ignore[union-attr]
    seals = [e for e in custody.CustodyLog(tmp_path).read() if e.action == "seal"]
    assert [e.captures for e in seals] == [(o.capture_id,) for o in outcomes]  # type: ignore[union-attr]
    report = recovery.recover(cfg)  # all whole and ledgered (no captures rows yet: no writer)
    assert (report.ledgered, report.quarantined, report.missing) == ([], [], [])


def test_a_visit_that_cannot_be_sealed_leaves_the_rest_of_its_group_sealed(
        tmp_path: Path) -> None:
    sealer = Sealer(make_config(tmp_path))
    bad = replace(visit("yt-0002"), sweep_id="../escape")
    outcomes = sealer.seal_group([visit("yt-0001"), bad, visit("yt-0003")])
    sealer.close()
    assert isinstance(outcomes[1], HongdunError)
    assert [o.target.target_id for o in outcomes if isinstance(o, Capture)] == [
        "yt-0001", "yt-0003"]
    assert len(ledger.verify(tmp_path / "ledger.jsonl")) == 2
    with pytest.raises(HongdunError, match="cannot name a folder"):
        Sealer(make_config(tmp_path / "again")).seal(bad)


def test_visits_arriving_while_a_group_seals_are_sealed_together_next(tmp_path: Path) -> None:
    stats: dict[str, int] = {}
    crawler = SimpleNamespace(
        settings=Settings({"HONGDUN_HOME": str(tmp_path)}), signals=SignalManager(),
        stats=SimpleNamespace(inc_value=lambda k, v=1, **_: stats.update({k: stats.get(k, 0) + v}),
                              max_value=lambda k, v: stats.update({k: max(stats.get(k, 0), v)}),
                              get_value=lambda k, d=None: stats.get(k, d),
                              set_value=lambda k, v: stats.update({k: v})))
    pipeline = SealPipeline(crawler)  # type: ignore[arg-type]
    held = threading.Event()
    first_group = pipeline.sealer.seal_group

    def slow_first(visits: list, times: object = None) -> list:  # type: ignore[type-arg]
        if not held.is_set():
            held.wait(5)  # the first group holds the disk until the others have arrived
        return first_group(visits, times)  # type: ignore[arg-type]

    pipeline.sealer.seal_group = slow_first  # type: ignore[method-assign]

    async def sweep() -> list[Capture]:
        first = asyncio.ensure_future(pipeline.process_item(visit("yt-0001")))
        await asyncio.sleep(0.05)
        rest = [asyncio.ensure_future(pipeline.process_item(visit(f"yt-000{n}")))
                for n in range(2, 6)]
        await asyncio.sleep(0.05)
        held.set()
        return list(await asyncio.gather(first, *rest))

    captures = asyncio.run(sweep())
    pipeline.sealer.close()
    assert stats["hongdun/captures"] == 5
    assert stats["hongdun/seal/group_max"] == 4  # the four that waited, in one group
    assert [c.capture_id for c in captures] == [
        e.capture_id for e in ledger.verify(tmp_path / "ledger.jsonl")]
