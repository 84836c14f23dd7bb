"""Site profiles: per-platform crawling hints kept as YAML data, not code.

A profile says whether a platform's pages need a live browser, where the shop
name is, and how its licence entry is labelled. Each profile inherits the
generic one; its word lists add to the generic lists. A target picks the
profile of its platform, else the one whose domain matches its URL, else the
generic profile.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

from hongdun.errors import InputFileError
from hongdun.records import Target

PROFILE_DIR = Path(__file__).parent / "profiles"
_LISTS = ("platforms", "domains", "shop_name", "licence_link", "licence_words",
          "licence_href_words", "item_href_words", "about_words", "about_href_words",
          "generic_link_words", "shop_words", "item_words", "chrome_words")
# a profile's own words add to the generic ones
_MERGED = ("licence_words", "licence_href_words", "item_href_words", "about_words",
           "about_href_words", "shop_words", "item_words", "chrome_words")
_KEYS = {*_LISTS, "name", "render", "max_licence_pages", "max_item_pages", "settle_ms",
         "max_about_pages", "max_frames", "scroll_pages"}


@dataclass(frozen=True)
class SiteProfile:
    """How to crawl one platform's shops."""

    name: str
    platforms: tuple[str, ...]
    domains: tuple[str, ...]
    render: bool
    shop_name: tuple[str, ...]
    licence_link: tuple[str, ...]
    licence_words: tuple[str, ...]
    licence_href_words: tuple[str, ...]
    item_href_words: tuple[str, ...]
    max_licence_pages: int
    max_item_pages: int
    settle_ms: int
    about_words: tuple[str, ...] = ()  # 关于我们/联系我们/公司简介 ... entries
    about_href_words: tuple[str, ...] = ()
    max_about_pages: int = 0
    generic_link_words: tuple[str, ...] = ()  # 查看, 点击查看: the parent's text says what
    shop_words: tuple[str, ...] = ()  # 进店, 橱窗, 小店: a live room's entry to its shop
    item_words: tuple[str, ...] = ()  # 产品中心, 热门项目: a label that leads to the goods
    chrome_words: tuple[str, ...] = ()  # 登录, 购物车, 帮助: a site's own controls, not goods
    max_frames: int = 0  # same-site <frame>/<iframe> documents followed per visit
    scroll_pages: int = 0  # viewports scrolled after the settle, for what loads when seen

    def matches_host(self, host: str) -> bool:
        return any(host == d or host.endswith("." + d) for d in self.domains)


def _read(path: Path) -> dict[str, Any]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f"line {mark.line + 1}: " if mark else ""
        raise InputFileError(f"{path}: {line}not valid YAML") from None
    if not isinstance(data, dict):
        raise InputFileError(f"{path}: a profile must be a mapping")
    unknown = set(data) - _KEYS
    if unknown:
        raise InputFileError(f"{path}: unknown keys {', '.join(sorted(unknown))}")
    return data


def _build(base: dict[str, Any], own: dict[str, Any], path: Path) -> SiteProfile:
    merged = {**base, **own}
    for key in _MERGED:
        merged[key] = list(dict.fromkeys([*base.get(key, []), *own.get(key, [])]))
    try:
        return SiteProfile(
            name=str(merged["name"]),
            render=bool(merged["render"]),
            max_licence_pages=int(merged["max_licence_pages"]),
            max_item_pages=int(merged["max_item_pages"]),
            settle_ms=int(merged["settle_ms"]),
            max_about_pages=int(merged.get("max_about_pages", 0)),
            max_frames=int(merged.get("max_frames", 0)),
            scroll_pages=int(merged.get("scroll_pages", 0)),
            **{key: tuple(str(v) for v in merged.get(key) or ()) for key in _LISTS},
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise InputFileError(f"{path}: bad or missing value ({exc})") from None


@dataclass(frozen=True)
class Profiles:
    """All site profiles, loaded once per crawl."""

    generic: SiteProfile
    by_name: dict[str, SiteProfile]

    @classmethod
    def load(cls, folder: Path = PROFILE_DIR) -> Profiles:
        base = _read(folder / "generic.yaml")
        generic = _build({}, base, folder / "generic.yaml")
        by_name = {"generic": generic}
        for path in sorted(folder.glob("*.yaml")):
            if path.name != "generic.yaml":
                profile = _build(base, _read(path), path)
                by_name[profile.name] = profile
        return cls(generic, by_name)

    def for_target(self, target: Target) -> SiteProfile:
        """The profile that serves a target's shop."""
        for profile in self.by_name.values():
            if target.platform in profile.platforms and profile is not self.generic:
                return profile
        host = urlsplit(target.url).hostname or ""
        for profile in self.by_name.values():
            if profile.matches_host(host):
                return profile
        return self.generic
