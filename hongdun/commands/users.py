"""`hongdun users add|list|disable|enable|passwd`: the accounts of the inspector web page.

A password is read from standard input when it is not a terminal (one line,
for scripts: `printf '%s\\n' "$PW" | hongdun users add ...`), else asked twice
with getpass. Weak passwords are refused in one line (office.accounts).
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from datetime import UTC, datetime
from typing import Any

from hongdun.config import Config
from hongdun.db import connect
from hongdun.errors import UsageError
from office import accounts, sessions
from office.permissions import default_table
from search.labels import DISTRICTS


def register(sub: Any) -> None:
    """Add the `users` command group to the CLI."""
    p = sub.add_parser("users", help="accounts of the inspector web page (roles, districts)")
    group = p.add_subparsers(dest="users_command", metavar="ACTION", required=True)
    add = group.add_parser("add", help="create a user; password from stdin or prompted")
    add.add_argument("name", metavar="NAME")
    add.add_argument("--role", required=True, choices=accounts.ROLES)
    add.add_argument("--districts", default="", metavar="CODES",
                     help="comma-separated 6-digit division codes, e.g. 370602,370611 "
                          "(required for inspectors: they see only these districts)")
    add.set_defaults(handler=run_add)
    ls = group.add_parser("list", help="every user with role, districts and state")
    ls.add_argument("--json", action="store_true", help="one JSON object per line")
    ls.set_defaults(handler=run_list)
    for name, handler, text in (("disable", run_disable, "disable a user; ends their sessions"),
                                ("enable", run_enable, "enable a disabled user again"),
                                ("passwd", run_passwd, "set a new password; ends sessions")):
        cmd = group.add_parser(name, help=text)
        cmd.add_argument("name", metavar="NAME")
        cmd.set_defaults(handler=handler)


def read_password(prompt: str = "密码 Password: ") -> str:
    """One line from stdin when it is not a terminal, else getpass asked twice."""
    if not sys.stdin.isatty():
        line = sys.stdin.readline()
        if not line.strip():
            raise UsageError("no password on standard input (give it as one line)")
        return line.rstrip("\r\n")
    first = getpass.getpass(prompt)
    if getpass.getpass("再输入一次 Again: ") != first:
        raise UsageError("the two passwords differ")
    return first


def _districts(text: str) -> tuple[str, ...]:
    codes = accounts.parse_districts(text)
    unknown = [c for c in codes if c not in DISTRICTS]
    if unknown:
        raise UsageError(f"unknown district {unknown[0]!r}: use a Yantai code such as 370602")
    return codes


def run_add(args: argparse.Namespace, cfg: Config) -> int:
    """Handler of `users add`."""
    codes = _districts(args.districts)
    accounts.check_name(args.name)
    accounts.check_role(args.role, codes)
    conn = connect(cfg.db_path)
    try:
        if accounts.get_user(conn, args.name) is not None:
            raise UsageError(f"user {args.name!r} already exists")
        user = accounts.add_user(conn, args.name, args.role, codes, read_password(),
                                 datetime.now(UTC))
    finally:
        conn.close()
    print(f"added {user.name} ({user.role}"
          f"{', ' + ','.join(user.districts) if user.districts else ''})")
    return 0


def run_list(args: argparse.Namespace, cfg: Config) -> int:
    """Handler of `users list`."""
    conn = connect(cfg.db_path)
    try:
        users = accounts.list_users(conn)
        live = {u.name: sessions.count_for(conn, u.name) for u in users}
    finally:
        conn.close()
    roles = default_table().roles
    for u in users:
        if args.json:
            print(json.dumps({"name": u.name, "role": u.role, "districts": list(u.districts),
                              "disabled": u.disabled, "sessions": live[u.name]},
                             ensure_ascii=False))
            continue
        state = "已停用 disabled" if u.disabled else "启用 active"
        where = ",".join(u.districts) or "全部辖区 all districts"
        zh = roles[u.role].zh if u.role in roles else "?"
        print(f"{u.name}\t{zh} {u.role}\t{where}\t{state}\t{live[u.name]} sessions")
    if not users and not args.json:
        print("no users yet: hongdun users add NAME --role ROLE", file=sys.stderr)
    return 0


def _set_disabled(cfg: Config, name: str, disabled: bool) -> int:
    conn = connect(cfg.db_path)
    try:
        accounts.set_disabled(conn, name, disabled)
    finally:
        conn.close()
    print(f"{name}: {'disabled, sessions ended' if disabled else 'enabled'}")
    return 0


def run_disable(args: argparse.Namespace, cfg: Config) -> int:
    """Handler of `users disable`: the user's sessions end at once."""
    return _set_disabled(cfg, args.name, True)


def run_enable(args: argparse.Namespace, cfg: Config) -> int:
    """Handler of `users enable`."""
    return _set_disabled(cfg, args.name, False)


def run_passwd(args: argparse.Namespace, cfg: Config) -> int:
    """Handler of `users passwd`: a new password ends every session of the user."""
    conn = connect(cfg.db_path)
    try:
        accounts.require_user(conn, args.name)
        accounts.set_password(conn, args.name, read_password("新密码 New password: "))
    finally:
        conn.close()
    print(f"{args.name}: password changed, sessions ended")
    return 0
