"""Fuzzing the targets and registry importers: every bad file ends in one clear line, exit 1.

Hypothesis writes CSV (in several encodings) and .xlsx files with random headers,
cells, formula injections and huge fields, and feeds them to the command's entry
point (`hongdun.cli.main`, what the console script runs); a handful of the nastiest
go through the real console command in a subprocess. A file either imports, or the
command prints one error (its last line a summary) and exits non-zero: never a
traceback, and nothing Hongdun writes back carries a live formula.
"""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from hongdun.cli import main
from hongdun.tables import FORMULA_START
from tests.conftest import run_hongdun
from tests.reliability.fuzzing import one_line_failure

HEADERS = ["店铺名称", "平台", "网址", "链接", "统一社会信用代码", "所属辖区", "经营类目",
           "登记名称", "主体类型", "url", "shop_name", "uscc", "district", "platform", "kind",
           "备注", "", "名称", "登记状态", "住所", "法定代表人", "=1+1", "序号"]
CELLS = st.one_of(
    st.sampled_from(["淘宝", "天猫", "京东", "小红书", "1688", "某商城", "芝罘区", "北京", "370602",
                     "92370613MA3C5K7BXW", "９２３７０６１３ＭＡ３Ｃ５Ｋ７ＢＸＷ", "无", "注销",
                     "存续",
                     "https://a.taobao.com/x", "www.weidian.com/s/1", "ftp://x", "直播", "",
                     "=cmd|' /C calc'!A0", "+SUM(A1)", "-2+3", "@HYPERLINK(\"http://x\")",
                     "\t=1", "'=already", "\x00", "\ufeff", "\r\n", '"', "a,b"]),
    st.text(max_size=40),
)
ENCODINGS = st.sampled_from(["utf-8", "utf-8-sig", "gb18030", "gbk", "utf-16", "latin-1"])
FUZZ = settings(max_examples=40, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow])


def _run(tmp_path: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["--home", str(tmp_path / "home"), *args])
    out, err = capsys.readouterr()
    return code, out, err


def _check(code: int, out: str, err: str) -> None:
    assert "Traceback" not in err + out
    if code != 0:
        assert code == 1, err
        lines = err.strip().splitlines()
        assert lines and lines[0].startswith("hongdun: ") and lines[-1].strip(), err


def _csv_bytes(rows: list[list[str]], encoding: str) -> bytes:
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    return out.getvalue().encode(encoding, "replace")


def _assert_export_is_safe(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run(tmp_path, capsys, "targets", "export")
    assert code == 0, err
    for row in csv.reader(io.StringIO(out)):
        assert not any(cell.startswith(FORMULA_START) for cell in row), row


@FUZZ
@given(header=st.lists(st.sampled_from(HEADERS), min_size=1, max_size=9),
       rows=st.lists(st.lists(CELLS, max_size=11), max_size=6), encoding=ENCODINGS,
       command=st.sampled_from(["targets", "registry"]))
def test_random_csv_lists(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                          header: list[str], rows: list[list[str]], encoding: str,
                          command: str) -> None:
    path = tmp_path / "list.csv"
    path.write_bytes(_csv_bytes([header, *rows], encoding))
    code, out, err = _run(tmp_path, capsys, command, "import", str(path))
    _check(code, out, err)
    if code == 0 and command == "targets":
        _assert_export_is_safe(tmp_path, capsys)


@FUZZ
@given(header=st.lists(st.sampled_from(HEADERS), min_size=1, max_size=9),
       rows=st.lists(st.lists(st.one_of(CELLS, st.integers(), st.floats(allow_nan=True),
                                        st.none()), max_size=10), max_size=5),
       command=st.sampled_from(["targets", "registry"]))
def test_random_xlsx_lists(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                           header: list[str], rows: list[list[object]], command: str) -> None:
    book = Workbook()
    sheet = book.active
    for values in [header, *rows]:  # a sheet cannot hold control characters: Excel drops them
        sheet.append([ILLEGAL_CHARACTERS_RE.sub("", v) if isinstance(v, str) else v
                      for v in values])
    path = tmp_path / "list.xlsx"
    book.save(path)
    code, out, err = _run(tmp_path, capsys, command, "import", str(path))
    _check(code, out, err)
    if code == 0 and command == "targets":
        _assert_export_is_safe(tmp_path, capsys)


@FUZZ
@given(data=st.binary(max_size=2048), suffix=st.sampled_from([".csv", ".xlsx", ".txt"]))
def test_random_bytes(tmp_path: Path, capsys: pytest.CaptureFixture[str], data: bytes,
                      suffix: str) -> None:
    path = tmp_path / f"junk{suffix}"
    path.write_bytes(data)
    _check(*_run(tmp_path, capsys, "targets", "import", str(path)))


def _broken_xlsx(tmp_path: Path) -> Path:
    book = Workbook()
    book.active.append(["网址", "店铺名称"])
    book.active.append(["https://a.jd.com/", "店"])
    good = tmp_path / "good.xlsx"
    book.save(good)
    broken = tmp_path / "broken.xlsx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(broken, "w") as dst:
        for item in src.infolist():
            body = src.read(item)
            dst.writestr(item, body[: len(body) // 2] if "sheet1" in item.filename else body)
    return broken


CONSOLE = ("huge-field", "truncated-xlsx")  # the cases also run as the console command


@pytest.mark.parametrize("make", ["huge-field", "nul", "truncated-xlsx", "formula-only",
                                  "utf16-no-bom", "directory"])
def test_nasty_files_through_the_console_command(tmp_path: Path, make: str) -> None:
    path = tmp_path / "list.csv"
    if make == "huge-field":
        path.write_text("网址,店铺名称\nhttps://a.jd.com/," + "店" * 300_000 + "\n", "utf-8")
    elif make == "nul":
        path.write_bytes(b"url,shop_name\nhttps://a.jd.com/,\x00\x00\n")
    elif make == "truncated-xlsx":
        path = _broken_xlsx(tmp_path)
    elif make == "formula-only":
        path.write_text("=cmd|' /C calc'!A0,+1\n=2,@3\n", "utf-8")
    elif make == "utf16-no-bom":
        path.write_bytes("网址,店铺名称\n".encode("utf-16-le"))
    else:
        path = tmp_path
    for command in ("targets", "registry"):
        if make in CONSOLE:  # the real console command, in its own process
            result = run_hongdun(tmp_path / "home", command, "import", str(path))
            code, stderr = result.returncode, result.stderr
            assert "Traceback" not in stderr + result.stdout
        else:  # the same entry point in-process: no interpreter start per case
            code, stderr = one_line_failure(
                lambda c=command: main(["--home", str(tmp_path / "home"), c, "import",
                                        str(path)]))
        assert code == 1, (make, stderr)
        lines = stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("hongdun: "), stderr
