"""Detection quality scoring: target-level counts per rule and family, leave-one-family-out
aggregates, and the report table with every disagreement (bench/detect_quality.py sweeps).
"""

from __future__ import annotations

from dataclasses import dataclass

from demo.families import CLASSIC
from demo.families.corpus import RULES

PRICE = "price.fictitious_original"
OCR_RULES = ("licence.uscc_invalid", "licence.mismatch")  # read off a licence image by OCR

@dataclass(frozen=True)
class Counts:
    """Target-level agreement for one rule in one family."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None


@dataclass(frozen=True)
class FamilyResult:
    """What a sweep of one family found, against its truth."""

    name: str
    truth: dict[str, frozenset[str]]
    predicted: dict[str, frozenset[str]]
    # targets whose licence was shown only as an image, judged without OCR: the display
    # counts, but its code and name were not read (the report says so)
    needs_ocr: frozenset[str] = frozenset()

    def counts(self, rule: str) -> Counts:
        """tp/fp/fn over the family's targets for one rule."""
        tp = fp = fn = 0
        for target, wanted in self.truth.items():
            got = rule in self.predicted.get(target, frozenset())
            tp += got and rule in wanted
            fp += got and rule not in wanted
            fn += not got and rule in wanted
        return Counts(tp, fp, fn)


@dataclass(frozen=True)
class Aggregate:
    """Leave-one-family-out figures of one rule over the held-out families."""

    macro_precision: float | None
    macro_recall: float | None
    pooled: Counts
    worst: str
    worst_figure: float


def _mean(values: list[float | None]) -> float | None:
    real = [v for v in values if v is not None]
    return sum(real) / len(real) if real else None


def leave_one_out(results: dict[str, FamilyResult], rule: str) -> Aggregate:
    """Each held-out family is a fold scored by rules that never saw it: macro, pooled, worst.

    The worst family is the one with the lowest of its precision and recall
    (a family where the rule neither fires nor is expected does not count).
    """
    folds = {n: r.counts(rule) for n, r in results.items() if n != CLASSIC}
    pooled = sum(folds.values(), Counts())
    judged = {n: min(x for x in (c.precision, c.recall) if x is not None)
              for n, c in folds.items() if c.tp + c.fp + c.fn}
    worst = min(judged, key=lambda n: (judged[n], n)) if judged else "-"
    return Aggregate(_mean([c.precision for c in folds.values()]),
                     _mean([c.recall for c in folds.values()]), pooled, worst,
                     judged.get(worst, 1.0))


def _pr(c: Counts) -> str:
    p = "-" if c.precision is None else f"{c.precision:.2f}"
    r = "-" if c.recall is None else f"{c.recall:.2f}"
    return f"{p}/{r}"


def _f(v: float | None) -> str:
    return "-" if v is None else f"{v:.2f}"


def report(results: dict[str, FamilyResult]) -> str:
    """The table (precision/recall per rule and family, LOFO macro and pooled, worst) and misses."""
    names = list(results)
    rules = [r for r in (*RULES, PRICE) if any(r in v for x in results.values()
                                               for v in (*x.truth.values(),
                                                         *x.predicted.values()))]
    head = f"{'rule (P/R)':24}" + "".join(f"{n:>11}" for n in names)
    lines = [head + f"{'LOFO macro':>12}{'LOFO pooled':>13}  worst family"]
    for rule in rules:
        row = f"{rule:24}" + "".join(f"{_pr(results[n].counts(rule)):>11}" for n in names)
        if any(n != CLASSIC for n in names):
            agg = leave_one_out(results, rule)
            row += (f"{_f(agg.macro_precision) + '/' + _f(agg.macro_recall):>12}"
                    f"{_pr(agg.pooled):>13}  {agg.worst} ({agg.worst_figure:.2f})")
        lines.append(row)
    for name, res in results.items():
        for target in sorted(res.truth):
            got, want = res.predicted.get(target, frozenset()), res.truth[target]
            if got != want:
                ocr = (" (licence only as an image: its code and name need OCR)"
                       if target in res.needs_ocr and (want ^ got) & set(OCR_RULES) else "")
                lines.append(f"  {name}/{target}: missed {sorted(want - got)} "
                             f"false alarm {sorted(got - want)}{ocr}")
    unread = [f"{n}/{t}" for n, r in results.items() for t in sorted(r.needs_ocr)]
    if unread:
        lines.append(f"licence shown only as an image, judged without OCR (displayed; code and "
                     f"name not checked): {len(unread)} targets: {', '.join(unread)}")
    return "\n".join(lines)
