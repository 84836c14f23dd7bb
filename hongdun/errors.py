"""One error base class that carries the text a user sees (STYLE.md §9).

The CLI catches HongdunError once, prints its message on one line and exits
non-zero; anything else is a bug and may show a traceback.
"""

from __future__ import annotations


class HongdunError(Exception):
    """An expected failure with a message fit to show a user."""

    exit_code = 1


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
