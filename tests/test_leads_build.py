"""Leads from findings: occurrences across sweeps, not-seen (整改), triage, audit, migration."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from leads_helpers import MEMBERS, POLICY, add_users, fresh, sweep

from hongdun.errors import VerificationError
from leads import audit, build, store, triage, workflow
from leads.assign import Member, pick
from leads.model import lead_id
from leads.workflow import Refused

FLOW = workflow.load()
T1, T2 = "2026-11-02T02:00:00.000Z", "2026-11-09T02:00:00.000Z"


@pytest.fixture
def conn(tmp_path: Path) -> sqlite3.Connection:
    c = fresh(str(tmp_path))
    add_users(c)
    return c


def test_two_sweeps_add_occurrences_not_leads(conn: sqlite3.Connection) -> None:
    sweep(conn, "s1", T1, {"shop-a": [("AD-ABSOLUTE", "最低价"), ("AD-ABSOLUTE", "第一"),
                                      ("LURE", "加微信")],
                           "shop-b": [("AD-ABSOLUTE", "最佳")]})
    assert len(store.select(conn)) == 3  # 4 findings, 3 violations
    sweep(conn, "s2", T2, {"shop-a": [("AD-ABSOLUTE", "最低价")],
                           "shop-b": [("AD-ABSOLUTE", "最佳")]})
    leads = {(x.target_id, x.rule_id): x for x in store.select(conn)}
    assert len(leads) == 3
    a = leads[("shop-a", "AD-ABSOLUTE")]
    assert a.lead_id == lead_id("shop-a", "AD-ABSOLUTE")
    assert (a.occurrences, a.first_seen, a.last_seen, a.last_seen_sweep) == (2, T1, T2, "s2")
    assert [o.sweep_id for o in store.occurrences(conn, a.lead_id)] == ["s1", "s2"]
    assert len(store.occurrences(conn, a.lead_id)[0].finding_ids) == 2  # both phrases kept
    lure = leads[("shop-a", "LURE")]
    assert lure.rectified and lure.first_not_seen == T2 and lure.first_not_seen_sweep == "s2"
    assert lure.last_seen_sweep == "s1"
    assert build.sweep_counts(conn, "s2") == build.SweepLeads(2, 0, 2, 1)
    assert build.sweep_counts(conn, "s1") == build.SweepLeads(3, 3, 0, 0)


def test_only_a_successful_capture_counts_as_not_seen(conn: sqlite3.Connection) -> None:
    sweep(conn, "s1", T1, {"shop-a": [("LURE", "加微信")]})
    sweep(conn, "s2", T2, {}, failed=["shop-a"])  # the shop timed out: nothing is known
    assert not store.select(conn)[0].rectified
    sweep(conn, "s3", "2026-11-16T02:00:00.000Z", {"shop-b": [("LURE", "vx")]})  # not visited
    assert not store.get(conn, lead_id("shop-a", "LURE")).rectified
    sweep(conn, "s4", "2026-11-23T02:00:00.000Z", {"shop-a": []})  # captured, clean
    lead = store.get(conn, lead_id("shop-a", "LURE"))
    assert lead.rectified and lead.first_not_seen_sweep == "s4"
    assert lead.last_seen_sweep == "s1"


def test_not_seen_then_seen_again(conn: sqlite3.Connection) -> None:
    from hongdun import db
    sweep(conn, "s1", T1, {"shop-a": [("LURE", "加微信")], "shop-b": [("LURE", "vx")]})
    sweep(conn, "s2", T2, {"shop-b": [("LURE", "vx")]})
    db.save_capture(conn, "c-s2-shop-a", "s2", "shop-a", "e" * 64, "/x", T2, None)
    with store.writing(conn):
        build.close_sweep(conn, "s2", T2, "t")
    lead = store.get(conn, lead_id("shop-a", "LURE"))
    assert lead.rectified and lead.first_not_seen_sweep == "s2"
    sweep(conn, "s3", "2026-11-16T02:00:00.000Z", {"shop-a": [("LURE", "加微信")]})
    lead = store.get(conn, lead_id("shop-a", "LURE"))
    assert not lead.rectified and lead.occurrences == 2
    assert "seen again" in audit.events(conn, lead.lead_id)[-1].detail


def test_assignment_is_balanced_by_district() -> None:
    roster = [Member("wang", "inspector", ("370602",)), Member("li", "inspector", ("370602",)),
              Member("gone", "inspector", ("370602",), active=False),
              Member("chen", "supervisor", ("370602",))]
    assert pick("370602", roster, {}) == "li"  # tie: by name
    assert pick("370602", roster, {"li": 2, "wang": 1}) == "wang"
    assert pick("370699", roster, {}) is None


def test_new_leads_are_assigned_with_deadlines(conn: sqlite3.Connection) -> None:
    sweep(conn, "s1", T1, {f"shop-{n}": [("AD-ABSOLUTE", "最")] for n in range(4)})
    leads = store.select(conn)
    assert sorted(x.assignee or "" for x in leads) == ["li", "li", "wang", "wang"]
    assert {x.due_at for x in leads} == {"2026-11-23"}  # 15 working days after 11/2
    sweep(conn, "s2", T2, {"shop-h": [("LURE", "加微信")]}, severity="high")
    assert store.get(conn, lead_id("shop-h", "LURE")).due_at == "2026-11-16"  # 5 days


def test_triage_through_every_state_with_audit(conn: sqlite3.Connection) -> None:
    sweep(conn, "s1", T1, {"shop-a": [("LURE", "加微信")], "shop-b": [("LURE", "vx")]})
    a, b = lead_id("shop-a", "LURE"), lead_id("shop-b", "LURE")
    for state, user, extra in [("verifying", "wang", {}), ("confirmed", "wang", {}),
                               ("verifying", "chen", {"reason": "证据不足，退回"}),
                               ("confirmed", "li", {}), ("referred", "sun", {}),
                               ("closed", "sun", {"reason": "已立案处罚"})]:
        (lead,) = triage.move(conn, FLOW, MEMBERS, [a], state, user, T2, **extra)
        assert lead.status == state
    lead = store.get(conn, a)
    assert lead.verified_at == T2 and lead.closed_at == T2
    triage.move(conn, FLOW, MEMBERS, [b], "verifying", "wang", T2)
    triage.move(conn, FLOW, MEMBERS, [b], "duplicate", "wang", T2, duplicate_of=a)
    assert store.get(conn, b).duplicate_of == a
    history = [(e.action, e.from_status, e.to_status, e.actor) for e in audit.events(conn, a)]
    assert history[0] == ("open", None, "new", "sweep:test")
    assert history[-1] == ("move", "referred", "closed", "sun")
    assert audit.verify(conn) == len(audit.events(conn))


def test_refusals_write_nothing_and_bulk_writes_one_entry_each(
        conn: sqlite3.Connection) -> None:
    sweep(conn, "s1", T1, {f"shop-{n}": [("LURE", "加微信")] for n in range(3)})
    sweep(conn, "s1b", T1, {"far": [("LURE", "vx")]}, district="370611")
    ids = [lead_id(f"shop-{n}", "LURE") for n in range(3)]
    far = lead_id("far", "LURE")
    before = len(audit.events(conn))
    with pytest.raises(Refused, match="outside wang's districts"):
        triage.move(conn, FLOW, MEMBERS, [*ids, far], "verifying", "wang", T2)
    with pytest.raises(Refused, match="role admin may not"):
        triage.move(conn, FLOW, MEMBERS, ids, "verifying", "root", T2)
    with pytest.raises(Refused, match="inspector may not press"):
        triage.press(conn, FLOW, MEMBERS, ids, "wang", T2)
    with pytest.raises(Refused, match="inspector may not assign"):
        triage.assign(conn, FLOW, POLICY, MEMBERS, ids, "li", "wang", T2)
    assert len(audit.events(conn)) == before and all(
        store.get(conn, i).status == "new" for i in ids)
    triage.move(conn, FLOW, MEMBERS, ids, "verifying", "wang", T2)
    triage.press(conn, FLOW, MEMBERS, ids[:2], "chen", T2, reason="市局交办")
    moved = triage.assign(conn, FLOW, POLICY, MEMBERS, [far], "li", "chen", T2)
    assert moved[0].assignee == "li" and moved[0].due_at == store.get(conn, far).due_at
    actions = [e.action for e in audit.events(conn)[before:]]
    assert actions == ["move"] * 3 + ["press"] * 2 + ["assign"]
    assert store.get(conn, ids[0]).pressed and not store.get(conn, ids[2]).pressed


def test_the_audit_chain_detects_tampering(conn: sqlite3.Connection) -> None:
    sweep(conn, "s1", T1, {"shop-a": [("LURE", "加微信")]})
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        conn.execute("UPDATE lead_events SET actor = 'someone' WHERE seq = 1")
    conn.execute("DROP TRIGGER lead_events_no_update")  # an attacker with the file
    conn.execute("UPDATE lead_events SET detail = 'edited' WHERE seq = 1")
    with pytest.raises(VerificationError, match="seq 1 hash does not match"):
        audit.verify(conn)


def test_places_survive_the_store_and_a_bundle_round_trip(tmp_path: Path) -> None:
    import json
    from dataclasses import asdict, replace

    from leads_helpers import finding

    from evidence.bundle import read_findings
    from hongdun import db as hdb
    from hongdun.records import Box, Place
    from search.store import FindingsStore

    f = finding("c1", "shop", "AD-ABSOLUTE", "最低价", T1)
    f = replace(f, places=(*f.places, Place("第一", "销量第一", "product", "https://x/p",
                                            Box(1, 2, 3, 4))))
    conn = hdb.connect(tmp_path / "h.db")
    FindingsStore(conn).index([f])
    assert FindingsStore(conn).get(f.finding_id) == f
    assert read_findings(json.dumps([asdict(f)]).encode()) == [f]


def test_leads_found_before_anyone_covered_the_district_are_auto_assigned(
        tmp_path: Path) -> None:
    conn = fresh(str(tmp_path))
    sweep(conn, "s1", T1, {"shop-a": [("LURE", "加微信")], "shop-b": [("LURE", "vx")]},
          members=())
    assert {x.assignee for x in store.select(conn)} == {None}
    with pytest.raises(Refused, match="inspector may not assign"):
        triage.auto_assign(conn, FLOW, POLICY, MEMBERS, "wang", T2)
    done = triage.auto_assign(conn, FLOW, POLICY, MEMBERS, "chen", T2)
    assert sorted(x.assignee or "" for x in done) == ["li", "wang"]
    assert {x.due_at for x in done} == {"2026-11-30"}  # 15 working days after 11/9
