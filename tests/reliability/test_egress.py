"""The egress proxy the browser goes out through: it checks the address it connects to.

Spoken to as Chromium speaks to it (SOCKS5, host names resolved by the proxy), with a
real "internal service" on loopback that must never see a request, and a host name that
the system resolver maps to a private address (demo.hostile.private_name()).
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from crawlers.egress import EgressProxy
from crawlers.ssrf import AddressGuard
from demo.hostile import private_name


class _Counting(BaseHTTPRequestHandler):
    hits: list[str]

    def do_GET(self) -> None:
        self.hits.append(self.path)
        self.send_response(200)
        self.end_headers()
        self.wfile.write(b"SECRET")

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def servers() -> Iterator[tuple[ThreadingHTTPServer, ThreadingHTTPServer, list[str]]]:
    """(an allow-listed shop server, an internal server, the internal server's hits)."""
    hits: list[str] = []
    handler = type("Handler", (_Counting,), {"hits": hits})
    shop = ThreadingHTTPServer(("127.0.0.1", 0), type("Shop", (_Counting,), {"hits": []}))
    internal = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    for server in (shop, internal):
        threading.Thread(target=server.serve_forever, daemon=True).start()
    yield shop, internal, hits
    for server in (shop, internal):
        server.shutdown()
        server.server_close()


def _connect(proxy: EgressProxy, host: str, port: int) -> tuple[int, socket.socket]:
    """SOCKS5 CONNECT to host:port (a name sent as a name, as Chromium does); the reply code."""
    client = socket.create_connection(("127.0.0.1", proxy.port), timeout=10)
    client.sendall(b"\x05\x01\x00")
    assert client.recv(2) == b"\x05\x00"
    try:
        packed, kind = socket.inet_aton(host), 1
    except OSError:
        packed, kind = bytes([len(host)]) + host.encode(), 3
    client.sendall(bytes((5, 1, 0, kind)) + packed + port.to_bytes(2, "big"))
    reply = client.recv(10)
    return reply[1], client


def test_the_proxy_refuses_private_addresses_by_name_and_by_literal(servers) -> None:
    shop, internal, hits = servers
    name = private_name()
    assert name, "this machine has no host name resolving to a private address"
    proxy = EgressProxy(AddressGuard.from_setting(f"127.0.0.1:{shop.server_port}"))
    proxy.start()
    try:
        code, client = _connect(proxy, name, internal.server_port)
        client.close()
        assert code == 2  # "connection not allowed by ruleset"
        reason = proxy.refusal(name, internal.server_port)
        assert reason and f"private address {name} resolves to" in reason
        for host in ("127.0.0.1", "169.254.169.254", "localhost"):
            code, client = _connect(proxy, host, internal.server_port)
            client.close()
            assert code == 2, host
        code, client = _connect(proxy, "127.0.0.1", shop.server_port)  # the allow-list
        assert code == 0
        client.sendall(b"GET /shop HTTP/1.0\r\n\r\n")
        assert client.recv(100).startswith(b"HTTP/1.0 200")
        client.close()
    finally:
        proxy.stop()
    assert hits == []  # the internal service never saw a request
