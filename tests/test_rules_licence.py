"""Licence rules on layouts unlike the demo's: tables, English labels, headings, other parties."""

from __future__ import annotations

import pytest

from rules.engine import RuleSet
from rules.examples import build_capture

OWN = "92370613MA3C5K7BXW"  # the example shop's registry code (rules/examples.py)
OTHER = "91370602MA3D4E5F6A"  # valid, someone else's


@pytest.fixture(scope="module")
def rules() -> RuleSet:
    return RuleSet.load()


@pytest.mark.parametrize(("html", "expected"), [
    (f"<table><tr><th>企业名称</th><td>烟台别家商贸有限公司</td></tr>"
     f"<tr><th>统一社会信用代码</th><td>{OWN}</td></tr></table>",
     {("licence.mismatch", "烟台别家商贸有限公司")}),
    (f"<h3>营业执照信息</h3><table><tr><th>企业名称</th><td>烟台市芝罘区示例商行</td></tr>"
     f"<tr><th>统一社会信用代码</th><td>{OWN}</td></tr></table>", set()),
    (f"<p>Business licence — Unified Social Credit Code: {OWN}</p>", set()),
    (f"<p>Unified Social Credit Code: {OTHER}</p>", {("licence.mismatch", OTHER)}),
    ('<section><h4>资质证明</h4><img src="/x.jpg"></section>', set()),
    (f"<p>营业执照 统一社会信用代码：{OWN}</p><h4>生产厂家</h4><p>名称：烟台某某食品有限公司</p>"
     f"<p>统一社会信用代码：{OTHER}</p>", set()),
    (f"<p>营业执照 信用代码：{OWN}</p><p>品牌方统一社会信用代码：9137060200000000X1</p>", set()),
    ("<p>本店已亮照经营，营业执照见店铺首页</p>",
     {("licence.missing", "首页及证照入口未见营业执照信息 no business licence shown")}),
    ("<dl><dt>营业执照</dt><dd>暂未上传</dd></dl>",
     {("licence.missing", "首页及证照入口未见营业执照信息 no business licence shown")}),
    (f"<p>营业执照 统一社会信用代码：{OWN[:17]}Z</p>", {("licence.uscc_invalid", OWN[:17] + "Z")}),
])
def test_unseen_layouts(rules: RuleSet, html: str, expected: set[tuple[str, str]]) -> None:
    found = {(f.rule_id, f.matched_text) for f in rules.evaluate(build_capture(html))}
    assert found == expected


def test_every_licence_finding_names_its_basis_and_the_registry_value(rules: RuleSet) -> None:
    cap = build_capture(f"<p>营业执照 名称：别家 统一社会信用代码：{OTHER}</p>")
    findings = rules.evaluate(cap)
    assert {f.rule_id for f in findings} == {"licence.mismatch"}
    assert all("电子商务法" in f.legal_basis and f.certainty == "certain" for f in findings)
    contexts = [p.context for f in findings for p in f.places]  # one finding, two places
    assert any(f"registry code {OWN}" in c for c in contexts)
    assert any("registry name 烟台市芝罘区示例商行" in c for c in contexts)
