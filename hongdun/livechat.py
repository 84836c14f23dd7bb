"""The one fold of a live watch's chat.jsonl: line rows with their later events applied.

The recorder (crawlers/live/recorder.py) appends a `line` row when a chat row enters
the page and `left`, `withdrawn`, `changed` or `source` rows for what happens to it
later (formats: crawlers/live/records.py). Everyone who reads the file (the recorder's
own tests, the rules, the evidence reader) folds it the same way, here: a leaf every
package may import, working on parsed rows so each caller keeps its own record type
and its own error handling.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any


def fold_rows(rows: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Line rows in order of appearance (seq), each a new dict with its events applied:
    `left` sets left_page_ms/left_utc, `withdrawn` sets withdrawn, `source` sets source
    (the network record that carried the text). Events of an unknown line are ignored;
    `changed` rows are kept in the file only (the line keeps the text it appeared with).
    Raises KeyError when a row lacks `kind` or `seq`."""
    lines: dict[int, dict[str, Any]] = {}
    for row in rows:
        seq = int(row["seq"])
        kind = row["kind"]
        if kind == "line":
            lines[seq] = dict(row)
            continue
        line = lines.get(seq)
        if line is None:
            continue
        if kind == "left":
            line["left_page_ms"] = row["page_ms"]
            line["left_utc"] = row["utc"]
        elif kind == "withdrawn":
            line["withdrawn"] = True
        elif kind == "source":
            line["source"] = row.get("text") or ""
    return [lines[k] for k in sorted(lines)]
