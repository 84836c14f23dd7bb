"""Pack loading refuses malformed packs naming file, line and reason; `hongdun rules` CLI."""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path

import pytest

from hongdun import config
from hongdun.cli import Parser
from hongdun.commands import rules as rules_cmd
from hongdun.errors import InputFileError
from rules.engine import PACKS_DIR, RuleSet
from rules.pack import Scope

GOOD = """\
rules:
  - id: test.rule
    title_zh: 测试
    title_en: Test
    legal_basis: 测试法 第一条
    effective_from: 2020-01-01
    severity: low
    certainty: suspected
    matcher: {terms: [违规词]}
    examples:
      match: [<p>这是违规词</p>]
      no_match: [<p>正常</p>]
"""


def write(tmp_path: Path, text: str, name: str = "p.yaml") -> Path:
    (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def test_good_pack_loads(tmp_path: Path) -> None:
    rules = RuleSet.load(write(tmp_path, GOOD))
    assert [s.id for s in rules.specs] == ["test.rule"]


@pytest.mark.parametrize(("old", "new", "reason"), [
    ("      match: [<p>这是违规词</p>]\n      no_match: [<p>正常</p>]\n", "",
     r"p\.yaml:2: rule test.rule has no examples"),
    ("      no_match: [<p>正常</p>]\n", "", r"p\.yaml:2: .*needs both"),
    ("severity: low", "severity: urgent", r"p\.yaml:2: severity must be one of"),
    ("    title_en: Test\n", "", r"p\.yaml:2: rule is missing 'title_en'"),
    ("id: test.rule", "id: Bad Id", r"p\.yaml:2: bad rule id"),
    ("{terms: [违规词]}", "{regex: ['(unclosed']}", r"p\.yaml:9: bad regex"),
    ("{terms: [违规词]}", "{check: no_such_check}", r"p\.yaml:9: unknown check 'no_such_check'"),
    ("{terms: [违规词]}", "{regex: ['VX\\d+']}", r"p\.yaml:9: regex .* has upper case"),
    ("{terms: [违规词]}", "{}", r"p\.yaml:\d+: matcher"),
    ("effective_from: 2020-01-01", "effective_from: someday", r"p\.yaml:2: effective_from"),
    ("    certainty: suspected\n", "    certainty: suspected\n    colour: red\n",
     r"p\.yaml:2: unknown rule key 'colour'"),
    ("title_zh: 测试", "title_zh: [测试", r"p\.yaml:\d+: not valid YAML"),
    ("    severity: low\n", "    severity: low\n    severity: high\n",
     r"p\.yaml:8: duplicate key 'severity'"),
])
def test_malformed_pack_is_refused(tmp_path: Path, old: str, new: str, reason: str) -> None:
    assert old in GOOD
    folder = write(tmp_path, GOOD.replace(old, new))
    with pytest.raises(InputFileError, match=reason):
        RuleSet.load(folder)


def test_pack_without_rules_and_duplicate_ids_are_refused(tmp_path: Path) -> None:
    with pytest.raises(InputFileError, match=r"p\.yaml:1: a pack is a mapping"):
        RuleSet.load(write(tmp_path, "rules: []\n"))
    write(tmp_path, GOOD)
    write(tmp_path, GOOD, "q.yaml")
    with pytest.raises(InputFileError, match=r"q\.yaml:2: duplicate rule id test.rule"):
        RuleSet.load(tmp_path)


def test_empty_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InputFileError, match=r"no \*\.yaml rule packs"):
        RuleSet.load(tmp_path)


def run_cli(argv: list[str], tmp_path: Path) -> int:
    parser = Parser(prog="hongdun")
    sub = parser.add_subparsers(dest="command", parser_class=Parser)
    rules_cmd.register(sub)
    args: argparse.Namespace = parser.parse_args(argv)
    return int(args.handler(args, config.load({"home": str(tmp_path / "home")})))


def test_cli_rules_test_passes_on_shipped_packs(tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(["rules", "test"], tmp_path) == 0
    out = capsys.readouterr().out
    assert out.strip().splitlines()[-1].endswith(", 0 failed")


def test_cli_rules_test_fails_on_a_wrong_example(tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    packs = tmp_path / "packs"
    shutil.copytree(PACKS_DIR, packs)
    broken = GOOD.replace("no_match: [<p>正常</p>]", "no_match: [<p>还是违规词</p>]")
    write(packs, broken, "zz.yaml")
    assert run_cli(["rules", "--packs", str(packs), "test"], tmp_path) == 1
    out = capsys.readouterr().out
    assert "FAIL test.rule" in out and "zz.yaml:12" in out and ", 1 failed" in out


def test_cli_rules_list_shows_every_rule(tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(["rules", "list"], tmp_path) == 0
    out = capsys.readouterr().out
    for spec in RuleSet.load().specs:
        assert spec.id in out and spec.title_zh in out


def test_cli_rules_check_a_page(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "shop.html"
    page.write_text("<html><body><p>营业执照 信用代码：92370613MA3C5K7BX1</p></body></html>",
                    encoding="utf-8")
    assert run_cli(["rules", "check", str(page)], tmp_path) == 0
    assert "licence.uscc_invalid" in capsys.readouterr().out


def test_real_entry_point_runs_rules_test(tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    from hongdun.cli import main

    assert main(["--home", str(tmp_path / "home"), "rules", "test"]) == 0
    assert capsys.readouterr().out.strip().endswith(", 0 failed")
    packs = tmp_path / "bad"
    packs.mkdir()
    write(packs, GOOD.replace("severity: low", "severity: urgent"))
    assert main(["--home", str(tmp_path / "home"), "rules", "--packs", str(packs), "list"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("hongdun: ") and "p.yaml:2: severity" in err and "Traceback" not in err


def test_an_excluded_category_comes_back_only_for_a_rule_of_that_category() -> None:
    pharmacy = Scope(exclude_categories=("药品",), exclude_categories_unless=("所有商品",))
    assert pharmacy.only_beyond("药品零售") and not pharmacy.has_category("药品零售")
    assert not pharmacy.only_beyond("食品")  # not excluded: judged as ever
    food_only = Scope(categories=("食品",), exclude_categories=("药品",),
                      exclude_categories_unless=("所有商品",))
    assert not food_only.only_beyond("药品零售")  # never the rule's category
    assert not Scope(exclude_categories=("药品",)).only_beyond("药品零售")
