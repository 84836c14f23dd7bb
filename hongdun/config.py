"""Hongdun's settings, each declared once (name, environment variable, default, help).

The one list drives validation at start-up and `hongdun config`, which prints
every setting with its value and source, secrets masked (STYLE.md §10).
Secrets come from the environment, never from a committed file. All state
lives under one data directory, HOME (`--home` or HONGDUN_HOME).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from hongdun.errors import UsageError


@dataclass(frozen=True)
class Setting:
    """One configurable value."""

    name: str
    env: str
    default: str
    help: str
    secret: bool = False


SETTINGS: tuple[Setting, ...] = (
    Setting("home", "HONGDUN_HOME", "./var", "data directory: database, evidence, keys"),
    Setting("backend", "HONGDUN_BACKEND", "sqlite", "findings index: sqlite or elasticsearch"),
    Setting("elasticsearch_url", "HONGDUN_ELASTICSEARCH_URL", "", "Elasticsearch URL"),
    Setting("elasticsearch_api_key", "HONGDUN_ELASTICSEARCH_API_KEY", "", "API key", True),
    Setting("elasticsearch_user", "HONGDUN_ELASTICSEARCH_USER", "", "basic-auth user"),
    Setting("elasticsearch_password", "HONGDUN_ELASTICSEARCH_PASSWORD", "", "password", True),
    Setting("elasticsearch_ca", "HONGDUN_ELASTICSEARCH_CA", "", "CA file for TLS"),
    Setting("elasticsearch_index", "HONGDUN_ELASTICSEARCH_INDEX", "hongdun-findings",
            "Elasticsearch alias for findings (behind it: <alias>-v<mapping version>)"),
    Setting("tsa_urls", "HONGDUN_TSA_URLS", "", "RFC 3161 time-stamp authorities, comma-separated"),
    Setting("tsa_trust", "HONGDUN_TSA_TRUST", "", "PEM file of trusted TSA roots"),
    Setting("chromium", "HONGDUN_CHROMIUM", "/usr/bin/chromium", "Chromium executable"),
    Setting("page_timeout", "HONGDUN_PAGE_TIMEOUT", "20", "seconds before a page counts as hung"),
    Setting("concurrency", "HONGDUN_CONCURRENCY", "4", "pages fetched at once per domain"),
    Setting("operator", "HONGDUN_OPERATOR", "", "who runs this (custody log); default: OS user"),
    Setting("ntp_server", "HONGDUN_NTP_SERVER", "",
            "NTP server to measure the clock offset against"),
    Setting("verify_days", "HONGDUN_VERIFY_DAYS", "15",
            "working days from assignment to verify a lead (核查时限)"),
    Setting("verify_days_high", "HONGDUN_VERIFY_DAYS_HIGH", "5",
            "working days to verify a high-severity lead"),
    Setting("due_soon_days", "HONGDUN_DUE_SOON_DAYS", "3",
            "a lead due within this many working days is due soon (临期)"),
    Setting("holiday_tables", "HONGDUN_HOLIDAY_TABLES", "",
            "YAML holiday tables for years chinese-calendar lacks (files or folders, "
            "comma-separated; HOME/holidays/*.yaml is always read)"),
    Setting("session_idle_minutes", "HONGDUN_SESSION_IDLE_MINUTES", "30",
            "web sessions end after this many minutes without a request"),
    Setting("session_absolute_hours", "HONGDUN_SESSION_ABSOLUTE_HOURS", "12",
            "web sessions end this many hours after login, however active"),
    # Limits that bound what one hostile page can cost (issue 13).
    Setting("page_budget", "HONGDUN_PAGE_BUDGET", "30",
            "hard deadline, seconds of work per page: fetch, render, screenshot, images, close"),
    Setting("allow_private", "HONGDUN_ALLOW_PRIVATE", "",
            "private-network hosts the crawler may reach, comma-separated host or host:port "
            "(default none: loopback, RFC 1918 and link-local are refused)"),
    Setting("download_maxsize", "HONGDUN_DOWNLOAD_MAXSIZE", "33554432",
            "bytes: a response larger than this (after decompression) is refused"),
    Setting("download_warnsize", "HONGDUN_DOWNLOAD_WARNSIZE", "8388608",
            "bytes: a response larger than this is logged as large"),
    Setting("dom_max_bytes", "HONGDUN_DOM_MAX_BYTES", "4194304",
            "bytes of rendered DOM kept and read by the rules; the rest is cut and recorded"),
    Setting("screenshot_max_height", "HONGDUN_SCREENSHOT_MAX_HEIGHT", "16384",
            "CSS pixels: a full-page screenshot is cut at this height, the cut recorded"),
    Setting("image_max_pixels", "HONGDUN_IMAGE_MAX_PIXELS", "40000000",
            "width x height an image may declare to be decoded and read by OCR"),
    Setting("chat_max_lines", "HONGDUN_CHAT_MAX_LINES", "20000",
            "chat lines kept per live page watch; the rest are counted, not kept"),
    Setting("renderer_heap_mb", "HONGDUN_RENDERER_HEAP_MB", "256",
            "V8 old-space heap cap per renderer, MB (--js-flags=--max-old-space-size)"),
    Setting("image_timeout", "HONGDUN_IMAGE_TIMEOUT", "10",
            "seconds to fetch a rendered page's licence-looking images, after its render and "
            "apart from its page budget; one not fetched in time is recorded, no verdict"),
    Setting("rules_timeout", "HONGDUN_RULES_TIMEOUT", "60",
            "seconds the rules may take on one capture; past it the capture is left unjudged "
            "by every rule with the reason, and the sweep goes on"),
    Setting("rules_workers", "HONGDUN_RULES_WORKERS", "1",
            "rules processes judging a sweep's captures side by side (each some 70 MB); one "
            "judges about 10-20 captures a second, the HTTP sweep's limit: give it spare cores"),
)
_POSITIVE = ("page_timeout", "concurrency", "page_budget", "download_maxsize",
             "download_warnsize", "dom_max_bytes", "screenshot_max_height", "image_max_pixels",
             "chat_max_lines", "renderer_heap_mb", "image_timeout", "rules_timeout",
             "rules_workers")
_BY_NAME = {s.name: s for s in SETTINGS}


@dataclass(frozen=True)
class Config:
    """Resolved settings plus the paths derived from the data directory."""

    values: Mapping[str, str]

    def get(self, name: str) -> str:
        return self.values[name]

    def number(self, name: str) -> float:
        try:
            return float(self.values[name])
        except ValueError:
            raise UsageError(f"{_BY_NAME[name].env} must be a number") from None

    @property
    def home(self) -> Path:
        return Path(self.values["home"]).resolve()

    @property
    def db_path(self) -> Path:
        return self.home / "hongdun.db"

    @property
    def evidence_dir(self) -> Path:
        return self.home / "evidence"

    @property
    def keys_dir(self) -> Path:
        return self.home / "keys"


def load(overrides: Mapping[str, str | None] | None = None,
         environ: Mapping[str, str] | None = None) -> Config:
    """Resolve every setting: explicit override, then environment, then default."""
    env = os.environ if environ is None else environ
    values: dict[str, str] = {}
    for setting in SETTINGS:
        override = (overrides or {}).get(setting.name)
        values[setting.name] = override if override is not None else env.get(
            setting.env, setting.default)
    if values["backend"] not in ("sqlite", "elasticsearch"):
        raise UsageError(f"backend must be sqlite or elasticsearch, not {values['backend']!r}")
    for name in ("verify_days", "verify_days_high", "due_soon_days"):
        if not values[name].isdigit():
            raise UsageError(f"{_BY_NAME[name].env} must be a whole number of working days")
    for name in _POSITIVE:
        try:
            if float(values[name]) <= 0:
                raise ValueError
        except ValueError:
            raise UsageError(f"{_BY_NAME[name].env} must be a positive number") from None
    return Config(values)
