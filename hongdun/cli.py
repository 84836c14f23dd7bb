"""The `hongdun` console command: parse arguments, dispatch, report errors in one line.

Each command group lives in its own module under hongdun.commands and exposes
`register(subparsers)`; a handler takes (args, config) and returns an exit code.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence
from typing import NoReturn

from hongdun import __version__, config
from hongdun.errors import HongdunError

COMMAND_MODULES = (
    "hongdun.commands.config",
    "hongdun.commands.targets",
    "hongdun.commands.sweep",
    "hongdun.commands.findings",
    "hongdun.commands.evidence",
    "hongdun.commands.serve",
    "hongdun.commands.demo",
    "hongdun.commands.index",
    "hongdun.commands.schedule",
    "hongdun.commands.rules",
    "hongdun.commands.leads",
    "hongdun.commands.kpi",
    "hongdun.commands.users",
    "hongdun.commands.registry",
)


class Parser(argparse.ArgumentParser):
    """An ArgumentParser whose errors are one line and exit 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message} (see --help)\n")


def build_parser() -> Parser:
    parser = Parser(prog="hongdun", description="红盾网监 Hongdun — online-market supervision")
    parser.add_argument("--home", help="data directory (default: $HONGDUN_HOME or ./var)")
    parser.add_argument("--version", action="version", version=f"hongdun {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    sub.required = True
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the console script."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        cfg = config.load({"home": args.home, **getattr(args, "overrides", {})})
        return int(args.handler(args, cfg) or 0)
    except HongdunError as exc:
        print(f"hongdun: {exc}".replace("\n", " "), file=sys.stderr)  # always one line
        for line in exc.details:  # e.g. every bad row of a targets file, one line each
            print(f"  {line}".replace("\n", " "), file=sys.stderr)
        return exc.exit_code
    except BrokenPipeError:  # `hongdun leads --json | head`: the reader has gone
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
    except KeyboardInterrupt:
        print("hongdun: interrupted; what was captured is kept", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
