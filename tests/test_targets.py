"""Targets files: every row validated, line numbers in errors, all or nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from hongdun import db
from hongdun.errors import InputFileError
from hongdun.targets import load_targets, parse_targets, read_targets_file, save_targets

HEADER = "target_id,platform,kind,url,shop_name,uscc,district,category\n"
GOOD = "t1,taobao,storefront,http://127.0.0.1:1/s/1/,芝罘海鲜店,92370613MA3C5K7BXW,370602,食品\n"


def test_parses_a_clean_file() -> None:
    [target] = parse_targets(HEADER + GOOD)
    assert target.shop_name == "芝罘海鲜店" and target.district == "370602"


@pytest.mark.parametrize(("row", "reason"), [
    ("t2,ebay,storefront,http://x/,a,92370613MA3C5K7BXW,370602,c\n", "line 3: unknown platform"),
    ("t2,jd,shop,http://x/,a,92370613MA3C5K7BXW,370602,c\n", "line 3: kind must be"),
    ("t2,jd,storefront,ftp://x/,a,92370613MA3C5K7BXW,370602,c\n", "line 3: url must be http"),
    ("t2,jd,storefront,http://x/,a,92370613MA3C5K7BXW,3706,c\n", "line 3: district must be"),
    ("t2,jd,storefront,http://x/,a,NOTACODE,370602,c\n", "line 3: uscc 'NOTACODE'"),
    ("t2,jd,storefront,http://x/,a\n", "line 3: expected 8 fields, found 5"),
    ("t1,jd,storefront,http://x/,a,92370613MA3C5K7BXW,370602,c\n",
     "line 3: target_id 't1' repeats"),
])
def test_bad_row_names_line_and_reason(row: str, reason: str) -> None:
    with pytest.raises(InputFileError, match=reason):
        parse_targets(HEADER + GOOD + row)


def test_bad_header_and_empty_files() -> None:
    with pytest.raises(InputFileError, match="line 1: header must be"):
        parse_targets("id,url\n" + GOOD)
    with pytest.raises(InputFileError, match="empty file"):
        parse_targets("")
    with pytest.raises(InputFileError, match="no targets"):
        parse_targets(HEADER)


def test_missing_file_is_one_line(tmp_path: Path) -> None:
    with pytest.raises(InputFileError, match="no such file"):
        read_targets_file(tmp_path / "nope.csv")


def test_import_is_all_or_nothing(tmp_path: Path) -> None:
    conn = db.connect(tmp_path / "h.db")
    bad = tmp_path / "bad.csv"
    bad.write_text(HEADER + GOOD + "t2,jd,storefront,http://x/,a,BAD,370602,c\n", "utf-8")
    with pytest.raises(InputFileError):
        save_targets(conn, read_targets_file(bad))
    assert load_targets(conn) == []
    good = tmp_path / "good.csv"
    good.write_text(HEADER + GOOD, "utf-8")
    save_targets(conn, read_targets_file(good))
    assert [t.target_id for t in load_targets(conn)] == ["t1"]


def test_config_lists_every_setting_and_masks_secrets(tmp_path: Path) -> None:
    from hongdun.config import SETTINGS
    from tests.conftest import run_hongdun

    result = run_hongdun(tmp_path, "config", env={"HONGDUN_ELASTICSEARCH_PASSWORD": "s3cret"})
    assert result.returncode == 0
    assert "s3cret" not in result.stdout
    assert all(s.env in result.stdout for s in SETTINGS)
    assert "HONGDUN_ELASTICSEARCH_PASSWORD" in result.stdout and "(set)" in result.stdout
