"""Scores a sweep of the demo marketplace against its labelled truth, rule by rule.

Input is what `hongdun findings --json` prints (one JSON finding a line, with
target_id and rule_id); output is true/false positives and misses per rule.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from hongdun.errors import InputFileError


@dataclass(frozen=True)
class RuleScore:
    """Target-level agreement with the truth for one rule."""

    rule_id: str
    true_positives: tuple[str, ...]
    false_positives: tuple[str, ...]
    missed: tuple[str, ...]

    @property
    def precision(self) -> float:
        found = len(self.true_positives) + len(self.false_positives)
        return len(self.true_positives) / found if found else 1.0

    @property
    def recall(self) -> float:
        wanted = len(self.true_positives) + len(self.missed)
        return len(self.true_positives) / wanted if wanted else 1.0


def read_findings(lines: Iterable[str], source: str = "findings") -> dict[str, set[str]]:
    """target_id -> rule ids found, from JSON Lines findings."""
    found: dict[str, set[str]] = {}
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            found.setdefault(str(row["target_id"]), set()).add(str(row["rule_id"]))
        except (ValueError, KeyError, TypeError):
            raise InputFileError(f"{source}: line {number}: not a finding with target_id and "
                                 "rule_id") from None
    return found


def score(found: Mapping[str, Iterable[str]],
          truth: Mapping[str, frozenset[str]]) -> list[RuleScore]:
    """Per-rule scores over the truth's targets (findings on unknown targets are ignored)."""
    rules = sorted({r for rs in truth.values() for r in rs}
                   | {r for t, rs in found.items() if t in truth for r in rs})
    out = []
    for rule in rules:
        tp, fp, fn = [], [], []
        for target, wanted in sorted(truth.items()):
            got = rule in set(found.get(target, ()))
            if got and rule in wanted:
                tp.append(target)
            elif got:
                fp.append(target)
            elif rule in wanted:
                fn.append(target)
        out.append(RuleScore(rule, tuple(tp), tuple(fp), tuple(fn)))
    return out


def report(scores: list[RuleScore]) -> str:
    """A plain-text table of the scores, with the disagreeing targets listed."""
    lines = [f"{'rule':28} {'TP':>3} {'FP':>3} {'FN':>3} {'precision':>9} {'recall':>7}"]
    for s in scores:
        lines.append(f"{s.rule_id:28} {len(s.true_positives):3d} {len(s.false_positives):3d} "
                     f"{len(s.missed):3d} {s.precision:9.2f} {s.recall:7.2f}")
    for s in scores:
        if s.false_positives:
            lines.append(f"  {s.rule_id} false positives: {', '.join(s.false_positives)}")
        if s.missed:
            lines.append(f"  {s.rule_id} missed: {', '.join(s.missed)}")
    return "\n".join(lines)
