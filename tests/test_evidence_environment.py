"""The capture environment record: SNTP clock offset, software stack, per-host DNS and egress."""

from __future__ import annotations

import dataclasses
import json
import socket
import struct
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from test_evidence_support import make_config, visit

from evidence import environment
from evidence.seal import Sealer
from hongdun import config

SKEW = 3.0
_NTP_EPOCH = 2208988800


class SntpServer:
    """A real SNTP server on 127.0.0.1 whose clock runs SKEW seconds ahead; counts queries."""

    def __init__(self) -> None:
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.settimeout(0.1)
        self.address = f"127.0.0.1:{self.sock.getsockname()[1]}"
        self.queries = 0
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._serve, daemon=True)

    def _serve(self) -> None:
        while not self.stop.is_set():
            try:
                data, peer = self.sock.recvfrom(512)
            except TimeoutError:
                continue
            received = time.time() + SKEW
            if len(data) < 48 or data[0] & 0x07 != 3:
                continue
            self.queries += 1
            head = bytes([0x24, 1, 0, 0xEC]) + bytes(8) + b"LOCL"  # v4 server, stratum 1
            reply = head + _stamp(received) + data[40:48] + _stamp(received) \
                + _stamp(time.time() + SKEW)
            self.sock.sendto(reply, peer)


def _stamp(unix: float) -> bytes:
    seconds = int(unix)
    return struct.pack("!II", seconds + _NTP_EPOCH, int((unix - seconds) * 2**32))


@pytest.fixture
def sntp() -> Iterator[SntpServer]:
    server = SntpServer()
    server.thread.start()
    yield server
    server.stop.set()
    server.thread.join(5)
    server.sock.close()


def _within_bound(record: dict[str, object]) -> bool:
    """The measured offset is SKEW to within NTP's own error bound (half the round trip)."""
    offset, delay = record["offset_seconds"], record["delay_seconds"]
    assert isinstance(offset, float) and isinstance(delay, float)
    return abs(offset - SKEW) <= delay / 2 + 0.001 and abs(offset - SKEW) < 0.25


def _closed_udp_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_sntp_measures_the_servers_skew(sntp: SntpServer) -> None:
    record = environment.ntp_offset(sntp.address)
    assert record["server"] == sntp.address
    offset, delay = record["offset_seconds"], record["delay_seconds"]
    assert isinstance(offset, float) and isinstance(delay, float)
    assert _within_bound(record), record
    assert 0 <= delay < 0.5 and record["stratum"] == 1
    assert sntp.queries == 1


def test_sntp_closed_port_is_unknown_with_a_reason() -> None:
    started = time.monotonic()
    record = environment.ntp_offset(f"127.0.0.1:{_closed_udp_port()}")
    assert record["offset_seconds"] is None and "delay_seconds" not in record
    assert "refused" in str(record["reason"]).lower()
    assert time.monotonic() - started < environment.NTP_TIMEOUT + 1


def test_sntp_silent_server_times_out_in_two_seconds() -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as silent:
        silent.bind(("127.0.0.1", 0))
        started = time.monotonic()
        record = environment.ntp_offset(f"127.0.0.1:{silent.getsockname()[1]}")
        elapsed = time.monotonic() - started
    assert record["offset_seconds"] is None and record["reason"] == "no answer within 2s"
    assert 1.9 < elapsed < 3


def test_sntp_unset_server_is_unknown() -> None:
    record = environment.ntp_offset("")
    assert record == {"server": "", "offset_seconds": None, "reason": "no NTP server configured"}


def test_sealer_measures_offset_once_and_records_hosts(tmp_path: Path,
                                                        sntp: SntpServer) -> None:
    cfg = config.load({"home": str(tmp_path), "ntp_server": sntp.address}, environ={})
    base = visit()
    local = dataclasses.replace(base, pages=(
        dataclasses.replace(base.pages[0], requested_url="http://localhost:8765/yt",
                            final_url="http://127.0.0.1:8765/yt?from=redirect"),
        base.pages[1]))
    sealer = Sealer(cfg)
    first, second = sealer.seal(local), sealer.seal(local)
    assert sntp.queries == 1  # once per Sealer, not per capture
    records = [json.loads((Path(c.folder) / environment.FILENAME).read_bytes())
               for c in (first, second)]
    for record in records:
        ntp = record["clock"]["ntp_offset"]
        assert ntp["server"] == sntp.address and _within_bound(ntp), ntp
        assert record["browser_profile"] == environment.BROWSER_PROFILE
        hosts = record["hosts_at_seal"]
        assert set(hosts) == {"localhost", "127.0.0.1", "shop.example.test"}
        assert hosts["127.0.0.1"] == {"port": 8765, "addresses": ["127.0.0.1"],
                                      "egress_address": "127.0.0.1",
                                      "egress_toward": "127.0.0.1"}
        assert "127.0.0.1" in hosts["localhost"]["addresses"]
        assert hosts["localhost"]["egress_address"] in ("127.0.0.1", "::1")
        unresolved = hosts["shop.example.test"]
        assert unresolved["addresses"] == [] and "not looked up" in unresolved["dns_error"]
        assert unresolved["port"] == 443 and "egress_address" not in unresolved


def test_software_stack_and_commit_are_recorded(tmp_path: Path) -> None:
    record = environment.snapshot(make_config(tmp_path))
    packages = record["packages"]
    assert isinstance(packages, dict)
    assert set(packages) == {"playwright", "scrapy", "scrapy-playwright"}
    assert all(v and v != "not installed" for v in packages.values())
    root = Path(environment.__file__).resolve().parent.parent
    head = subprocess.run(["git", "-C", str(root), "rev-parse", "HEAD"], capture_output=True,
                          text=True, check=True).stdout.strip()
    source = record["hongdun_source"]
    assert isinstance(source, dict) and source["commit"] == head
    assert isinstance(source["dirty"], bool)
    clock = record["clock"]
    assert isinstance(clock, dict)
    assert clock["ntp_offset"]["reason"] == "no NTP server configured"
