"""Evidence benchmarks: SHA-256 of a large file vs sha256sum, sealing throughput, TSA round trip.

Sealing covers hashing, signing, WARC, environment record, fsync, ledger and
custody appends; the TSA round trip (a local `openssl ts -reply` server) is
measured on its own.

Run: .venv/bin/python bench/evidence_bench.py [--size-mb 1024] [--captures 1000]
Prints one JSON object with the measured numbers.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PIL import Image

from evidence.canonical import sha256_file
from evidence.seal import Sealer
from hongdun import clock, config
from hongdun.records import PageCapture, Target, Visit


def _big_file(path: Path, size_mb: int) -> None:
    block = os.urandom(1024 * 1024)
    with open(path, "wb") as handle:
        for _ in range(size_mb):
            handle.write(block)


def bench_hash(folder: Path, size_mb: int, rounds: int = 3) -> dict[str, float]:
    """Best-of-rounds time of sha256_file and of sha256sum on the same cached file."""
    path = folder / "big.bin"
    _big_file(path, size_mb)
    ours, theirs = [], []
    for _ in range(rounds):
        start = time.perf_counter()
        mine = sha256_file(path)
        ours.append(time.perf_counter() - start)
        start = time.perf_counter()
        out = subprocess.run(["sha256sum", str(path)], capture_output=True, text=True,
                             check=True).stdout.split()[0]
        theirs.append(time.perf_counter() - start)
        assert out == mine, "sha256sum disagrees"
    path.unlink()
    return {"file_mb": size_mb, "ours_s": min(ours), "sha256sum_s": min(theirs),
            "ours_mb_s": size_mb / min(ours), "sha256sum_mb_s": size_mb / min(theirs),
            "ratio": min(theirs) / min(ours)}


def _visit(n: int, png: bytes, html: bytes) -> Visit:
    now = clock.utc_now()
    target = Target(f"bench-{n % 50:03d}", "taobao", "storefront", "https://shop.test/x",
                    "基准测试店铺", "92370613MA3C5K7BXW", "370613", "食品")
    page = PageCapture("home", "https://shop.test/x", "https://shop.test/x", 200,
                       (("content-type", "text/html; charset=utf-8"),), html, (png,), True,
                       now, now, "127.0.0.1")
    return Visit(target, "bench", (page,), "bench-agent", "Chromium bench")


def bench_seal(folder: Path, count: int) -> dict[str, float]:
    """Seal count synthetic one-page captures (≈60 KB HTML, one screenshot)."""
    cfg = config.load({"home": str(folder / "home")}, environ={})
    image = Image.effect_noise((400, 300), 64).convert("RGB")
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    png = buffer.getvalue()
    html = ("<html><body>" + "烟台好味道食品店 营业执照 " * 3000 + "</body></html>").encode()
    sealer = Sealer(cfg)
    visits = [_visit(n, png, html) for n in range(count)]
    start = time.perf_counter()
    for v in visits:
        sealer.seal(v)
    elapsed = time.perf_counter() - start
    start = time.perf_counter()
    sealer.close_sweep("bench")
    head_s = time.perf_counter() - start  # WACZ of every capture + signed tree head
    return {"captures": count, "seconds": elapsed, "captures_per_s": count / elapsed,
            "ms_per_capture": 1000 * elapsed / count, "png_bytes": len(png),
            "html_bytes": len(html), "close_sweep_s": head_s}


def bench_tsa(folder: Path, rounds: int) -> dict[str, float]:
    """Round trips to a local `openssl ts` TSA (the tests' one): request, verify, store."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
    from test_evidence_tsa_support import running_tsa

    from evidence.tsa import Stamper

    with running_tsa(folder / "tsa") as tsa:
        cfg = config.load({"home": str(folder / "tsa-home"), "tsa_urls": tsa.url,
                           "tsa_trust": str(tsa.ca_pem)}, environ={})
        target = folder / "tsa-capture"
        target.mkdir()
        (target / "manifest.json").write_bytes(b'{"format":"bench"}')
        stamper = Stamper(cfg)
        times = []
        for _ in range(rounds):
            (target / "manifest.json.tsr").unlink(missing_ok=True)
            start = time.perf_counter()
            if stamper.stamp("20260101T000000Z-bench-00000000", target) is None:
                raise RuntimeError("local TSA did not answer")
            times.append(time.perf_counter() - start)
    times.sort()
    return {"rounds": rounds, "median_ms": 1000 * times[len(times) // 2],
            "min_ms": 1000 * times[0], "max_ms": 1000 * times[-1]}


def main() -> int:
    """Run the benchmarks and print their numbers as JSON."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size-mb", type=int, default=1024)
    parser.add_argument("--captures", type=int, default=1000)
    parser.add_argument("--tsa-rounds", type=int, default=20)
    parser.add_argument("--dir", default=None, help="scratch folder (default: a temp dir)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=args.dir) as scratch:
        folder = Path(scratch)
        result = {"hash": bench_hash(folder, args.size_mb),
                  "seal": bench_seal(folder, args.captures),
                  "tsa": bench_tsa(folder, args.tsa_rounds)}
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
