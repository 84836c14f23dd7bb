"""`hongdun config`: every setting, where its value came from, secrets masked."""

from __future__ import annotations

import argparse
import os
from typing import Any

from hongdun.config import SETTINGS, Config


def register(sub: Any) -> None:
    parser = sub.add_parser("config", help="show every setting and its current value")
    parser.set_defaults(handler=show_config)


def show_config(args: argparse.Namespace, cfg: Config) -> int:
    for s in SETTINGS:
        value = cfg.get(s.name)
        shown = "(unset)" if not value else "(set)" if s.secret else value
        source = "environment" if s.env in os.environ else "default"
        print(f"{s.env:<32} {shown:<40} [{source}] {s.help}")
    return 0
