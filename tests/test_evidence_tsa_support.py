"""A real RFC 3161 time-stamp authority on 127.0.0.1 for tests: `openssl ts -reply` behind HTTP.

The test CA and the TSA certificate (critical extendedKeyUsage timeStamping) are
generated with the openssl command line.
"""

from __future__ import annotations

import subprocess
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

CONFIG = """
[ tsa ]
default_tsa = tsa_config1
[ tsa_config1 ]
dir = {dir}
serial = $dir/serial
crypto_device = builtin
signer_cert = $dir/tsa.pem
certs = $dir/tsa.pem
signer_key = $dir/tsa.key
signer_digest = sha256
default_policy = 1.2.3.4.1
digests = sha256
accuracy = secs:1
ordering = yes
tsa_name = yes
ess_cert_id_chain = no
ess_cert_id_alg = sha256
"""


def _run(*args: str, cwd: Path) -> None:
    subprocess.run(["openssl", *args], cwd=cwd, check=True, capture_output=True)


@dataclass(frozen=True)
class LocalTsa:
    """A running local TSA: its URL, CA (trust root) and TSA certificate files."""

    url: str
    ca_pem: Path
    tsa_pem: Path
    folder: Path


def make_pki(folder: Path, *, eku: str = "critical,timeStamping", days: int = 30) -> None:
    """Create ca.pem/ca.key and tsa.pem/tsa.key (signed by the CA) in folder."""
    _run("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key", "-out", "ca.pem",
         "-days", "60", "-subj", "/CN=Hongdun Test Root CA/O=Test",
         "-addext", "basicConstraints=critical,CA:TRUE",
         "-addext", "keyUsage=critical,keyCertSign,cRLSign", cwd=folder)
    _run("req", "-newkey", "rsa:2048", "-nodes", "-keyout", "tsa.key", "-out", "tsa.csr",
         "-subj", "/CN=Hongdun Test TSA/O=Test", cwd=folder)
    (folder / "ext.cnf").write_text(
        f"extendedKeyUsage={eku}\nkeyUsage=critical,digitalSignature\n"
        "subjectKeyIdentifier=hash\nauthorityKeyIdentifier=keyid\n")
    _run("x509", "-req", "-in", "tsa.csr", "-CA", "ca.pem", "-CAkey", "ca.key",
         "-CAcreateserial", "-out", "tsa.pem", "-days", str(days), "-extfile", "ext.cnf",
         cwd=folder)
    (folder / "serial").write_text("01\n")
    (folder / "tsa.cnf").write_text(CONFIG.format(dir=folder))


def _handler(folder: Path) -> type[BaseHTTPRequestHandler]:
    lock = threading.Lock()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            query = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            with lock, tempfile.TemporaryDirectory(dir=folder) as scratch:
                (Path(scratch) / "q.tsq").write_bytes(query)
                done = subprocess.run(
                    ["openssl", "ts", "-reply", "-config", str(folder / "tsa.cnf"),
                     "-queryfile", "q.tsq", "-out", "r.tsr"], cwd=scratch, capture_output=True)
                body = (Path(scratch) / "r.tsr").read_bytes() if done.returncode == 0 else b""
            self.send_response(200 if body else 500)
            self.send_header("Content-Type", "application/timestamp-reply")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            return

    return Handler


@contextmanager
def running_tsa(folder: Path, **pki: str | int) -> Iterator[LocalTsa]:
    """Start a TSA on a free loopback port for the duration of the block."""
    folder.mkdir(parents=True, exist_ok=True)
    make_pki(folder, **pki)  # type: ignore[arg-type]
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(folder))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield LocalTsa(f"http://127.0.0.1:{server.server_address[1]}/tsa",
                      folder / "ca.pem", folder / "tsa.pem", folder)
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)
