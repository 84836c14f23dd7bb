"""How a live-room watch is bounded and what its observer looks for (watch.yaml).

WatchOptions holds every bound of a watch (window, frame interval, line and state caps,
deadlines) and the selectors of watch.yaml, which the observer script
(crawlers/live/recorder.py `init_script`) is given.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml


@lru_cache(maxsize=1)
def _watch_config() -> dict[str, Any]:
    text = resources.files("crawlers.live").joinpath("watch.yaml").read_text(encoding="utf-8")
    return dict(yaml.safe_load(text))


@dataclass(frozen=True)
class WatchOptions:
    """How long and how closely to watch; every bound of a watch is here."""

    seconds: float = 60.0
    frame_every_s: float = 5.0
    # Interval frames from a CDP screencast (frames the compositor pushes, each with its
    # capture time) instead of screenshots, which stop answering on a busy machine; the
    # screenshots are then only those at room-state changes.
    screencast: bool = False
    screencast_every_nth: int = 2
    state_frame_gap_s: float = 1.0  # at most one state-change frame per gap
    frame_on: tuple[str, ...] = ("notice", "product", "cart")  # viewers: timeline only
    max_frames: int = 600
    max_lines: int = 50_000
    max_state_changes: int = 20_000
    drain_every_s: float = 0.25
    drain_batch: int = 2000
    checkpoint_every_s: float = 2.0
    call_timeout_s: float = 10.0
    tail_s: float = 15.0  # the reads after the window (last drain, frame, bodies), in all
    selectors: dict[str, Any] = field(default_factory=_watch_config)

    def __post_init__(self) -> None:
        if self.seconds <= 0 or self.frame_every_s <= 0 or self.call_timeout_s <= 0:
            raise ValueError("watch seconds, frame interval and call timeout must be positive")


def utc_now() -> str:
    """The wall clock as the watch files write it (ISO 8601, milliseconds)."""
    return datetime.now(UTC).isoformat(timespec="milliseconds")
