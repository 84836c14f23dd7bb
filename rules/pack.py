"""Rule packs (rules/packs/*.yaml): parse and validate them, naming file, line and reason.

A pack is `rules: [...]`; each rule declares its id, titles, legal basis,
effective dates, severity, certainty, scope, matcher, exemptions and its own
examples. An invalid pack never loads (STYLE.md §6): every problem raises
InputFileError("file:line: reason"). The records are in rules/spec.py (re-exported
here), the line-keeping YAML loader in rules/packyaml.py.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from hongdun.errors import InputFileError
from hongdun.records import CERTAINTIES, KINDS, SEVERITIES
from hongdun.yamlguard import check_depth, recursion_error
from rules.packyaml import Loader
from rules.spec import SOURCES, Example, Exemption, Near, RuleSpec, Scope
from rules.speech import FRAMES, ROLES, Speech, parse_speech

__all__ = ["SOURCES", "Example", "Exemption", "Near", "RuleSpec", "Scope", "load_pack",
           "load_pack_file"]

RULE_ID = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$")
EXEMPTION_KINDS = ("covering", "before", "after", "sentence", "paragraph", "authors", "frame")
RULE_KEYS = frozenset({"id", "title_zh", "title_en", "legal_basis", "effective_from",
                       "effective_until", "severity", "certainty", "scope", "matcher",
                       "exemptions", "examples", "note"})
SCOPE_KEYS = frozenset({"roles", "categories", "exclude_categories", "kinds", "sources",
                        "speakers", "exclude_platforms", "exclude_categories_unless"})


def _fail(file: Path, line: int, reason: str) -> InputFileError:
    return InputFileError(f"{file}:{line}: {reason}")


def _strings(value: Any, file: Path, line: int, what: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise _fail(file, line, f"{what} must be a list of non-empty strings")
    return tuple(value)


def _date(value: Any, file: Path, line: int, what: str) -> date:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise _fail(file, line, f"{what} must be a date YYYY-MM-DD, not {value!r}") from None


def _scope(raw: Any, file: Path, line: int) -> Scope:
    if raw is None:
        return Scope()
    if not isinstance(raw, dict):
        raise _fail(file, line, "scope must be a mapping")
    unknown = set(raw) - SCOPE_KEYS
    if unknown:
        raise _fail(file, line, f"unknown scope key {sorted(unknown)[0]!r}")
    kinds = _strings(raw.get("kinds", list(KINDS)), file, line, "scope.kinds")
    sources = _strings(raw.get("sources", list(SOURCES)), file, line, "scope.sources")
    for k in kinds:
        if k not in KINDS:
            raise _fail(file, line, f"scope.kinds: unknown kind {k!r}")
    for s in sources:
        if s not in SOURCES:
            raise _fail(file, line, f"scope.sources: unknown source {s!r}")
    speakers = _strings(raw.get("speakers", ["*"]), file, line, "scope.speakers")
    for s in speakers:
        if s not in (*ROLES, "*", "seller"):
            raise _fail(file, line, f"scope.speakers: unknown speaker {s!r} "
                                    f"(roles: {', '.join(ROLES)}, or a speech group)")
    return Scope(_strings(raw.get("roles", ["*"]), file, line, "scope.roles"),
                 _strings(raw.get("categories", ["*"]), file, line, "scope.categories"),
                 _strings(raw.get("exclude_categories", []), file, line,
                          "scope.exclude_categories") if raw.get("exclude_categories") else (),
                 kinds, sources, speakers,
                 _strings(raw["exclude_platforms"], file, line, "scope.exclude_platforms")
                 if raw.get("exclude_platforms") else (),
                 _strings(raw["exclude_categories_unless"], file, line,
                          "scope.exclude_categories_unless")
                 if raw.get("exclude_categories_unless") else ())


def _near(raw: Any, file: Path, line: int) -> tuple[Near, ...]:
    if not isinstance(raw, list) or not raw:
        raise _fail(file, line, "matcher.near must be a non-empty list of {first, then, gap}")
    out = []
    for item in raw:
        at = getattr(item, "line", line)
        if not isinstance(item, dict) or not {"first", "then"} <= set(item):
            raise _fail(file, at, "each near entry needs first and then word lists")
        unknown = set(item) - {"first", "then", "gap", "either_order"}
        if unknown:
            raise _fail(file, at, f"unknown near key {sorted(unknown)[0]!r}")
        gap = item.get("gap", 4)
        if not isinstance(gap, int) or not 0 <= gap <= 30:
            raise _fail(file, at, "near gap must be an integer 0..30")
        out.append(Near(_strings(item["first"], file, at, "near.first"),
                        _strings(item["then"], file, at, "near.then"), gap,
                        bool(item.get("either_order", False))))
    return tuple(out)


def _exemptions(raw: Any, file: Path, line: int) -> tuple[Exemption, ...]:
    if raw is None:
        return ()
    if not isinstance(raw, list):
        raise _fail(file, line, "exemptions must be a list")
    out = []
    for item in raw:
        at = getattr(item, "line", line)
        if not isinstance(item, dict):
            raise _fail(file, at, "each exemption must be a mapping")
        kinds = [k for k in EXEMPTION_KINDS if k in item]
        if len(kinds) != 1:
            raise _fail(file, at, f"an exemption needs exactly one of {', '.join(EXEMPTION_KINDS)}")
        unknown = set(item) - {*EXEMPTION_KINDS, "window", "reason", "only_for", "unless"}
        if unknown:
            raise _fail(file, at, f"unknown exemption key {sorted(unknown)[0]!r}")
        window = item.get("window", 12)
        if not isinstance(window, int) or window < 0:
            raise _fail(file, at, "exemption window must be a non-negative integer")
        only = _strings(item["only_for"], file, at, "only_for") if "only_for" in item else ()
        if kinds[0] == "frame":
            for name in _strings(item["frame"], file, at, "frame"):
                if name not in FRAMES:
                    raise _fail(file, at, f"unknown frame {name!r} (known: {', '.join(FRAMES)})")
        unless = _strings(item["unless"], file, at, "unless") if "unless" in item else ()
        out.append(Exemption(kinds[0], _strings(item[kinds[0]], file, at, kinds[0]), window,
                             str(item.get("reason", "")), only, unless))
    return tuple(out)


def _examples(raw: Any, file: Path, line: int, rule_id: str) -> tuple[Example, ...]:
    if not isinstance(raw, dict) or not raw.get("match") or not raw.get("no_match"):
        raise _fail(file, line, f"rule {rule_id} has no examples: it needs both "
                                "examples.match and examples.no_match")
    unknown = set(raw) - {"match", "no_match"}
    if unknown:
        raise _fail(file, line, f"unknown examples key {sorted(unknown)[0]!r}")
    out = []
    for key, should in (("match", True), ("no_match", False)):
        items = raw[key]
        if not isinstance(items, list):
            raise _fail(file, line, f"examples.{key} must be a list")
        lines = getattr(items, "item_lines", ())
        for n, item in enumerate(items):
            at = lines[n] if n < len(lines) else line
            if not isinstance(item, str | dict) or not item:
                raise _fail(file, at,
                            f"examples.{key}: each example is an HTML snippet or a mapping")
            out.append(Example(should, item, at))
    return tuple(out)


def _rule(raw: Any, file: Path, checks: frozenset[str]) -> RuleSpec:
    line = getattr(raw, "line", 0)
    if not isinstance(raw, dict):
        raise _fail(file, line, "each rule must be a mapping")
    unknown = set(raw) - RULE_KEYS
    if unknown:
        raise _fail(file, line, f"unknown rule key {sorted(unknown)[0]!r}")
    for key in ("id", "title_zh", "title_en", "legal_basis", "effective_from", "severity",
                "certainty", "matcher"):
        if key not in raw or raw[key] in (None, ""):
            raise _fail(file, line, f"rule is missing {key!r}")
    rule_id = str(raw["id"])
    if not RULE_ID.match(rule_id):
        raise _fail(file, line, f"bad rule id {rule_id!r} (want e.g. ad.absolute_terms)")
    if raw["severity"] not in SEVERITIES:
        raise _fail(file, line, f"severity must be one of {', '.join(SEVERITIES)}")
    if raw["certainty"] not in CERTAINTIES:
        raise _fail(file, line, f"certainty must be one of {', '.join(CERTAINTIES)}")
    matcher = raw["matcher"]
    m_line = getattr(matcher, "line", line)
    if not isinstance(matcher, dict) or not matcher:
        raise _fail(file, m_line, "matcher must be a mapping with terms, regex or check")
    unknown = set(matcher) - {"terms", "regex", "near", "check", "certain_terms"}
    if unknown:
        raise _fail(file, m_line, f"unknown matcher key {sorted(unknown)[0]!r}")
    terms = _strings(matcher["terms"], file, m_line, "terms") if "terms" in matcher else ()
    regex = _strings(matcher["regex"], file, m_line, "regex") if "regex" in matcher else ()
    for pattern in regex:
        try:
            re.compile(pattern)
        except re.error as exc:
            raise _fail(file, m_line, f"bad regex {pattern!r}: {exc}") from None
        if re.search(r"(?<!\\)[A-Z]", pattern):
            raise _fail(file, m_line, f"regex {pattern!r} has upper case: it runs on normalised "
                                      "(lower-case, half-width) text")
    near = _near(matcher["near"], file, m_line) if "near" in matcher else ()
    check = matcher.get("check")
    if check is not None and check not in checks:
        raise _fail(file, m_line, f"unknown check {check!r} (known: {', '.join(sorted(checks))})")
    if check is not None and (terms or regex or near):
        raise _fail(file, m_line, "a matcher is either a check or terms/regex/near, not both")
    if not (terms or regex or near or check):
        raise _fail(file, m_line, "matcher is empty: give terms, regex, near or a check")
    certain = (_strings(matcher["certain_terms"], file, m_line, "certain_terms")
               if "certain_terms" in matcher else ())
    if not set(certain) <= set(terms):
        raise _fail(file, m_line, "certain_terms must all be listed in terms too")
    until = raw.get("effective_until")
    return RuleSpec(
        rule_id, str(raw["title_zh"]), str(raw["title_en"]), str(raw["legal_basis"]),
        _date(raw["effective_from"], file, line, "effective_from"),
        _date(until, file, line, "effective_until") if until else None,
        raw["severity"], raw["certainty"], _scope(raw.get("scope"), file, line),
        terms, regex, near, check, certain, _exemptions(raw.get("exemptions"), file, line),
        _examples(raw.get("examples"), file, line, rule_id), str(raw.get("note") or ""),
        str(file), line)


def load_pack(file: Path, checks: frozenset[str]) -> list[RuleSpec]:
    """Parse one pack file into rule specs, or raise InputFileError naming file and line."""
    return load_pack_file(file, checks)[0]


def load_pack_file(file: Path, checks: frozenset[str]) -> tuple[list[RuleSpec], Speech]:
    """Parse one pack file into its rule specs and its `speech:` data (either may be empty),
    or raise InputFileError naming file and line."""
    try:
        text = file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputFileError(f"{file}: cannot read pack: {exc}") from None
    check_depth(text, str(file))
    try:
        doc = yaml.load(text, Loader=Loader)
        speech = Speech()
        if isinstance(doc, dict) and "speech" in doc:
            try:
                speech = parse_speech(doc["speech"],
                                      f"{file}:{getattr(doc['speech'], 'line', 1)}")
            except ValueError as exc:
                raise InputFileError(str(exc)) from None
            if "rules" not in doc:
                return [], speech
        rules = [] if not isinstance(doc, dict) else doc.get("rules")
        if isinstance(rules, list) and rules:
            return [_rule(raw, file, checks) for raw in rules], speech
    except RecursionError:
        raise recursion_error(str(file)) from None
    except InputFileError as exc:
        if not str(exc).startswith("line "):
            raise
        raise InputFileError(f"{file}:{str(exc).removeprefix('line ')}") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = mark.line + 1 if mark is not None else 0
        reason = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise _fail(file, where, f"not valid YAML: {reason}") from None
    raise _fail(file, getattr(doc, "line", 1), "a pack is a mapping with a non-empty 'rules' list")
