"""Visits in flight: how many targets a sweep holds open at once, and room for the next.

A target is in flight from its home page request until its Visit has left the item
pipelines (stored, dropped or failed) or its visit ended without one (not reached).
The spider admits a new target only while fewer than `limit` are in flight, so
browser contexts and captures held in memory stay bounded at any size of sweep.
"""

from __future__ import annotations

import asyncio
from typing import Any

from hongdun.records import Target


class VisitsInFlight:
    """The targets begun whose visit is still open or in the pipelines."""

    def __init__(self, limit: int) -> None:
        self.limit = max(1, limit)
        self.open: set[str] = set()
        self._room = asyncio.Event()

    async def admit(self, target_id: str) -> int:
        """Wait until there is room, then count target_id in; returns how many are open."""
        while len(self.open) >= self.limit:  # memory stays flat: the pipelines catch up
            self._room.clear()
            await self._room.wait()
        self.open.add(target_id)
        return len(self.open)

    def over(self, target_id: str) -> None:
        """target_id's visit is over: make room for the next target."""
        self.open.discard(target_id)
        self._room.set()

    def item_left(self, item: Any, **_: Any) -> None:
        """Signal handler (item_scraped, item_dropped, item_error): an item's visit is over."""
        target = getattr(item, "target", None) or getattr(getattr(item, "capture", None),
                                                          "target", None)
        if isinstance(target, Target):
            self.over(target.target_id)
