"""One error base class that carries the text a user sees (STYLE.md §9).

The CLI catches HongdunError once, prints its message on one line and exits
non-zero; anything else is a bug and may show a traceback. An error about many
things at once (every bad row of a file) keeps them as `details`, one line each,
printed under the message.
"""

from __future__ import annotations

from collections.abc import Sequence


class HongdunError(Exception):
    """An expected failure with a message fit to show a user."""

    exit_code = 1

    def __init__(self, message: str = "", details: Sequence[str] = ()) -> None:
        super().__init__(message)
        self.details = tuple(details)


class UsageError(HongdunError):
    """The command line or a configuration value is wrong."""

    exit_code = 2


class InvalidRecord(HongdunError):
    """A record (target, finding, ...) failed validation in its constructor."""


class InputFileError(HongdunError):
    """A user-supplied file (targets CSV, plan, pack) is malformed."""


class VerificationError(HongdunError):
    """Evidence failed verification; the message names the first failing check."""


class BackendUnavailable(HongdunError):
    """A search backend (Elasticsearch) cannot be reached right now."""
