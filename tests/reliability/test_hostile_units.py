"""Unit tests of the guards a hostile page meets: the private-address check and the limits."""

from __future__ import annotations

import time

import pytest

from crawlers.pagewatch import MAX_INCIDENTS, PageWatch
from crawlers.ssrf import AddressGuard, address_kind
from demo.hostile import huge_png
from evidence import ocr
from hongdun import config
from hongdun.errors import UsageError
from hongdun.records import ImageCapture, PageCapture

DEMO = AddressGuard.from_setting("127.0.0.1:8765")


@pytest.mark.parametrize(("url", "kind"), [
    ("http://169.254.169.254/latest/meta-data/", "link-local"),
    ("http://10.0.0.1/admin", "private"),
    ("http://172.16.5.4/", "private"),
    ("http://172.31.255.255/", "private"),
    ("http://192.168.1.1/", "private"),
    ("http://127.0.0.1:9/", "loopback"),
    ("http://127.8.8.8:8765/", "loopback"),
    ("http://localhost:8765/", "loopback"),
    ("http://shop.localhost/", "loopback"),
    ("http://[::1]/", "loopback"),
    ("http://[::ffff:10.0.0.1]/", "private"),
    ("http://[fe80::1]/", "link-local"),
    ("http://0.0.0.0/", "unspecified"),
    ("http://0x7f000001/", "loopback"),  # a numeric host name the resolver reads as 127.0.0.1
    ("http://2130706433/", "loopback"),
])
def test_private_addresses_are_refused(url: str, kind: str) -> None:
    reason = DEMO.refusal(url)
    assert reason is not None and f"({kind})" in reason, reason


@pytest.mark.parametrize("url", [
    "http://127.0.0.1:8765/taobao/shop/1/", "http://93.184.216.34/", "https://8.8.8.8/x",
    "data:image/png;base64,AAAA", "about:blank",
])
def test_allowed_and_public_addresses_pass(url: str) -> None:
    assert DEMO.refusal(url) is None


def test_allow_list_entries_and_default() -> None:
    assert AddressGuard().refusal("http://127.0.0.1:8765/") is not None  # default: none
    any_port = AddressGuard.from_setting(" 127.0.0.1 , [::1]:80")
    assert any_port.refusal("http://127.0.0.1:1234/") is None
    assert any_port.refusal("http://[::1]/") is None
    assert any_port.refusal("http://[::1]:81/") is not None
    assert DEMO.refusal("file:///etc/passwd") == "scheme file not fetched"
    with pytest.raises(UsageError, match="not host or host:port"):
        AddressGuard.from_setting("127.0.0.1:http")
    assert address_kind("8.8.8.8") is None


def test_browser_resolver_rules_block_private_literals_except_the_allow_list() -> None:
    rules = DEMO.resolver_rules().split(", ")
    for needed in ("MAP 169.254.* ~NOTFOUND", "MAP 10.* ~NOTFOUND", "MAP 192.168.* ~NOTFOUND",
                   "MAP 172.20.* ~NOTFOUND", "MAP 127.* ~NOTFOUND", "MAP localhost ~NOTFOUND",
                   "EXCLUDE 127.0.0.1"):
        assert needed in rules


def test_limits_are_settings_validated_at_start_up() -> None:
    cfg = config.load(environ={})
    assert cfg.number("page_budget") == 30 and cfg.get("allow_private") == ""
    for name in ("download_maxsize", "dom_max_bytes", "screenshot_max_height",
                 "image_max_pixels", "chat_max_lines", "renderer_heap_mb"):
        assert cfg.number(name) > 0
    with pytest.raises(UsageError, match="HONGDUN_PAGE_BUDGET must be a positive number"):
        config.load(environ={"HONGDUN_PAGE_BUDGET": "-1"})
    with pytest.raises(UsageError, match="HONGDUN_SCREENSHOT_MAX_HEIGHT"):
        config.load(environ={"HONGDUN_SCREENSHOT_MAX_HEIGHT": "tall"})


def test_an_image_declaring_too_many_pixels_is_not_decoded() -> None:
    png = huge_png()
    assert len(png) < 10_000 and ocr.image_size(png) == (30_000, 30_000)
    page = PageCapture("licence", "http://s/", "http://s/", 200, (), b"", (), True,
                       "2026-01-01T00:00:00Z", "2026-01-01T00:00:01Z",
                       images=(ImageCapture("http://s/huge.png", png, "image/png", "营业执照"),))
    started = time.monotonic()
    read = ocr.read_images(page, engine=ocr.OcrEngine(), max_pixels=40_000_000)
    assert time.monotonic() - started < 2  # the header was read, the pixels never decoded
    assert read.images[0].ocr_text == ""
    [incident] = read.incidents
    assert incident.kind == "limit" and "30000x30000" in incident.detail


def test_a_page_watch_keeps_a_bounded_record() -> None:
    watch = PageWatch(time.monotonic() + 5)
    for n in range(MAX_INCIDENTS + 25):
        watch.note("dialog", f"alert {n}")
    watch.navigations += ["http://s/a", "http://s/b"]
    summary = watch.summary()
    assert len(summary) == MAX_INCIDENTS + 2
    assert summary[-1].detail == "25 more not listed" and summary[-2].kind == "navigated"
