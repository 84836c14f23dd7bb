"""Run every rule's own examples: build a small capture from each and check the verdict.

An example is either an HTML snippet (shown on the home page of an ordinary
Yantai shop) or a mapping with `html`, `pages`, `images`, `messages`, `target`
overrides and a price `history`. `hongdun rules test` and the test suite run them.
"""

from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from hongdun.clock import iso_utc
from hongdun.errors import InputFileError
from hongdun.records import Capture, ImageCapture, Message, PageCapture, RegistryRecord, Target
from hongdun.registry import Registry, status_kind
from rules.engine import EvalContext, RuleSet
from rules.pack import Example, RuleSpec
from rules.prices import PriceHistory

EXAMPLE_TIME = "2026-11-20T02:00:00.000Z"
DEFAULT_TARGET = {
    "target_id": "example", "platform": "taobao", "kind": "storefront",
    "url": "https://shop.example.invalid/", "shop_name": "烟台市芝罘区示例商行",
    "uscc": "92370613MA3C5K7BXW", "district": "370602", "category": "日用百货",
    "registered_name": "烟台市芝罘区示例商行",
}


@dataclass(frozen=True)
class ExampleResult:
    """The outcome of one example: which rule, where declared, expected and got."""

    rule_id: str
    where: str
    should_match: bool
    matched: bool
    detail: str

    @property
    def ok(self) -> bool:
        return self.should_match == self.matched


def _page(spec: dict[str, Any] | str, role: str, at: str) -> PageCapture:
    if isinstance(spec, str):
        spec = {"html": spec}
    role = str(spec.get("role", role))
    images = tuple(
        ImageCapture(str(i.get("url", f"https://shop.example.invalid/img{n}.png")), b"",
                     "image/png", str(i.get("alt", "")),
                     None if i.get("ocr_text") is None else str(i["ocr_text"]))
        for n, i in enumerate(spec.get("images", [])))
    messages = tuple(Message(at, str(m.get("author", "观众")), str(m["text"]))
                     for m in spec.get("messages", []))
    status = int(spec.get("status", 200))
    html = str(spec.get("html", ""))
    body = html if "<html" in html.lower() else f"<html><body>{html}</body></html>"
    url = str(spec.get("url", f"https://shop.example.invalid/{role}"))
    return PageCapture(role, url, url, status, (), body.encode(), (), True, at, at,
                       error=None if status < 400 else f"http {status}", messages=messages,
                       images=images)


def build_capture(spec: str | dict[str, Any], at: str = EXAMPLE_TIME) -> Capture:
    """A capture of the example shop showing spec (a home-page snippet or a mapping)."""
    if isinstance(spec, str):
        spec = {"html": spec}
    target = Target(**{**DEFAULT_TARGET, **spec.get("target", {})})
    pages = [_page(p, "home" if n == 0 else "licence", at) for n, p in enumerate(spec["pages"])] \
        if "pages" in spec else [_page(spec, "home", at)]
    digest = hashlib.sha256(repr(spec).encode()).hexdigest()[:12]
    return Capture(f"example-{digest}", target, "sweep-example",
                   "/nonexistent", "0" * 64, at, (), tuple(pages))


def history_context(spec: str | dict[str, Any], at: str = EXAMPLE_TIME) -> EvalContext:
    """An in-memory price history and registry seeded from the example's `history` and
    `registry` lists."""
    history = PriceHistory(sqlite3.connect(":memory:"))
    if isinstance(spec, dict):
        now = datetime.fromisoformat(at)
        target_id = spec.get("target", {}).get("target_id", DEFAULT_TARGET["target_id"])
        for n, row in enumerate(spec.get("history", [])):
            when = iso_utc(now - timedelta(days=float(row["days_ago"])))
            history.observe(target_id, str(row["item"]), when, float(row["price"]), f"h{n}")
    registry = Registry(sqlite3.connect(":memory:"))
    if isinstance(spec, dict) and spec.get("registry"):
        registry.save([RegistryRecord(
            str(r["uscc"]), str(r.get("name", "")), str(r.get("type", "")),
            str(r.get("status", "存续")), status_kind(str(r.get("status", "存续"))),
            status_date=str(r.get("status_date", ""))) for r in spec["registry"]], "example")
    return EvalContext(price_history=history, record_prices=False, registry=registry)


def run_example(rules: RuleSet, spec: RuleSpec, example: Example) -> ExampleResult:
    """Evaluate one example with its rule alone."""
    where = f"{spec.file}:{example.line}"
    try:
        capture = build_capture(example.spec)
    except (KeyError, TypeError, ValueError) as exc:
        raise InputFileError(f"{where}: example of {spec.id} is malformed: {exc}") from None
    findings = rules.evaluate(capture, history_context(example.spec), only=[spec.id])
    detail = "; ".join(f"{f.matched_text!r}" for f in findings) or "no finding"
    return ExampleResult(spec.id, where, example.should_match, bool(findings), detail)


def run_all(rules: RuleSet) -> list[ExampleResult]:
    """Every example of every rule, in pack order."""
    return [run_example(rules, spec, ex) for spec in rules.specs for ex in spec.examples]
