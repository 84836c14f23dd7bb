"""Reading order (rules.layout) and table rows (rules.text): a page read as a shopper sees it.

A licence whose captions and values a CSS grid places out of DOM order, a flex box
reordered by `order`, and table cells read on one line per row; and the element paths
of what was moved still naming the captured DOM.
"""

from __future__ import annotations

import random

import pytest

from rules.engine import RuleSet
from rules.examples import build_capture, history_context
from rules.layout import DOM_INDEX_ATTR
from rules.parsed import parse_page
from rules.text import page_text
from tests.licence_corpus import NAME, OTHER, OWN

FIELDS = [("名称", NAME), ("统一社会信用代码", OWN), ("类型", "个体工商户"),
          ("经营者", "张三"), ("经营场所", "烟台市芝罘区示例路1号")]


def _grid(fields: list[tuple[str, str]], seed: int, inline: bool = True) -> str:
    """A licence grid whose cells are written in a shuffled order, placed by grid-area."""
    areas = " ".join(f"'k{i} v{i}'" for i in range(len(fields)))
    cells = [f'<span class="c{i}k" style="grid-area:k{i}">{k}</span>' if inline
             else f'<span class="c{i}k">{k}</span>' for i, (k, _) in enumerate(fields)]
    cells += [f'<span class="c{i}v" style="grid-area:v{i}">{v}</span>' if inline
              else f'<span class="c{i}v">{v}</span>' for i, (_, v) in enumerate(fields)]
    random.Random(seed).shuffle(cells)
    sheet = "" if inline else "".join(
        f".c{i}k{{grid-area:k{i}}} .c{i}v{{grid-area:v{i}}}" for i in range(len(fields)))
    return (f"<html><head><style>.zz{{display:grid}}{sheet}"
            f"@media (max-width:400px){{.c0v{{grid-area:k0}}}}</style></head><body>"
            f"<h2>营业执照信息</h2><div class='zz' style=\"grid-template-areas:{areas}\">"
            f"{''.join(cells)}</div></body></html>")


def _lines(html: str) -> list[str]:
    return [line.strip() for line in page_text(html).text.splitlines() if line.strip()]


@pytest.mark.parametrize("inline", [True, False], ids=["inline-style", "style-sheet"])
def test_a_grid_licence_reads_each_caption_beside_its_value(inline: bool) -> None:
    text = " ".join(page_text(_grid(FIELDS, seed=7, inline=inline)).text.split())
    assert " ".join(f"{k} {v}" for k, v in FIELDS) in text


def test_a_grid_licence_out_of_dom_order_is_judged_as_shown() -> None:
    rules = RuleSet.load()
    fields = [("名称", "别家商行"), ("统一社会信用代码", OTHER), *FIELDS[2:]]
    for seed in range(5):
        spec = {"html": _grid(fields, seed)}
        found = {f.rule_id for f in rules.evaluate(build_capture(spec), history_context(spec))}
        assert "licence.mismatch" in found and "licence.missing" not in found, seed
        spec = {"html": _grid(FIELDS, seed)}
        found = {f.rule_id for f in rules.evaluate(build_capture(spec), history_context(spec))}
        assert not found & {"licence.mismatch", "licence.missing"}, seed


def test_moved_elements_keep_the_paths_of_the_captured_dom() -> None:
    html = ("<html><body><div style='display:flex'><p style='order:2'>二</p>"
            "<p style='order:1'>一</p><span>零</span></div></body></html>")
    text = page_text(html)
    assert text.text.index("零") < text.text.index("一") < text.text.index("二")
    paths = {text.text[s.start:s.end]: s.path for s in text.segments}
    assert paths == {"二": "body/div[1]/p[1]", "一": "body/div[1]/p[2]",
                     "零": "body/div[1]/span[1]"}


def test_grid_lines_place_cells_row_by_row_and_a_partly_placed_box_stays_as_written() -> None:
    html = ("<html><body><div><b style='grid-row:2;grid-column:1'>丙</b>"
            "<b style='grid-area:1 / 2'>乙</b><b style='grid-row:1;grid-column:1'>甲</b></div>"
            "<div><i style='grid-row:2'>子</i><i>丑</i></div></body></html>")
    text = page_text(html).text.replace(" ", "")
    assert text.index("甲") < text.index("乙") < text.index("丙")
    assert text.index("子") < text.index("丑")


def test_a_page_without_placement_is_left_unstamped() -> None:
    parsed = parse_page("<html><body><div><p>一</p><p>二</p></div></body></html>")
    assert parsed.root is not None
    assert not [el for el in parsed.root.iter() if el.get(DOM_INDEX_ATTR)]


def test_table_cells_of_a_row_read_on_one_line() -> None:
    html = ("<html><body><table><tr><th>企业名称</th><td>" + NAME + "</td></tr>"
            "<tr><td>统一社会信用代码</td><td>" + OWN + "</td></tr></table></body></html>")
    lines = _lines(html)
    assert lines[0].split() == ["企业名称", NAME] and lines[1].split() == ["统一社会信用代码", OWN]
