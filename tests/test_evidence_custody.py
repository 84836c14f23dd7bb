"""The custody log: every seal, export and verify is recorded, chained, and tamper-evident."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_evidence_support import make_config, visit

from evidence import custody
from evidence.custody import CustodyLog
from evidence.seal import Sealer
from hongdun.errors import VerificationError


def _log(tmp_path: Path) -> CustodyLog:
    log = CustodyLog(tmp_path)
    for n in range(3):
        log.append("view", [f"c{n}"], "inspector", f"opened finding F{n}")
    return log


def test_sealing_is_recorded(tmp_path: Path) -> None:
    cfg = make_config(tmp_path)
    capture = Sealer(cfg).seal(visit())
    entries = CustodyLog(cfg.home).read()
    assert [(e.action, e.captures) for e in entries] == [("seal", (capture.capture_id,))]
    assert capture.evidence_id in entries[0].detail and entries[0].actor


def test_chain_and_concerning(tmp_path: Path) -> None:
    log = _log(tmp_path)
    entries = log.read()
    assert [e.seq for e in entries] == [1, 2, 3]
    assert entries[1].prev == entries[0].hash
    assert [e.seq for e in log.concerning(["c1", "zz"])] == [2]


def test_edit_is_caught(tmp_path: Path) -> None:
    log = _log(tmp_path)
    log.path.write_bytes(log.path.read_bytes().replace(b"inspector", b"intruder!", 1))
    with pytest.raises(VerificationError, match="line 1: entry hash does not match"):
        log.read()


def test_removal_is_caught(tmp_path: Path) -> None:
    log = _log(tmp_path)
    lines = log.path.read_bytes().splitlines(keepends=True)
    log.path.write_bytes(lines[0] + lines[2])
    with pytest.raises(VerificationError, match=r"seq 2 is missing \(entries removed"):
        log.read()


def test_reorder_is_caught(tmp_path: Path) -> None:
    log = _log(tmp_path)
    lines = log.path.read_bytes().splitlines(keepends=True)
    log.path.write_bytes(lines[0] + lines[2] + lines[1])
    with pytest.raises(VerificationError, match="entries removed or reordered"):
        log.read()


def test_unknown_action_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown custody action"):
        CustodyLog(tmp_path).append("delete", ["c"], "x")


def test_operator_setting_wins(tmp_path: Path) -> None:
    from hongdun import config
    cfg = config.load({"home": str(tmp_path), "operator": "王五"}, environ={})
    assert custody.operator(cfg) == "王五"
