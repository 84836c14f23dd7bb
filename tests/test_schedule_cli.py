"""`hongdun schedule apply|list|run` and `hongdun sweeps` through the real CLI entry point."""

from __future__ import annotations

from pathlib import Path

import pytest

from hongdun.cli import main
from hongdun.schedule.plans import DEFAULT_PLAN


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_apply_then_list_the_double12_window(tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    home = str(tmp_path)
    code, out, _ = run(capsys, "--home", home, "schedule", "apply")
    assert code == 0 and "yantai-default: applied as version 1" in out
    code, out, _ = run(capsys, "--home", home, "schedule", "list", "--from", "2026-12-01",
                       "--until", "2026-12-12", "--summary")
    assert code == 0
    days = [line for line in out.splitlines() if line.startswith("2026-12-")]
    assert [d[:10] for d in days] == [f"2026-12-{n:02d}" for n in range(1, 13)]
    assert all("双12-2026" in d for d in days)
    assert "until 2026-12-13 00:00" in out
    code, out, _ = run(capsys, "--home", home, "schedule", "list", "--from", "2026-12-12 23:00",
                       "--until", "2026-12-13 06:00")
    lines = [line for line in out.splitlines() if line.startswith("2026-12-1")]
    assert lines[0].startswith("2026-12-12 23:00") and "双12-2026 直播晚高峰" in lines[0]
    assert not any("双12" in line for line in lines if line.startswith("2026-12-13"))
    assert "2026-12-13 04:00" in out  # the baseline (its tier-D split) goes on


def test_list_previews_a_file_without_installing(tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--home", str(tmp_path), "schedule", "list", "--file",
                       str(DEFAULT_PLAN), "--from", "2026-10-14", "--limit", "3")
    assert code == 0 and out.count("yantai-default") == 3
    assert not (tmp_path / "schedule.db").exists()


def test_bad_plan_is_one_line_with_file_and_line(tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("plan: x\nbaseline:\n  - cron: '61 * * * *'\n", encoding="utf-8")
    code, out, err = run(capsys, "--home", str(tmp_path), "schedule", "apply", str(bad))
    assert code == 1 and out == ""
    assert err.startswith(f"hongdun: {bad}:3: bad cron '61 * * * *'") and err.count("\n") == 1


@pytest.mark.parametrize(("argv", "message"), [
    (["schedule", "list", "--until", "12/12"], "date must be YYYY-MM-DD"),
    (["schedule", "list", "--from", "2026-12-02", "--until", "2026-12-01"], "must come after"),
    (["schedule", "list"], "no plans installed"),
    (["schedule", "run"], "no plans installed"),
])
def test_usage_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str],
                      message: str) -> None:
    code, _, err = run(capsys, "--home", str(tmp_path), *argv)
    assert code == 2 and message in err and "Traceback" not in err


def test_sweeps_shows_recent_and_upcoming(tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    home = str(tmp_path)
    run(capsys, "--home", home, "schedule", "apply")
    code, out, _ = run(capsys, "--home", home, "sweeps", "--upcoming", "3")
    assert code == 0
    assert "最近巡查 recent sweeps" in out and "(none yet)" in out
    upcoming = out.split("即将巡查 upcoming")[1].strip().splitlines()
    assert len(upcoming) == 3 and all("yantai-default" in line for line in upcoming)


def test_list_limit_counts_per_plan(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    home = str(tmp_path)
    other = tmp_path / "other.yaml"
    other.write_text("plan: every-minute\nbaseline:\n  - cron: '* * * * *'\n", encoding="utf-8")
    run(capsys, "--home", home, "schedule", "apply", str(DEFAULT_PLAN), str(other))
    code, out, _ = run(capsys, "--home", home, "schedule", "list", "--limit", "2")
    assert code == 0
    assert out.count("every-minute") == 2 and out.count("yantai-default") == 2
