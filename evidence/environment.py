"""The capture environment record (清洁性检查): the machine, software and network that sealed it.

Written as environment.json into every capture (so it is signed with it). It
records facts an examiner asks about a capture's cleanliness: operating system,
software versions, the browser binary's hash, proxy settings, name servers,
clock source, and whether the crawler's browser profile was fresh.
"""

from __future__ import annotations

import hashlib
import os
import platform
import re
import socket
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

from evidence.canonical import CHUNK, sha256_file
from hongdun import __version__, clock
from hongdun.config import Config

FILENAME = "environment.json"
_PROXY_VARS = ("http_proxy", "https_proxy", "all_proxy", "no_proxy")


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
            info["binary_sha256"] = sha256_file(binary)
            md5 = hashlib.md5(usedforsecurity=False)
            with open(binary, "rb") as handle:
                while chunk := handle.read(CHUNK):
                    md5.update(chunk)
            info["matches_dpkg"] = md5.hexdigest() == info.get("dpkg_md5")
    return info


def _clock() -> dict[str, object]:
    """Which clock the stamps come from, and whether an NTP daemon is visible."""
    daemons = [name for name in ("chronyd", "ntpd", "systemd-timesyncd") if _running(name)]
    return {"source": "system clock (UTC), Asia/Shanghai shown alongside",
            "ntp_daemons": daemons, "trusted_time": "RFC 3161 tokens when a TSA is configured"}


def _running(name: str) -> bool:
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
        "python": sys.version.split()[0],
        "os": {"system": uname.system, "release": uname.release, "version": uname.version,
               "machine": uname.machine, "distribution": _distribution()},
        "hostname": socket.gethostname(),
        "user": os.environ.get("USER") or str(os.getuid()),
        "operator": cfg.get("operator"),
        "browser": _chromium(cfg.get("chromium"), deep),
        "network": {"proxies": proxies, "nameservers": _nameservers()},
        "clock": _clock(),
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
