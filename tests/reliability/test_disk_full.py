"""A full disk while sealing: one clear line, a non-zero exit, no half-written entry, then resume.

The evidence folder is a small tmpfs mounted for the test (CI runs as root); the test is
skipped, with the reason, only when the mount is refused.
"""

from __future__ import annotations

import errno
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from demo.site import targets_csv
from evidence import ledger
from tests.conftest import Hongdun

TARGETS = 24  # about 2.4 MB of evidence without the browser: more than the 1 MB tmpfs


def _mount(folder: Path, size: str) -> Iterator[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
                          capture_output=True, text=True, check=False)
    if done.returncode != 0:
        reason = f"cannot mount a tmpfs here: {done.stderr.strip() or done.returncode}"
        if os.environ.get("CI"):  # CI runs as root: there the test must run, never skip
            pytest.fail(reason)
        pytest.skip(reason)
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


@pytest.fixture
def small_evidence(tmp_path: Path) -> Iterator[Path]:
    """HOME/evidence on a 1 MB tmpfs."""
    yield from _mount(tmp_path / "home" / "evidence", "1m")


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    """A 64 kB tmpfs."""
    yield from _mount(tmp_path / "disk", "64k")


def test_full_disk_stops_the_sweep_with_one_line_and_the_next_sweep_goes_on(
        demo_url: str, hongdun: Hongdun, tmp_path: Path, small_evidence: Path) -> None:
    lines = targets_csv(demo_url).splitlines()
    csv_path = tmp_path / "t.csv"
    csv_path.write_text("\n".join(lines[: TARGETS + 1]) + "\n", encoding="utf-8")
    args = ("sweep", "--targets", str(csv_path), "--no-browser", "--name", "full-disk")
    full = hongdun(*args)
    assert full.returncode == 1, full.stdout + full.stderr
    said = [line for line in full.stderr.splitlines() if line.startswith("hongdun:")]
    assert len(said) == 1 and said[0].startswith("hongdun: disk full while sealing "), said
    assert "Traceback" not in full.stdout + full.stderr
    home = tmp_path / "home"
    raw = (home / "ledger.jsonl").read_bytes()
    assert raw.endswith(b"\n")  # no half-written entry
    assert hongdun("ledger", "verify").returncode == 0
    assert not list(small_evidence.glob("*/.*.partial"))
    sealed = len(ledger.read(home / "ledger.jsonl"))
    assert 0 < sealed < TARGETS

    subprocess.run(["mount", "-o", "remount,size=64m", str(small_evidence)], check=True)
    again = hongdun(*args, "--resume")
    assert again.returncode == 0, again.stderr
    assert f"{sealed} target(s) already captured" in again.stdout or "already captured" in (
        again.stdout)
    verified = hongdun("ledger", "verify")
    assert verified.returncode == 0, verified.stderr
    assert len(ledger.read(home / "ledger.jsonl")) >= TARGETS


def test_ledger_append_on_a_full_disk_leaves_no_torn_line(tiny_disk: Path) -> None:
    disk = tiny_disk
    path = disk / "ledger.jsonl"
    for n in range(3):
        ledger.append(path, f"20261201T000000Z-t{n}-0000000{n}", "ab" * 32,
                      "2026-12-01T00:00:00.000Z")
    with open(disk / "filler", "wb", buffering=0) as filler:  # fill every free block
        try:
            while True:
                filler.write(b"\0" * 512)
        except OSError as exc:
            assert exc.errno == errno.ENOSPC
    before = path.read_bytes()
    failed = 0
    for n in range(3, 40):  # the first appends may still fit the ledger's last block
        try:
            ledger.append(path, f"20261201T000000Z-t{n}-{n:08x}", "ab" * 32,
                          "2026-12-01T00:00:00.000Z")
        except OSError as exc:
            assert exc.errno == errno.ENOSPC
            failed += 1
        assert path.read_bytes().endswith(b"\n")
    assert failed and path.read_bytes().startswith(before)
    assert ledger.verify(path)
