"""The triage workflow of a lead, read from workflow.yaml: states, transitions, who may act.

One table decides every state change (STYLE.md §14): `decide` either returns
the transition a user may make or raises Refused with the reason. Nothing
else in the project compares role names for lead triage.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from hongdun.errors import HongdunError, InputFileError

TABLE_FILE = Path(__file__).parent / "workflow.yaml"
ROLES = ("inspector", "supervisor", "case_officer", "admin")
REQUIREMENTS = ("reason", "duplicate_of")
VERIFIED = ("confirmed", "dismissed", "duplicate")  # leaving verifying into these = verified


class Refused(HongdunError):
    """A user may not make this change; the message says why."""


@dataclass(frozen=True)
class State:
    """One state of a lead."""

    name: str
    zh: str
    final: bool


@dataclass(frozen=True)
class Transition:
    """One allowed change of state, the roles that may make it, and what it needs."""

    source: str
    target: str
    zh: str
    roles: tuple[str, ...]
    requires: tuple[str, ...] = ()


@dataclass(frozen=True)
class Workflow:
    """The whole table: states, transitions and the non-state actions with their roles."""

    states: tuple[State, ...]
    transitions: tuple[Transition, ...]
    actions: tuple[tuple[str, tuple[str, ...]], ...]

    def state(self, name: str) -> State:
        for s in self.states:
            if s.name == name:
                return s
        raise Refused(f"unknown state {name!r}; states: {', '.join(self.names)}")

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(s.name for s in self.states)

    @property
    def final(self) -> tuple[str, ...]:
        return tuple(s.name for s in self.states if s.final)

    def label(self, name: str) -> str:
        """'待核查 new' style label."""
        return f"{self.state(name).zh} {name}"

    def roles_for(self, action: str) -> tuple[str, ...]:
        for name, roles in self.actions:
            if name == action:
                return roles
        return ()  # deny by default


def _fail(message: str) -> InputFileError:
    return InputFileError(f"{TABLE_FILE.name}: {message}")


def parse(raw: Any) -> Workflow:
    """Validate a loaded table; every state named must exist, every role must be known."""
    if not isinstance(raw, dict) or not {"states", "transitions", "actions"} <= set(raw):
        raise _fail("needs states, transitions and actions")
    states = tuple(State(str(k), str(v["zh"]), bool(v["final"])) for k, v in raw["states"].items())
    names = {s.name for s in states}
    transitions = []
    for item in raw["transitions"]:
        t = Transition(str(item["from"]), str(item["to"]), str(item["zh"]),
                       tuple(item["roles"]), tuple(item.get("requires", ())))
        if t.source not in names or t.target not in names:
            raise _fail(f"transition {t.source} → {t.target} names an unknown state")
        if not t.roles or set(t.roles) - set(ROLES):
            raise _fail(f"transition {t.source} → {t.target}: roles must be among {ROLES}")
        if set(t.requires) - set(REQUIREMENTS):
            raise _fail(f"transition {t.source} → {t.target}: unknown requirement")
        transitions.append(t)
    actions = tuple((str(k), tuple(v)) for k, v in raw["actions"].items())
    for name, roles in actions:
        if set(roles) - set(ROLES):
            raise _fail(f"action {name}: roles must be among {ROLES}")
    return Workflow(states, tuple(transitions), actions)


def load(path: Path = TABLE_FILE) -> Workflow:
    """Read and validate the workflow table."""
    try:
        return parse(yaml.safe_load(path.read_text(encoding="utf-8")))
    except (OSError, yaml.YAMLError, KeyError, TypeError) as exc:
        raise _fail(f"cannot read the workflow table ({exc})") from None


def decide(flow: Workflow, current: str, target: str, role: str, *, reason: str = "",
           duplicate_of: str | None = None) -> Transition:
    """The transition current → target if `role` may make it with what was given, else Refused."""
    flow.state(target)
    found = [t for t in flow.transitions if t.source == current and t.target == target]
    if not found:
        nexts = [t.target for t in flow.transitions if t.source == current]
        raise Refused(f"cannot go from {flow.label(current)} to {flow.label(target)}; "
                      f"from here: {', '.join(nexts) or 'nothing (final state)'}")
    transition = found[0]
    if role not in transition.roles:
        raise Refused(f"role {role} may not {transition.zh} ({current} → {target}); "
                      f"allowed: {', '.join(transition.roles)}")
    if "reason" in transition.requires and not reason.strip():
        raise Refused(f"{transition.zh} ({current} → {target}) needs a reason (--reason)")
    if "duplicate_of" in transition.requires and not duplicate_of:
        raise Refused(f"{transition.zh} needs the lead it repeats (--duplicate-of ID)")
    return transition


def may(flow: Workflow, action: str, role: str) -> None:
    """Raise Refused unless `role` may take a non-state action (assign, press)."""
    roles = flow.roles_for(action)
    if role not in roles:
        raise Refused(f"role {role} may not {action}; allowed: {', '.join(roles) or 'nobody'}")
