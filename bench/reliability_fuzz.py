"""Fuzz figures for the reliability table: cases tried per input kind, and failures.

Runs the property-based suite of tests/reliability/ under the "full" hypothesis
profile (many more cases than `make test`), with each test called directly, and
counts every case each one tried. A failure is a property broken (a crash, a
traceback, an accepted bad bundle, a 5xx, a hang); hypothesis stops a test at its
first failure and shrinks it, so failures count failing tests, with the first line.

    .venv/bin/python bench/reliability_fuzz.py
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("HONGDUN_FUZZ_PROFILE", "full")
ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]  # the suite imports its helpers both ways


def _tests() -> list[tuple[str, Callable[[], None]]]:
    from tests.reliability import test_fuzz_bundles, test_fuzz_inputs

    out = []
    for module in (test_fuzz_bundles, test_fuzz_inputs):
        for name in sorted(dir(module)):
            func = getattr(module, name)
            if name.startswith("test_") and hasattr(func, "hypothesis"):
                out.append((name, func))
    return out


def _web() -> None:

    from tests.reliability.test_fuzz_web import fuzz_schema, serving, signed_in_schema

    with tempfile.TemporaryDirectory() as scratch, serving(Path(scratch)) as (base, _):
        fuzz_schema(*signed_in_schema(base))


def section() -> list[dict[str, object]]:
    """Rows for the reliability table: one per input kind, cases and failures."""
    from tests.reliability.fuzzing import TALLY

    failures: dict[str, list[str]] = {}
    seconds: dict[str, float] = {}
    for name, func in [*_tests(), ("test_web_api", _web)]:
        before = dict(TALLY)
        started = time.monotonic()
        try:
            func()
            broken = ""
        except Exception as exc:
            broken = f"{name}: {str(exc).strip().splitlines()[0][:160]}" if str(exc) else name
        kinds = [k for k in TALLY if TALLY[k] != before.get(k, 0)] or [name]
        for kind in kinds:
            seconds[kind] = seconds.get(kind, 0.0) + time.monotonic() - started
            failures.setdefault(kind, [])
        if broken:
            failures[kinds[0]].append(broken)
    return [{"section": "fuzz", "case": kind,
             "outcome": f"{TALLY[kind]} cases, {len(failures[kind])} failures"
                        + (f" ({'; '.join(failures[kind])})" if failures[kind] else ""),
             "seconds": round(seconds[kind], 1)} for kind in sorted(failures)]


def main() -> int:
    """Print the fuzz rows as a table; exit 1 on any failure."""
    rows = section()
    width = max(len(str(r["case"])) for r in rows)
    for r in rows:
        print(f"{r['section']:<6} {r['case']!s:<{width}}  {r['seconds']!s:>7}s  {r['outcome']}")
    return 1 if any(", 0 failures" not in str(r["outcome"]) for r in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
