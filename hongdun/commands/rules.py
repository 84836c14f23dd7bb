"""`hongdun rules list|test|check`: show the loaded rules, run their examples, judge a page."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from hongdun.config import Config
from hongdun.errors import InputFileError


def register(sub: Any) -> None:
    """Add the `rules` command group to the top-level subparsers."""
    parser = sub.add_parser("rules", help="list rules, run their examples, check a page")
    parser.add_argument("--packs", type=Path, default=None,
                        help="rule pack folder (default: the packs shipped in rules/packs)")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    lst = actions.add_parser("list", help="show every rule: id, titles, basis, scope")
    lst.set_defaults(handler=list_rules)
    test = actions.add_parser("test", help="run every rule's examples; exit 1 on any failure")
    test.add_argument("-v", "--verbose", action="store_true", help="print passing examples too")
    test.set_defaults(handler=test_rules)
    check = actions.add_parser("check", help="judge one saved HTML page (or a paragraph of "
                                             "text) as a shop home page")
    check.add_argument("file", type=Path, nargs="?",
                       help="HTML page; a .txt file is read as paragraphs of plain text")
    check.add_argument("--text", help="judge this paragraph of plain text instead of a file")
    check.add_argument("--category", default="日用百货", help="target category")
    check.add_argument("--only", help="comma-separated rule ids to run (default: every rule)")
    check.set_defaults(handler=check_page)


def list_rules(args: argparse.Namespace, cfg: Config) -> int:
    """Print the loaded rules."""
    from rules.engine import RuleSet  # the rule engine: only for the rules commands

    rules = RuleSet.load(args.packs)
    for spec in rules.specs:
        scope = spec.scope
        cats = ",".join(scope.categories)
        if scope.exclude_categories:
            cats += " 除 except " + ",".join(scope.exclude_categories)
        matcher = spec.check or (f"{len(spec.terms)} terms, {len(spec.regex)} regex, "
                                 f"{len(spec.near)} near")
        print(f"{spec.id:<28} {spec.severity:<6} {spec.certainty:<9} "
              f"{spec.title_zh} / {spec.title_en}")
        print(f"    依据 basis: {spec.legal_basis}  (自 from {spec.effective_from})")
        print(f"    范围 scope: roles={','.join(scope.roles)} categories={cats} "
              f"kinds={','.join(scope.kinds)} speakers={','.join(scope.speakers)}  "
              f"matcher: {matcher}  "
              f"examples: {len(spec.examples)}")
    print(f"共 {len(rules.specs)} rules")
    return 0


def test_rules(args: argparse.Namespace, cfg: Config) -> int:
    """Run every example; print failures; exit 1 if any failed."""
    from rules.engine import RuleSet
    from rules.examples import run_all

    results = run_all(RuleSet.load(args.packs))
    failed = [r for r in results if not r.ok]
    for r in results:
        if not r.ok or args.verbose:
            want = "应命中 must match" if r.should_match else "不应命中 must not match"
            print(f"{'OK  ' if r.ok else 'FAIL'} {r.rule_id} {r.where} {want}: {r.detail}")
    print(f"{len(results) - len(failed)} passed, {len(failed)} failed")
    return 1 if failed else 0


def check_page(args: argparse.Namespace, cfg: Config) -> int:
    """Evaluate every rule on one HTML file or paragraph and print the findings."""
    from rules.corpus import paragraph_html
    from rules.engine import RuleSet
    from rules.examples import build_capture

    if (args.file is None) == (args.text is None):
        raise InputFileError("rules check needs exactly one of FILE or --text")
    if args.text is not None:
        html = paragraph_html(args.text)
    else:
        try:
            html = args.file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise InputFileError(f"{args.file}: cannot read: {exc}") from None
        if args.file.suffix.lower() == ".txt":
            html = paragraph_html(html)
    capture = build_capture({"html": html, "target": {"category": args.category}})
    rules = RuleSet.load(args.packs)
    only = None
    if args.only:
        only = [r.strip() for r in args.only.split(",") if r.strip()]
        known = {spec.id for spec in rules.specs}
        unknown = [r for r in only if r not in known]
        if unknown:
            raise InputFileError(f"--only: unknown rule {unknown[0]!r}")
    findings = rules.evaluate(capture, only=only)
    for f in findings:
        print(f"{f.rule_id:<28} {f.certainty:<9} {f.matched_text}  —  {f.context[:120]}")
        print(f"    依据 basis: {f.legal_basis}")
    print(f"共 {len(findings)} findings")
    return 0
