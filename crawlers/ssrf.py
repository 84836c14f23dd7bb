"""The private-network guard: a shop page cannot make the crawler reach internal addresses.

A public shop page may point its images, scripts, frames, redirects or licence
image at loopback, RFC 1918, link-local (cloud metadata at 169.254.169.254) or
other non-public addresses. `AddressGuard.refusal(url)` says why such a URL is
refused, or None when it may be fetched; host names are resolved and every
address they resolve to must be public. The allow-list (setting
`allow_private`, e.g. the demo marketplace's `127.0.0.1:8765`) names the
private hosts the crawler may reach; by default there are none.

Four places ask it: the HTTP downloader middleware (every request, redirect
hops included), the browser context's request routing (pop-ups included), the
image fetch (each hop), and, under all the browser's traffic, the egress proxy
(crawlers/egress.py), which asks `checked_addresses` at connect time and connects
to the address it checked: redirect hops that routing does not see and names that
resolve privately (or differently a second time) are refused there.
`resolver_rules()` is the Chromium --host-resolver-rules for a browser launched
without the proxy: private IP literals unresolvable.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
import time
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import urlsplit

from hongdun.errors import UsageError

DNS_TTL = 30.0  # seconds a host name's answer is reused by one guard
_DEFAULT_PORTS = {"http": 80, "https": 443, "ws": 80, "wss": 443}
# Chromium --host-resolver-rules patterns for the private IPv4 ranges and loopback names.
_PRIVATE_PATTERNS = ("127.*", "10.*", "192.168.*", "169.254.*", "0.*", "100.64.*",
                     *(f"172.{n}.*" for n in range(16, 32)), "localhost", "*.localhost",
                     "[::1]", "[::]", "metadata.google.internal")


def address_kind(address: str) -> str | None:
    """Why an IP address is not public ("loopback", "private", "link-local", ...), or None."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    for kind, test in (("loopback", ip.is_loopback), ("unspecified", ip.is_unspecified),
                       ("link-local", ip.is_link_local), ("private", ip.is_private),
                       ("multicast", ip.is_multicast), ("reserved", ip.is_reserved)):
        if test:
            return kind
    return None if ip.is_global else "non-public"


@dataclass(frozen=True)
class Allowed:
    """One allow-list entry: a host, and the one port it covers (None: every port)."""

    host: str
    port: int | None

    @classmethod
    def parse(cls, entry: str) -> Allowed:
        text = entry.strip().lower()
        host, sep, port = text.rpartition(":") if not text.endswith("]") else (text, "", "")
        if not sep or "]" in port:
            host, port = text, ""
        host = host.strip("[]")
        if not host or (port and not port.isdigit()):
            raise UsageError(f"HONGDUN_ALLOW_PRIVATE: {entry!r} is not host or host:port")
        return cls(host, int(port) if port else None)

    def covers(self, host: str, port: int) -> bool:
        return self.host == host and self.port in (None, port)


class AddressGuard:
    """Refuse URLs whose host is, or resolves to, a non-public address not on the allow-list."""

    def __init__(self, allowed: Iterable[str] = ()) -> None:
        self.allowed = tuple(Allowed.parse(e) for e in allowed if e.strip())
        self._answers: dict[str, tuple[float, str | None]] = {}  # host -> (expiry, refusal)

    @classmethod
    def from_setting(cls, value: str) -> AddressGuard:
        """The guard for a comma-separated allow-list setting."""
        return cls(value.split(","))

    def _allowed(self, host: str, port: int) -> bool:
        return any(a.covers(host, port) for a in self.allowed)

    def allows(self, url: str) -> bool:
        """True when url's host (and port) is on the allow-list."""
        split = urlsplit(url)
        try:
            port = split.port or _DEFAULT_PORTS.get(split.scheme, 0)
        except ValueError:
            return False
        return self._allowed((split.hostname or "").lower(), port)

    def literal_refusal(self, url: str) -> str | None:
        """The refusal decided without DNS: a bad scheme or a private IP literal."""
        split = urlsplit(url)
        if split.scheme in ("data", "blob", "about"):
            return None
        if split.scheme not in _DEFAULT_PORTS:
            return f"scheme {split.scheme or '?'} not fetched"
        host = (split.hostname or "").lower()
        try:
            port = split.port or _DEFAULT_PORTS[split.scheme]
        except ValueError:
            return "bad port"
        if not host:
            return "no host"
        if self._allowed(host, port):
            return None
        if host == "localhost" or host.endswith(".localhost"):
            return f"private address {host} (loopback)"
        try:
            kind = address_kind(host)
        except ValueError:
            return None  # a name: resolve it
        return f"private address {host} ({kind})" if kind else None

    def refusal(self, url: str) -> str | None:
        """Why url may not be fetched, or None; resolves host names (blocking)."""
        first = self.literal_refusal(url)
        if first is not None or not self._needs_dns(url):
            return first
        split = urlsplit(url)
        try:
            infos = socket.getaddrinfo(split.hostname, None, proto=socket.IPPROTO_TCP)
        except (OSError, UnicodeError):
            return None  # unresolvable: the fetch itself fails and says so
        return self._resolved_refusal(split.hostname or "", [i[4][0] for i in infos])

    async def refusal_async(self, url: str) -> str | None:
        """`refusal` without blocking the event loop; a name's answer is kept DNS_TTL s."""
        first = self.literal_refusal(url)
        if first is not None or not self._needs_dns(url):
            return first
        host = urlsplit(url).hostname or ""
        cached = self._answers.get(host)
        if cached is not None and cached[0] > time.monotonic():
            return cached[1]
        try:
            infos = await asyncio.get_running_loop().getaddrinfo(
                host, None, proto=socket.IPPROTO_TCP)
        except (OSError, UnicodeError):
            return None
        refusal = self._resolved_refusal(host, [i[4][0] for i in infos])
        self._answers[host] = (time.monotonic() + DNS_TTL, refusal)
        return refusal

    async def checked_addresses(self, host: str, port: int) -> tuple[list[str], str | None]:
        """(addresses a connection to host:port may use, None), or ([], the refusal). Asked
        at connect time by the egress proxy, which connects only to these addresses."""
        host = host.lower().strip("[]")
        allowed = self._allowed(host, port)
        try:
            kind = address_kind(host)
        except ValueError:
            kind = "name"
        if kind != "name":
            return ([], f"private address {host} ({kind})") if kind and not allowed else (
                [host], None)
        if not allowed and (host == "localhost" or host.endswith(".localhost")):
            return [], f"private address {host} (loopback)"
        try:
            infos = await asyncio.get_running_loop().getaddrinfo(
                host, port, type=socket.SOCK_STREAM)
        except (OSError, UnicodeError):
            return [], None  # unresolvable: the connection fails as it would anyway
        addresses = list(dict.fromkeys(str(i[4][0]) for i in infos))
        refusal = None if allowed else self._resolved_refusal(host, addresses)
        return ([], refusal) if refusal else (addresses, None)

    def _needs_dns(self, url: str) -> bool:
        split = urlsplit(url)
        host = (split.hostname or "").lower()
        if split.scheme not in _DEFAULT_PORTS or self._allowed(
                host, split.port or _DEFAULT_PORTS[split.scheme]):
            return False
        try:
            ipaddress.ip_address(host)
        except ValueError:
            return True
        return False

    def _resolved_refusal(self, host: str, addresses: list[str]) -> str | None:
        for address in addresses:
            kind = address_kind(str(address))
            if kind:
                return f"private address {host} resolves to {address} ({kind})"
        return None

    def resolver_rules(self) -> str:
        """Chromium --host-resolver-rules that make private IP literals and loopback names
        unresolvable, except the allow-listed hosts."""
        rules = [f"MAP {pattern} ~NOTFOUND" for pattern in _PRIVATE_PATTERNS]
        rules += [f"EXCLUDE {a.host}" for a in self.allowed]
        return ", ".join(rules)
