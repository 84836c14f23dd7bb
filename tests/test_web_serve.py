"""`hongdun serve` through the installed console script: it listens on loopback and answers."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

HONGDUN = Path(sys.executable).with_name("hongdun")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_serve_answers_health_then_stops(tmp_path: Path) -> None:
    port = free_port()
    proc = subprocess.Popen([str(HONGDUN), "--home", str(tmp_path / "home"), "serve",
                             "--port", str(port)], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2) as r:
                    body = json.loads(r.read())
                break
            except OSError:
                assert proc.poll() is None, proc.stderr.read().decode()  # type: ignore[union-attr]
                assert time.monotonic() < deadline, "serve did not answer in 30 s"
                time.sleep(0.2)
        assert body["status"] == "ok" and body["findings"] == 0
    finally:
        proc.terminate()
        proc.wait(10)


def test_serve_refuses_a_bad_port(tmp_path: Path) -> None:
    done = subprocess.run([str(HONGDUN), "--home", str(tmp_path), "serve", "--port", "70000"],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 2 and "port must be 1-65535" in done.stderr
    assert "Traceback" not in done.stderr


def test_serve_reports_a_busy_port_in_one_line(tmp_path: Path) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        done = subprocess.run([str(HONGDUN), "--home", str(tmp_path), "serve", "--port",
                               str(port)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 2 and f"cannot listen on 127.0.0.1:{port}" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
