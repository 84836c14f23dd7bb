"""Hostile shop pages for the reliability tests and bench: pages that try to hang, exhaust
or misuse the crawler. Served by the demo server under /hostile/NAME, never listed in the
normal demo targets file.

Each page is a `HostilePage` (name, platform, what it does, the outcome a guarded sweep
records). `hostile_targets_csv(base)` writes a targets file of them. Every address the
pages point at outside the server is private (169.254.169.254, 10.x, 192.168.x,
localhost): the crawler must refuse them, and nothing here is a reachable host.
`private-name` points at a host NAME that resolves to a private address (a name of
this machine, `private_name()`), through a redirect hop, a pop-up and a licence
image: only a check of the resolved address refuses those.
"""

from __future__ import annotations

import csv
import io
import ipaddress
import json
import socket
import struct
import zlib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from urllib.parse import parse_qs

from demo.site import HEADER, Response

USCC = "92370613MA3C5K7BXW"  # a well-formed code, so the targets file imports
HUGE_PARAGRAPHS = 600_000
BOMB_BYTES = 256 << 20  # decompressed size of the gzip bomb
DRIP_BYTES = 900  # one a second: fifteen minutes
POPUPS = 50
PRIVATE_URLS = ("http://169.254.169.254/latest/meta-data/iam/security-credentials/",
                "http://10.0.0.1/admin.png", "http://192.168.1.1/", "http://localhost:9/x.js")


@dataclass(frozen=True)
class HostilePage:
    """One hostile page: its path, the platform profile it is swept with, what it does,
    and the failure reason prefix a guarded sweep records (None: sealed as a page)."""

    name: str
    platform: str
    does: str
    expect: str | None

    def path(self) -> str:
        return f"/hostile/{self.name}"


PAGES: tuple[HostilePage, ...] = (
    HostilePage("huge-dom", "other", f"{HUGE_PARAGRAPHS:,} paragraphs", None),
    HostilePage("grows-forever", "other", "appends paragraphs for ever", None),
    HostilePage("busy-loop", "other", "while(true) after load", "deadline"),
    HostilePage("dialogs", "other", "alert/confirm/prompt, beforeunload", None),
    HostilePage("huge-image", "other", "PNG declaring 30000x30000 px", None),
    HostilePage("popups", "other", f"{POPUPS} window.open pop-ups", None),
    HostilePage("memory-hog", "other", "allocates until the heap runs out", "renderer-crashed"),
    HostilePage("redirect-loop", "other", "302 to itself for ever", "too-many-redirects"),
    HostilePage("drip", "other", "one byte a second", "timeout"),
    HostilePage("pdf", "other", "a PDF, not HTML", None),
    HostilePage("gzip-bomb", "other", f"gzip of {BOMB_BYTES >> 20} MiB of zeros", "too-large"),
    HostilePage("navigates-away", "other", "navigates itself to another page", None),
    HostilePage("private", "other", "sub-resources, fetch, redirect at private addresses",
                None),
    HostilePage("private-name", "other", "redirect, pop-up, image at a name resolving to "
                "a private address", None),
    HostilePage("busy-loop-live", "douyin", "while(true), rendered live", "deadline"),
    HostilePage("redirect-loop-live", "douyin", "302 loop, rendered live",
                "too-many-redirects"),
    HostilePage("private-live", "douyin", "private sub-resources, rendered live", None),
)
BY_NAME = {p.name: p for p in PAGES}


def hostile_targets_csv(base_url: str, names: tuple[str, ...] | None = None) -> str:
    """A targets file (CSV text) of the hostile pages (all, or those named) at base_url."""
    base = base_url.rstrip("/")
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(HEADER)
    for page in PAGES:
        if names is None or page.name in names:
            writer.writerow((f"hostile-{page.name}", page.platform, "storefront",
                             base + page.path(), f"恶意页面 {page.name}", USCC, "370602", "测试"))
    return out.getvalue()


def _html(title: str, body: str, head: str = "") -> bytes:
    return (f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{title}'
            f"</title>{head}</head><body><h1>{title}</h1>{body}</body></html>").encode()


@lru_cache(maxsize=1)
def _huge_dom() -> bytes:
    rows = "".join(f"<p>商品说明第{n}段</p>" for n in range(HUGE_PARAGRAPHS))
    return _html("超长页面", rows)


@lru_cache(maxsize=1)
def _gzip_bomb() -> bytes:
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)  # gzip container
    chunk = b"\0" * (1 << 20)
    parts = [packer.compress(b"<html><body>")]
    parts += [packer.compress(chunk) for _ in range(BOMB_BYTES >> 20)]
    parts.append(packer.flush())
    return b"".join(parts)


@lru_cache(maxsize=1)
def huge_png(width: int = 30_000, height: int = 30_000) -> bytes:
    """A real PNG header declaring width x height, with a few KB of pixel data."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)  # 8-bit RGB
    idat = zlib.compress(b"\0" * (1 << 20), 9)  # the first rows only: the rest is missing
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(
        b"IEND", b"")


def _pdf() -> bytes:
    text = b"BT /F1 18 Tf 40 700 Td (Business licence: see image) Tj ET"
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
               b"/Resources << /Font << /F1 5 0 R >> >> >>",
               b"<< /Length %d >>\nstream\n%s\nendstream" % (len(text), text),
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out, offsets = b"%PDF-1.4\n", []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (n, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    return out


@lru_cache(maxsize=1)
def private_name() -> str | None:
    """A host name (not localhost) the system resolver maps to a loopback or private
    address: this machine's name, or another alias in /etc/hosts. None if there is none."""
    names = [socket.gethostname(), socket.getfqdn()]
    try:
        for line in Path("/etc/hosts").read_text(encoding="utf-8", errors="replace").splitlines():
            names += line.split("#", 1)[0].split()[1:]
    except OSError:
        pass
    for name in dict.fromkeys(n.lower() for n in names):
        if not name or name.startswith("localhost") or name.endswith(".localhost"):
            continue
        try:
            found = {i[4][0] for i in socket.getaddrinfo(name, None, proto=socket.IPPROTO_TCP)}
        except OSError:
            continue
        if found and not any(ipaddress.ip_address(a.split("%")[0]).is_global for a in found):
            return name
    return None


def _private_name_page(query: str) -> bytes:
    """Requests at http://NAME:PORT/hostile/secret (NAME resolving privately; PORT the
    page's own unless ?port= says) by a redirect hop, a pop-up and a licence image."""
    asked = parse_qs(query)
    host = (asked.get("host") or [private_name() or "localhost"])[0]
    port = (asked.get("port") or [""])[0]
    script = f"""
const base = 'http://' + {json.dumps(host)} + ':' + ({json.dumps(port)} || location.port);
const hop = u => '/hostile/to?url=' + encodeURIComponent(base + u);
const img = document.createElement('img');
img.src = hop('/hostile/secret?via=redirect'); img.width = 100; img.height = 60;
document.body.appendChild(img);
const fig = document.createElement('figure');
fig.innerHTML = '<img width="400" height="300" alt="营业执照"><figcaption>营业执照</figcaption>';
fig.querySelector('img').src = base + '/hostile/secret?via=image';
document.body.appendChild(fig);
const hopped = document.createElement('figure');
hopped.innerHTML = '<img width="400" height="300" alt="营业执照副本"><figcaption>执照</figcaption>';
hopped.querySelector('img').src = hop('/hostile/secret?via=image-redirect');
document.body.appendChild(hopped);
window.open(base + '/hostile/secret?via=popup');"""
    return _html("内网域名探测页", f"<p>本店营业执照见下图。</p><script>{script}</script>")


def _private_page() -> bytes:
    imgs = "".join(f'<img src="{u}" width="200" height="120" alt="图片">' for u in PRIVATE_URLS)
    return _html("内网探测页", f"""
<p>本店营业执照见下图。</p>
<figure><img src="http://10.20.30.40/licence.png" width="400" height="300" alt="营业执照">
<figcaption>营业执照</figcaption></figure>
{imgs}
<img src="/hostile/to-private" width="200" height="120" alt="跳转图片">
<iframe src="http://192.168.0.1/router" width="300" height="100"></iframe>
<script src="http://10.1.2.3/tracker.js"></script>
<script>fetch('http://169.254.169.254/latest/user-data').catch(() => {{}});</script>""")


_SCRIPTS = {
    "grows-forever": """
setInterval(() => { const f = document.createDocumentFragment();
  for (let i = 0; i < 500; i++) { const p = document.createElement('p');
    p.textContent = '新增内容 ' + Math.random(); f.appendChild(p); }
  document.body.appendChild(f); }, 50);""",
    "busy-loop": "setTimeout(() => { while (true) {} }, 300);",
    "busy-loop-live": "setTimeout(() => { while (true) {} }, 300);",
    "dialogs": """
window.addEventListener('beforeunload', e => { e.preventDefault(); e.returnValue = '别走'; });
alert('恭喜中奖！'); confirm('领取红包？'); prompt('请输入手机号', '');
setInterval(() => alert('再次提醒'), 200);""",
    "popups": f"for (let i = 0; i < {POPUPS}; i++) window.open('/hostile/popup-target?n=' + i);",
    "memory-hog": """
const hoard = []; setInterval(() => { for (let i = 0; i < 20; i++)
  hoard.push(new Array(1 << 20).fill(Math.random())); }, 20);""",
    "navigates-away": "setTimeout(() => { location.href = '/hostile/elsewhere'; }, 300);",
}


def respond(path: str, query: str) -> Response | Drip:
    """The response for /hostile/NAME (a Drip for the page that sends a byte a second)."""
    name = path.removeprefix("/hostile/")
    if name == "huge-dom":
        return Response(200, _huge_dom())
    if name == "huge-image":
        return Response(200, _html("证照图片", '<p>营业执照</p><img src="/hostile/huge.png" '
                                   'style="display:block;width:600px;height:600px" '
                                   'alt="营业执照 证照">'))
    if name == "huge.png":
        return Response(200, huge_png(), "image/png")
    if name in ("redirect-loop", "redirect-loop-live"):
        step = int(query.removeprefix("n=")) + 1 if query.removeprefix("n=").isdigit() else 1
        return Response(302, b"", headers=(("Location", f"/hostile/{name}?n={step}"),))
    if name == "to-private":
        return Response(302, b"", headers=(("Location", PRIVATE_URLS[0]),))
    if name == "to":  # an open redirect, as hostile pages have
        target = (parse_qs(query).get("url") or ["/"])[0]
        return Response(302, b"", headers=(("Location", target),))
    if name == "private-name":
        return Response(200, _private_name_page(query))
    if name == "secret":  # what a private service would answer: a crawl must never get it
        return Response(200, b"SECRET", "text/plain")
    if name == "drip":
        return Drip(_html("慢速页面", "<p>" + "滴" * DRIP_BYTES + "</p>"))
    if name == "pdf":
        return Response(200, _pdf(), "application/pdf")
    if name == "gzip-bomb":
        return Response(200, _gzip_bomb(), headers=(("Content-Encoding", "gzip"),))
    if name in ("private", "private-live"):
        return Response(200, _private_page())
    if name in ("elsewhere", "popup-target"):
        return Response(200, _html("别处", "<p>这里不是店铺首页。</p>"))
    if name in _SCRIPTS:
        return Response(200, _html(f"恶意页面 {name}", "<p>店铺首页</p>",
                                   f"<script>{_SCRIPTS[name]}</script>"))
    return Response(404, _html("404", "没有这个页面"))


@dataclass(frozen=True)
class Drip:
    """A body the server sends one byte a second."""

    body: bytes
    interval: float = 1.0
