"""Read-only access to a bundle as a zip or an unpacked folder, rejecting unsafe member names."""

from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path
from typing import BinaryIO

from evidence.canonical import CHUNK
from evidence.manifest import safe_relative
from hongdun.errors import VerificationError


class BundleReader:
    """The files of a bundle by POSIX path, from a zip archive or a folder."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._zip: zipfile.ZipFile | None = None
        if path.is_dir():
            names = [p.relative_to(path).as_posix() for p in sorted(path.rglob("*"))
                     if p.is_file() or p.is_symlink()]
            for p in sorted(path.rglob("*")):
                if p.is_symlink():
                    raise VerificationError(f"{p.relative_to(path)}: symbolic links not allowed")
        else:
            try:
                self._zip = zipfile.ZipFile(path)
            except (OSError, zipfile.BadZipFile) as exc:
                raise VerificationError(f"{path.name}: not a readable zip ({exc})") from None
            names = [i.filename for i in self._zip.infolist() if not i.is_dir()]
        if len(names) != len(set(names)):
            raise VerificationError(f"{path.name}: duplicate member names")
        for name in names:
            if not safe_relative(name):
                raise VerificationError(f"{path.name}: unsafe member name {name!r}")
        self.names = frozenset(names)

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
        except (OSError, zipfile.BadZipFile) as exc:
            raise VerificationError(f"{name}: cannot be read ({exc})") from None

    def read(self, name: str) -> bytes:
        """The whole content of one member."""
        try:
            with self._open(name) as handle:
                return handle.read()
        except (OSError, zipfile.BadZipFile) as exc:
            raise VerificationError(f"{name}: cannot be read ({exc})") from None

    def digest(self, name: str) -> tuple[str, int]:
        """(SHA-256 hex, size) of one member, streamed."""
        h, size = hashlib.sha256(), 0
        try:
            with self._open(name) as handle:
                while chunk := handle.read(CHUNK):
                    h.update(chunk)
                    size += len(chunk)
        except (OSError, zipfile.BadZipFile) as exc:
            raise VerificationError(f"{name}: cannot be read ({exc})") from None
        return h.hexdigest(), size
