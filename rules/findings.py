"""Findings from hits: one finding per rule and capture, its places, ids and context text.

The engine (rules.engine) collects each rule's hits over a capture; this turns them into
the Finding records that flow on to leads and the index: a deterministic id, the first
place representing the finding, at most MAX_PLACES places, each with the context an
inspector reads.
"""

from __future__ import annotations

import hashlib
import re

from hongdun.records import Finding, Place
from rules.pack import RuleSpec
from rules.view import CaptureView, Hit, Unit

CONTEXT_CHARS = 40
MAX_PLACES = 50  # matched places kept per finding


def finding_id(capture_id: str, rule_id: str, page_role: str, matched_text: str) -> str:
    """Deterministic id: 'f-' + 20 hex of SHA-256 over capture, rule, and the first place's
    role and matched text."""
    digest = hashlib.sha256(f"{capture_id}|{rule_id}|{page_role}|{matched_text}".encode())
    return "f-" + digest.hexdigest()[:20]


def context_of(unit: Unit, hit: Hit) -> str:
    """The text an inspector reads around a hit: a window of the unit, or the whole chat
    line or panel, with the rule's note and the element's path."""
    if hit.context is not None:
        text = hit.context
    elif unit.source == "chat":
        text = f"[弹幕 chat {unit.label} {unit.author}] {unit.text}"
    elif unit.live is not None:  # a room-state panel, or text burned into the picture
        name = "直播间状态 timeline" if unit.source == "timeline" else "画面文字 frame OCR"
        text = f"[{name} {unit.label}] {unit.text}"
    else:
        lo, hi = max(0, hit.start - CONTEXT_CHARS), min(len(unit.text), hit.end + CONTEXT_CHARS)
        text = ("…" if lo else "") + unit.text[lo:hi] + ("…" if hi < len(unit.text) else "")
        if unit.source == "ocr":
            text = f"[图片文字 OCR {unit.label}] {text}"
    text = re.sub(r"\s+", " ", text).strip()
    if hit.note:
        text += f" 〔{hit.note}〕"
    path, _ = hit.location()
    if path:
        text += f" 〔位置 at {path}〕"
    return text


def place(view: CaptureView, spec: RuleSpec, hit: Hit) -> Place:
    """Where one hit stands, as a finding records it: matched text, context, page, box."""
    page = view.pages[hit.unit.page_index]
    matched = re.sub(r"\s+", " ", hit.matched_text).strip()[:200]
    _, box = hit.location()
    context = context_of(hit.unit, hit)
    if spec.note:
        context += f" 〔{spec.note}〕"
    live = hit.unit.live
    if live is not None:  # where in the watched session (issue 10)
        return Place(matched, context, page.role, page.url, box,
                     hit.certainty or spec.certainty, live.source, live.at_s, live.ref,
                     live.frame)
    return Place(matched, context, page.role, page.url, box,
                 hit.certainty or spec.certainty)


def finding(view: CaptureView, spec: RuleSpec, hits: list[Hit]) -> Finding:
    """One finding for all hits of one rule in one capture; the first place represents it."""
    capture, target = view.capture, view.target
    places: dict[tuple[str, str, str], Place] = {}
    for hit in hits:
        where = place(view, spec, hit)
        places.setdefault((where.page_role, where.matched_text, where.context), where)
    first = next(iter(places.values()))
    page = view.pages[hits[0].unit.page_index]
    sure = any(p.certainty == "certain" for p in places.values())
    return Finding(
        finding_id=finding_id(capture.capture_id, spec.id, first.page_role,
                              first.matched_text),
        capture_id=capture.capture_id, evidence_id=capture.evidence_id,
        target_id=target.target_id, platform=target.platform, district=target.district,
        shop_name=target.shop_name, rule_id=spec.id, title_zh=spec.title_zh,
        title_en=spec.title_en, legal_basis=spec.legal_basis, severity=spec.severity,
        certainty="certain" if sure else "suspected", matched_text=first.matched_text,
        context=first.context, url=first.url, page_role=first.page_role,
        captured_at=capture.captured_at, screenshot=first.frame or page.screenshot,
        box=first.box,
        places=tuple(places.values())[:MAX_PLACES])
