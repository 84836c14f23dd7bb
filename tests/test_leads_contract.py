"""One contract for the leads index on both backends: SQLite (the reference) and Elasticsearch.

The same 3,000 synthetic leads go into both; every filter is checked against a
plain-Python oracle per backend, then both backends must return identical leads,
every field included. The outbox test checks that lead writes reach Elasticsearch.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from elasticsearch import Elasticsearch

from hongdun import db
from leads import store
from leads.model import AWAITING_VERIFICATION, Lead, lead_id
from leads.store import LeadFilter
from search.leads import ElasticLeads, LeadsIndex, SqliteLeads, drain, install_outbox

pytest_plugins = ["es_server"]
STATUSES = ("new", "verifying", "confirmed", "dismissed", "duplicate", "referred", "closed")


def synthetic_leads(count: int, seed: int = 11) -> list[Lead]:
    rnd = random.Random(seed)
    out = []
    for n in range(count):
        target, rule = f"yt-{n % 700:04d}", rnd.choice(("AD-ABSOLUTE", "LURE", "licence.missing"))
        day = f"2026-{rnd.randint(9, 11):02d}-{rnd.randint(1, 28):02d}"
        seen = f"{day}T0{rnd.randint(0, 9)}:00:00.000Z"
        assignee = rnd.choice(("wang", "li", "zhao", None))
        out.append(Lead(
            lead_id(target, rule, 1 + n // 2100), target, rule, 1 + n // 2100,
            rnd.choice(("370602", "370611", "370613")), rnd.choice(("taobao", "jd")),
            f"烟台店铺{n % 700}", "违规", rnd.choice(("low", "medium", "high")),
            rnd.choice(STATUSES), rnd.randint(1, 6), seen, seen, f"s-{n % 9}",
            first_not_seen=seen if n % 7 == 0 else None,
            first_not_seen_sweep="s-9" if n % 7 == 0 else None, assignee=assignee,
            assigned_at=seen if assignee else None,
            due_at=f"2026-{rnd.randint(10, 12):02d}-{rnd.randint(1, 28):02d}"
            if assignee else None,
            pressed=n % 5 == 0, reason="核实" if n % 3 == 0 else None, updated_at=seen))
    return list({x.lead_id: x for x in out}.values())


DATA = synthetic_leads(3000)


def oracle(flt: LeadFilter) -> list[Lead]:
    out = [x for x in DATA
           if all(not getattr(flt, k) or getattr(x, k) == getattr(flt, k)
                  for k in ("status", "district", "assignee", "target_id", "rule_id"))
           and (not flt.due_before or (x.due_at is not None and x.due_at < flt.due_before
                                       and x.status in AWAITING_VERIFICATION))]
    return sorted(out, key=lambda x: (x.last_seen, x.lead_id), reverse=True)


@pytest.fixture(scope="module")
def sqlite_leads(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SqliteLeads]:
    conn = db.connect(Path(tmp_path_factory.mktemp("leads")) / "hongdun.db")
    store.create_schema(conn)
    index = SqliteLeads(conn)
    assert index.index(DATA) == len(DATA)
    yield index
    conn.close()


@pytest.fixture(scope="module")
def elasticsearch_leads(es_url: str) -> Iterator[ElasticLeads]:
    client = Elasticsearch(es_url, request_timeout=120)
    index = ElasticLeads(client, f"hongdun-test-leads-{uuid.uuid4().hex[:10]}")
    assert index.index(DATA) == len(DATA)
    yield index
    index.drop()
    client.close()


@pytest.fixture(params=["sqlite", "elasticsearch"])
def index(request: pytest.FixtureRequest) -> LeadsIndex:
    return request.getfixturevalue(f"{request.param}_leads")


CASES = [LeadFilter(), LeadFilter(status="new"), LeadFilter(district="370611"),
         LeadFilter(assignee="zhao"), LeadFilter(rule_id="LURE", district="370602"),
         LeadFilter(due_before="2026-11-15"), LeadFilter(due_before="2026-12-01", assignee="li"),
         LeadFilter(target_id="yt-0007"), LeadFilter(status="closed", assignee="wang"),
         LeadFilter(assignee="nobody")]


@pytest.mark.parametrize("flt", CASES, ids=[str(i) for i in range(len(CASES))])
def test_every_filter_against_the_oracle(index: LeadsIndex, flt: LeadFilter) -> None:
    expected = oracle(flt)
    got = index.select(flt)
    assert [x.lead_id for x in got] == [x.lead_id for x in expected]
    assert got == expected  # every field survives the round trip


def test_the_cases_are_not_trivial() -> None:
    sizes = [len(oracle(f)) for f in CASES]
    assert sizes[0] == len(DATA) > 2000 and sizes[-1] == 0
    assert all(0 < s < len(DATA) for s in sizes[1:-1])


def test_count(index: LeadsIndex) -> None:
    assert index.count() == len(DATA)


def test_both_backends_agree(sqlite_leads: SqliteLeads,
                             elasticsearch_leads: ElasticLeads) -> None:
    for flt in CASES:
        assert sqlite_leads.select(flt) == elasticsearch_leads.select(flt), flt


def test_lead_writes_reach_elasticsearch_through_the_outbox(tmp_path: Path,
                                                            es_client: Elasticsearch) -> None:
    conn = db.connect(tmp_path / "hongdun.db")
    store.create_schema(conn)
    SqliteLeads(conn).index(DATA[:50])
    index = ElasticLeads(es_client, f"hongdun-test-leads-{uuid.uuid4().hex[:10]}")
    try:
        install_outbox(conn)  # queues what is already there
        assert drain(conn, index) == 50
        changed = replace(DATA[0], status="verifying", assignee="li")
        with store.writing(conn):
            store.save(conn, changed)
            conn.execute("DELETE FROM leads WHERE lead_id = ?", (DATA[1].lead_id,))
        assert drain(conn, index) == 2
        assert index.select(LeadFilter(target_id=changed.target_id, rule_id=changed.rule_id)
                            ) == store.select(conn, LeadFilter(target_id=changed.target_id,
                                                               rule_id=changed.rule_id))
        assert index.count() == 49 and drain(conn, index) == 0
    finally:
        index.drop()
        conn.close()


def test_the_cli_answers_the_same_from_both_backends(tmp_path: Path, es_url: str,
                                                     es_client: Elasticsearch) -> None:
    from conftest import run_hongdun
    from test_leads_cli import _old_home

    home = _old_home(tmp_path / "home")
    alias = f"hongdun-test-cli-{uuid.uuid4().hex[:10]}"
    env = {"HONGDUN_ELASTICSEARCH_URL": es_url, "HONGDUN_ELASTICSEARCH_INDEX": alias}
    try:
        lid = lead_id("shop-a", "AD-ABSOLUTE")
        moved = run_hongdun(home, "leads", "move", lid, "verifying", "--user", "wang", env=env)
        assert moved.returncode == 0, moved.stderr
        args = ("leads", "--json", "--today", "2026-12-01")
        sqlite = run_hongdun(home, *args, "--backend", "sqlite", env=env)
        elastic = run_hongdun(home, *args, "--backend", "elasticsearch", env=env)
        assert elastic.returncode == 0, elastic.stderr
        assert elastic.stdout == sqlite.stdout and '"status": "verifying"' in elastic.stdout
        assert es_client.count(index=f"{alias}-leads")["count"] == 2
    finally:
        for name in (f"{alias}-leads", alias):
            if es_client.indices.exists_alias(name=name):
                for physical in es_client.indices.get_alias(name=name).body:
                    es_client.indices.delete(index=physical)
