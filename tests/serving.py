"""A real `hongdun serve` child process on a free loopback port, for browser and API tests."""

from __future__ import annotations

import contextlib
import json
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

HONGDUN = Path(sys.executable).with_name("hongdun")


def free_port() -> int:
    """A loopback port nothing listens on right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextlib.contextmanager
def hongdun_serve(home: Path, log: Path | None = None, wait: float = 60) -> Iterator[str]:
    """Start `hongdun serve` over home, wait until /healthz answers ok, yield its base URL,
    and stop it afterwards. Output goes to log (kept for inspection) or is discarded."""
    port = free_port()
    with open(log or "/dev/null", "wb") as out:
        proc = subprocess.Popen([str(HONGDUN), "--home", str(home), "serve", "--port", str(port)],
                                stdout=out, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + wait
    try:
        while True:
            try:
                with urllib.request.urlopen(f"{base}/healthz", timeout=2) as r:
                    assert json.loads(r.read())["status"] == "ok"
                break
            except OSError:
                assert proc.poll() is None, f"hongdun serve exited with {proc.returncode}"
                assert time.monotonic() < deadline, f"hongdun serve did not answer in {wait} s"
                time.sleep(0.2)
        yield base
    finally:
        proc.terminate()
        proc.wait(30)
