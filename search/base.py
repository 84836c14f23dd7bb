"""The one interface every findings index implements (SQLite default, Elasticsearch).

Inspectors' queries, facets and paging are expressed here once; the contract
tests in tests/test_search_contract.py run the same assertions on every backend.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Protocol

from hongdun.errors import UsageError
from hongdun.records import Finding

SORTS = ("time", "severity")
SEVERITY_RANK = {"high": 3, "medium": 2, "low": 1}


@dataclass(frozen=True)
class FindingQuery:
    """What an inspector asks for: full text plus filters, a sort and a page."""

    text: str = ""
    rule_id: str | None = None
    district: str | None = None
    platform: str | None = None
    severity: str | None = None
    status: str | None = None
    target_id: str | None = None
    since: str | None = None  # inclusive UTC ISO-8601 lower bound on captured_at
    until: str | None = None  # exclusive upper bound
    sort: str = "time"  # newest first; "severity": highest first, then newest
    limit: int | None = 50  # None: every match
    after: tuple[str, ...] | None = None  # cursor from SearchPage.next_after
    facets: bool = False
    # the districts the asking user may see (an inspector's own); None: every district
    districts: tuple[str, ...] | None = None

    def __post_init__(self) -> None:
        if self.sort not in SORTS:
            raise UsageError(f"sort must be one of {', '.join(SORTS)}, not {self.sort!r}")
        if self.limit is not None and self.limit < 1:
            raise UsageError("limit must be a positive number")


@dataclass(frozen=True)
class Facets:
    """Counts over the whole match set, not just the page."""

    district: dict[str, int] = field(default_factory=dict)
    rule_id: dict[str, int] = field(default_factory=dict)
    platform: dict[str, int] = field(default_factory=dict)
    per_day: dict[str, int] = field(default_factory=dict)  # "YYYY-MM-DD" (Asia/Shanghai)


@dataclass(frozen=True)
class SearchPage:
    """One page of hits, the total match count and the cursor for the next page."""

    hits: tuple[Finding, ...]
    total: int
    next_after: tuple[str, ...] | None
    highlights: dict[str, str] = field(default_factory=dict)  # finding_id → marked snippet
    facets: Facets | None = None


class FindingsIndex(Protocol):
    """A searchable index of findings."""

    name: str

    def index(self, findings: Iterable[Finding]) -> int:
        """Add or replace findings (id = finding_id); return how many were written."""
        ...

    def search(self, query: FindingQuery) -> SearchPage:
        """Run a query; hits are ordered by the query's sort, ties broken by finding_id."""
        ...

    def count(self) -> int:
        """How many findings the index holds."""
        ...

    def clear(self) -> None:
        """Remove every finding from the index."""
        ...


def sort_key(finding: Finding, sort: str) -> tuple[str, ...]:
    """The cursor value of a hit: what search_after compares against, as strings."""
    if sort == "severity":
        return (str(SEVERITY_RANK[finding.severity]), finding.captured_at, finding.finding_id)
    return (finding.captured_at, finding.finding_id)
