"""The capture environment record (清洁性检查): the machine, software and network that sealed it.

Written as environment.json into every capture (so it is signed with it). It
records facts an examiner asks about a capture's cleanliness: operating system,
software versions, the hongdun commit, the browser binary's hash, proxy
settings, name servers, clock source and its offset against an NTP server, the
browser profile policy, and (per capture) what each page's host resolved to at
sealing time and which local address traffic toward it leaves from.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import os
import platform
import re
import socket
import struct
import subprocess
import sys
import time
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit

from evidence.canonical import CHUNK
from hongdun import __version__, clock
from hongdun.config import Config

FILENAME = "environment.json"
_PROXY_VARS = ("http_proxy", "https_proxy", "all_proxy", "no_proxy")
BROWSER_PROFILE = "fresh context per target (incognito, closed after the visit)"
NTP_TIMEOUT = 2.0
_NTP_EPOCH = 2208988800  # seconds from 1900-01-01 (NTP era 0) to 1970-01-01
_PACKAGES = ("playwright", "scrapy", "scrapy-playwright")


def _redact(url: str) -> str:
    """A proxy URL without any user:password part."""
    return re.sub(r"//[^/@]*@", "//***@", url)


def _dpkg(binary: Path) -> dict[str, str]:
    """The Debian package owning binary, its version, and the MD5 dpkg recorded for it."""
    out: dict[str, str] = {}
    lists = sorted(Path("/var/lib/dpkg/info").glob("*.md5sums"),
                   key=lambda p: not p.name.startswith(binary.name))  # likely owner first
    for sums in lists:
        try:
            text = sums.read_text()
        except OSError:
            continue
        for line in text.splitlines():
            digest, _, name = line.partition("  ")
            if "/" + name == str(binary):
                out["package"] = sums.name.removesuffix(".md5sums")
                out["dpkg_md5"] = digest
        if out:
            break
    if out:
        done = subprocess.run(["dpkg-query", "-W", "-f", "${Version}", out["package"]],
                              capture_output=True, text=True, check=False)
        out["package_version"] = done.stdout.strip()
    return out


def _chromium(path: str, deep: bool) -> dict[str, object]:
    """Chromium's version, package, and (deep) whether its binary matches what dpkg installed."""
    info: dict[str, object] = {"path": path}
    if deep:  # the crawler reports the version per visit; this asks the binary itself
        try:
            done = subprocess.run([path, "--version"], capture_output=True, text=True,
                                  timeout=30, check=False)
            info["version"] = done.stdout.strip() or done.stderr.strip()[:200]
        except (OSError, subprocess.TimeoutExpired) as exc:
            info["version"] = f"unavailable ({exc})"
    binary = Path("/usr/lib/chromium/chromium") if path == "/usr/bin/chromium" else Path(path)
    if binary.is_file():
        stat = binary.stat()
        info.update({"binary": str(binary), "size": stat.st_size,
                     "modified_utc": clock.iso_utc(datetime.fromtimestamp(stat.st_mtime, UTC)),
                     **_dpkg(binary)})
        if deep:
            sha256, md5 = hashlib.sha256(), hashlib.md5(usedforsecurity=False)
            with open(binary, "rb") as handle:  # one read of the binary feeds both digests
                while chunk := handle.read(CHUNK):
                    sha256.update(chunk)
                    md5.update(chunk)
            info["binary_sha256"] = sha256.hexdigest()
            info["matches_dpkg"] = md5.hexdigest() == info.get("dpkg_md5")
    return info


def _clock(ntp_server: str) -> dict[str, object]:
    """Which clock the stamps come from, whether an NTP daemon is visible, and its offset."""
    daemons = [name for name in ("chronyd", "ntpd", "systemd-timesyncd") if _running(name)]
    return {"source": "system clock (UTC), Asia/Shanghai shown alongside",
            "ntp_daemons": daemons, "trusted_time": "RFC 3161 tokens when a TSA is configured",
            "ntp_offset": ntp_offset(ntp_server)}


def _ntp_stamp(raw: bytes) -> float:
    """A 64-bit NTP timestamp (seconds since 1900, 32.32 fixed point) as Unix seconds."""
    seconds, fraction = struct.unpack("!II", raw)
    return seconds - _NTP_EPOCH + fraction / 2**32


def _ntp_bytes(unix: float) -> bytes:
    """Unix seconds as a 64-bit NTP timestamp."""
    seconds = int(unix)
    return struct.pack("!II", seconds + _NTP_EPOCH, int((unix - seconds) * 2**32) & 0xFFFFFFFF)


def _host_port(value: str, default: int) -> tuple[str, int]:
    """host, host:port or [v6]:port split into host and port."""
    if value.startswith("["):
        host, _, rest = value[1:].partition("]")
        return host, int(rest[1:]) if rest.startswith(":") else default
    if value.count(":") == 1:
        host, _, port = value.partition(":")
        return host, int(port)
    return value, default


def ntp_offset(server: str, timeout: float = NTP_TIMEOUT) -> dict[str, object]:
    """The local clock's offset from server by one SNTP query (RFC 4330); None with a reason."""
    if not server.strip():
        return {"server": "", "offset_seconds": None, "reason": "no NTP server configured"}
    try:
        host, port = _host_port(server.strip(), 123)
        family, _, _, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_DGRAM)[0]
        with socket.socket(family, socket.SOCK_DGRAM) as sock:
            sock.connect(address)  # connected: a closed port is reported, not waited out
            deadline = time.monotonic() + timeout
            t1 = time.time()
            origin = _ntp_bytes(t1)
            sock.send(b"\x23" + bytes(39) + origin)  # LI 0, version 4, mode 3 (client)
            while True:
                sock.settimeout(max(deadline - time.monotonic(), 0.001))
                data = sock.recv(512)
                t4 = time.time()
                if len(data) >= 48 and data[24:32] == origin:
                    break  # a stray or late datagram is not our answer
    except (OSError, ValueError, IndexError) as exc:  # timeout, refused, unresolvable, bad port
        late = isinstance(exc, TimeoutError)
        reason = f"no answer within {timeout:g}s" if late else str(exc)
        return {"server": server, "offset_seconds": None, "reason": reason or type(exc).__name__}
    mode, stratum = data[0] & 0x07, data[1]
    if mode != 4 or stratum == 0:
        return {"server": server, "offset_seconds": None,
                "reason": f"unusable answer (mode {mode}, stratum {stratum})"}
    t2, t3 = _ntp_stamp(data[32:40]), _ntp_stamp(data[40:48])
    return {"server": server, "offset_seconds": round(((t2 - t1) + (t3 - t4)) / 2, 6),
            "delay_seconds": round((t4 - t1) - (t3 - t2), 6), "stratum": stratum}


def _versions() -> dict[str, str]:
    """Installed versions of the crawling stack (playwright, scrapy, scrapy-playwright)."""
    out: dict[str, str] = {}
    for name in _PACKAGES:
        try:
            out[name] = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            out[name] = "not installed"
    return out


def _commit() -> dict[str, object]:
    """The git commit hongdun runs from and whether the tree has uncommitted changes."""
    root = Path(__file__).resolve().parent.parent
    if not (root / ".git").exists():
        return {"commit": "unknown", "reason": f"{root} is not a git checkout"}
    try:
        head = subprocess.run(["git", "-C", str(root), "rev-parse", "HEAD"], capture_output=True,
                              text=True, timeout=NTP_TIMEOUT, check=True).stdout.strip()
    except (OSError, subprocess.SubprocessError) as exc:
        return {"commit": "unknown", "reason": str(exc)[:200]}
    try:
        status = subprocess.run(["git", "-C", str(root), "status", "--porcelain",
                                 "--untracked-files=no"], capture_output=True, text=True,
                                timeout=NTP_TIMEOUT, check=True).stdout
        dirty: bool | None = bool(status.strip())
    except (OSError, subprocess.SubprocessError):
        dirty = None
    return {"commit": head, "dirty": dirty}


# Names that never resolve on the public DNS: looking them up would only leak queries.
_RESERVED_TLDS = frozenset({"test", "example", "invalid"})


def network_at_seal(urls: Iterable[str]) -> dict[str, dict[str, object]]:
    """Per host of urls: its DNS answer now and the local address traffic toward it leaves from."""
    out: dict[str, dict[str, object]] = {}
    for url in urls:
        try:
            parts = urlsplit(url)
            host = parts.hostname
            port = parts.port or (443 if parts.scheme == "https" else 80)
        except ValueError:
            continue
        if not host or host in out:
            continue
        entry: dict[str, object] = {"port": port}
        if host.rstrip(".").rsplit(".", 1)[-1].lower() in _RESERVED_TLDS:
            entry.update(addresses=[], dns_error="reserved name (RFC 2606/6761), not looked up")
            out[host] = entry
            continue
        try:
            infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except OSError as exc:
            entry.update(addresses=[], dns_error=str(exc) or type(exc).__name__)
            out[host] = entry
            continue
        entry["addresses"] = sorted({str(info[4][0]) for info in infos})
        family, address = infos[0][0], infos[0][4]
        try:
            with socket.socket(family, socket.SOCK_DGRAM) as sock:
                sock.connect(address)  # picks the route and source address; sends nothing
                entry["egress_address"] = str(sock.getsockname()[0])
                entry["egress_toward"] = str(address[0])
        except OSError as exc:
            entry["egress_error"] = str(exc) or type(exc).__name__
        out[host] = entry
    return out


def _running(name: str) -> bool:
    """Whether a process named name is running (by /proc/*/comm)."""
    for comm in Path("/proc").glob("[0-9]*/comm"):
        try:
            if comm.read_text().strip() == name:
                return True
        except OSError:
            continue
    return False


def _distribution() -> str:
    try:
        return platform.freedesktop_os_release().get("PRETTY_NAME", "")
    except OSError:
        return ""


def _nameservers() -> list[str]:
    try:
        text = Path("/etc/resolv.conf").read_text()
    except OSError:
        return []
    return [line.split()[1] for line in text.splitlines()
            if line.startswith("nameserver") and len(line.split()) > 1]


def snapshot(cfg: Config, *, deep: bool = False) -> dict[str, object]:
    """The environment facts that do not change between captures of one process.

    deep=True also hashes the browser binary and compares it with dpkg's record
    (seconds of work; `hongdun evidence environment` does it on demand).
    """
    proxies = {k: _redact(v) for k in _PROXY_VARS for v in [os.environ.get(k)
               or os.environ.get(k.upper()) or ""] if v}
    uname = platform.uname()
    return {
        "checked_at": clock.utc_now(),
        "hongdun_version": __version__,
        "hongdun_source": _commit(),
        "packages": _versions(),
        "browser_profile": BROWSER_PROFILE,
        "python": sys.version.split()[0],
        "os": {"system": uname.system, "release": uname.release, "version": uname.version,
               "machine": uname.machine, "distribution": _distribution()},
        "hostname": socket.gethostname(),
        "user": os.environ.get("USER") or str(os.getuid()),
        "operator": cfg.get("operator"),
        "browser": _chromium(cfg.get("chromium"), deep),
        "network": {"proxies": proxies, "nameservers": _nameservers()},
        "clock": _clock(cfg.get("ntp_server")),
        "checks": {
            "no_proxy_configured": not proxies,
            "evidence_dir_writable_only_by_owner": _owner_only(cfg.evidence_dir),
            "signing_key_mode_0600": _mode_is(cfg.keys_dir / "signing.key", 0o600),
        },
    }


def _owner_only(path: Path) -> bool | None:
    try:
        return not path.stat().st_mode & 0o022
    except OSError:
        return None


def _mode_is(path: Path, mode: int) -> bool | None:
    try:
        return (path.stat().st_mode & 0o777) == mode
    except OSError:
        return None
