"""Licence and permit rules on pages unlike the demo's, decoys included, with a P/R summary."""

from __future__ import annotations

import pytest

from rules.engine import RuleSet
from rules.examples import build_capture, history_context
from tests.licence_corpus import CASES, NAME, OTHER, OWN, RULES, Case


@pytest.fixture(scope="module")
def rules() -> RuleSet:
    return RuleSet.load()


def _found(rules: RuleSet, item: Case) -> set[str]:
    findings = rules.evaluate(build_capture(item.spec), history_context(item.spec), only=RULES)
    return {f.rule_id for f in findings}


@pytest.mark.parametrize("item", CASES, ids=[c.name for c in CASES])
def test_each_page_shape(rules: RuleSet, item: Case) -> None:
    assert _found(rules, item) == set(item.expect)


def test_precision_and_recall_per_rule(rules: RuleSet) -> None:
    counts = {r: [0, 0, 0] for r in RULES}  # tp, fp, fn
    for item in CASES:
        got = _found(rules, item)
        for rule in RULES:
            want = rule in item.expect
            counts[rule][0] += int(want and rule in got)
            counts[rule][1] += int(rule in got and not want)
            counts[rule][2] += int(want and rule not in got)
    print(f"\n{len(CASES)} pages, {sum(c.decoy for c in CASES)} decoys")
    for rule, (tp, fp, fn) in counts.items():
        precision, recall = tp / max(1, tp + fp), tp / max(1, tp + fn)
        print(f"{rule:<24} tp {tp:>2} fp {fp} fn {fn}  P {precision:.2f} R {recall:.2f}")
        assert tp > 0 and precision >= 0.95 and recall >= 0.9, rule


def test_missing_names_the_pages_checked(rules: RuleSet) -> None:
    item = next(c for c in CASES if c.name == "about-page-without-licence")
    [finding] = rules.evaluate(build_capture(item.spec), history_context(item.spec),
                               only=["licence.missing"])
    assert "已检查 checked: home" in finding.context and "about https://" in finding.context


def test_findings_name_their_basis_and_the_registry_value(rules: RuleSet) -> None:
    spec = {"html": f"<p>营业执照 名称：别家 统一社会信用代码：{OTHER}</p>"}
    findings = rules.evaluate(build_capture(spec), history_context(spec))
    assert {f.rule_id for f in findings} == {"licence.mismatch"}
    assert all("电子商务法" in f.legal_basis and f.certainty == "certain" for f in findings)
    contexts = [p.context for f in findings for p in f.places]  # one finding, its places
    assert any(f"registry code {OWN}" in c for c in contexts)
    assert any(f"registered name (targets list) {NAME}" in c for c in contexts)
    spec = {"html": f"<p>营业执照 统一社会信用代码：{OWN}</p>",
            "registry": [{"uscc": OWN, "name": NAME, "status": "注销",
                          "status_date": "2025-03-01"}]}
    [gone] = rules.evaluate(build_capture(spec), history_context(spec))
    assert gone.rule_id == "licence.deregistered" and "注销，2025-03-01" in gone.context
    assert "第七十六条" in gone.legal_basis


def test_a_licence_entry_that_failed_to_load_gives_no_missing_verdict(rules: RuleSet) -> None:
    home = '<p>欢迎光临 <a href="/licence">店铺资质</a></p>'
    spec = {"target": {"category": "食品"},
            "pages": [home, {"html": "", "status": 504}]}
    found = {f.rule_id for f in rules.evaluate(build_capture(spec), history_context(spec))}
    assert not found & {"licence.missing", "permit.food_missing"}
    spec_ok = {"target": {"category": "食品"}, "pages": [home, "<p>暂未上传</p>"]}
    found_ok = {f.rule_id for f in rules.evaluate(build_capture(spec_ok),
                                                   history_context(spec_ok))}
    assert {"licence.missing", "permit.food_missing"} <= found_ok


def test_a_licence_block_is_a_shop_code_with_a_holder_field() -> None:
    from rules.licence_fields import carries_licence_block

    assert carries_licence_block("企业名称\n烟台某某商行\n统一社会信用代码\n92370613MA3C5K7BXW\n")
    assert carries_licence_block("名称：烟台某某商行 统一社会信用代码：92370613MA3C5K7BXW")
    assert not carries_licence_block("满99减10 统一社会信用代码：92370613MA3C5K7BXW")
    assert not carries_licence_block("生产厂家：烟台某厂 统一社会信用代码：92370613MA3C5K7BXW "
                                     "地址：芝罘区某路1号")
    assert not carries_licence_block("名称：某某 许可证编号：JY13706020012345")


def test_a_hidden_panel_of_the_sellers_information_is_read_by_its_content() -> None:
    # 主播资料 names no licence but the seller's information, and its content is a licence
    # block; the same block under a coupon label is not read (no reason to open it for that)
    from rules.licence_fields import carries_licence_block
    from rules.licence_patterns import PANEL_LABELS, SELLER_LABELS
    from rules.panels import hidden_panels

    block = ("<h3>小鱼的资料卡</h3><dl><dt>企业名称</dt><dd>烟台市芝罘区示例商行</dd>"
             "<dt>统一社会信用代码</dt><dd>92370613MA3C5K7BXW</dd></dl>")
    html = (f"<button>主播资料</button><aside hidden>{block}</aside>"
            "<div hidden><p>满99减10</p><p>优惠码 ABCDEFGHJK123456</p></div>"
            f"<button>领券中心</button><div hidden><h3>领券中心</h3>{block[17:]}</div>")
    assert hidden_panels(html.encode(), "http://x/", PANEL_LABELS) == []
    panels = hidden_panels(html.encode(), "http://x/", PANEL_LABELS, "", carries_licence_block,
                           SELLER_LABELS)
    assert [(p.label, p.how) for p in panels] == [("主播资料", "its content: a licence block")]


def test_an_exempt_individual_is_named_in_the_judged_record(rules: RuleSet) -> None:
    # 电子商务法 第十条: no licence.missing, but the exemption is on record (for an inspector
    # to confirm; a lead already open stays open), and a trader's claim is named in the finding
    unlisted = {"uscc": "", "registered_name": ""}
    spec = {"html": "<p>个人闲置，自用一年，九成新</p>", "target": unlisted}
    judged = rules.judge(build_capture(spec), history_context(spec), only=["licence.missing"])
    assert not judged.findings
    [record] = judged.unjudged
    assert record.rule_id == "licence.missing" and "电子商务法第十条" in record.reason
    assert "自用闲置" in record.reason
    spec = {"html": "<p>个人闲置</p><p>全新现货300个，量大从优</p>", "target": unlisted}
    [finding] = rules.evaluate(build_capture(spec), history_context(spec), only=["licence.missing"])
    assert "自述个人" in finding.context and "量大从优" in finding.context


def test_a_licence_tab_fetched_as_json_is_read_as_the_panel_it_fills(rules: RuleSet) -> None:
    # a 资质证照 tab filled by fetch(): the crawler follows the JSON it loads; its
    # [label, value] rows are read as the panel shows them, so the holder's name is compared
    import dataclasses
    import json

    home = '<p>欢迎 <button role="tab" data-src="/zz.json">资质证照</button></p>'
    spec = {"pages": [home, "<p>x</p>"]}
    capture = build_capture(spec)
    doc = {"title": "营业执照", "rows": [["名称", "别家"], ["统一社会信用代码", OWN]],
           "loaded": True}
    tab = dataclasses.replace(capture.pages[1], body=json.dumps(doc, ensure_ascii=False).encode(),
                              headers=(("Content-Type", "application/json"),))
    capture = dataclasses.replace(capture, pages=(capture.pages[0], tab))
    found = {f.rule_id: f for f in rules.evaluate(capture, history_context(spec))}
    assert "licence.missing" not in found and "licence.mismatch" in found
    assert found["licence.mismatch"].matched_text == "别家"


def test_a_badges_icon_is_no_licence_image(rules: RuleSet) -> None:
    # an 18 px glyph on a 亮照 badge whose panel is empty shows no licence; a legible
    # licence image beside the same words does
    icon = ('<footer><button><img src="/seal.svg" alt="" width="18" height="18">电子亮照'
            '</button></footer>')
    found = {f.rule_id for f in rules.evaluate(build_capture(icon), history_context({}))}
    assert "licence.missing" in found
    shown = icon.replace('width="18" height="18"', 'width="320" height="220"')
    found = {f.rule_id for f in rules.evaluate(build_capture(shown), history_context({}))}
    assert "licence.missing" not in found
