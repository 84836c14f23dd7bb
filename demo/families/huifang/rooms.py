"""The huifang family's replay rooms, read from rooms.yaml: who sold what, what was said, by whom.

Each room is one 直播回放 (replay) of a past session. The host side's words (主播, 助播,
场控 on the mic, the platform's spoken notice) are caption cues; viewers, the shop's
场控/客服 accounts and the system post 弹幕. The wording (rooms.yaml) is adapted from SAMR's
published 直播电商典型案例 (2024-2025: 果冻 sold as 减肥, 普通食品 sold as treating disease), the
2022 市说新语 warning on 普通食品 claims, 化妆品 功效宣称 cases (国妆特字 needed for 祛斑美白) and
buyers' questions.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from demo.families.codes import code_for, with_wrong_check
from demo.families.corpus import Filed, Registered, Said, Shown, shown_as

DATA = Path(__file__).with_name("rooms.yaml")


@dataclass(frozen=True)
class Room:
    """One replay room: its shop's registry record, the licence page it shows, its words."""

    key: str
    platform: str
    title: str
    host: str  # the 主播's display name
    shop_name: str
    category: str
    reg: Registered
    status: str  # 登记状态 in the registry extract
    shown: Shown
    permit: str  # 食品经营许可证 on the shop page ("" for none)
    shelf: tuple[str, ...]  # 商品橱窗: plain item names with prices
    captions: tuple[Said, ...]  # who: 主播 / 助播 / 场控 / 平台
    danmaku: tuple[Said, ...]  # who: 观众 / 场控 / 客服 / 系统
    note: str
    status_date: str = ""

    @property
    def filed(self) -> Filed:
        """The room's shop as the registry extract holds it."""
        return Filed(self.reg, self.status, self.status_date)


def _registered(key: str, d: dict[str, str]) -> Registered:
    category = "2" if d["kind"] == "个体工商户" else "1"
    return Registered(d["name"], code_for("huifang/" + key, d["division"], category), d["kind"],
                      d["person"], d["address"], d["founded"])


def _shown(reg: Registered, spec: str | dict[str, str]) -> Shown:
    """The licence the shop page displays: the record itself, or with a broken check character."""
    if spec == "as_registered":
        return shown_as(reg)
    if spec == {"code": "wrong_check"}:
        return shown_as(reg, uscc=with_wrong_check(reg.uscc))
    raise ValueError(f"{DATA.name}: unknown licence display {spec!r}")


def _said(item: str | dict[str, str]) -> Said:
    return Said(item) if isinstance(item, str) else Said(**item)


def _room(d: dict[str, Any]) -> Room:
    reg = _registered(d["key"], d["registered"])
    return Room(d["key"], d["platform"], d["title"], d["host"], d["shop_name"], d["category"],
                reg, d["status"], _shown(reg, d["licence"]), d["permit"], tuple(d["shelf"]),
                tuple(map(_said, d["captions"])), tuple(map(_said, d["danmaku"])), d["note"],
                d.get("status_date", ""))


def load() -> tuple[Room, ...]:
    """Every room of rooms.yaml, in order."""
    return tuple(_room(d) for d in yaml.safe_load(DATA.read_text(encoding="utf-8")))
