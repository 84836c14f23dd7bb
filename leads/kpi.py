"""The bureau's figures over a period, per district and per inspector, against the city plan.

核查及时率 = leads verified by their due day ÷ leads whose due day fell in the period
(a lead due later than today and not yet verified has not fallen due).
完成率 = leads that reached a final state (办结, 不构成违法, 重复) by the period's end ÷
leads assigned in the period. Targets (烟台方案): monitoring items ≥ 90 %; 督办
(pressed) case leads ≥ 95 %. Days are Asia/Shanghai calendar days.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from leads.model import Lead, shanghai_day

TARGET_MONITORING = 0.90
TARGET_PRESSED = 0.95
FORMULAS = (
    "核查及时率 timely verification = 按期核查 verified by the due day ÷ 到期 leads whose "
    "due day fell in the period",
    "完成率 completion = 办结 reached 办结/不构成违法/重复 by the period's end ÷ 交办 leads "
    "assigned in the period",
    f"目标 targets (烟台方案): 监测信息 ≥ {TARGET_MONITORING:.0%}; 督办线索 ≥ {TARGET_PRESSED:.0%}",
)
_CSV_DANGER = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class KpiRow:
    """The two rates for one scope (all, a district, an inspector, 督办)."""

    scope: str  # "all", "district", "inspector", "pressed"
    key: str
    due: tuple[str, ...]  # lead ids behind each figure
    on_time: tuple[str, ...]
    assigned: tuple[str, ...]
    closed: tuple[str, ...]
    target: float

    @property
    def timely_rate(self) -> float | None:
        return len(self.on_time) / len(self.due) if self.due else None

    @property
    def completion_rate(self) -> float | None:
        return len(self.closed) / len(self.assigned) if self.assigned else None

    @property
    def meets(self) -> bool | None:
        rates = [r for r in (self.timely_rate, self.completion_rate) if r is not None]
        return all(r >= self.target for r in rates) if rates else None

    def as_json(self) -> dict[str, object]:
        return {"scope": self.scope, "key": self.key, "due": len(self.due),
                "on_time": len(self.on_time), "timely_rate": self.timely_rate,
                "assigned": len(self.assigned), "closed": len(self.closed),
                "completion_rate": self.completion_rate, "target": self.target,
                "meets": self.meets, "leads": {"due": list(self.due),
                                               "on_time": list(self.on_time),
                                               "assigned": list(self.assigned),
                                               "closed": list(self.closed)}}


def _in(stamp: str | None, start: date, end: date) -> bool:
    return stamp is not None and start <= shanghai_day(stamp) <= end


def _row(scope: str, key: str, leads: Sequence[Lead], start: date, end: date, today: date,
         target: float) -> KpiRow:
    due = [x for x in leads if x.due_at and start <= date.fromisoformat(x.due_at) <= end
           and (date.fromisoformat(x.due_at) < today or x.verified_at)]
    on_time = [x for x in due if x.verified_at and x.due_at
               and shanghai_day(x.verified_at) <= date.fromisoformat(x.due_at)]
    assigned = [x for x in leads if _in(x.assigned_at, start, end)]
    closed = [x for x in assigned if x.closed_at and shanghai_day(x.closed_at) <= end]
    return KpiRow(scope, key, *(tuple(x.lead_id for x in group)
                                for group in (due, on_time, assigned, closed)), target)


def compute(leads: Iterable[Lead], start: date, end: date, today: date,
            district: str | None = None) -> list[KpiRow]:
    """KPI rows: overall, 督办, each district, each inspector (only leads with an assignee)."""
    pool = [x for x in leads if district is None or x.district == district]
    rows = [_row("all", "全部 all", pool, start, end, today, TARGET_MONITORING),
            _row("pressed", "督办 pressed", [x for x in pool if x.pressed], start, end, today,
                 TARGET_PRESSED)]
    groups: list[tuple[str, Callable[[Lead], str | None]]] = [
        ("district", lambda x: x.district), ("inspector", lambda x: x.assignee)]
    for scope, key_of in groups:
        keys = sorted({k for x in pool if (k := key_of(x))})
        rows += [_row(scope, k, [x for x in pool if key_of(x) == k], start, end, today,
                      TARGET_MONITORING) for k in keys]
    return rows


def percent(rate: float | None) -> str:
    return "—" if rate is None else f"{rate:.1%}"


def table(rows: Sequence[KpiRow]) -> list[list[str]]:
    """Header and cells, Chinese first."""
    out = [["范围 scope", "对象 key", "到期", "按期核查", "核查及时率", "交办", "办结",
            "完成率", "目标", "达标"]]
    for r in rows:
        met = "—" if r.meets is None else ("达标 yes" if r.meets else "未达标 NO")
        out.append([r.scope, r.key, str(len(r.due)), str(len(r.on_time)),
                    percent(r.timely_rate), str(len(r.assigned)), str(len(r.closed)),
                    percent(r.completion_rate), f"{r.target:.0%}", met])
    return out


def csv_cell(value: str) -> str:
    """A cell a spreadsheet will not run: a leading = + - @ tab or CR gets a ' prefix."""
    return "'" + value if value.startswith(_CSV_DANGER) else value


def write_csv(path: Path, rows: Sequence[KpiRow]) -> None:
    """The KPI table as CSV (UTF-8 with BOM for Excel), formula-injection safe."""
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        for cells in table(rows):
            writer.writerow([csv_cell(c) for c in cells])
