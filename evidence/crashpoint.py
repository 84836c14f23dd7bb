"""A test-only pause at a named point of sealing, so a kill test can SIGKILL a sweep right there.

With HONGDUN_TEST_PAUSE_AT=PHASE:N and HONGDUN_TEST_PAUSE_FILE=PATH in the environment,
each time the process reaches PHASE it appends PHASE to PATH; the N-th time it then
sleeps (holding whatever it holds) until the test kills it. Unset, it does nothing.
Phases: ocr, seal (artefacts written, not yet signed), ledger (renamed into place, not
yet in the ledger), index (ledgered, not yet in the captures table: reached right after
the ledger append, and again after findings and leads, just before the captures row).
"""

from __future__ import annotations

import fcntl
import os
import time

PHASES = ("ocr", "seal", "ledger", "index")


def reached(phase: str) -> None:
    """Mark that PHASE was reached; pause for good on its N-th time (see module doc)."""
    spec = os.environ.get("HONGDUN_TEST_PAUSE_AT", "")
    marker = os.environ.get("HONGDUN_TEST_PAUSE_FILE", "")
    name, _, nth = spec.partition(":")
    if not marker or name != phase:
        return
    with open(marker, "a+") as handle:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        handle.write(phase + "\n")
        handle.flush()
        handle.seek(0)
        count = len(handle.read().split())
    if count >= int(nth or 1):
        while True:  # the kill test's SIGKILL ends this
            time.sleep(60)
