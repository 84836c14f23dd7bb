"""Targets lists as regulators keep them: headers by name, Chinese, GB18030, xlsx."""

from __future__ import annotations

import csv
import io
import re
import sqlite3
from pathlib import Path

import pytest
from openpyxl import Workbook

from hongdun import db
from hongdun.errors import InputFileError
from hongdun.targets import (
    export_csv,
    load_targets,
    parse_targets,
    read_targets_file,
    save_targets,
)
from tests.conftest import run_hongdun

HEADER = "target_id,platform,kind,url,shop_name,uscc,district,category\n"
GOOD = "t1,taobao,storefront,http://127.0.0.1:1/s/1/,芝罘海鲜店,92370613MA3C5K7BXW,370602,食品\n"
# What a list from the monitoring platform looks like after a pass through Excel.
MESSY = [
    ["序号", "店铺名称", "平台", "店铺链接", "统一社会信用代码", "所属辖区", "经营类目",
     "登记名称", "主体类型", "备注"],
    ["1", "果语旗舰店", "天猫", "https://guoyu.tmall.com/", "91370686MA53EL3YXN", "栖霞市",
     "生鲜", "烟台栖霞果语农业科技有限公司", "有限责任公司", "重点"],
    ["2", "阿梅的小店", "小红书", "www.xiaohongshu.com/user/abc",
     "９２３７ ０６１３ ＭＡ３Ｃ ５Ｋ７Ｂ ＸＷ", "芝罘区", "服装", "", "个体工商户", ""],
    ["3", "老王海参直播", "抖音", "https://live.douyin.com/123456", "无", "烟台市莱山区", "",
     "", "", ""],
    ["4", "渔家乐", "某某商城", "https://yujia.example.cn/", "370602600123459", "370602", "餐饮",
     "烟台市芝罘区渔家乐饭店", "个体工商户", "=cmd|' /C calc'!A0"],
]


def _csv(rows: list[list[str]]) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    return out.getvalue()


def test_parses_the_classic_header() -> None:
    [target] = parse_targets(HEADER + GOOD)
    assert target.shop_name == "芝罘海鲜店" and target.district == "370602"
    assert target.registered_name == "" and target.tags == ()


def test_messy_gb18030_list_with_chinese_headers_imports(tmp_path: Path) -> None:
    path = tmp_path / "名单.csv"
    path.write_bytes(_csv(MESSY).encode("gb18030"))
    result = run_hongdun(tmp_path, "targets", "import", str(path))
    print(result.stdout)
    assert result.returncode == 0, result.stderr
    assert "imported 4 targets" in result.stdout
    warnings = [line for line in result.stdout.splitlines() if "warning" in line]
    assert len(warnings) == 1 and "小红书 xiaohongshu (1)" in warnings[0]
    assert "某某商城 (1)" in warnings[0]
    by_shop = {t.shop_name: t for t in read_targets_file(path)}
    fruit, fashion, live, inn = (by_shop[n] for n in ("果语旗舰店", "阿梅的小店", "老王海参直播",
                                                      "渔家乐"))
    assert (fruit.platform, fruit.district, fruit.category) == ("tmall", "370686", "生鲜")
    assert fruit.registered_name == "烟台栖霞果语农业科技有限公司"
    assert ("主体类型", "有限责任公司") in fruit.tags and ("序号", "1") in fruit.tags
    assert fashion.platform == "xiaohongshu" and fashion.uscc == "92370613MA3C5K7BXW"
    assert fashion.url == "https://www.xiaohongshu.com/user/abc"
    assert (live.kind, live.uscc, live.district, live.category) == (
        "livestream", "", "370613", "未分类")
    assert inn.platform == "other" and ("平台原文", "某某商城") in inn.tags
    assert inn.uscc == "370602600123459"  # an old 15-digit 注册号 is kept
    listed = run_hongdun(tmp_path, "targets", "export")
    assert listed.returncode == 0
    assert "'=cmd|" in listed.stdout and ",=cmd" not in listed.stdout


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk", "gb18030"])
def test_every_common_encoding(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "t.csv"
    path.write_bytes(_csv(MESSY[:3]).encode(encoding))
    assert [t.shop_name for t in read_targets_file(path)] == ["果语旗舰店", "阿梅的小店"]


def test_xlsx_workbook(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["网址", "店铺名", "信用代码", "辖区", "类目", "平台", "企业名称"])
    sheet.append(["https://shop.jd.com/1", "京东小铺", "92370613MA3C5K7BXW", 370602, "酒水",
                  None, "烟台市芝罘区示例商行"])
    path = tmp_path / "list.xlsx"
    book.save(path)
    [target] = read_targets_file(path)
    assert (target.platform, target.district, target.registered_name) == (
        "jd", "370602", "烟台市芝罘区示例商行")
    assert target.target_id.startswith("jd-")


def test_every_bad_row_is_reported_and_nothing_imported(tmp_path: Path) -> None:
    rows = [*MESSY[:2],
            ["5", "", "淘宝", "https://a.taobao.com/", "", "芝罘区", "", "", "", ""],
            ["6", "店", "淘宝", "ftp://a/", "", "芝罘区", "", "", "", ""],
            ["7", "店", "淘宝", "https://b.taobao.com/", "NOTACODE", "芝罘区", "", "", "", ""],
            ["8", "店", "淘宝", "https://c.taobao.com/", "", "北京", "", "", "", ""],
            ["9", "店", "淘宝", "https://guoyu.tmall.com/", "", "芝罘区", "", "", "", ""]]
    path = tmp_path / "bad.csv"
    path.write_text(_csv(rows), encoding="utf-8")
    result = run_hongdun(tmp_path, "targets", "import", str(path))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert lines[0].startswith("hongdun: ")
    assert lines[0].endswith("5 of 6 rows are bad; nothing imported (all or nothing)")
    rows = lines[1:]
    assert [re.search(r": (line \d+):", ln)[1] for ln in rows] == [  # type: ignore[index]
        f"line {n}" for n in (3, 4, 5, 6, 7)]
    assert "shop_name is empty" in rows[0] and "url must be http" in rows[1]
    assert "uscc 'NOTACODE'" in rows[2] and "district '北京'" in rows[3]
    assert "repeats line 2" in rows[4]
    assert load_targets(db.connect(tmp_path / "var" / "hongdun.db")) == []


def test_many_bad_rows_are_capped(tmp_path: Path) -> None:
    rows = [["url", "店铺名称"]] + [[f"bad{n}", "店"] for n in range(80)]
    path = tmp_path / "bad.csv"
    path.write_text(_csv(rows), encoding="utf-8")
    with pytest.raises(InputFileError) as info:
        read_targets_file(path)
    assert "80 of 80 rows are bad" in str(info.value)
    lines = info.value.details
    assert len(lines) == 51 and lines[50] == "… and 30 more bad rows"


@pytest.mark.parametrize(("text", "reason"), [
    ("", "empty file"),
    ("店铺名称,平台\n店,淘宝\n", "line 1: no URL column"),
    ("url,链接\nhttp://a/,http://b/\n", "both give url"),
    ("url,店铺名称\n", "no targets"),
    ("url,店铺名称\nhttp://a/,店,extra\n", "line 2: 3 cells but the header has 2"),
])
def test_bad_files_name_the_reason(text: str, reason: str) -> None:
    with pytest.raises(InputFileError, match=reason):
        parse_targets(text)


def test_missing_and_binary_files_are_one_line(tmp_path: Path) -> None:
    with pytest.raises(InputFileError, match="no such file"):
        read_targets_file(tmp_path / "nope.csv")
    junk = tmp_path / "junk.xlsx"
    junk.write_bytes(b"not a zip")
    with pytest.raises(InputFileError, match=r"not a readable \.xlsx"):
        read_targets_file(junk)


def test_export_reads_back_the_same_and_is_formula_safe() -> None:
    targets = parse_targets(_csv(MESSY))
    text = export_csv(targets)
    assert "=cmd" not in text.replace("'=cmd", "")
    assert parse_targets(text) == targets


def test_import_is_all_or_nothing_and_old_databases_migrate(tmp_path: Path) -> None:
    old = sqlite3.connect(tmp_path / "h.db")
    old.execute("CREATE TABLE targets (target_id TEXT PRIMARY KEY, platform TEXT NOT NULL, "
                "kind TEXT NOT NULL, url TEXT NOT NULL, shop_name TEXT NOT NULL, uscc TEXT "
                "NOT NULL, district TEXT NOT NULL, category TEXT NOT NULL, imported_at TEXT "
                "NOT NULL)")
    old.execute("INSERT INTO targets VALUES ('t0','jd','storefront','http://x/','a','','370602',"
                "'c','2026-01-01')")
    old.commit()
    old.close()
    conn = db.connect(tmp_path / "h.db")
    assert [t.target_id for t in load_targets(conn)] == ["t0"]
    bad = tmp_path / "bad.csv"
    bad.write_text(HEADER + GOOD + "t2,jd,storefront,http://x/,a,BAD,370602,c\n", "utf-8")
    with pytest.raises(InputFileError):
        save_targets(conn, read_targets_file(bad))
    assert [t.target_id for t in load_targets(conn)] == ["t0"]
    save_targets(conn, parse_targets(_csv(MESSY)))
    loaded = {t.shop_name: t for t in load_targets(conn)}
    assert loaded["果语旗舰店"].tags == parse_targets(_csv(MESSY))[0].tags


def test_config_lists_every_setting_and_masks_secrets(tmp_path: Path) -> None:
    from hongdun.config import SETTINGS

    result = run_hongdun(tmp_path, "config", env={"HONGDUN_ELASTICSEARCH_PASSWORD": "s3cret"})
    assert result.returncode == 0
    assert "s3cret" not in result.stdout
    assert all(s.env in result.stdout for s in SETTINGS)
    assert "HONGDUN_ELASTICSEARCH_PASSWORD" in result.stdout and "(set)" in result.stdout
