"""Risk tiers follow the record in real SQLite: findings raise a tier, closing lowers it."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from hongdun import config, db
from hongdun.clock import iso_utc
from hongdun.records import Finding, Target
from hongdun.schedule.tiers import print_tiers, report, tiers_by_target
from hongdun.targets import save_targets
from search.store import FindingsStore

NOW = datetime(2026, 11, 28, 6, 0, tzinfo=UTC)


def target(target_id: str, kind: str = "storefront") -> Target:
    return Target(target_id, "taobao", kind, f"http://127.0.0.1:9/{target_id}", f"店铺{target_id}",
                  "92370613MA3C5K7BXW", "370602", "食品")


def capture(conn: sqlite3.Connection, capture_id: str, target_id: str, when: datetime,
            failure: str | None = None) -> None:
    conn.execute("INSERT INTO captures VALUES (?, 'sw1', ?, ?, '/tmp/x', ?, ?)",
                 (capture_id, target_id, "e" * 64, iso_utc(when), failure))


def finding(capture_id: str, target_id: str, rule_id: str, when: datetime,
            status: str = "new") -> Finding:
    return Finding(
        finding_id=f"f-{capture_id}-{rule_id}", capture_id=capture_id, evidence_id="e" * 64,
        target_id=target_id, platform="taobao", district="370602", shop_name=f"店铺{target_id}",
        rule_id=rule_id, title_zh="未亮照", title_en="licence not displayed",
        legal_basis="电子商务法 第十五条", severity="high", certainty="certain",
        matched_text="", context="", url="http://127.0.0.1:9/", page_role="home",
        captured_at=iso_utc(when), status=status)


@pytest.fixture
def conn(tmp_path: Path) -> sqlite3.Connection:
    connection = db.connect(tmp_path / "hongdun.db")
    save_targets(connection, [target("shop-a"), target("shop-b", "livestream")])
    return connection


def test_tiers_change_as_findings_arrive_and_close(conn: sqlite3.Connection) -> None:
    store = FindingsStore(conn)
    assert tiers_by_target(conn, NOW) == {"shop-a": "B", "shop-b": "B"}  # never swept

    capture(conn, "c1", "shop-a", NOW - timedelta(days=3))
    capture(conn, "c0", "shop-b", NOW - timedelta(days=2), failure="timeout")
    rows = {r.target_id: r for r in report(conn, NOW)}
    assert rows["shop-a"].tier == "A" and "3 天前" in rows["shop-a"].reason
    assert rows["shop-b"].tier == "B"  # a failed capture is not a clean sweep

    capture(conn, "c2", "shop-a", NOW - timedelta(days=2))
    store.index([finding("c2", "shop-a", "L1", NOW - timedelta(days=2))])
    rows = {r.target_id: r for r in report(conn, NOW)}
    assert rows["shop-a"].tier == "C" and rows["shop-a"].open_findings == 1

    capture(conn, "c3", "shop-a", NOW - timedelta(days=1))
    store.index([finding("c3", "shop-a", "L1", NOW - timedelta(days=1))])
    row = {r.target_id: r for r in report(conn, NOW)}["shop-a"]
    assert row.tier == "D" and row.repeat_rules == ("L1",) and "重复违法 L1" in row.reason

    store.set_status("f-c2-L1", "closed")
    store.set_status("f-c3-L1", "closed")
    row = {r.target_id: r for r in report(conn, NOW)}["shop-a"]
    assert row.tier == "C" and row.open_findings == 0 and "repeat violation L1" in row.reason

    # Half a year on, with a fresh clean sweep: the repeat has aged out.
    later = NOW + timedelta(days=200)
    capture(conn, "c4", "shop-a", later - timedelta(days=1))
    assert tiers_by_target(conn, later)["shop-a"] == "A"
    # ... and a month and more without a clean sweep drops it back to B.
    assert tiers_by_target(conn, later + timedelta(days=40))["shop-a"] == "B"


def test_dismissed_findings_do_not_raise_the_tier(conn: sqlite3.Connection) -> None:
    capture(conn, "c1", "shop-b", NOW - timedelta(days=1))
    FindingsStore(conn).index([finding("c1", "shop-b", "T2", NOW - timedelta(days=1),
                                       status="dismissed")])
    assert tiers_by_target(conn, NOW)["shop-b"] == "A"


def test_print_tiers_shows_tier_and_reason(tmp_path: Path, conn: sqlite3.Connection,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    capture(conn, "c1", "shop-a", datetime.now(UTC) - timedelta(hours=1))
    FindingsStore(conn).index([finding("c1", "shop-a", "L1", datetime.now(UTC))])
    cfg = config.load({"home": str(tmp_path)}, environ={})
    assert print_tiers(None, cfg) == 0  # type: ignore[arg-type]
    out = capsys.readouterr().out
    assert "shop-a" in out and " C " in out and "未结发现" in out
    assert "shop-b" in out and "尚无无违法巡查记录" in out
    assert "A=0  B=1  C=1  D=0" in out
