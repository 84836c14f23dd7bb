"""Time stamps in one format everywhere: UTC ISO-8601 with milliseconds and 'Z'.

Strings in this format sort in time order, which the stores and cursors rely on.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

SHANGHAI = ZoneInfo("Asia/Shanghai")


def iso_utc(moment: datetime) -> str:
    """Format an aware datetime as e.g. 2026-11-28T05:33:57.123Z."""
    moment = moment.astimezone(UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def utc_now() -> str:
    """The current time in the canonical format."""
    return iso_utc(datetime.now(UTC))


def shanghai(stamp: str) -> str:
    """The Asia/Shanghai wall-clock reading of a canonical UTC stamp."""
    return datetime.fromisoformat(stamp).astimezone(SHANGHAI).isoformat(timespec="milliseconds")


def bureau_day(stamp: str = "") -> date:
    """The Asia/Shanghai calendar day of a canonical UTC stamp (now when empty): the day
    laws come into force and KPI windows are counted in, whatever the machine's zone."""
    moment = datetime.fromisoformat(stamp) if stamp else datetime.now(UTC)
    return moment.astimezone(SHANGHAI).date()
