"""The records of the leads stage: Sighting (a finding as leads see it), Lead, Occurrence, Event."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, datetime

from hongdun.clock import SHANGHAI
from hongdun.records import SEVERITIES, Finding


@dataclass(frozen=True)
class Sighting:
    """What the leads stage needs of a finding: whose violation, of which rule, seen when."""

    finding_id: str
    capture_id: str
    evidence_id: str
    target_id: str
    rule_id: str
    district: str
    platform: str
    shop_name: str
    title_zh: str
    severity: str
    captured_at: str
    status: str = "new"

    def __post_init__(self) -> None:
        if self.severity not in SEVERITIES:
            raise ValueError(f"bad severity {self.severity!r}")

    @classmethod
    def of(cls, f: Finding) -> Sighting:
        return cls(f.finding_id, f.capture_id, f.evidence_id, f.target_id, f.rule_id,
                   f.district, f.platform, f.shop_name, f.title_zh, f.severity,
                   f.captured_at, f.status)


@dataclass(frozen=True)
class Lead:
    """One violation of one rule by one seller: the unit an inspector works on."""

    lead_id: str
    target_id: str
    rule_id: str
    generation: int  # 2, 3, …: the violation came back after an earlier lead was closed
    district: str
    platform: str
    shop_name: str
    title_zh: str
    severity: str
    status: str
    occurrences: int
    first_seen: str
    last_seen: str
    last_seen_sweep: str
    first_not_seen: str | None = None  # captured_at of the first successful capture without it
    first_not_seen_sweep: str | None = None
    assignee: str | None = None
    assigned_at: str | None = None
    due_at: str | None = None  # YYYY-MM-DD, Asia/Shanghai: verify by the end of this day
    verified_at: str | None = None
    closed_at: str | None = None
    pressed: bool = False  # 督办
    duplicate_of: str | None = None
    reason: str | None = None
    updated_at: str = ""

    def __post_init__(self) -> None:
        if self.severity not in SEVERITIES:
            raise ValueError(f"bad severity {self.severity!r}")
        if self.generation < 1 or self.occurrences < 0:
            raise ValueError("generation starts at 1; occurrences cannot be negative")
        if self.due_at is not None:
            date.fromisoformat(self.due_at)

    @property
    def rectified(self) -> bool:
        """整改: the last successful capture of the seller no longer shows the violation."""
        return self.first_not_seen is not None


@dataclass(frozen=True)
class Occurrence:
    """One capture in which a lead's violation was seen, with its evidence and findings."""

    lead_id: str
    capture_id: str
    sweep_id: str
    evidence_id: str
    captured_at: str
    finding_ids: tuple[str, ...]


@dataclass(frozen=True)
class DeadlineState:
    """Computed fields of a lead's verification deadline on a given day."""

    overdue: bool
    due_soon: bool
    working_days_left: int | None


def lead_id(target_id: str, rule_id: str, generation: int = 1) -> str:
    """Deterministic id: 'L-' + 16 hex of SHA-256 over target, rule (and generation after 1)."""
    key = f"{target_id}|{rule_id}" + (f"|{generation}" if generation > 1 else "")
    return "L-" + hashlib.sha256(key.encode()).hexdigest()[:16]


def shanghai_day(stamp: str) -> date:
    """The Asia/Shanghai calendar day of a UTC ISO-8601 stamp."""
    return datetime.fromisoformat(stamp).astimezone(SHANGHAI).date()


AWAITING_VERIFICATION = ("new", "verifying")
