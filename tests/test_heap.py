"""The sweep process's heap tuning (crawlers/heap.py): glibc takes the thresholds, a trim
runs, and the extension trims only while the spider is open."""

from __future__ import annotations

from types import SimpleNamespace

from scrapy.signalmanager import SignalManager

from crawlers import heap


def test_glibc_takes_the_thresholds_and_trims() -> None:
    assert heap.tune()
    heap.trim()  # freed nothing perhaps, but ran


def test_the_extension_trims_while_the_spider_is_open() -> None:
    ext = heap.HeapTrim(SimpleNamespace(signals=SignalManager()))  # type: ignore[arg-type]
    assert ext.tuned and not ext.loop.running
    ext.opened()
    assert ext.loop.running
    ext.closed()
    assert not ext.loop.running
