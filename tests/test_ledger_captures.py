"""`hongdun ledger captures`: after a real sweep (HTTP only, through the real CLI, its
database writes in the writer thread) every captures row agrees with the ledger; a row
without an entry, with another evidence id or without its folder is named and fails the
check; a ledgered capture whose row was never written (a killed sweep) is listed as
awaiting (the next sweep finishes it: tests/reliability/test_kill.py)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from demo.site import targets_csv
from evidence import agreement
from hongdun import config
from tests.conftest import main_in_process, run_hongdun


@pytest.fixture(scope="module")
def swept(demo_url: str, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data directory after one HTTP sweep of four demo sellers."""
    home = tmp_path_factory.mktemp("ledger-captures") / "home"
    home.mkdir()
    lines = targets_csv(demo_url).splitlines()
    (home / "t.csv").write_text("\n".join(lines[:5]) + "\n", encoding="utf-8")
    assert main_in_process(home, "targets", "import", str(home / "t.csv")).returncode == 0
    done = run_hongdun(home, "sweep", "--no-browser", "--name", "agree")
    assert done.returncode == 0, done.stderr + done.stdout
    return home


def _copy(home: Path, tmp_path: Path) -> tuple[Path, sqlite3.Connection]:
    copy = tmp_path / "home"
    shutil.copytree(home, copy)
    conn = sqlite3.connect(copy / "hongdun.db", isolation_level=None)
    return copy, conn


def test_a_finished_sweep_agrees(swept: Path) -> None:
    found = agreement.check(config.load({"home": str(swept)}))
    assert found.ok and found.awaiting == ()
    assert found.rows == found.entries >= 4
    out = run_hongdun(swept, "ledger", "captures")  # the real command, once
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith(f"OK: {found.rows} captures row(s) agree with the ledger")


def test_a_missing_row_awaits_the_next_sweep(swept: Path, tmp_path: Path) -> None:
    home, conn = _copy(swept, tmp_path)
    gone = conn.execute("SELECT capture_id FROM captures ORDER BY capture_id").fetchone()[0]
    conn.execute("DELETE FROM captures WHERE capture_id = ?", (gone,))
    out = main_in_process(home, "ledger", "captures")
    assert out.returncode == 0, out.stderr
    assert "1 sealed capture(s) await their row" in out.stdout and gone in out.stdout


@pytest.mark.parametrize("tamper, reason", [
    ("UPDATE captures SET evidence_id = (CASE WHEN evidence_id LIKE 'ab%' THEN 'cd' ELSE 'ab' END)"
     " || substr(evidence_id, 3) WHERE rowid = 1", "is not the ledger's"),
    ("INSERT INTO captures SELECT 'x-' || capture_id, sweep_id, target_id, evidence_id, "
     "folder, captured_at, failure FROM captures WHERE rowid = 1", "with no ledger entry"),
])
def test_a_disagreeing_row_fails(swept: Path, tmp_path: Path, tamper: str, reason: str) -> None:
    home, conn = _copy(swept, tmp_path)
    conn.execute(tamper)
    out = main_in_process(home, "ledger", "captures")
    assert out.returncode != 0
    assert reason in out.stderr and "Traceback" not in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1


def test_a_row_whose_folder_is_gone_fails(swept: Path, tmp_path: Path) -> None:
    home, conn = _copy(swept, tmp_path)
    sweep_id, capture_id = conn.execute(
        "SELECT sweep_id, capture_id FROM captures ORDER BY capture_id").fetchone()
    shutil.rmtree(home / "evidence" / sweep_id / capture_id)
    found = agreement.check(config.load({"home": str(home)}))
    assert [p for p in found.problems if capture_id in p and "missing" in p]


def test_a_damaged_database_is_named_in_one_line(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    (home / "hongdun.db").write_bytes(b"not a database\n" * 100)
    out = main_in_process(home, "ledger", "captures")
    assert out.returncode != 0 and "Traceback" not in out.stderr
    assert "cannot read the captures table" in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1


def test_a_home_without_a_database_is_not_given_one(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    assert main_in_process(home, "ledger", "captures").returncode == 0
    assert not (home / "hongdun.db").exists()  # the check reads only
