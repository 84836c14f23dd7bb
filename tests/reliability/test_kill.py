"""Quick kill test (make test): SIGKILL a real `hongdun sweep --no-browser` four times, once in
each phase, restart it each time, and find nothing lost. The full 20 kills with the browser
run in bench/reliability_crash.py.
"""

from __future__ import annotations

from pathlib import Path

from bench.reliability_crash import PHASES_HTTP, run


def test_four_kills_lose_nothing_and_the_sweep_resumes(tmp_path: Path) -> None:
    result = run(4, browser=False, shops=6, workdir=tmp_path)
    assert result.losses == []
    assert {k.phase for k in result.kills} == set(PHASES_HTTP)
    # every kill lands in its phase: a kill point past the sweep's end would be no kill
    assert result.killed == len(result.kills), [k for k in result.kills if not k.landed]
    assert all(k.ledger_ok and k.missing == 0 for k in result.kills)
    left = sum(k.unledgered + k.partial for k in result.kills)
    assert len(result.recovery_lines) >= (1 if left else 0)
