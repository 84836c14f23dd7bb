"""A sweep of hostile pages ends by itself, seals each with its reason, and keeps the
normal shop beside them right (issue 13, quick version; bench/reliability.py runs all).

One real `hongdun sweep` in Chromium over a few hostile demo pages and one normal shop,
with short budgets so it stays quick; the checks read its database and capture folders.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from demo import hostile
from demo.site import load_truth, targets_csv
from tests.conftest import run_hongdun

LICENCE_RULES = {"licence.missing", "licence.uscc_invalid", "licence.mismatch"}
# Eight slow pages (and four that fail fast) for eight pages at once: one round of budgets.
# The live-profile variants (private-live, busy-loop-live, ...) run in bench/reliability.py.
QUICK = ("busy-loop", "memory-hog", "dialogs", "popups", "private", "navigates-away",
         "huge-image", "huge-dom", "gzip-bomb", "redirect-loop", "drip", "private-name")
BUDGET = 25.0  # seconds of work per page
ENV = {"HONGDUN_PAGE_BUDGET": str(BUDGET), "HONGDUN_PAGE_TIMEOUT": "20",
       "HONGDUN_CONCURRENCY": "8", "HONGDUN_DOM_MAX_BYTES": "300000"}
# Hostile pages whose outcome does not depend on how loaded the machine is (the memory hog
# crashes its renderer at the heap cap, unless the page budget ends it first).
FAILS_WITH = {"busy-loop": ("deadline: read_page",),  # the settle wait: read_page's first step
              "memory-hog": ("renderer-crashed", "deadline: "),
              "gzip-bomb": ("too-large",), "redirect-loop": ("too-many-redirects",),
              "drip": ("timeout",)}
# What any other page may fail with on a loaded machine: its reason, never a traceback.
REASONS = ("deadline: ", "timeout", "renderer-crashed", "browser-restarted")


def _normal_shop(base: str) -> str:
    """A demo targets row whose truth holds a licence finding."""
    truth = load_truth()
    for row in targets_csv(base).splitlines()[1:]:
        if truth.get(row.split(",")[0], frozenset()) & LICENCE_RULES:
            return row
    raise AssertionError("the demo has no shop with a licence finding")


@pytest.fixture(scope="module")
def internal() -> Iterator[tuple[int, list[str]]]:
    """An "internal service" on loopback, off the allow-list by its name: (port, hits)."""
    hits: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            hits.append(self.path)
            self.send_response(200)
            self.end_headers()
            self.wfile.write(b"SECRET")

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield server.server_port, hits
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def swept(demo_url: str, internal: tuple[int, list[str]],
          tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    """HOME after one sweep of the quick hostile set plus one normal shop."""
    home = tmp_path_factory.mktemp("hostile-home")
    hostile.respond("/hostile/gzip-bomb", "")  # build the bomb before the sweep asks for it
    assert hostile.private_name(), "no host name of this machine resolves to a private address"
    rows = [row.replace("/hostile/private-name", f"/hostile/private-name?port={internal[0]}")
            for row in hostile.hostile_targets_csv(demo_url, QUICK).splitlines()]
    csv_path = home / "targets.csv"
    csv_path.write_text("\n".join([*rows, _normal_shop(demo_url)]) + "\n", encoding="utf-8")
    started = time.monotonic()
    result = run_hongdun(home, "sweep", "--targets", str(csv_path), "--name", "hostile",
                         env=ENV, timeout=240)
    seconds = time.monotonic() - started
    return home, {"result": result, "seconds": seconds}


def _captures(home: Path) -> dict[str, sqlite3.Row]:
    conn = sqlite3.connect(home / "hongdun.db")
    conn.row_factory = sqlite3.Row
    return {r["target_id"]: r for r in conn.execute("SELECT * FROM captures")}


def _incidents(row: sqlite3.Row) -> list[dict[str, str]]:
    visit = json.loads((Path(row["folder"]) / "visit.json").read_bytes())
    return [i for page in visit["pages"] for i in page["incidents"]]


def test_sweep_ends_by_itself_within_its_bound(swept: tuple[Path, dict]) -> None:
    _, run = swept
    result = run["result"]
    assert result.returncode == 0, result.stderr[-2000:] + result.stdout
    assert "Traceback" not in result.stdout + result.stderr
    # Eight pages at once: the hostile home pages run in two waves, each opened and worked
    # within its budget.
    assert run["seconds"] < 4 * BUDGET + 60, run["seconds"]


def test_every_hostile_capture_is_sealed_with_its_reason(swept: tuple[Path, dict]) -> None:
    home, _ = swept
    captures = _captures(home)
    assert {f"hostile-{n}" for n in QUICK} <= set(captures)
    for name in QUICK:
        failure = captures[f"hostile-{name}"]["failure"]
        reasons = FAILS_WITH.get(name, REASONS)
        assert (failure is None and name not in FAILS_WITH) or (
            failure or "").startswith(reasons), (name, failure)
    [sweep] = sqlite3.connect(home / "hongdun.db").execute(
        "SELECT stats_json FROM sweeps").fetchall()
    stats = json.loads(sweep[0])
    assert stats["capture/failed/deadline"] >= 1 and stats["capture/failed/timeout"] >= 1
    assert stats["hongdun/blocked_private"] >= 5


def test_what_pages_did_is_recorded_in_the_capture(swept: tuple[Path, dict]) -> None:
    captures = _captures(swept[0])
    kinds = {name: {i["kind"] for i in _incidents(captures[f"hostile-{name}"])}
             for name in QUICK}
    blocked = [i["detail"] for i in _incidents(captures["hostile-private"])
               if i["kind"] == "blocked"]
    for address in ("169.254.169.254", "10.0.0.1", "192.168.", "localhost", "10.20.30.40"):
        assert any(address in detail for detail in blocked), address
    if captures["hostile-dialogs"]["failure"] is None:
        assert "dialog" in kinds["dialogs"]
    if captures["hostile-popups"]["failure"] is None:
        assert "popup" in kinds["popups"]
    if captures["hostile-navigates-away"]["failure"] is None:
        assert "navigated" in kinds["navigates-away"]
    if captures["hostile-huge-dom"]["failure"] is None:
        details = " ".join(i["detail"] for i in _incidents(captures["hostile-huge-dom"]))
        assert "first 300000 of" in details and "screenshot cut" in details
    if captures["hostile-huge-image"]["failure"] is None:
        details = " ".join(i["detail"] for i in _incidents(captures["hostile-huge-image"]))
        assert "30000x30000" in details and "not decoded" in details
    assert "deadline" in kinds["busy-loop"]


def test_a_name_resolving_privately_is_refused_on_every_path(
        swept: tuple[Path, dict], internal: tuple[int, list[str]]) -> None:
    """A redirect hop (which browser routing never sees), an image and a pop-up, all at
    http://NAME:PORT where NAME resolves to a loopback address: refused, and recorded."""
    row = _captures(swept[0])["hostile-private-name"]
    blocked = [i["detail"] for i in _incidents(row) if i["kind"] == "blocked"]
    name = hostile.private_name()
    for via in ("redirect", "image"):
        assert any(f"via={via}" in d and f"{name} resolves to" in d for d in blocked), (
            via, blocked)
    assert any("refused at connect" in d for d in blocked), blocked  # the egress proxy
    assert internal[1] == []  # the internal service never saw a request


def test_the_normal_shop_is_still_right(swept: tuple[Path, dict], demo_url: str) -> None:
    home, _ = swept
    target_id = _normal_shop(demo_url).split(",")[0]
    assert _captures(home)[target_id]["failure"] is None
    rules = {r[0] for r in sqlite3.connect(home / "hongdun.db").execute(
        "SELECT rule_id FROM findings WHERE target_id = ?", (target_id,))}
    assert rules & LICENCE_RULES == load_truth()[target_id] & LICENCE_RULES


def test_ledger_verifies(swept: tuple[Path, dict]) -> None:
    result = run_hongdun(swept[0], "ledger", "verify")
    assert result.returncode == 0, result.stdout + result.stderr


def test_sweep_deadline_records_the_rest_as_not_reached(demo_url: str, tmp_path: Path) -> None:
    rows = targets_csv(demo_url).splitlines()
    slow = hostile.hostile_targets_csv(demo_url, ("drip",)).splitlines()[1]
    csv_path = tmp_path / "targets.csv"
    csv_path.write_text("\n".join([rows[0], slow, *rows[1:]]) + "\n", encoding="utf-8")
    started = time.monotonic()
    result = run_hongdun(tmp_path / "home", "sweep", "--targets", str(csv_path),
                         "--no-browser", "--deadline", "5",  # one page at a time: the
                         env={"HONGDUN_PAGE_BUDGET": "6",  # drip holds it past the deadline
                              "HONGDUN_CONCURRENCY": "1"})
    seconds = time.monotonic() - started
    assert result.returncode == 0, result.stderr[-2000:]
    assert "Traceback" not in result.stdout + result.stderr
    assert "stopped: deadline" in result.stdout and "not reached" in result.stdout
    conn = sqlite3.connect(tmp_path / "home" / "hongdun.db")
    stats = json.loads(conn.execute("SELECT stats_json FROM sweeps").fetchone()[0])
    # The crawl itself: the deadline, then at most a grace of two page budgets.
    assert stats["elapsed_time_seconds"] < 5 + 2 * 6 + 5, stats["elapsed_time_seconds"]
    assert seconds < 120, seconds
    sealed = {r[0] for r in conn.execute("SELECT target_id FROM captures")}
    not_reached = set(stats["hongdun/not_reached_targets"])
    assert sealed and not_reached and not sealed & not_reached
    assert sealed | not_reached == {r.split(",")[0] for r in rows[1:]} | {"hostile-drip"}
    assert run_hongdun(tmp_path / "home", "ledger", "verify").returncode == 0


def test_bad_deadline_is_one_line(tmp_path: Path) -> None:
    result = run_hongdun(tmp_path, "sweep", "--deadline", "0")
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1 and "--deadline" in result.stderr
