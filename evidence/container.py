"""Read-only access to a bundle as a zip or an unpacked folder, rejecting unsafe members.

Fails closed before reading a byte of content: unsafe or duplicate names, symbolic
links, encrypted or oddly compressed members, too many members, and sizes or
compression ratios no evidence bundle has (zip bombs). Nothing is ever extracted;
every read is bounded (`read` by its limit, `digest` by the member's declared size).
"""

from __future__ import annotations

import hashlib
import lzma
import stat
import zipfile
import zlib
from pathlib import Path
from typing import BinaryIO

from evidence.canonical import CHUNK
from evidence.manifest import safe_relative
from hongdun.errors import VerificationError

MAX_MEMBERS = 100_000
MAX_MEMBER_BYTES = 4 << 30  # one file (a screenshot, a WARC, the WACZ)
MAX_TOTAL_BYTES = 16 << 30  # the whole bundle, uncompressed
MAX_RATIO = 200  # deflate ratios above this are zeros, not evidence (zip bombs)
RATIO_FLOOR = 1 << 20  # members smaller than this may compress as well as they like
MAX_READ = 64 << 20  # a member read whole into memory (JSON, keys, ledger lines)
READ_ERRORS = (OSError, EOFError, zipfile.BadZipFile, NotImplementedError, RuntimeError,
               ValueError, zlib.error, lzma.LZMAError)


def check_zip_members(infos: list[zipfile.ZipInfo], where: str) -> None:
    """Reject an archive whose member list alone shows it is unsafe or a zip bomb."""
    if len(infos) > MAX_MEMBERS:
        raise VerificationError(f"{where}: {len(infos)} members, more than {MAX_MEMBERS}")
    total = 0
    for info in infos:
        name = info.filename
        if not safe_relative(name.removesuffix("/") if info.is_dir() else name):
            raise VerificationError(f"{where}: unsafe member name {name!r}")
        if stat.S_ISLNK(info.external_attr >> 16):
            raise VerificationError(f"{where}: {name}: symbolic links not allowed")
        if info.flag_bits & 0x1:
            raise VerificationError(f"{where}: {name}: encrypted members not allowed")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise VerificationError(f"{where}: {name}: unsupported compression method "
                                    f"{info.compress_type}")
        if info.file_size > MAX_MEMBER_BYTES:
            raise VerificationError(f"{where}: {name} declares {info.file_size} bytes, more "
                                    f"than {MAX_MEMBER_BYTES}")
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(
                info.compress_size, 1):
            raise VerificationError(f"{where}: {name} inflates {info.compress_size} bytes to "
                                    f"{info.file_size}: a zip bomb")
        total += info.file_size
        if total > MAX_TOTAL_BYTES:
            raise VerificationError(f"{where}: members declare more than {MAX_TOTAL_BYTES} "
                                    "bytes in all")


class BundleReader:
    """The files of a bundle by POSIX path, from a zip archive or a folder."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._zip: zipfile.ZipFile | None = None
        self._sizes: dict[str, int] = {}
        if path.is_dir():
            names = self._folder(path)
        else:
            try:
                self._zip = zipfile.ZipFile(path)
                infos = self._zip.infolist()
            except READ_ERRORS as exc:
                raise VerificationError(f"{path.name}: not a readable zip ({exc})") from None
            check_zip_members(infos, path.name)
            names = [i.filename for i in infos if not i.is_dir()]
            self._sizes = {i.filename: i.file_size for i in infos}
        if len(names) != len(set(names)):
            raise VerificationError(f"{path.name}: duplicate member names")
        for name in names:
            if not safe_relative(name):
                raise VerificationError(f"{path.name}: unsafe member name {name!r}")
        self.names = frozenset(names)

    def _folder(self, path: Path) -> list[str]:
        """The regular files of an unpacked bundle; anything else is refused."""
        names, total = [], 0
        for p in sorted(path.rglob("*")):
            name = p.relative_to(path).as_posix()
            mode = p.lstat().st_mode
            if stat.S_ISLNK(mode):
                raise VerificationError(f"{name}: symbolic links not allowed")
            if stat.S_ISDIR(mode):
                continue
            if not stat.S_ISREG(mode):
                raise VerificationError(f"{name}: not a regular file")
            size = p.lstat().st_size
            total += size
            if size > MAX_MEMBER_BYTES or total > MAX_TOTAL_BYTES or len(names) >= MAX_MEMBERS:
                raise VerificationError(f"{name}: the bundle folder is larger than any bundle")
            names.append(name)
            self._sizes[name] = size
        return names

    def close(self) -> None:
        """Release the zip file handle."""
        if self._zip is not None:
            self._zip.close()

    def _open(self, name: str) -> BinaryIO:
        if name not in self.names:
            raise VerificationError(f"{name}: missing from the bundle")
        try:
            if self._zip is not None:
                return self._zip.open(name)
            return open(self.path / name, "rb")
        except READ_ERRORS as exc:
            raise VerificationError(f"{name}: cannot be read ({exc})") from None

    def read(self, name: str, limit: int = MAX_READ) -> bytes:
        """The whole content of one member, refusing one larger than limit bytes."""
        if self._sizes.get(name, 0) > limit:
            raise VerificationError(f"{name}: {self._sizes[name]} bytes, more than the {limit} "
                                    "this file may hold")
        try:
            with self._open(name) as handle:
                data = handle.read(limit + 1)
        except READ_ERRORS as exc:
            raise VerificationError(f"{name}: cannot be read ({exc})") from None
        if len(data) > limit:
            raise VerificationError(f"{name}: more than the {limit} bytes this file may hold")
        self._check_size(name, len(data))
        return data

    def _check_size(self, name: str, size: int) -> None:
        if self._zip is not None and size != self._sizes[name]:
            raise VerificationError(f"{name}: holds {size} bytes but its zip entry declares "
                                    f"{self._sizes[name]}")

    def digest(self, name: str) -> tuple[str, int]:
        """(SHA-256 hex, size) of one member, streamed."""
        h, size = hashlib.sha256(), 0
        try:
            with self._open(name) as handle:
                while chunk := handle.read(CHUNK):
                    h.update(chunk)
                    size += len(chunk)
                    if size > MAX_MEMBER_BYTES:
                        raise VerificationError(f"{name}: larger than any bundle member")
        except READ_ERRORS as exc:
            raise VerificationError(f"{name}: cannot be read ({exc})") from None
        self._check_size(name, size)
        return h.hexdigest(), size
