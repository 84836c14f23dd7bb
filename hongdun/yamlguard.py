"""Guards for user-written YAML (rule packs, sweep plans): depth and self-reference limits.

PyYAML composes recursively, so a file nested a few thousand levels deep, or an anchor
that contains itself, ends in RecursionError deep inside the parser or our walkers.
These checks turn both into the one-line InputFileError every bad input file gets.
"""

from __future__ import annotations

from hongdun.errors import InputFileError

MAX_DEPTH = 64


def check_depth(text: str, source: str) -> None:
    """Refuse text whose brackets or indentation nest deeper than MAX_DEPTH levels."""
    depth = 0
    for number, line in enumerate(text.splitlines(), 1):
        stripped = line.lstrip(" ")
        if stripped and (len(line) - len(stripped)) // 2 > MAX_DEPTH:
            raise InputFileError(f"{source}:{number}: nested deeper than {MAX_DEPTH} levels")
        for char in line:
            depth += (char in "[{") - (char in "]}")
            if depth > MAX_DEPTH:
                raise InputFileError(f"{source}:{number}: nested deeper than {MAX_DEPTH} levels")


def recursion_error(source: str) -> InputFileError:
    """The error for a structure that refers to itself (a YAML anchor inside its own alias)."""
    return InputFileError(f"{source}: an anchor refers to itself, or nesting is too deep")
