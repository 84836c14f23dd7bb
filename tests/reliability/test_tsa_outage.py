"""The time-stamp authority down for a whole sweep: captures are sealed, queued, stamped later.

Moved here from test_evidence_tsa.py so the reliability figures come from one suite;
the local TSA fixture and helpers stay there.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from test_evidence_support import visit
from test_evidence_tsa import _cfg, _dead_url, local_tsa
from test_evidence_tsa_support import LocalTsa

from evidence import tsa
from evidence.seal import Sealer

__all__ = ["local_tsa"]  # the module-scoped TSA fixture, shared with test_evidence_tsa


def test_unreachable_tsa_queues_and_retry_stamps(tmp_path: Path, local_tsa: LocalTsa) -> None:
    home = tmp_path / "home"
    capture = Sealer(_cfg(home, _dead_url(), local_tsa.ca_pem)).seal(visit())
    assert not (Path(capture.folder) / "manifest.json.tsr").exists()
    status = subprocess.run(
        [sys.executable, "-m", "hongdun.cli", "--home", str(home), "evidence", "status"],
        capture_output=True, text=True, cwd=Path(__file__).resolve().parents[2],
        env={"PATH": "/usr/bin:/bin", "HONGDUN_TSA_URLS": _dead_url(),
             "HONGDUN_TSA_TRUST": str(local_tsa.ca_pem)}, timeout=120)
    assert status.returncode == 0, status.stderr
    assert "awaiting-timestamp: 1" in status.stdout and capture.capture_id in status.stdout
    stamper = tsa.Stamper(_cfg(home, f"{_dead_url()},{local_tsa.url}", local_tsa.ca_pem))
    assert stamper.retry() == (1, 0)
    assert (Path(capture.folder) / "manifest.json.tsr").is_file()
