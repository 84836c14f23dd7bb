"""`hongdun serve`: run the inspector web page (search, evidence, triage, export) with uvicorn."""

from __future__ import annotations

import argparse
import socket
import sys
from datetime import UTC, datetime
from typing import Any

from hongdun.config import Config
from hongdun.db import connect
from hongdun.errors import UsageError


def register(sub: Any) -> None:
    """Add the `serve` command to the CLI."""
    p = sub.add_parser("serve", help="serve the inspector web page (default 127.0.0.1:8000)")
    p.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    p.add_argument("--allow-host", action="append", default=[], metavar="NAME",
                   help="extra Host header name to accept (localhost names always are)")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace, cfg: Config) -> int:
    """Handler of `hongdun serve`: blocks until interrupted."""
    import uvicorn

    from hongdun.schedule import upcoming
    from search.web import create_app

    if not 0 < args.port < 65536:
        raise UsageError(f"port must be 1-65535, not {args.port}")
    hosts = [*args.allow_host]
    if args.host not in ("0.0.0.0", "::", ""):
        hosts.append(args.host)
    try:  # fail with one clear line now rather than inside uvicorn
        with socket.create_server((args.host, args.port)):
            pass
    except OSError as exc:
        raise UsageError(f"cannot listen on {args.host}:{args.port}: "
                         f"{exc.strerror or exc}") from None
    app = create_app(cfg, allowed_hosts=hosts,
                     upcoming=lambda: upcoming(cfg, datetime.now(UTC), limit=20))
    print(f"红盾网监 inspector: http://{args.host}:{args.port}/ (data: {cfg.home}; Ctrl-C stops)")
    if not _has_users(cfg):
        print("no users yet, so nobody can log in: hongdun users add NAME --role ROLE",
              file=sys.stderr)
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    return 0


def _has_users(cfg: Config) -> bool:
    from office.accounts import list_users

    conn = connect(cfg.db_path)
    try:
        return bool(list_users(conn))
    finally:
        conn.close()
