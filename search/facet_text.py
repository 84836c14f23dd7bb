"""Facet counts as terminal lines for `hongdun findings --facets`, Chinese first."""

from __future__ import annotations

from search import labels
from search.base import Facets


def _row(title: str, counts: dict[str, int], name: dict[str, str] | None = None,
         top: int = 12) -> str:
    items = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    shown = [f"{(name or {}).get(k, k)}{'(' + k + ')' if name and k in name else ''} {n}"
             for k, n in items[:top]]
    rest = f" …+{len(items) - top}" if len(items) > top else ""
    return f"{title}: " + ("，".join(shown) if shown else "—") + rest


def facet_lines(facets: Facets) -> list[str]:
    """One line per facet: district, rule, platform, then the per-day histogram."""
    days = sorted(facets.per_day.items())
    return [
        _row("区县 district", facets.district, labels.DISTRICTS),
        _row("规则 rule", facets.rule_id),
        _row("平台 platform", facets.platform, labels.PLATFORMS_ZH),
        "每日 per day (北京时间): " + ("，".join(f"{d[5:]} {n}" for d, n in days) or "—"),
    ]
