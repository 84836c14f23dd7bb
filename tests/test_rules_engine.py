"""The rule engine's interface: load, evaluate a Capture, and the Finding fields it fills."""

from __future__ import annotations

import hashlib

import pytest

from hongdun.records import Capture, ImageCapture, PageCapture, Target
from rules.engine import EvalContext, RuleSet, finding_id
from rules.examples import run_all

AT = "2026-11-20T02:00:00.000Z"
TARGET = Target("t-001", "taobao", "storefront", "https://shop.test/", "烟台市芝罘区示例商行",
                "92370613MA3C5K7BXW", "370602", "日用百货", registered_name="烟台市芝罘区示例商行")


def page(role: str, html: str, shots: int = 1, images: tuple[ImageCapture, ...] = (),
         status: int = 200) -> PageCapture:
    body = f"<html><body>{html}</body></html>".encode()
    return PageCapture(role, f"https://shop.test/{role}", f"https://shop.test/{role}", status, (),
                       body, tuple(b"png" for _ in range(shots)), True, AT, AT,
                       error=None if status < 400 else f"http {status}", images=images)


def capture(*pages: PageCapture, failure: str | None = None, target: Target = TARGET) -> Capture:
    return Capture("c-1", target, "s-1", "/tmp/c-1", "e" * 64, AT, (), pages, failure)


@pytest.fixture(scope="module")
def rules() -> RuleSet:
    return RuleSet.load()


def test_every_shipped_example_passes(rules: RuleSet) -> None:
    results = run_all(rules)
    assert len(results) >= 20
    failures = [f"{r.rule_id} {r.where}: {r.detail}" for r in results if not r.ok]
    assert failures == []


def test_issue_2_rules_are_loaded_with_their_metadata(rules: RuleSet) -> None:
    for rule_id in ("licence.missing", "licence.uscc_invalid", "licence.mismatch"):
        spec = rules.rule(rule_id)
        assert spec.title_zh and spec.title_en and "第" in spec.legal_basis
        assert any(e.should_match for e in spec.examples)
        assert any(not e.should_match for e in spec.examples)


def test_missing_licence_finding_fields(rules: RuleSet) -> None:
    cap = capture(page("home", "<h1>店铺首页</h1><p>苹果 ¥9.9</p>"),
                  page("product", "<p>营业执照 统一社会信用代码 92370613MA3C5K7BXW</p>"))
    findings = rules.evaluate(cap)
    assert [f.rule_id for f in findings] == ["licence.missing"]
    f = findings[0]
    digest = hashlib.sha256(f"c-1|licence.missing|home|{f.matched_text}".encode()).hexdigest()
    assert f.finding_id == "f-" + digest[:20] == finding_id("c-1", "licence.missing", "home",
                                                             f.matched_text)
    assert f.screenshot == "pages/01-home/screenshot-1.png"
    assert (f.captured_at, f.evidence_id, f.target_id) == (AT, "e" * 64, "t-001")
    assert f.certainty == "certain" and f.severity == "high"
    assert "电子商务法" in f.legal_basis and "https://shop.test/home" in f.context


def test_failed_capture_gives_no_findings(rules: RuleSet) -> None:
    assert rules.evaluate(capture(page("home", "<p>nothing</p>"), failure="timeout")) == []


def test_invalid_code_on_licence_page_points_at_that_page(rules: RuleSet) -> None:
    cap = capture(page("home", '<a href="/licence">店铺资质</a>', shots=0),
                  page("licence",
                       "<div>营业执照<br>统一社会信用代码：<b>92370613MA3C5K7BX1</b></div>"))
    findings = rules.evaluate(cap)
    assert [f.rule_id for f in findings] == ["licence.uscc_invalid"]
    f = findings[0]
    assert f.page_role == "licence" and f.url == "https://shop.test/licence"
    assert f.screenshot == "pages/02-licence/screenshot-1.png"
    assert f.matched_text == "92370613MA3C5K7BX1" and "body/div[1]/b[1]" in f.context


def test_box_stamped_by_crawler_reaches_the_finding(rules: RuleSet) -> None:
    html = '<p data-hongdun-box="10 20 300 40">营业执照 统一社会信用代码：91370602MA3D4E5F6A</p>'
    findings = rules.evaluate(capture(page("home", html)))
    assert [f.rule_id for f in findings] == ["licence.mismatch"]
    box = findings[0].box
    assert box is not None and (box.x, box.y, box.width, box.height) == (10, 20, 300, 40)


def test_licence_image_with_ocr_text_is_read(rules: RuleSet) -> None:
    image = ImageCapture("https://shop.test/l.png", b"", "image/png", "资质",
                         "营业执照\n名称 烟台市芝罘区示例商行\n统一社会信用代码 92370613MA3C5K7BX1")
    findings = rules.evaluate(capture(page("home", '<img src="/l.png" alt="资质">',
                                           images=(image,))))
    assert [f.rule_id for f in findings] == ["licence.uscc_invalid"]
    assert findings[0].context.startswith("[图片文字 OCR 资质]")


def test_rules_out_of_force_are_skipped(rules: RuleSet) -> None:
    old = Capture("c-2", TARGET, "s-1", "/tmp", "e" * 64, "2015-01-01T00:00:00.000Z", (),
                  (page("home", "<p>nothing</p>"),))
    assert rules.evaluate(old) == []


def test_evaluate_is_deterministic(rules: RuleSet) -> None:
    cap = capture(page("home",
                       "<p>营业执照 名称：别的公司 统一社会信用代码：91370602MA3D4E5F6A</p>"))
    first = rules.evaluate(cap, EvalContext())
    assert first == rules.evaluate(cap, EvalContext())
    assert {p.matched_text for f in first for p in f.places} == {"91370602MA3D4E5F6A", "别的公司"}


def test_one_finding_per_rule_per_capture_with_every_place(rules: RuleSet) -> None:
    cap = capture(page("home", "<p>全网最低价</p><p>本店销量第一</p>"),
                  page("product", "<p>国家级产品，全网最低价</p>"))
    findings = rules.evaluate(cap)
    assert len({f.rule_id for f in findings}) == len(findings)  # one per rule
    many = [f for f in findings if len(f.places) > 1]
    assert many, [(f.rule_id, f.places) for f in findings]
    f = many[0]
    first = f.places[0]
    assert (f.matched_text, f.context, f.page_role, f.url, f.box) == (
        first.matched_text, first.context, first.page_role, first.url, first.box)
    assert {p.page_role for p in f.places} == {"home", "product"}
    assert f.finding_id == finding_id("c-1", f.rule_id, first.page_role, first.matched_text)
    assert [g.finding_id for g in rules.evaluate(cap)] == [g.finding_id for g in findings]
