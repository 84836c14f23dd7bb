"""`hongdun registry import|show`: registry extracts as the regulator exports them."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from openpyxl import Workbook

from hongdun.errors import InputFileError
from hongdun.registry import Registry, read_registry_file, status_kind
from tests.conftest import Hongdun

OWN = "92370613MA3C5K7BXW"
GONE = "91370602MA3D4E5F6A"


@pytest.mark.parametrize(("status", "kind"), [
    ("存续", "active"), ("存续（在营、开业、在册）", "active"), ("在业", "active"),
    ("注销", "cancelled"), ("已注销", "cancelled"), ("吊销，未注销", "revoked"),
    ("吊销", "revoked"), ("迁出", "moved"), ("撤销", "closed"), ("", "unknown"), ("?", "unknown"),
])
def test_status_words_are_data(status: str, kind: str) -> None:
    assert status_kind(status) == kind


def test_import_and_show_through_the_command(hongdun: Hongdun, tmp_path: Path) -> None:
    path = tmp_path / "登记.csv"
    path.write_bytes(("法定代表人,登记状态,统一社会信用代码,名称,类型,住所,登记机关,核准日期\n"
                      f"王某某,存续,{OWN},烟台市芝罘区示例商行,个体工商户,烟台市芝罘区,芝罘分局,2020-01-02\n"
                      f"李某,注销,{GONE.lower()},烟台旧日贸易有限公司,有限责任公司,烟台,,2025-03-01\n")
                     .encode("gb18030"))
    done = hongdun("registry", "import", str(path))
    assert done.returncode == 0, done.stderr
    assert "imported 2 registry records" in done.stdout and "cancelled 1" in done.stdout
    shown = hongdun("registry", "show", GONE[:9] + " " + GONE[9:])
    assert shown.returncode == 0 and "烟台旧日贸易有限公司" in shown.stdout
    assert "注销 (cancelled)" in shown.stdout and "2025-03-01" in shown.stdout
    missing = hongdun("registry", "show", "91370000MA0000000X")
    assert missing.returncode == 1 and "no registry record" in missing.stderr


def test_bad_rows_all_reported(tmp_path: Path) -> None:
    path = tmp_path / "r.csv"
    path.write_text(f"uscc,name,status\n{OWN},a,存续\nBAD,b,存续\n,c,注销\n{OWN},d,注销\n",
                    encoding="utf-8")
    with pytest.raises(InputFileError) as info:
        read_registry_file(path)
    lines = info.value.details
    assert [ln.split(": ")[1] for ln in lines[:3]] == ["line 3", "line 4", "line 5"]
    assert "repeats line 2" in lines[2]
    assert str(info.value).endswith("nothing imported (all or nothing)")
    no_code = tmp_path / "n.csv"
    no_code.write_text("名称,状态\na,存续\n", encoding="utf-8")
    with pytest.raises(InputFileError, match="no 统一社会信用代码"):
        read_registry_file(no_code)


def test_xlsx_extract_and_a_newer_extract_wins(tmp_path: Path) -> None:
    book = Workbook()
    book.active.append(["企业名称", "统一社会信用代码", "登记状态"])
    book.active.append(["烟台旧日贸易有限公司", GONE, "存续"])
    path = tmp_path / "r.xlsx"
    book.save(path)
    registry = Registry(sqlite3.connect(":memory:"))
    registry.save(read_registry_file(path), "first")
    assert registry.get(GONE.lower()).status_kind == "active"  # type: ignore[union-attr]
    book.active["C2"] = "吊销，未注销"
    book.save(path)
    registry.save(read_registry_file(path), "second")
    record = registry.get(GONE)
    assert record is not None and record.defunct and registry.count() == 1
