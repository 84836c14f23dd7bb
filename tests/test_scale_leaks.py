"""A browser sweep holds no more browser contexts than visits in flight, and leaves none open.

Runs bench/scale_bench.py's browser sweep on the demo (concurrency 1: two visits in flight) and
reads its "left open" line: a context kept after its visit (per-target state that grows
with the sweep) shows as more contexts at once than visits in flight, or one left open.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_browser_sweep_closes_every_context_it_opens() -> None:
    run = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "scale_bench.py"), "--sizes", "",
         "--browser-sizes", "4", "--concurrency", "1"],
        capture_output=True, text=True, timeout=900, cwd=ROOT)
    assert run.returncode == 0, run.stderr[-2000:]
    line = next(ln for ln in run.stdout.splitlines() if "left open at the end" in ln)
    left = {k: int(v) for k, v in re.findall(r"([a-z][a-z ]+?) (\d+)", line.split(":", 1)[1])}
    assert left["contexts left open"] == 0, line
    # two visits in flight at concurrency 1 in the browser; a context per visit
    assert 1 <= left["most contexts at once"] <= 2, line
    assert left["most pages at once"] >= 1, line
