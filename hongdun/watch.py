"""How long a live room may be watched: the bounds that `--watch` and plans' `watch:` share."""

from __future__ import annotations

MIN_WATCH_S = 15.0
DEFAULT_WATCH_S = 60.0
MAX_WATCH_S = 4 * 3600.0


def check_watch_seconds(value: float) -> float:
    """A valid watch window in seconds, or ValueError saying what is allowed."""
    if not MIN_WATCH_S <= value <= MAX_WATCH_S:
        raise ValueError(f"a watch lasts {MIN_WATCH_S:.0f} to {MAX_WATCH_S:.0f} seconds, "
                         f"not {value:g}")
    return value
