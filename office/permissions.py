"""The one permission check: may this user do this action (on this district)?

The table is data (office/permissions.yaml): action -> roles allowed, plus each
role's district scope. `allowed` is the only place that compares roles; routes
and views name an action and, for a finding, its district. Anything not in the
table is denied, and so is an unknown role (STYLE.md §13, like Datasette's
permission_allowed).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from hongdun.errors import InputFileError
from office.accounts import ROLES, User

TABLE_PATH = Path(__file__).with_name("permissions.yaml")
ANONYMOUS = "anonymous"  # pseudo-role: the action needs no session
SCOPES = ("districts", "all")


@dataclass(frozen=True)
class Role:
    """A role's district scope, Chinese name and start page."""

    name: str
    scope: str
    zh: str
    home: str


@dataclass(frozen=True)
class PermissionTable:
    """Validated permission data: roles and action -> allowed roles."""

    roles: Mapping[str, Role]
    actions: Mapping[str, frozenset[str]]

    def allowed(self, user: User | None, action: str, district: str | None = None) -> bool:
        """True when user may do action (on a resource in district); deny by default."""
        roles = self.actions.get(action)
        if roles is None:
            return False
        if ANONYMOUS in roles:
            return True
        if user is None or user.disabled or user.role not in roles:
            return False
        if district is None:
            return True
        scope = self.districts_of(user)
        return scope is None or district in scope

    def districts_of(self, user: User) -> tuple[str, ...] | None:
        """The districts whose findings user may see; None means every district."""
        role = self.roles.get(user.role)
        if role is None:
            return ()
        return user.districts if role.scope == "districts" else None

    def public(self, action: str) -> bool:
        """True when action needs no session."""
        return ANONYMOUS in self.actions.get(action, frozenset())


def parse_table(raw: Any, where: str) -> PermissionTable:
    """Validate the YAML structure; every role named must be a known role."""
    if not isinstance(raw, dict) or set(raw) != {"roles", "actions"}:
        raise InputFileError(f"{where}: needs exactly the keys roles and actions")
    roles: dict[str, Role] = {}
    for name, spec in (raw["roles"] or {}).items():
        if name not in ROLES:
            raise InputFileError(f"{where}: unknown role {name!r}")
        if not isinstance(spec, dict) or spec.get("scope") not in SCOPES:
            raise InputFileError(f"{where}: role {name}: scope must be one of {SCOPES}")
        roles[name] = Role(name, spec["scope"], str(spec.get("zh", name)),
                           str(spec.get("home", "/")))
    if set(roles) != set(ROLES):
        raise InputFileError(f"{where}: roles must be exactly {', '.join(ROLES)}")
    actions: dict[str, frozenset[str]] = {}
    for action, allowed in (raw["actions"] or {}).items():
        if not isinstance(allowed, list) or not allowed:
            raise InputFileError(f"{where}: action {action}: give a non-empty list of roles")
        unknown = set(allowed) - set(ROLES) - {ANONYMOUS}
        if unknown:
            raise InputFileError(f"{where}: action {action}: unknown role {sorted(unknown)[0]!r}")
        if ANONYMOUS in allowed and len(allowed) > 1:
            raise InputFileError(f"{where}: action {action}: anonymous stands alone")
        actions[str(action)] = frozenset(allowed)
    return PermissionTable(roles, actions)


def load_table(path: Path = TABLE_PATH) -> PermissionTable:
    """Read and validate a permission table file."""
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise InputFileError(f"{path.name}: {exc}") from None
    return parse_table(raw, path.name)


@cache
def default_table() -> PermissionTable:
    """The shipped permission table (read once; it is immutable)."""
    return load_table()
