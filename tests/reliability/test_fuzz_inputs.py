"""Fuzzed rule packs and sweep plans: every file loads or ends in one line and exit 1, bounded.

Cases start from the shipped pack and plan and break them: random text, invalid UTF-8,
a rule or plan field set to any YAML value or removed, and YAML's own hazards (alias
bombs, self-referencing anchors, Python tags, duplicate keys, deep nesting). Each file
goes through the real command (`hongdun rules --packs DIR list`, `hongdun schedule list
--file PLAN`), in-process through the CLI entry point.
"""

from __future__ import annotations

import contextlib
import io
import tempfile
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from hongdun import cli
from hongdun.schedule.plans import DEFAULT_PLAN
from rules.engine import PACKS_DIR
from tests.reliability.fuzzing import bounded, tally

PACK = (PACKS_DIR / "ads.yaml").read_text(encoding="utf-8")
PLAN = DEFAULT_PLAN.read_text(encoding="utf-8")
VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True)
    | st.text(max_size=12) | st.dates(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner,
                                                                max_size=4), max_leaves=10)
HAZARDS = [
    "a: &a [*a]\n",  # a list that contains itself
    "rules: &r [{id: *r}]\n",
    "x: &x [1,2]\n" + "".join(f"x{n}: &x{n} [*x{n - 1 if n else ''}{',*x' if n else ''}"
                              f"{n - 1 if n else ''}]\n" for n in range(1, 12)),
    "rules: !!python/object/apply:os.system ['echo pwned']\n",
    "rules:\n  - id: a.b\n    id: a.c\n",
    "rules: " + "[" * 5000 + "]" * 5000 + "\n",
    "rules: " + "{a: " * 2000 + "1" + "}" * 2000 + "\n",
    "plan: p\nplan: q\n",
    "\ufeffrules: []\n", "rules: !!binary AAAA\n", "? [a, b]\n: c\n", "--- 1\n--- 2\n",
    "rules: 1e309\n", "rules: 0x" + "f" * 4000 + "\n",
]


def _mutate(text: str, path: list[str | int], value: Any, delete: bool) -> str:
    """The YAML text with the value at path replaced by value (or removed)."""
    doc = yaml.safe_load(text)
    node: Any = doc
    for step in path[:-1]:
        if isinstance(node, dict) and node:
            node = node[sorted(node, key=str)[int(step) % len(node)] if isinstance(
                step, int) else step] if (isinstance(step, int) or step in node) else node
        elif isinstance(node, list) and node:
            node = node[int(step) % len(node)] if isinstance(step, int) else node
    if isinstance(node, dict) and node:
        key = sorted(node, key=str)[int(path[-1]) % len(node)] if isinstance(
            path[-1], int) else path[-1]
        if delete:
            node.pop(key, None)
        else:
            node[key] = value
    elif isinstance(node, list) and node:
        index = int(path[-1]) % len(node) if isinstance(path[-1], int) else 0
        if delete:
            node.pop(index)
        else:
            node[index] = value
    return yaml.safe_dump(doc, allow_unicode=True, sort_keys=False)


def _verdict(kind: str, argv: list[str]) -> None:
    """The command either works or says why in one line; never a traceback, never a hang."""
    tally(kind)
    err, out = io.StringIO(), io.StringIO()
    with bounded(kind), contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
        code = cli.main(argv)
    said = err.getvalue().strip().splitlines()
    assert "Traceback" not in err.getvalue() + out.getvalue()
    if code != 0:
        assert len(said) == 1 and said[0].startswith("hongdun: "), said


def _pack(kind: str, data: bytes) -> None:
    with tempfile.TemporaryDirectory(prefix="hongdun-pack-") as scratch:
        (Path(scratch) / "fuzz.yaml").write_bytes(data)
        _verdict(kind, ["--home", f"{scratch}/home", "rules", "--packs", scratch, "list"])


def _plan(kind: str, data: bytes) -> None:
    with tempfile.TemporaryDirectory(prefix="hongdun-plan-") as scratch:
        (Path(scratch) / "plan.yaml").write_bytes(data)
        _verdict(kind, ["--home", f"{scratch}/home", "schedule", "list", "--file",
                        f"{scratch}/plan.yaml", "--limit", "3"])


PATHS = st.lists(st.one_of(st.integers(0, 50), st.sampled_from(
    ["rules", "matcher", "terms", "regex", "scope", "examples", "exemptions", "baseline",
     "campaigns", "schedules", "select", "cron", "start", "end", "tiers"])), min_size=1,
    max_size=5)


@given(PATHS, VALUES, st.booleans())
def test_rule_pack_fields(path: list[str | int], value: Any, delete: bool) -> None:
    _pack("rule pack", _mutate(PACK, ["rules", *path], value, delete).encode())


@given(st.one_of(st.text(max_size=300).map(str.encode), st.binary(max_size=300),
                 st.sampled_from(HAZARDS).map(str.encode)))
def test_rule_pack_text(data: bytes) -> None:
    _pack("rule pack", data)


@given(PATHS, VALUES, st.booleans())
def test_plan_fields(path: list[str | int], value: Any, delete: bool) -> None:
    _plan("sweep plan", _mutate(PLAN, path, value, delete).encode())


@given(st.one_of(st.text(max_size=300).map(str.encode), st.binary(max_size=300),
                 st.sampled_from(HAZARDS).map(str.encode),
                 st.integers(0, 4000).map(lambda n: PLAN[:n].encode())))
def test_plan_text(data: bytes) -> None:
    _plan("sweep plan", data)


def test_shipped_pack_and_plan_still_load() -> None:
    """The mutations mean something only if the untouched files work."""
    _pack("rule pack", PACK.encode())
    _plan("sweep plan", PLAN.encode())


@pytest.mark.parametrize("hazard", HAZARDS, ids=range(len(HAZARDS)))
def test_every_yaml_hazard_is_one_line(hazard: str) -> None:
    _pack("rule pack", hazard.encode())
    _plan("sweep plan", hazard.encode())
