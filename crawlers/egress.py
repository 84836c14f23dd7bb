"""The browser's only way out: a SOCKS5 proxy that connects only where the AddressGuard allows.

Chromium, and Playwright's request context that fetches licence images, reach the
network only through this proxy (launch option `proxy`, SOCKS5 with remote DNS: Chromium
then resolves no host itself). For each connection the proxy resolves the host, checks
every address with the guard (crawlers/ssrf.py) and connects to the address it checked.
So nothing a page does (a redirect hop, a pop-up, a service worker, an image, a host
name that resolves to 127.0.0.1 or 10.x, a name whose answer changes between two
look-ups) reaches loopback, RFC 1918 or link-local addresses off the allow-list.

A refusal answers SOCKS "not allowed by ruleset" (Chromium fails the request with
net::ERR_SOCKS_CONNECTION_FAILED) and is kept, by host and port, for the guard to record
in the capture of the page that asked. The proxy runs its own event loop in a daemon
thread, so a busy crawl loop does not hold up the bytes, and ends with the process.
"""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import socket
import threading
from collections import OrderedDict

from crawlers.ssrf import AddressGuard

HANDSHAKE_TIMEOUT = 20.0  # seconds for the SOCKS greeting, request and upstream connect
MAX_REFUSALS = 1000  # refusals kept for attribution, oldest dropped first
_CHUNK = 1 << 16
# SOCKS5 reply codes (RFC 1928 §6)
_OK, _FAILURE, _NOT_ALLOWED, _HOST_UNREACHABLE, _REFUSED, _NO_COMMAND, _NO_ATYP = (
    0, 1, 2, 4, 5, 7, 8)


class EgressProxy:
    """A loopback SOCKS5 proxy (CONNECT only, no authentication) guarded by an AddressGuard."""

    def __init__(self, guard: AddressGuard) -> None:
        self.guard = guard
        self.port = 0
        self._refusals: OrderedDict[tuple[str, int], str] = OrderedDict()
        self._lock = threading.Lock()
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, name="hongdun-egress", daemon=True)

    def start(self) -> str:
        """Start serving; return the proxy URL for Playwright's `proxy` launch option."""
        self._thread.start()
        if not self._ready.wait(10) or not self.port:
            raise RuntimeError("the egress proxy did not start")
        return f"socks5://127.0.0.1:{self.port}"

    def stop(self) -> None:
        """Stop serving; connections under way are closed."""
        if self._thread.is_alive():
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(5)

    def refusal(self, host: str, port: int) -> str | None:
        """Why the proxy refused a connection to host:port, if it did."""
        with self._lock:
            return self._refusals.get((host.lower().strip("[]"), port))

    def _refused(self, host: str, port: int, reason: str) -> None:
        with self._lock:
            self._refusals[(host.lower(), port)] = reason
            while len(self._refusals) > MAX_REFUSALS:
                self._refusals.popitem(last=False)

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        server = self._loop.run_until_complete(
            asyncio.start_server(self._serve, "127.0.0.1", 0))
        self.port = server.sockets[0].getsockname()[1]
        self._ready.set()
        try:
            self._loop.run_forever()
        finally:
            server.close()
            tasks = asyncio.all_tasks(self._loop)
            for task in tasks:
                task.cancel()
            self._loop.run_until_complete(asyncio.gather(*tasks, return_exceptions=True))
            self._loop.close()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        upstream: tuple[asyncio.StreamReader, asyncio.StreamWriter] | None = None
        try:
            upstream = await asyncio.wait_for(self._open(reader, writer), HANDSHAKE_TIMEOUT)
            if upstream is not None:
                await _splice(reader, writer, *upstream)
        except (OSError, EOFError, TimeoutError, ValueError, UnicodeError):
            pass  # a client that went away, or spoke something else
        finally:
            for w in (writer, upstream[1] if upstream else None):
                if w is not None:
                    with contextlib.suppress(Exception):
                        w.close()

    async def _open(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
                    ) -> tuple[asyncio.StreamReader, asyncio.StreamWriter] | None:
        """The SOCKS5 greeting and CONNECT request; the upstream connection, or None."""
        version, count = await reader.readexactly(2)
        methods = await reader.readexactly(count)
        if version != 5 or 0 not in methods:
            writer.write(b"\x05\xff")
            return None
        writer.write(b"\x05\x00")
        _, command, _, kind = await reader.readexactly(4)
        if kind == 1:
            host = socket.inet_ntop(socket.AF_INET, await reader.readexactly(4))
        elif kind == 4:
            host = socket.inet_ntop(socket.AF_INET6, await reader.readexactly(16))
        elif kind == 3:
            size = (await reader.readexactly(1))[0]
            host = (await reader.readexactly(size)).decode("ascii")
        else:
            return await _reply(writer, _NO_ATYP)
        port = int.from_bytes(await reader.readexactly(2), "big")
        if command != 1:
            return await _reply(writer, _NO_COMMAND)
        addresses, refusal = await self.guard.checked_addresses(host, port)
        if refusal is not None:
            self._refused(host, port, refusal)
            return await _reply(writer, _NOT_ALLOWED)
        if not addresses:
            return await _reply(writer, _HOST_UNREACHABLE)
        for address in addresses:  # only the addresses checked: no second look-up
            try:
                up_reader, up_writer = await asyncio.open_connection(address, port)
            except OSError:
                continue
            await _reply(writer, _OK)
            return up_reader, up_writer
        return await _reply(writer, _REFUSED)


async def _reply(writer: asyncio.StreamWriter, code: int) -> None:
    """A SOCKS5 reply with a zero bound address (clients do not use it)."""
    writer.write(bytes((5, code, 0, 1)) + ipaddress.IPv4Address(0).packed + b"\0\0")
    await writer.drain()


async def _splice(a_reader: asyncio.StreamReader, a_writer: asyncio.StreamWriter,
                  b_reader: asyncio.StreamReader, b_writer: asyncio.StreamWriter) -> None:
    """Copy bytes both ways until either side closes."""

    async def pipe(src: asyncio.StreamReader, dst: asyncio.StreamWriter) -> None:
        while data := await src.read(_CHUNK):
            dst.write(data)
            await dst.drain()

    tasks = [asyncio.ensure_future(pipe(a_reader, b_writer)),
             asyncio.ensure_future(pipe(b_reader, a_writer))]
    try:
        done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
        for task in pending:
            task.cancel()
        for task in done:
            with contextlib.suppress(Exception):
                task.result()
    finally:
        for task in tasks:
            task.cancel()
