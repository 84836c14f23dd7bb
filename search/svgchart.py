"""A weekly trend chart of rates, laid out in Python and drawn by the template as inline SVG.

No script, no CDN, no style attributes (the CSP forbids them): the template
uses SVG presentation attributes and classes from hongdun.css. Rates are
0..1 or None (no lead fell into that week's denominator: a gap, not a zero).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

WIDTH, HEIGHT = 720, 240
LEFT, RIGHT, TOP, BOTTOM = 48, 16, 16, 36


@dataclass(frozen=True)
class Point:
    """One plotted value with its label."""

    x: float
    y: float
    label: str


@dataclass(frozen=True)
class Series:
    """One line of the chart: its CSS class, legend text and points (gaps split segments)."""

    css: str
    legend: str
    segments: tuple[str, ...]  # each "x,y x,y …" for a <polyline points=…>
    points: tuple[Point, ...]


@dataclass(frozen=True)
class Chart:
    """Everything the template needs to draw the chart."""

    width: int
    height: int
    series: tuple[Series, ...]
    x_ticks: tuple[tuple[float, str], ...]
    y_ticks: tuple[tuple[float, str], ...]
    targets: tuple[tuple[float, str], ...]  # horizontal target lines (y, label)
    left: int = LEFT
    right: int = WIDTH - RIGHT
    top: int = TOP
    bottom: int = HEIGHT - BOTTOM


def _x(i: int, n: int) -> float:
    span = WIDTH - LEFT - RIGHT
    return LEFT + (span / 2 if n == 1 else span * i / (n - 1))


def _y(rate: float) -> float:
    return TOP + (HEIGHT - TOP - BOTTOM) * (1 - rate)


def line_chart(labels: Sequence[str], lines: Sequence[tuple[str, str, Sequence[float | None]]],
               targets: Sequence[tuple[float, str]] = ()) -> Chart:
    """Lay out one line per (css, legend, rates) over the week labels."""
    n = len(labels)
    series = []
    for css, legend, rates in lines:
        if len(rates) != n:
            raise ValueError(f"{legend}: {len(rates)} values for {n} weeks")
        segments: list[list[str]] = [[]]
        points = []
        for i, rate in enumerate(rates):
            if rate is None:
                segments.append([])
                continue
            x, y = round(_x(i, n), 1), round(_y(rate), 1)
            segments[-1].append(f"{x},{y}")
            points.append(Point(x, y, f"{labels[i]} {rate:.1%}"))
        series.append(Series(css, legend, tuple(" ".join(s) for s in segments if s),
                             tuple(points)))
    step = max(1, n // 8)
    return Chart(WIDTH, HEIGHT, tuple(series),
                 tuple((round(_x(i, n), 1), labels[i]) for i in range(0, n, step)),
                 tuple((round(_y(v), 1), f"{v:.0%}") for v in (0, 0.25, 0.5, 0.75, 1.0)),
                 tuple((round(_y(v), 1), text) for v, text in targets))
