"""office/: the permission table, accounts, sessions under a controlled clock, throttling."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from hongdun import config, db
from hongdun.errors import InputFileError, UsageError
from office import accounts, sessions, throttle
from office.accounts import User
from office.permissions import default_table, load_table, parse_table

T0 = datetime(2026, 12, 1, 1, 0, tzinfo=UTC)
PASSWORD = "correct horse battery staple"
INSPECTOR = User("巡查员", "inspector", ("370602", "370611"), False)
SUPERVISOR = User("科长", "supervisor", (), False)
OFFICER = User("办案员", "case_officer", (), False)
ADMIN = User("管理员", "admin", (), False)


@pytest.fixture
def conn(tmp_path: Path) -> sqlite3.Connection:
    c = db.connect(tmp_path / "hongdun.db")
    accounts.ensure_schema(c)
    return c


# -- the permission table ----------------------------------------------------------------

@pytest.mark.parametrize(("user", "action", "expected"), [
    (INSPECTOR, "findings.search", True),
    (INSPECTOR, "findings.triage", True),
    (INSPECTOR, "findings.export", False),
    (INSPECTOR, "users.view", False),
    (SUPERVISOR, "findings.search", True),
    (SUPERVISOR, "findings.triage", False),
    (SUPERVISOR, "findings.export", False),
    (OFFICER, "findings.export", True),
    (OFFICER, "custody.view", True),
    (OFFICER, "findings.triage", False),
    (ADMIN, "users.manage", True),
    (ADMIN, "findings.search", False),
    (None, "findings.search", False),
    (None, "health.view", True),
    (None, "session.login", True),
    (None, "session.logout", False),
])
def test_the_table_answers_role_by_role(user: User | None, action: str, expected: bool) -> None:
    assert default_table().allowed(user, action) is expected


def test_anything_not_in_the_table_is_denied() -> None:
    table = default_table()
    for user in (INSPECTOR, SUPERVISOR, OFFICER, ADMIN):
        assert not table.allowed(user, "findings.delete")
        assert not table.allowed(user, "")
    assert not table.allowed(User("x", "root", (), False), "findings.search")  # unknown role
    assert not table.allowed(User("x", "supervisor", (), True), "findings.search")  # disabled


def test_inspectors_are_scoped_to_their_districts() -> None:
    table = default_table()
    assert table.allowed(INSPECTOR, "findings.view", "370602")
    assert not table.allowed(INSPECTOR, "findings.view", "370613")
    assert table.allowed(SUPERVISOR, "findings.view", "370613")
    assert table.districts_of(INSPECTOR) == ("370602", "370611")
    assert table.districts_of(SUPERVISOR) is None
    assert table.districts_of(User("x", "inspector", (), False)) == ()  # sees nothing


@pytest.mark.parametrize(("raw", "reason"), [
    ({"roles": {}}, "exactly the keys"),
    ({"roles": {"root": {"scope": "all"}}, "actions": {}}, "unknown role 'root'"),
    ({"roles": {r: {"scope": "all"} for r in accounts.ROLES},
      "actions": {"a.b": ["inspector", "wizard"]}}, "unknown role 'wizard'"),
    ({"roles": {r: {"scope": "all"} for r in accounts.ROLES}, "actions": {"a.b": []}},
     "non-empty list"),
    ({"roles": {r: {"scope": "some"} for r in accounts.ROLES}, "actions": {}}, "scope must"),
    ({"roles": {r: {"scope": "all"} for r in accounts.ROLES},
      "actions": {"a.b": ["anonymous", "admin"]}}, "anonymous stands alone"),
])
def test_a_broken_table_is_refused(raw: object, reason: str) -> None:
    with pytest.raises(InputFileError, match=reason):
        parse_table(raw, "test.yaml")


def test_the_shipped_table_loads_from_its_file() -> None:
    table = load_table()
    assert set(table.roles) == set(accounts.ROLES)
    assert table.actions["findings.export"] == frozenset({"case_officer"})


# -- accounts ----------------------------------------------------------------------------

@pytest.mark.parametrize(("password", "reason"), [
    ("short", "at least 12"),
    ("elevenchars", "at least 12"),
    ("x" * 129, "at most 128"),
    ("aaaaaaaaaaaaaaaa", "too common or too repetitive"),
    ("Password1234", "too common"),
    ("巡查员巡查员巡查员巡查员", "too common or too repetitive"),
    ("my name is 巡查员 ok", "must not contain the user name"),
])
def test_weak_passwords_are_refused(password: str, reason: str) -> None:
    with pytest.raises(accounts.AccountError, match=reason):
        accounts.check_password(password, "巡查员")


def test_strong_passwords_of_any_script_pass() -> None:
    with pytest.raises(accounts.AccountError, match="got 9"):  # counted in characters
        accounts.check_password("海参礼盒不是药品啊")
    assert accounts.check_password("烟台苹果莱阳梨不是药品哦") == "烟台苹果莱阳梨不是药品哦"
    assert accounts.check_password("x" * 64 + "yz12")  # long passphrases are welcome


def test_users_table_and_hashes(conn: sqlite3.Connection) -> None:
    user = accounts.add_user(conn, "巡查员", "inspector", ["370602", "370611"], PASSWORD, T0)
    assert user == INSPECTOR
    assert accounts.list_users(conn) == [INSPECTOR]
    row = conn.execute("SELECT * FROM users").fetchone()
    assert row["districts"] == "370602,370611" and row["password_hash"].startswith("$argon2id$")
    assert PASSWORD not in row["password_hash"]
    assert accounts.authenticate(conn, "巡查员", PASSWORD) == INSPECTOR
    assert accounts.authenticate(conn, "巡查员", PASSWORD + "x") is None
    assert accounts.authenticate(conn, "nobody", PASSWORD) is None
    with pytest.raises(accounts.AccountError, match="already exists"):
        accounts.add_user(conn, "巡查员", "inspector", ["370602"], PASSWORD, T0)
    with pytest.raises(accounts.AccountError, match="needs --districts"):
        accounts.add_user(conn, "无辖区", "inspector", [], PASSWORD, T0)
    with pytest.raises(accounts.AccountError, match="6-digit"):
        accounts.add_user(conn, "错码", "inspector", ["3706"], PASSWORD, T0)
    accounts.set_disabled(conn, "巡查员")
    assert accounts.authenticate(conn, "巡查员", PASSWORD) is None


# -- sessions under a controlled clock ---------------------------------------------------

POLICY = sessions.SessionPolicy(idle=timedelta(minutes=30), absolute=timedelta(hours=12))


def test_session_token_is_random_and_only_its_hash_is_stored(conn: sqlite3.Connection) -> None:
    accounts.add_user(conn, "科长", "supervisor", [], PASSWORD, T0)
    token = sessions.start(conn, SUPERVISOR, T0, "127.0.0.1", POLICY)
    other = sessions.start(conn, SUPERVISOR, T0, "127.0.0.1", POLICY)
    assert token != other and len(token) == 43  # 32 bytes = 256 bits, base64url
    stored = [r[0] for r in conn.execute("SELECT token_hash FROM sessions")]
    assert token not in stored and sessions.token_hash(token) in stored
    found = sessions.lookup(conn, token, T0, POLICY)
    assert found is not None and found.user == SUPERVISOR and len(found.csrf_token) == 43
    assert sessions.lookup(conn, token[:-1] + ("A" if token[-1] != "A" else "B"), T0,
                           POLICY) is None
    assert sessions.lookup(conn, "not a token", T0, POLICY) is None


def test_idle_timeout_restarts_with_each_request(conn: sqlite3.Connection) -> None:
    accounts.add_user(conn, "科长", "supervisor", [], PASSWORD, T0)
    token = sessions.start(conn, SUPERVISOR, T0, "127.0.0.1", POLICY)
    now = T0
    for _ in range(5):  # active every 29 minutes: still alive after 2 h 25 min
        now += timedelta(minutes=29)
        assert sessions.lookup(conn, token, now, POLICY) is not None
    assert sessions.lookup(conn, token, now + timedelta(minutes=30), POLICY) is None
    assert sessions.lookup(conn, token, now, POLICY) is None  # the row is gone for good


def test_absolute_timeout_ends_even_an_active_session(conn: sqlite3.Connection) -> None:
    accounts.add_user(conn, "科长", "supervisor", [], PASSWORD, T0)
    token = sessions.start(conn, SUPERVISOR, T0, "127.0.0.1", POLICY)
    now = T0
    while now + timedelta(minutes=20) < T0 + timedelta(hours=12):
        now += timedelta(minutes=20)
        assert sessions.lookup(conn, token, now, POLICY) is not None, now
    assert sessions.lookup(conn, token, T0 + timedelta(hours=12), POLICY) is None


def test_disabling_or_a_new_password_ends_sessions_at_once(conn: sqlite3.Connection) -> None:
    accounts.add_user(conn, "科长", "supervisor", [], PASSWORD, T0)
    first = sessions.start(conn, SUPERVISOR, T0, "127.0.0.1", POLICY)
    second = sessions.start(conn, SUPERVISOR, T0, "10.0.0.2", POLICY)
    accounts.set_disabled(conn, "科长")
    assert sessions.count_for(conn, "科长") == 0
    assert sessions.lookup(conn, first, T0, POLICY) is None
    assert sessions.lookup(conn, second, T0, POLICY) is None
    accounts.set_disabled(conn, "科长", False)
    third = sessions.start(conn, SUPERVISOR, T0, "127.0.0.1", POLICY)
    accounts.set_password(conn, "科长", "a brand new passphrase")
    assert sessions.lookup(conn, third, T0, POLICY) is None


def test_logout_forgets_the_session(conn: sqlite3.Connection) -> None:
    accounts.add_user(conn, "科长", "supervisor", [], PASSWORD, T0)
    token = sessions.start(conn, SUPERVISOR, T0, "127.0.0.1", POLICY)
    sessions.end(conn, token)
    assert sessions.lookup(conn, token, T0, POLICY) is None


def test_session_limits_are_settings(tmp_path: Path) -> None:
    cfg = config.load({"home": str(tmp_path)}, environ={})
    assert sessions.policy_from(cfg) == POLICY
    short = config.load({"home": str(tmp_path)}, environ={"HONGDUN_SESSION_IDLE_MINUTES": "5"})
    assert sessions.policy_from(short).idle == timedelta(minutes=5)
    for env in ({"HONGDUN_SESSION_IDLE_MINUTES": "0"},
                {"HONGDUN_SESSION_IDLE_MINUTES": "900", "HONGDUN_SESSION_ABSOLUTE_HOURS": "1"},
                {"HONGDUN_SESSION_ABSOLUTE_HOURS": "soon"}):
        with pytest.raises(UsageError):
            sessions.policy_from(config.load({"home": str(tmp_path)}, environ=env))


# -- throttling --------------------------------------------------------------------------

def test_account_delay_grows_exponentially_and_is_capped() -> None:
    failures: list[datetime] = []
    waits = []
    for n in range(12):
        failures.append(T0 + timedelta(seconds=n))
        waits.append(throttle.account_delay(failures, failures[-1]).total_seconds())
    assert waits == [0, 0, 0, 0, 1, 2, 4, 8, 16, 32, 60, 60]
    many = [T0 + timedelta(seconds=n) for n in range(500)]
    assert throttle.account_delay(many, many[-1]) == timedelta(seconds=60)  # never longer
    assert throttle.account_delay(many, many[-1] + timedelta(seconds=60)) == timedelta(0)
    assert throttle.account_delay(many, many[-1] + timedelta(hours=1)) == timedelta(0)


def test_address_limit_holds_back_only_the_guessing_address() -> None:
    failures = [T0 + timedelta(seconds=10 * n) for n in range(20)]
    now = failures[-1]
    assert throttle.address_delay(failures[:19], now) == timedelta(0)
    assert throttle.address_delay(failures, now) == failures[0] + timedelta(minutes=15) - now
    assert throttle.address_delay(failures, failures[0] + timedelta(minutes=15)) == timedelta(0)


def test_throttle_in_the_database(conn: sqlite3.Connection) -> None:
    now = T0
    for _ in range(5):
        assert throttle.wait_seconds(conn, "科长", "10.0.0.9", now) == 0
        throttle.record_failure(conn, "科长", "10.0.0.9", now)
    assert throttle.wait_seconds(conn, "科长", "10.0.0.9", now) == 1
    assert throttle.wait_seconds(conn, "科长", "127.0.0.1", now) == 1  # the account waits
    assert throttle.wait_seconds(conn, "办案员", "10.0.0.9", now) == 0  # others do not
    throttle.record_success(conn, "科长")
    assert throttle.wait_seconds(conn, "科长", "127.0.0.1", now) == 0
    for n in range(20):  # one address guessing many accounts
        throttle.record_failure(conn, f"user{n}", "10.6.6.6", now + timedelta(seconds=n))
    later = now + timedelta(seconds=30)
    assert throttle.wait_seconds(conn, "办案员", "10.6.6.6", later) == 15 * 60 - 30
    assert throttle.wait_seconds(conn, "办案员", "127.0.0.1", later) == 0


def test_a_sustained_attack_gets_under_100_guesses_an_hour() -> None:
    failures: list[datetime] = []
    now = T0
    while now < T0 + timedelta(hours=1):
        wait = throttle.account_delay(failures, now)
        if wait:
            now += wait
            continue
        failures.append(now)
        now += timedelta(milliseconds=100)
    assert len(failures) < 100 and len(failures) == 5 + 6 + 58
