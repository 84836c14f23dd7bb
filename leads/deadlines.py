"""Verification deadlines of leads: working days from assignment, and the computed fields.

The numbers come from hongdun.config (verify_days, verify_days_high,
due_soon_days); the calendar from leads.workdays. A lead must be verified
(confirmed, dismissed or found a duplicate) by the end of its due day,
Asia/Shanghai. Overdue and due-soon are computed on a given day, never stored.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from hongdun.config import Config
from leads import workdays
from leads.model import AWAITING_VERIFICATION, DeadlineState, Lead, shanghai_day
from leads.workdays import Deadline, WorkCalendar


@dataclass(frozen=True)
class Policy:
    """How long each lead has, counted on which calendar."""

    calendar: WorkCalendar
    verify_days: int = 15
    verify_days_high: int = 5
    due_soon_days: int = 3

    @classmethod
    def from_config(cls, cfg: Config) -> Policy:
        files = workdays.calendar_files(cfg.get("holiday_tables"))
        folder = cfg.home / "holidays"
        if folder.is_dir():
            files += sorted(folder.glob("*.yaml"))
        return cls(workdays.load(files), int(cfg.get("verify_days")),
                   int(cfg.get("verify_days_high")), int(cfg.get("due_soon_days")))

    def days_for(self, severity: str) -> int:
        return self.verify_days_high if severity == "high" else self.verify_days

    def due(self, severity: str, assigned_at: str) -> Deadline:
        """The due day of a lead of this severity assigned at this UTC stamp."""
        return self.calendar.add(shanghai_day(assigned_at), self.days_for(severity))

    def state(self, lead: Lead, today: date) -> DeadlineState:
        """Overdue / due soon on `today` (only while the lead awaits verification)."""
        if lead.due_at is None or lead.status not in AWAITING_VERIFICATION:
            return DeadlineState(False, False, None)
        due = date.fromisoformat(lead.due_at)
        left = self.calendar.between(today, due)
        overdue = today > due
        return DeadlineState(overdue, not overdue and left <= self.due_soon_days, left)
