"""Chinese working days (工作日), with 调休 make-up days, for lead deadlines.

The State Council's holiday table comes from chinese-calendar; a year it does
not cover yet is loaded as data (a YAML file with `holidays:` and `workdays:`
lists of dates), which overrides the package for the days it names. A day in a
year neither covers counts Monday to Friday, and every deadline that relies on
such a day carries a warning.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

import chinese_calendar
import yaml

from hongdun.errors import InputFileError


def _package_years() -> frozenset[int]:
    days = list(chinese_calendar.holidays)
    return frozenset(range(min(days).year, max(days).year + 1))


@dataclass(frozen=True)
class Deadline:
    """A due day and why it may be wrong (empty when every day counted is in a known year)."""

    due: date
    warning: str = ""


@dataclass(frozen=True)
class WorkCalendar:
    """Which days are working days: the package's table plus years loaded as data."""

    holidays: frozenset[date] = frozenset()
    workdays: frozenset[date] = frozenset()
    loaded_years: frozenset[int] = frozenset()
    package_years: frozenset[int] = field(default_factory=_package_years)

    @property
    def known_years(self) -> frozenset[int]:
        return self.package_years | self.loaded_years

    def is_workday(self, day: date) -> bool:
        """True on a working day, 调休 Saturdays and Sundays included."""
        if day in self.workdays:
            return True
        if day in self.holidays:
            return False
        if day.year in self.package_years:
            return bool(chinese_calendar.is_workday(day))
        return day.weekday() < 5

    def add(self, start: date, days: int) -> Deadline:
        """The `days`-th working day after `start` (the start day itself does not count)."""
        if days < 0:
            raise ValueError("days must not be negative")
        day, left, unknown = start, days, set()
        while left:
            day += timedelta(days=1)
            if day.year not in self.known_years:
                unknown.add(day.year)
            if self.is_workday(day):
                left -= 1
        warning = ""
        if unknown:
            years = ", ".join(str(y) for y in sorted(unknown))
            warning = (f"deadline {day.isoformat()} falls in {years}, beyond the known holiday "
                       f"tables: counted Monday–Friday; load that year's 节假日安排 as data")
        return Deadline(day, warning)

    def between(self, start: date, end: date) -> int:
        """Working days after `start` up to and including `end` (negative if end < start)."""
        if end < start:
            return -self.between(end, start)
        span = range(1, (end - start).days + 1)
        return sum(self.is_workday(start + timedelta(days=n)) for n in span)


def _dates(raw: object, where: str) -> set[date]:
    if raw is None:
        return set()
    if not isinstance(raw, list):
        raise InputFileError(f"{where}: must be a list of dates")
    out = set()
    for item in raw:
        try:
            out.add(item if isinstance(item, date) else date.fromisoformat(str(item)))
        except ValueError:
            raise InputFileError(f"{where}: {item!r} is not a YYYY-MM-DD date") from None
    return out


def load(files: Iterable[Path] = ()) -> WorkCalendar:
    """The calendar: chinese-calendar plus each YAML file ({year, holidays, workdays})."""
    holidays: set[date] = set()
    workdays: set[date] = set()
    years: set[int] = set()
    for path in files:
        try:
            raw = yaml.safe_load(path.read_text(encoding="utf-8"))
        except (OSError, yaml.YAMLError) as exc:
            raise InputFileError(f"{path}: cannot read holiday table ({exc})") from None
        if not isinstance(raw, dict) or not isinstance(raw.get("year"), int):
            raise InputFileError(f"{path}: needs year: YYYY, holidays: [...], workdays: [...]")
        hol, work = _dates(raw.get("holidays"), f"{path} holidays"), _dates(
            raw.get("workdays"), f"{path} workdays")
        if {d.year for d in hol | work} - {raw["year"]}:
            raise InputFileError(f"{path}: every date must be in {raw['year']}")
        if hol & work:
            raise InputFileError(f"{path}: {min(hol & work)} is both a holiday and a workday")
        holidays |= hol
        workdays |= work
        years.add(raw["year"])
    return WorkCalendar(frozenset(holidays), frozenset(workdays), frozenset(years))


def calendar_files(setting: str) -> list[Path]:
    """The YAML files a comma-separated setting names (files, or folders of *.yaml)."""
    out: list[Path] = []
    for part in filter(None, (p.strip() for p in setting.split(","))):
        path = Path(part)
        if path.is_dir():
            out.extend(sorted(path.glob("*.yaml")))
        elif path.is_file():
            out.append(path)
        else:
            raise InputFileError(f"holiday table {path}: no such file or folder")
    return out
