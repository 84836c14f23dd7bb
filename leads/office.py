"""Open the leads of a data directory for a command: schema (migrating if new), roster, table."""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass

from evidence.custody import operator
from hongdun import clock
from hongdun.config import Config
from leads import build, workflow
from leads.assign import Member, roster
from leads.deadlines import Policy
from leads.workflow import Workflow

log = logging.getLogger("hongdun.leads")


@dataclass(frozen=True)
class Office:
    """Everything a leads command needs, read once."""

    conn: sqlite3.Connection
    policy: Policy
    flow: Workflow
    members: tuple[Member, ...]


def open_office(cfg: Config, conn: sqlite3.Connection) -> Office:
    """The leads of this database, migrated from its findings the first time."""
    policy = Policy.from_config(cfg)
    members = tuple(roster(conn))
    outcome = build.ensure(conn, policy, members, clock.utc_now(), f"migration:{operator(cfg)}")
    if outcome is not None and outcome.opened:
        log.warning("built %d leads from the findings of earlier sweeps", outcome.opened)
    return Office(conn, policy, workflow.load(), members)
