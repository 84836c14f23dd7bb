"""The clause frames by name: what a rule's `frame` exemption may name, and the first that holds.

The readers live in rules/clauses.py (quotation, report, rule, question, list, usage tip,
goods no longer intact, hedged health note) and rules/narration.py (a review, an account of
third parties, reported speech, a buyer's complaint); their names are rules.speech.FRAMES.
"""

from __future__ import annotations

from collections.abc import Callable

from rules.clauses import (
    Reading,
    advisory,
    enumerator,
    examples,
    intact_only,
    normative,
    question,
    quoted,
    reported,
    usage_tip,
)
from rules.narration import account, complaint, review, told
from rules.speech import Speech
from rules.view import Unit

FRAME_READERS: dict[str, Callable[[Reading, Speech], str | None]] = {
    "quoted": quoted, "reported": reported, "normative": normative, "question": question,
    "enumerator": enumerator, "examples": examples, "usage_tip": usage_tip,
    "intact_only": intact_only, "advisory": advisory, "review": review, "account": account,
    "told": told, "complaint": complaint,
}


def in_frame(unit: Unit, start: int, end: int, frames: tuple[str, ...],
             speech: Speech) -> str | None:
    """The first of the named frames that holds for the original span [start, end), or None."""
    reading = Reading(unit, start, end)
    for name in frames:
        reason = FRAME_READERS[name](reading, speech)
        if reason:
            return reason
    return None
