"""The chat and timeline of a live-room watch: the observer's events written as records.

A mixin of LiveRecorder (crawlers/live/recorder.py): each drained event becomes a ChatLine
(with its provisional role, crawlers/live/roles.py), a ChatEvent (left, changed, withdrawn,
the network record a line came in) or a StateChange, under the watch's caps.
"""

from __future__ import annotations

from pathlib import Path
from typing import IO, Any

from crawlers.live.network import NetworkLog
from crawlers.live.options import WatchOptions, utc_now
from crawlers.live.records import ChatEvent, ChatLine, StateChange, to_json
from crawlers.live.roles import class_tokens, classify, styled_as_system


class ChatLog:
    """Event writing for a watch (state kept on the recorder that mixes it in)."""

    out: Path
    options: WatchOptions
    network: NetworkLog
    lines: int
    dropped: int
    line_events: int
    states: int
    states_dropped: int
    _files: dict[str, IO[str]]
    _unsourced: dict[int, str]
    _state_pending: set[str]

    def _resolve_sources(self) -> None:
        """Mark lines whose network record arrived after the row (fetch bodies come late)."""
        for seq, text in list(self._unsourced.items()):
            ref = self.network.source_of(text)
            if ref:
                del self._unsourced[seq]
                event = ChatEvent("source", seq, 0, utc_now(), ref)
                self._files["chat.jsonl"].write(to_json(event))

    def _withdrawn(self, line: dict[str, Any]) -> bool:
        words, classes = self.options.selectors["withdrawn_words"], \
            set(self.options.selectors["withdrawn_classes"])
        return any(w in line["dom_text"] for w in words) or \
            bool(class_tokens(line["hints"]) & classes)

    def _event(self, event: dict[str, Any]) -> None:
        kind = event["kind"]
        if kind == "line":
            if self.lines >= self.options.max_lines:
                self.dropped += 1
                return
            self.lines += 1
            raw = event["line"]
            record = ChatLine(event["seq"], event["page_ms"], event["utc"], raw["speaker"],
                              classify(raw["hints"], raw["text"]), raw["hints"],
                              styled_as_system(raw["hints"]), raw["text"], raw["dom_text"],
                              withdrawn=self._withdrawn(raw),
                              source=self.network.source_of(raw["text"]))
            self._files["chat.jsonl"].write(to_json(record))
            if not record.source and len(self._unsourced) < 500:
                self._unsourced[record.seq] = record.text
        elif kind in ("left", "changed"):
            self.line_events += 1
            if kind == "changed":
                kind = "withdrawn" if self._withdrawn(event["line"]) else "changed"
            text = event["line"]["dom_text"] if "line" in event else ""
            self._files["chat.jsonl"].write(to_json(ChatEvent(kind, event["seq"],
                                                              event["page_ms"], event["utc"],
                                                              text)))
        elif kind == "state" and self.states >= self.options.max_state_changes:
            self.states_dropped += 1
        elif kind == "state":
            self.states += 1
            change = StateChange(event["state"], event["value"], event["page_ms"], event["utc"],
                                 round(event["page_ms"] / 1000, 3))
            self._files["timeline.jsonl"].write(to_json(change))
            if change.state in self.options.frame_on:
                self._state_pending.add(change.state)
