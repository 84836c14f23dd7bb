"""Shared builders for the evidence tests: real visits, a real data directory, sealed captures."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

from PIL import Image, ImageDraw

from evidence.canonical import canonical_json, sha256_bytes
from hongdun import clock, config
from hongdun.config import Config
from hongdun.records import (
    Finding,
    ImageCapture,
    Message,
    PageCapture,
    Target,
    Visit,
)

HTML = ("<html><body><h1>烟台好味道食品店</h1>"
        "<p>最佳 疗效 <script>alert(1)</script></p></body></html>")


def png(width: int = 320, height: int = 240, text: str = "shop") -> bytes:
    """A real PNG with some drawing on it."""
    image = Image.new("RGB", (width, height), (240, 240, 250))
    draw = ImageDraw.Draw(image)
    draw.rectangle((20, 20, 200, 80), fill=(30, 120, 200))
    draw.text((30, 100), text, fill="black")
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def make_config(home: Path) -> Config:
    """A configuration whose data directory is home."""
    return config.load({"home": str(home)}, environ={})


def target(target_id: str = "yt-0001") -> Target:
    """A valid Yantai storefront target."""
    return Target(target_id=target_id, platform="taobao", kind="storefront",
                  url="https://shop.example.test/yt", shop_name="烟台好味道食品店<b>",
                  uscc="92370613MA3C5K7BXW", district="370613", category="食品")


def visit(target_id: str = "yt-0001", *, failed: bool = False) -> Visit:
    """A two-page visit with screenshots, an OCR'd licence image and chat messages."""
    now = clock.utc_now()
    home = PageCapture(
        role="home", requested_url="https://shop.example.test/yt",
        final_url="https://shop.example.test/yt?from=redirect",
        status=0 if failed else 200,
        headers=(("Content-Type", "text/html; charset=utf-8"), ("Set-Cookie", "a=1"),
                 ("Set-Cookie", "b=2")),
        body=b"" if failed else HTML.encode(), screenshots=() if failed else (png(), png(text="2")),
        rendered=True, started_utc=now, finished_utc=now, server_ip="127.0.0.1",
        error="timeout after 20 s" if failed else None,
        messages=(Message(now, "主播", "全网最低价"),),
    )
    licence = PageCapture(
        role="licence", requested_url="https://shop.example.test/yt/licence",
        final_url="https://shop.example.test/yt/licence", status=200,
        headers=(("content-type", "text/html"),), body="<p>营业执照</p>".encode(),
        screenshots=(png(text="licence"),), rendered=True, started_utc=now, finished_utc=now,
        images=(ImageCapture("https://img.example.test/l.jpg", png(), "image/png", "营业执照",
                             ocr_text="统一社会信用代码 92370613MA3C5K7BXW"),),
    )
    return Visit(target=target(target_id), sweep_id="sweep-1", pages=(home, licence),
                 user_agent="Mozilla/5.0 test", browser_version="Chromium 140.0")


def finding(capture_id: str, evidence_id: str, finding_id: str = "F1",
            *, screenshot: str | None = "pages/01-home/screenshot-1.png",
            box: object = None) -> Finding:
    """A finding about a sealed capture, with crawled text that needs escaping."""
    return Finding(
        finding_id=finding_id, capture_id=capture_id, evidence_id=evidence_id,
        target_id="yt-0001", platform="taobao", district="370613",
        shop_name="烟台好味道食品店<b>", rule_id="AD-ABS-01", title_zh="使用绝对化用语",
        title_en="Absolute claims in advertising", legal_basis="《广告法》第九条第三项",
        severity="medium", certainty="certain", matched_text="最佳",
        context="<script>alert('x')</script>最佳 疗效", url="https://shop.example.test/yt",
        page_role="home", captured_at=clock.utc_now(), screenshot=screenshot,
        box=box,  # type: ignore[arg-type]
    )


def rewrite_zip(path: Path, changes: dict[str, bytes | None], *, reseal: bool = False) -> None:
    """Replace (bytes) or delete (None) members; with reseal, recompute bundle.json's hashes."""
    with zipfile.ZipFile(path) as archive:
        files = {i.filename: archive.read(i) for i in archive.infolist()}
    for name, data in changes.items():
        if data is None:
            files.pop(name, None)
        else:
            files[name] = data
    if reseal:
        files["SHA256SUMS"] = "".join(
            f"{sha256_bytes(d)}  {n}\n" for n, d in sorted(files.items())
            if n not in ("bundle.json", "SHA256SUMS")).encode()
        bundle = json.loads(files["bundle.json"])
        rows = [{"path": n, "sha256": sha256_bytes(d), "size": len(d)}
                for n, d in sorted(files.items()) if n not in ("bundle.json",)]
        bundle["files"] = rows
        files["bundle.json"] = canonical_json(bundle)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(name, data)


def flip(data: bytes, offset: int | None = None) -> bytes:
    """The same bytes with one byte changed (in the middle unless offset given)."""
    index = len(data) // 2 if offset is None else offset
    return data[:index] + bytes([data[index] ^ 0x01]) + data[index + 1 :]
