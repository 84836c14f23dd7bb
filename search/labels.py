"""Chinese-first display labels and time formats shared by the inspector page and the CLI.

District names come from REFERENCE.md §3 (NBS statistical division codes for Yantai).
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from hongdun.clock import SHANGHAI, iso_utc
from hongdun.errors import UsageError

DISTRICTS: dict[str, str] = {
    "370600": "烟台市",
    "370602": "芝罘区",
    "370611": "福山区",
    "370612": "牟平区",
    "370613": "莱山区",
    "370614": "蓬莱区",
    "370681": "龙口市",
    "370682": "莱阳市",
    "370683": "莱州市",
    "370685": "招远市",
    "370686": "栖霞市",
    "370687": "海阳市",
    "370671": "烟台高新技术产业开发区",
    "370672": "烟台经济技术开发区（旧码）",
    "370676": "烟台经济技术开发区",
    "370634": "长岛县（已撤销）",
    "370684": "蓬莱市（已撤销）",
}
PLATFORMS_ZH: dict[str, str] = {
    "taobao": "淘宝", "tmall": "天猫", "jd": "京东", "pinduoduo": "拼多多",
    "douyin": "抖音", "kuaishou": "快手", "meituan": "美团", "other": "其他",
}
SEVERITIES_ZH: dict[str, str] = {"high": "高", "medium": "中", "low": "低"}
STATUSES_ZH: dict[str, str] = {
    "new": "待处理", "confirmed": "已确认", "dismissed": "已排除", "closed": "已结案",
}
CERTAINTIES_ZH: dict[str, str] = {"certain": "确定", "suspected": "疑似"}
SWEEP_STATUSES_ZH: dict[str, str] = {
    "planned": "计划中", "running": "进行中", "finished": "已完成", "failed": "失败",
    "interrupted": "已中断", "cancelled": "已取消",
}


def district_name(code: str) -> str:
    """The district's Chinese name, or the code itself when it is not a Yantai code."""
    return DISTRICTS.get(code, code)


def district_code(value: str) -> str:
    """Accept a 6-digit division code or a district name (芝罘区) and return the code."""
    value = value.strip()
    if value.isdigit() and len(value) == 6:
        return value
    for code, name in DISTRICTS.items():
        if value in (name, name.split("（")[0]):
            return code
    raise UsageError(f"unknown district {value!r}: give a 6-digit code such as 370602 or 芝罘区")


def beijing(stamp: str | None, seconds: bool = True) -> str:
    """A UTC ISO-8601 stamp as 北京时间 wall-clock text, e.g. 2026-11-28 13:33:57."""
    if not stamp:
        return ""
    moment = datetime.fromisoformat(stamp).astimezone(SHANGHAI)
    return moment.strftime("%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M")


def utc_text(stamp: str | None) -> str:
    """A UTC ISO-8601 stamp as readable UTC text, e.g. 2026-11-28 05:33:57Z."""
    if not stamp:
        return ""
    return datetime.fromisoformat(stamp).strftime("%Y-%m-%d %H:%M:%SZ")


def day_bound(value: str | None, *, end: bool, name: str) -> str | None:
    """A YYYY-MM-DD Beijing date as a UTC stamp: its start, or (end=True) the next day's start."""
    if not value:
        return None
    try:
        day = date.fromisoformat(value.strip())
    except ValueError:
        raise UsageError(f"{name} must be a date like 2026-11-28, not {value!r}") from None
    if end:
        day += timedelta(days=1)
    return iso_utc(datetime.combine(day, time(0), tzinfo=SHANGHAI))
