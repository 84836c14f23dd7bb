"""Shared pieces of the fuzz suite: hypothesis profiles, the case tally, and the verdict checks.

Profiles: "quick" (make test) and "full" (bench/reliability_fuzz.py), chosen by
HONGDUN_FUZZ_PROFILE. No example database is written (nothing lands in the worktree).
Every fuzz test calls `tally(kind)` once per case; a case that breaks a property raises,
and hypothesis reports it shrunk.
"""

from __future__ import annotations

import contextlib
import functools
import io
import os
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

from hypothesis import HealthCheck, settings

from hongdun import cli

settings.register_profile("quick", max_examples=12, deadline=None, database=None,
                          derandomize=True, suppress_health_check=list(HealthCheck))
settings.register_profile("full", max_examples=100, deadline=None, database=None,
                          suppress_health_check=list(HealthCheck))
settings.load_profile(os.environ.get("HONGDUN_FUZZ_PROFILE", "quick"))

CASE_SECONDS = 20.0  # one verification, pack load or plan parse may take at most this
TALLY: Counter[str] = Counter()  # cases tried per input kind, read by the bench


def tally(kind: str) -> None:
    """Count one fuzz case of this input kind."""
    TALLY[kind] += 1


@functools.cache
def _imported() -> None:
    """Import every command module once, as the first `hongdun.cli.main` call of a process
    does (`build_parser`): the Elasticsearch client alone took 16 of the 27 s measured at load
    20, which a first case used to count as its own time and fail at CASE_SECONDS."""
    cli.build_parser()


@contextlib.contextmanager
def bounded(what: str) -> Iterator[None]:
    """Fail the case when it takes longer than CASE_SECONDS (a hang, in effect). The clock
    times the case, not the one-off import of the command line."""
    _imported()
    started = time.monotonic()
    yield
    spent = time.monotonic() - started
    assert spent < CASE_SECONDS, f"{what} took {spent:.1f}s"


def snapshot(root: Path) -> set[str]:
    """Every path under root, to prove a verifier wrote nothing there."""
    return {p.relative_to(root).as_posix() for p in root.rglob("*")}


def one_line_failure(call: Callable[[], int]) -> tuple[int, str]:
    """Run a CLI main in-process; return (exit code, stderr) and check it is one clean line."""
    err, out = io.StringIO(), io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
        code = call()
    text = err.getvalue()
    assert "Traceback" not in text + out.getvalue()
    assert code != 0, f"accepted: {out.getvalue()}"
    assert len(text.strip().splitlines()) == 1, text
    return code, text.strip()
