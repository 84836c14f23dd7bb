"""`hongdun findings` through the real CLI entry point over a real SQLite findings store."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from hongdun import cli, config, db
from hongdun.commands.findings import width
from hongdun.records import Finding
from search.store import FindingsStore

REQUIRED = {"finding_id", "target_id", "rule_id", "severity", "url", "evidence_id",
            "matched_text", "captured_at"}


def finding(n: int, matched: str, context: str, *, rule: str = "AD-ABSOLUTE",
            severity: str = "low", district: str = "370602", platform: str = "taobao",
            at: str = "2026-11-27T16:30:00.000Z", shop: str = "烟台海鲜旗舰店") -> Finding:
    """A stored finding; only the fields the command shows vary."""
    return Finding(
        finding_id=f"F{n:04d}", capture_id=f"C{n:04d}", evidence_id="ab" * 32,
        target_id=f"yt-{n:04d}", platform=platform, district=district, shop_name=shop,
        rule_id=rule, title_zh="广告违规用语", title_en="banned advertising term",
        legal_basis="《广告法》第九条第三项", severity=severity, certainty="suspected",
        matched_text=matched, context=context, url=f"https://shop.example.test/{n}",
        page_role="home", captured_at=at)


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A data directory with 3 distinctive findings plus 60 filler ones."""
    present = tuple(m for m in cli.COMMAND_MODULES if importlib.util.find_spec(m))
    monkeypatch.setattr(cli, "COMMAND_MODULES", present)  # groups still being written
    monkeypatch.setenv("COLUMNS", "80")
    home = tmp_path / "home"
    conn = db.connect(config.load({"home": str(home)}, environ={}).db_path)
    store = FindingsStore(conn)
    store.index([
        finding(1, "加微信", "请加微信 vx8899 私聊", rule="LURE", severity="high",
                at="2026-11-28T01:00:00.000Z"),
        finding(2, "根治", "野生海参根治高血压，长期服用无副作用，" * 4, rule="AD-MEDICAL",
                severity="medium", district="370611", platform="jd",
                shop="莱山区一个名字特别长的海参专卖旗舰店铺"),
        finding(3, "最\x1b[31m低价\x1b]0;pwned\x07", "全网最低价\u202e", severity="low",
                at="2026-11-20T03:00:00.000Z"),
    ])
    store.index(finding(100 + i, "销量第一", "销量第一 全国领先", rule="AD-FIRST",
                        district="370613", at=f"2026-11-{10 + i % 10:02d}T08:00:00.000Z")
                for i in range(60))
    conn.close()
    return home


def run(home: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = cli.main(["--home", str(home), "findings", *args])
    out, err = capsys.readouterr()
    return code, out, err


def jsonl(out: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in out.splitlines()]


def test_json_prints_every_match_with_required_fields(home: Path, capsys) -> None:
    code, out, _ = run(home, capsys, "--json")
    rows = jsonl(out)
    assert code == 0 and len(rows) == 63  # more than one 50-row page and no cap
    assert all(set(r) >= REQUIRED for r in rows)
    assert len({r["finding_id"] for r in rows}) == 63
    times = [r["captured_at"] for r in rows]
    assert times == sorted(times, reverse=True)


def test_json_limit(home: Path, capsys) -> None:
    _, out, _ = run(home, capsys, "--json", "--limit", "5")
    assert len(jsonl(out)) == 5


@pytest.mark.parametrize(("query", "ids"), [
    ("微信", ["F0001"]),
    ("海参", ["F0002"]),
    ("最", ["F0003"]),
    ("vx8899", ["F0001"]),
    ("高血压 无副作用", ["F0002"]),
])
def test_cjk_query(home: Path, capsys, query: str, ids: list[str]) -> None:
    _, out, _ = run(home, capsys, "--json", "--query", query)
    assert [r["finding_id"] for r in jsonl(out)] == ids


def test_filters(home: Path, capsys) -> None:
    assert len(jsonl(run(home, capsys, "--json", "--district", "莱山区")[1])) == 60
    assert len(jsonl(run(home, capsys, "--json", "--district", "370611")[1])) == 1
    assert len(jsonl(run(home, capsys, "--json", "--rule", "LURE")[1])) == 1
    assert len(jsonl(run(home, capsys, "--json", "--platform", "jd")[1])) == 1
    assert len(jsonl(run(home, capsys, "--json", "--severity", "high")[1])) == 1
    assert len(jsonl(run(home, capsys, "--json", "--status", "new")[1])) == 63
    assert len(jsonl(run(home, capsys, "--json", "--status", "confirmed")[1])) == 0
    # Beijing calendar days: 2026-11-27T16:30Z (F0002) is 00:30 on the 28th in Beijing.
    dated = jsonl(run(home, capsys, "--json", "--since", "2026-11-20", "--until", "2026-11-28")[1])
    assert {"F0001", "F0002", "F0003"} <= {r["finding_id"] for r in dated}
    on_28th = jsonl(run(home, capsys, "--json", "--since", "2026-11-28")[1])
    assert sorted(r["finding_id"] for r in on_28th) == ["F0001", "F0002"]
    only_27th = ("--json", "--since", "2026-11-27", "--until", "2026-11-27")
    assert jsonl(run(home, capsys, *only_27th)[1]) == []


def test_sort_by_severity(home: Path, capsys) -> None:
    rows = jsonl(run(home, capsys, "--json", "--sort", "severity", "--limit", "3")[1])
    assert [r["severity"] for r in rows] == ["high", "medium", "low"]


def test_table_is_chinese_first_fits_terminal_and_counts(home: Path, capsys) -> None:
    code, out, _ = run(home, capsys, "--sort", "severity")
    lines = out.splitlines()
    assert code == 0
    assert lines[0].startswith("编号 id") and "时间 (北京时间)" in lines[0]
    assert all(width(line) <= 80 for line in lines[:-1]), out
    assert "2026-11-27 16:30" not in out and "2026-11-28 00:30" in out  # UTC → 北京时间
    assert "高 high" in lines[2] and "加微信" in lines[2]
    assert "…" in out  # the long shop name and context were cut
    assert lines[-1] == "共 63 条线索，显示 50 条 / 63 findings, 50 shown"
    assert len(lines) == 2 + 50 + 1


def test_table_neutralises_terminal_control_characters(home: Path, capsys) -> None:
    _, out, _ = run(home, capsys, "--query", "最")
    assert "\x1b" not in out and "\x07" not in out and "\u202e" not in out
    assert out.splitlines()[-1] == "共 1 条线索 / 1 findings"


def test_no_match(home: Path, capsys) -> None:
    code, out, _ = run(home, capsys, "--query", "二维码")
    assert code == 0 and "没有符合条件的线索" in out and "共 0 条线索" in out


@pytest.mark.parametrize(("args", "message"), [
    (("--since", "yesterday"), "since must be a date"),
    (("--limit", "0"), "limit must be a positive number"),
    (("--district", "北京"), "unknown district"),
    (("--query", "？！"), "nothing searchable"),
])
def test_bad_input_is_one_line(home: Path, capsys, args: tuple[str, ...], message: str) -> None:
    code, out, err = run(home, capsys, *args)
    assert code != 0 and out == ""
    assert message in err and len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_bad_choice_is_argparse_error(home: Path, capsys) -> None:
    with pytest.raises(SystemExit) as exit_info:
        run(home, capsys, "--severity", "urgent")
    assert exit_info.value.code == 2
    assert "invalid choice" in capsys.readouterr().err
