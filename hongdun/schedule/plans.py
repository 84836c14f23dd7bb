"""Sweep plans as YAML: parse, validate with the line and reason of every error, build a Plan.

The format is documented in docs/SCHEDULING.md; the shipped default plan is
hongdun/schedule/plans/default.yaml. Every error is an InputFileError reading
"FILE:LINE: reason", so a supervisor can fix the plan without a traceback.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from pathlib import Path

import yaml
from yaml.constructor import SafeConstructor
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from hongdun.clock import SHANGHAI
from hongdun.errors import InputFileError
from hongdun.records import KINDS, PLATFORMS
from hongdun.schedule.calendar import lunar_festival, nominal_period
from hongdun.schedule.model import (
    DEFAULT_FACTORS,
    TIERS,
    Campaign,
    Plan,
    Schedule,
    Selector,
    Window,
)
from hongdun.watch import MAX_WATCH_S, MIN_WATCH_S
from hongdun.yamlguard import check_depth, recursion_error

DEFAULT_PLAN = Path(__file__).parent / "plans" / "default.yaml"
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")
_DATE = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:[ T](\d{1,2}:\d{2}))?$")
_PLAN_KEYS = {"version", "plan", "title", "select", "tags", "tiers", "price_baseline_days",
              "baseline", "price_baseline", "campaigns", "watch"}
_SELECT_KEYS = {"platform": "platforms", "kind": "kinds", "district": "districts",
                "category": "categories", "tag": "tags", "tier": "tiers"}


@dataclass(frozen=True)
class Y:
    """A YAML value with the (1-based) line it starts on."""

    value: object
    line: int


class _Reader:
    """Turns YAML nodes into located values and raises errors naming file and line."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.constructor = SafeConstructor()
        self.nominal: dict[str, timedelta] = {}  # cron → shortest gap, computed once per plan

    def fail(self, where: Y | int, reason: str) -> InputFileError:
        line = where.line if isinstance(where, Y) else where
        return InputFileError(f"{self.source}:{line}: {reason}")

    def walk(self, node: Node) -> Y:
        line = node.start_mark.line + 1
        if isinstance(node, MappingNode):
            out: dict[str, Y] = {}
            for key_node, value_node in node.value:
                key = self.walk(key_node)
                if not isinstance(key.value, str):
                    raise self.fail(key, f"key must be text, not {key.value!r}")
                if key.value in out:
                    raise self.fail(key, f"duplicate key {key.value!r}")
                out[key.value] = self.walk(value_node)
            return Y(out, line)
        if isinstance(node, SequenceNode):
            return Y([self.walk(item) for item in node.value], line)
        assert isinstance(node, ScalarNode)
        if node.tag.endswith((":str", ":timestamp")):
            return Y(node.value, line)  # dates are parsed (and checked) by _moment
        try:
            return Y(self.constructor.construct_object(node), line)
        except (ValueError, yaml.YAMLError) as exc:
            raise self.fail(line, f"bad value {node.value!r}: {exc}") from None

    def mapping(self, y: Y, what: str, allowed: set[str]) -> dict[str, Y]:
        if not isinstance(y.value, dict):
            raise self.fail(y, f"{what} must be a mapping")
        for key in y.value:
            if key not in allowed:
                raise self.fail(y.value[key], f"unknown key {key!r} in {what} "
                                              f"(allowed: {', '.join(sorted(allowed))})")
        return y.value

    def text(self, y: Y, what: str) -> str:
        if isinstance(y.value, bool) or y.value is None or isinstance(y.value, dict | list):
            raise self.fail(y, f"{what} must be text")
        value = str(y.value).strip()
        if not value:
            raise self.fail(y, f"{what} is empty")
        return value

    def texts(self, y: Y, what: str) -> tuple[str, ...]:
        items = y.value if isinstance(y.value, list) else [y]
        return tuple(self.text(item, what) for item in items)

    def integer(self, y: Y, what: str, low: int, high: int) -> int:
        if isinstance(y.value, bool) or not isinstance(y.value, int):
            raise self.fail(y, f"{what} must be a whole number")
        if not low <= y.value <= high:
            raise self.fail(y, f"{what} must be between {low} and {high}, not {y.value}")
        return y.value

    def seq(self, y: Y, what: str) -> list[Y]:
        if not isinstance(y.value, list):
            raise self.fail(y, f"{what} must be a list")
        return y.value


def _selector(r: _Reader, y: Y, tags: set[str]) -> Selector:
    fields = r.mapping(y, "select", set(_SELECT_KEYS))
    values = {_SELECT_KEYS[k]: r.texts(v, k) for k, v in fields.items()}
    checks = (("platforms", PLATFORMS, "platform"), ("kinds", KINDS, "kind"),
              ("tiers", TIERS, "tier"), ("tags", tuple(tags), "tag"))
    for name, allowed, label in checks:
        for value in values.get(name, ()):
            if value not in allowed:
                raise r.fail(fields[label], f"unknown {label} {value!r} "
                                            f"(known: {', '.join(allowed) or 'none'})")
    for value in values.get("districts", ()):
        if not re.fullmatch(r"\d{2,6}", value):
            raise r.fail(fields["district"], f"district must be 2-6 digits, not {value!r}")
    return Selector(**values)


def _schedules(r: _Reader, y: Y, what: str, tags: set[str]) -> tuple[Schedule, ...]:
    out = []
    for item in r.seq(y, what):
        fields = r.mapping(item, f"a {what} entry", {"cron", "label", "select"})
        if "cron" not in fields:
            raise r.fail(item, f"{what} entry needs a cron expression")
        cron = r.text(fields["cron"], "cron")
        if cron not in r.nominal:
            try:
                r.nominal[cron] = nominal_period(cron)
            except InputFileError as exc:
                raise r.fail(fields["cron"], str(exc)) from None
        nominal = r.nominal[cron]
        label = r.text(fields["label"], "label") if "label" in fields else ""
        select = _selector(r, fields["select"], tags) if "select" in fields else None
        out.append(Schedule(cron, label, nominal, select, item.line))
    if not out:
        raise r.fail(y, f"{what} is empty")
    return tuple(out)


def _moment(r: _Reader, y: Y, what: str, end: bool) -> datetime:
    """A window bound; a date-only end means the end of that day."""
    offset, whole_day = 0, True
    if isinstance(y.value, dict):
        fields = r.mapping(y, what, {"lunar", "year", "offset_days"})
        if "lunar" not in fields or "year" not in fields:
            raise r.fail(y, f"{what} needs lunar and year (e.g. lunar: 春节, year: 2027)")
        try:
            day = lunar_festival(r.text(fields["lunar"], "lunar"),
                                 r.integer(fields["year"], "year", 1900, 2200))
        except InputFileError as exc:
            raise r.fail(y, str(exc)) from None
        if "offset_days" in fields:
            offset = r.integer(fields["offset_days"], "offset_days", -366, 366)
        moment = datetime.combine(day, time(0), SHANGHAI)
    else:
        match = _DATE.match(str(y.value).strip())
        if not match:
            raise r.fail(y, f"{what} must be YYYY-MM-DD, 'YYYY-MM-DD HH:MM' or a lunar mapping, "
                            f"not {y.value!r}")
        try:
            moment = datetime.fromisoformat(match.group(1)).replace(tzinfo=SHANGHAI)
            if match.group(2):
                hour, minute = (int(p) for p in match.group(2).split(":"))
                moment, whole_day = moment.replace(hour=hour, minute=minute), False
        except ValueError as exc:
            raise r.fail(y, f"{what}: {exc}") from None
    moment += timedelta(days=offset)
    return moment + timedelta(days=1) if end and whole_day else moment


def _campaign(r: _Reader, y: Y, tags: set[str], lead_default: int) -> Campaign:
    fields = r.mapping(y, "a campaign", {"name", "start", "end", "schedules",
                                         "price_baseline_days", "focus", "watch"})
    for key in ("name", "start", "end", "schedules"):
        if key not in fields:
            raise r.fail(y, f"campaign needs {key!r}")
    name = r.text(fields["name"], "campaign name")
    window = Window(_moment(r, fields["start"], "start", end=False),
                    _moment(r, fields["end"], "end", end=True))
    if window.end <= window.start:
        raise r.fail(fields["end"], f"campaign {name}: end must come after start")
    lead = (r.integer(fields["price_baseline_days"], "price_baseline_days", 0, 90)
            if "price_baseline_days" in fields else lead_default)
    focus = r.text(fields["focus"], "focus") if "focus" in fields else ""
    return Campaign(name, window, _schedules(r, fields["schedules"], "schedules", tags),
                    lead, focus, _watch(r, fields.get("watch")))


def _watch(r: _Reader, y: Y | None) -> int | None:
    """A `watch:` value: seconds each live room is watched (as `hongdun sweep --watch`)."""
    if y is None:
        return None
    return r.integer(y, "watch (seconds a live room is watched)", int(MIN_WATCH_S),
                     int(MAX_WATCH_S))


def _tags(r: _Reader, y: Y) -> tuple[tuple[str, tuple[str, ...]], ...]:
    fields = r.mapping(y, "tags", set(y.value) if isinstance(y.value, dict) else set())
    out = []
    for name, patterns in fields.items():
        if not _NAME.match(name):
            raise r.fail(patterns, f"bad tag name {name!r}")
        out.append((name, r.texts(patterns, f"tag {name}")))
    return tuple(out)


def _factors(r: _Reader, y: Y) -> tuple[tuple[str, float], ...]:
    fields = r.mapping(y, "tiers", set(TIERS))
    factors = dict(DEFAULT_FACTORS)
    for tier, value in fields.items():
        number = value.value
        if isinstance(number, bool) or not isinstance(number, int | float) or number <= 0:
            raise r.fail(value, f"tier {tier} factor must be a positive number")
        ok = number == int(number) if number >= 1 else abs(1 / number - round(1 / number)) < 1e-9
        if not ok or number > 12 or number < 1 / 12:
            raise r.fail(value, f"tier {tier} factor must be a whole number 1-12 or 1/2..1/12 "
                                f"(e.g. 4 or 0.5), not {number}")
        factors[tier] = float(number)
    return tuple((t, factors[t]) for t in TIERS)


def parse_plan(text: str, source: str = "<plan>") -> Plan:
    """Parse and validate a plan's YAML text; raise InputFileError naming line and reason."""
    r = _Reader(source)
    check_depth(text, source)
    try:
        return _parse(r, text)
    except RecursionError:
        raise recursion_error(source) from None


def _parse(r: _Reader, text: str) -> Plan:
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        line = exc.problem_mark.line + 1 if exc.problem_mark else 1
        raise r.fail(line, f"not valid YAML: {exc.problem}") from None
    except yaml.YAMLError as exc:
        raise r.fail(1, f"not valid YAML: {str(exc).splitlines()[0]}") from None
    if node is None:
        raise r.fail(1, "the plan is empty")
    root = r.walk(node)
    fields = r.mapping(root, "the plan", _PLAN_KEYS)
    if "version" in fields and fields["version"].value != 1:
        raise r.fail(fields["version"], f"unsupported plan version {fields['version'].value!r}")
    for key in ("plan", "baseline"):
        if key not in fields:
            raise r.fail(root, f"the plan needs {key!r}")
    name = r.text(fields["plan"], "plan name")
    if not _NAME.match(name):
        raise r.fail(fields["plan"], f"plan name must be letters, digits, '_.-': {name!r}")
    tags = _tags(r, fields["tags"]) if "tags" in fields else ()
    tag_names = {t for t, _ in tags}
    lead = (r.integer(fields["price_baseline_days"], "price_baseline_days", 0, 90)
            if "price_baseline_days" in fields else 7)
    campaigns: list[Campaign] = []
    for item in r.seq(fields["campaigns"], "campaigns") if "campaigns" in fields else []:
        campaign = _campaign(r, item, tag_names, lead)
        if any(c.name == campaign.name for c in campaigns):
            raise r.fail(item, f"duplicate campaign name {campaign.name!r}")
        campaigns.append(campaign)
    price = (_schedules(r, fields["price_baseline"], "price_baseline", tag_names)
             if "price_baseline" in fields else ())
    if not price and any(c.price_baseline_days for c in campaigns):
        raise r.fail(root, "campaigns have a price-baseline lead but the plan has no "
                           "price_baseline schedule")
    return Plan(
        name=name,
        title=r.text(fields["title"], "title") if "title" in fields else name,
        select=_selector(r, fields["select"], tag_names) if "select" in fields else Selector(),
        baseline=_schedules(r, fields["baseline"], "baseline", tag_names),
        price_baseline=price,
        campaigns=tuple(campaigns),
        tags=tags,
        factors=_factors(r, fields["tiers"]) if "tiers" in fields else DEFAULT_FACTORS,
        source=text,
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        watch=_watch(r, fields.get("watch")),
    )


def load_plan(path: Path) -> Plan:
    """Read and validate a plan file."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputFileError(f"{path}: no such plan file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputFileError(f"{path}: cannot read plan: {exc}") from None
    return parse_plan(text, str(path))
