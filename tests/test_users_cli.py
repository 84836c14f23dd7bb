"""`hongdun users ...` through the real entry point: add, list, disable, enable, passwd."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from hongdun import db
from office import accounts

PASSWORD = "correct horse battery staple"


def users(home: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "hongdun.cli", "--home", str(home), "users",
                           *args], input=stdin, capture_output=True, text=True, timeout=120,
                          check=False)


def test_add_list_disable_passwd(tmp_path: Path) -> None:
    home = tmp_path / "home"
    added = users(home, "add", "巡查员", "--role", "inspector", "--districts",
                  "370602,370611", stdin=PASSWORD + "\n")
    assert added.returncode == 0, added.stderr
    assert "added 巡查员 (inspector, 370602,370611)" in added.stdout
    assert users(home, "add", "科长", "--role", "supervisor", stdin=PASSWORD).returncode == 0
    listed = [json.loads(line) for line in users(home, "list", "--json").stdout.splitlines()]
    assert listed == [
        {"name": "巡查员", "role": "inspector", "districts": ["370602", "370611"],
         "disabled": False, "sessions": 0},
        {"name": "科长", "role": "supervisor", "districts": [], "disabled": False,
         "sessions": 0},
    ]
    assert "巡查员 inspector" in users(home, "list").stdout
    conn = db.connect(home / "hongdun.db")
    assert accounts.authenticate(conn, "巡查员", PASSWORD) is not None
    assert users(home, "disable", "巡查员").returncode == 0
    assert accounts.authenticate(conn, "巡查员", PASSWORD) is None
    assert "已停用 disabled" in users(home, "list").stdout
    assert users(home, "enable", "巡查员").returncode == 0
    changed = users(home, "passwd", "巡查员", stdin="another long passphrase\n")
    assert changed.returncode == 0, changed.stderr
    assert accounts.authenticate(conn, "巡查员", PASSWORD) is None
    assert accounts.authenticate(conn, "巡查员", "another long passphrase") is not None
    conn.close()


@pytest.mark.parametrize(("args", "stdin", "message"), [
    (("add", "a", "--role", "admin"), "short\n", "password too short: at least 12"),
    (("add", "a", "--role", "admin"), "", "no password on standard input"),
    (("add", "a", "--role", "admin"), "password1234\n", "too common"),
    (("add", "a", "--role", "root"), PASSWORD, "invalid choice: 'root'"),
    (("add", "a", "--role", "inspector"), PASSWORD, "an inspector needs --districts"),
    (("add", "a", "--role", "inspector", "--districts", "110101"), PASSWORD,
     "unknown district '110101'"),
    (("add", "a", "--role", "inspector", "--districts", "37060"), PASSWORD, "6-digit"),
    (("add", "bad name!", "--role", "admin"), PASSWORD, "user name must be"),
    (("disable", "nobody"), "", "no user 'nobody'"),
    (("passwd", "nobody"), PASSWORD, "no user 'nobody'"),
])
def test_bad_input_is_one_line_and_non_zero(tmp_path: Path, args: tuple[str, ...], stdin: str,
                                            message: str) -> None:
    done = users(tmp_path / "home", *args, stdin=stdin)
    assert done.returncode == 2, done.stderr
    assert message in done.stderr and "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1


def test_a_name_is_added_once(tmp_path: Path) -> None:
    home = tmp_path / "home"
    assert users(home, "add", "a", "--role", "admin", stdin=PASSWORD).returncode == 0
    again = users(home, "add", "a", "--role", "admin", stdin=PASSWORD)
    assert again.returncode == 2 and "already exists" in again.stderr
