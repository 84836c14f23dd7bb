"""A sweep survives hung, failing, redirecting and dead pages, and keeps what it captured."""

from __future__ import annotations

import socket
import sqlite3
from pathlib import Path

from demo.site import targets_csv
from tests.conftest import Hongdun

HEADER = "target_id,platform,kind,url,shop_name,uscc,district,category\n"


def _dead_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_bad_pages_become_failed_captures_with_reasons(
        demo_url: str, hongdun: Hongdun, tmp_path: Path) -> None:
    good = targets_csv(demo_url).splitlines()[1]
    code = "92370613MA3C5K7BXW"
    rows = [
        f"bad-hang,other,storefront,{demo_url}/bad/hang,挂起店,{code},370602,服装",
        f"bad-500,other,storefront,{demo_url}/bad/500,报错店,{code},370602,服装",
        f"bad-off,other,storefront,{demo_url}/bad/offsite,跳转店,{code},370602,服装",
        f"bad-dead,other,storefront,http://127.0.0.1:{_dead_port()}/,关门店,{code},370602,服装",
    ]
    csv_path = tmp_path / "t.csv"
    header = targets_csv(demo_url).splitlines()[0] + "\n"  # its rows may be shorter
    csv_path.write_text(header + "\n".join([good, *rows]) + "\n", encoding="utf-8")
    result = hongdun("sweep", "--targets", str(csv_path), "--no-browser",
                     env={"HONGDUN_PAGE_TIMEOUT": "2"})
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    conn = sqlite3.connect(tmp_path / "home" / "hongdun.db")
    failures = dict(conn.execute("SELECT target_id, failure FROM captures").fetchall())
    assert len(failures) == 5
    assert failures.pop(good.split(",")[0]) is None
    assert failures["bad-hang"] == "timeout"
    assert failures["bad-500"] == "http 500"
    assert failures["bad-off"].startswith("offsite")
    assert failures["bad-dead"] == "connection-refused"
    assert "failed timeout: 1" in result.stdout


def test_wrong_flag_and_bad_targets_file_are_one_line(hongdun: Hongdun, tmp_path: Path) -> None:
    wrong = hongdun("sweep", "--no-such-flag")
    assert wrong.returncode == 2 and len(wrong.stderr.strip().splitlines()) == 1
    bad = tmp_path / "bad.csv"
    bad.write_text(HEADER + "x,jd,storefront,http://x/,a,NOTACODE,370602,c\n", "utf-8")
    result = hongdun("sweep", "--targets", str(bad))
    assert result.returncode == 1
    assert result.stderr.strip().startswith(f"hongdun: {bad}: line 2: uscc 'NOTACODE' is not "
                                            "an 18-character 统一社会信用代码")
    assert len(result.stderr.strip().splitlines()) == 1
