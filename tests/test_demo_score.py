"""Scoring findings against the demo truth, and the `hongdun demo score` command."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from demo.score import read_findings, report, score
from hongdun.errors import InputFileError

ROOT = Path(__file__).resolve().parents[1]


def test_score_counts_hits_false_alarms_and_misses() -> None:
    truth = {"a": frozenset({"licence.missing"}), "b": frozenset(), "c": frozenset({"x"})}
    found = {"a": {"licence.missing"}, "b": {"licence.missing"}, "zz": {"x"}}
    by_rule = {s.rule_id: s for s in score(found, truth)}
    assert by_rule["licence.missing"].true_positives == ("a",)
    assert by_rule["licence.missing"].false_positives == ("b",)
    assert by_rule["licence.missing"].precision == 0.5
    assert by_rule["x"].missed == ("c",) and by_rule["x"].recall == 0.0
    assert "licence.missing false positives: b" in report(list(by_rule.values()))


def test_read_findings_rejects_junk_with_the_line_number() -> None:
    ok = read_findings([json.dumps({"target_id": "a", "rule_id": "r"}), ""])
    assert ok == {"a": {"r"}}
    with pytest.raises(InputFileError, match=r"f\.jsonl: line 2: not a finding"):
        read_findings(['{"target_id": "a", "rule_id": "r"}', "{oops"], "f.jsonl")


def test_cli_score_perfect_run(tmp_path: Path) -> None:
    from demo.site import load_truth

    lines = [json.dumps({"target_id": t, "rule_id": r})
             for t, rules in load_truth().items() for r in sorted(rules)]
    path = tmp_path / "f.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "hongdun.cli", "demo", "score", str(path)],
                          cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    rows = [line.split() for line in done.stdout.splitlines()[1:]]
    assert rows and all(r[2] == "0" and r[3] == "0" and r[4] == "1.00" for r in rows)
    bad = subprocess.run([sys.executable, "-m", "hongdun.cli", "demo", "score", str(path),
                          "--roles", "home,nope"], cwd=ROOT, capture_output=True, text=True,
                         timeout=60)
    assert bad.returncode == 2 and "--roles must be" in bad.stderr
