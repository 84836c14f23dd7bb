"""Text-rule quality on real published wording: per-rule precision and recall, tune and held out.

Judges every paragraph of rules/corpus/real_wording.yaml as `hongdun rules check --text`
does and prints precision/recall per rule on the tuning part and on the part kept out of
tuning (chosen by a seeded hash before any tuning), then the held-out part per family of
source (regulator reports, news, legal texts, platform rules, quoted ads, listings, live
scripts, complaints …): each family judged as wording the rules were not tuned on, the
worst family named per rule. With --show-misses it lists the tuning part's wrong
verdicts only: the held-out items are never printed.

With --fresh it scores rules/corpus/real_wording_fresh.yaml instead: paragraphs collected
after tuning, all held out, scored as a first-contact figure. With --file PATH it scores
any sealed corpus file of that shape (it must say `all_held_out: true`; a tuning corpus is
refused, so its tuned part is never passed off as unseen wording).

Run: .venv/bin/python bench/wording_quality.py [--show-misses] [--fresh | --file PATH]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from hongdun.errors import InputFileError
from rules import corpus
from rules.engine import RuleSet


def main(argv: list[str] | None = None) -> int:
    """Score the corpus and print the table (and the tuning part's misses if asked)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show-misses", action="store_true",
                        help="list wrong verdicts of the tuning part (never the held-out part)")
    parser.add_argument("--fresh", action="store_true",
                        help="score the fresh corpus (all held out) instead of the tuning corpus")
    parser.add_argument("--file", type=Path, metavar="PATH",
                        help="score a sealed corpus file (one that says all_held_out: true)")
    args = parser.parse_args(argv)
    if args.fresh and args.file:
        parser.error("--fresh and --file name two corpora: give one")
    path = args.file or (corpus.FRESH_FILE if args.fresh else corpus.CORPUS_FILE)
    try:
        if args.file and not corpus.sealed(path):
            raise InputFileError(f"{path}: not a sealed corpus (it must say all_held_out: true)")
        items = corpus.load(path)
    except InputFileError as exc:
        print(f"FAIL: {exc}", file=sys.stderr)
        return 1
    judged = corpus.verdicts(RuleSet.load(), items)
    scores, wrong = corpus.score_judged(judged)
    held = sum(1 for i in items if i.split == "held_out")
    decoys = sum(1 for i in items if not i.rules)
    sources = len({i.source for i in items})
    print(f"paragraphs {len(items)} (held out {held}), decoys {decoys}, sources {sources}")
    print(f"{'rule':<24} {'split':<9} {'tp':>3} {'fp':>3} {'fn':>3} {'precision':>9} {'recall':>7}")
    for s in scores:
        if s.split == "tune" and held == len(items):
            continue  # a sealed file has no tuning part
        print(f"{s.rule_id:<24} {s.split:<9} {s.true_positives:>3} {s.false_positives:>3} "
              f"{s.false_negatives:>3} {s.precision:>9.2f} {s.recall:>7.2f}")
    print_families(corpus.by_family(judged, "held_out"))
    if args.show_misses:
        for item, got in wrong:
            if item.split == "tune":
                print(f"MISS want={sorted(item.rules)} got={sorted(got)} [{item.kind}] "
                      f"{item.text[:90]!r}")
    return 0


def print_families(per_family: dict[str, list[corpus.Score]]) -> None:
    """Held-out precision/recall per family of source, and the worst family per rule."""
    if set(per_family) <= {corpus.UNKNOWN_FAMILY}:
        return
    families = list(per_family)
    print("held out, per family of source (P/R; -/- the family holds no case of the rule)")
    print(f"{'rule':<24} " + " ".join(f"{f[:11]:>11}" for f in families) + "  worst family")
    for rule_id in corpus.TEXT_RULES:
        cells = []
        for family in families:
            s = next(x for x in per_family[family] if x.rule_id == rule_id)
            cells.append(f"{s.precision:.2f}/{s.recall:.2f}" if corpus.judged_rule(s) else "-/-")
        low = corpus.worst(per_family, rule_id)
        name = f"{low[0]} ({low[1]:.2f})" if low else "-"
        print(f"{rule_id:<24} " + " ".join(f"{c:>11}" for c in cells) + f"  {name}")


if __name__ == "__main__":
    sys.exit(main())
