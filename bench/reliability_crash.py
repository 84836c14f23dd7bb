"""Kill test: SIGKILL a real `hongdun sweep` of the demo at seeded moments, restart, count losses.

Each kill picks a phase (stratified so every phase is hit, order shuffled by a seeded
RNG) and a moment inside it, found by watching the sweep's real progress:
  fetch   the k-th page request the demo marketplace answers;
  ocr     the k-th licence image set handed to OCR (browser sweeps only);
  seal    the k-th capture mid-write in its .partial folder;
  ledger  the k-th capture renamed into place but not yet in the ledger;
  index   the k-th capture ledgered but not yet in the captures table, or the k-th
          captures row appearing in the database.
The paused phases use the test-only hook in evidence/crashpoint.py; the kill itself is a
real SIGKILL of the `hongdun sweep` process. After each kill `hongdun ledger verify` must
pass and the folders, ledger and quarantine are checked; the next `hongdun sweep --resume`
recovers and goes on (it first finishes every capture sealed but not carried through:
rules, findings, leads, captures row). After a final uninterrupted resume, a LOSS is:
  - a true finding lost: a finding of the uninterrupted reference sweep that the demo's
    truth also holds, on none of the target's captures after the killed+resumed runs;
  - a ledger entry without its capture folder;
  - a sealed folder without a ledger entry that recovery neither ledgered nor
    quarantined, or that the next sweep did not report in its 恢复 recovery line;
  - a ledgered capture never carried through (no captures row), or a finding of a
    successful capture not folded into a lead;
  - a `.partial` folder left, `ledger verify` failing, a traceback, a resume that fails.
Findings the reference had but the truth does not (false positives a loaded machine may
or may not produce) are listed as differences, not losses.

    .venv/bin/python bench/reliability_crash.py [--kills 20] [--no-browser] [--shops N] [--seed N]
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
PHASES_HTTP = ("fetch", "seal", "ledger", "index")
PHASES = ("fetch", "ocr", "seal", "ledger", "index")
NAME = "crash-test"
LOSS_DEFINITION = (
    "loss = a true finding of the uninterrupted reference sweep (one the demo's truth also "
    "holds) on none of the target's captures after the killed+resumed runs; a ledger entry "
    "without its folder; a sealed folder without a ledger entry that was neither completed "
    "nor quarantined, or not reported by the next sweep's 恢复 recovery line; a sealed "
    "capture never carried through (no captures row) or a finding in no lead; a .partial "
    "left, ledger verify failing, a traceback, or a resume that fails")
_LIMIT = 600.0  # seconds one sweep may take before it is killed anyway
_CAPTURE_DIR = "????????T??????Z-*-????????"


@dataclass
class KillRecord:
    """One kill: where it landed and what the checks found right after it."""

    n: int
    phase: str
    k: int
    killed: bool  # False when the sweep finished before the kill point
    landed: bool  # killed at the k-th moment of its phase (not by the time limit)
    seconds: float
    ledger_ok: bool
    unledgered: int  # sealed folders without a ledger entry, left for recovery
    partial: int  # .partial folders, left for recovery
    missing: int  # ledger entries without a folder (a loss)
    unindexed: int = 0  # ledgered captures without a captures row, left for recovery


@dataclass
class CrashResult:
    """Every kill, the recovery lines seen, and the losses counted."""

    kills: list[KillRecord] = field(default_factory=list)
    recovery_lines: list[str] = field(default_factory=list)
    losses: list[str] = field(default_factory=list)
    loss_kills: list[int] = field(default_factory=list)  # the kill each loss follows (0: final)
    differences: list[str] = field(default_factory=list)  # false positives that came and went
    seconds: float = 0.0

    @property
    def killed(self) -> int:
        """How many sweeps were really killed in the phase asked for."""
        return sum(k.landed for k in self.kills)

    def lose(self, kill: int, what: str) -> None:
        """Count a loss, found after kill number `kill` (0: after the final resume)."""
        self.losses.append(f"kill {kill}: {what}" if kill else what)
        self.loss_kills.append(kill)

    def by_phase(self, phases: tuple[str, ...]) -> list[tuple[str, int, int, int]]:
        """(phase, attempts, real kills in that phase, losses found right after them)."""
        return [(phase, len(mine), sum(k.landed for k in mine),
                 sum(self.loss_kills.count(k.n) for k in mine))
                for phase in phases for mine in [[k for k in self.kills if k.phase == phase]]]


def _hongdun(home: Path, *args: str, env: dict[str, str] | None = None,
             timeout: float = 900) -> subprocess.CompletedProcess[str]:
    """Run the real command; one that outlives timeout is killed and reported as such."""
    try:
        return subprocess.run([sys.executable, "-m", "hongdun.cli", "--home", str(home), *args],
                              capture_output=True, text=True, timeout=timeout, cwd=ROOT,
                              env={**os.environ, **(env or {})}, check=False)
    except subprocess.TimeoutExpired:
        return subprocess.CompletedProcess(args, -9, "", f"killed after {timeout:.0f} s")


def _verify(home: Path) -> subprocess.CompletedProcess[str]:
    """`hongdun ledger verify`, run by the real entry point in this process: the sweeps are
    the processes killed; the verifier needs no process of its own (nor its start-up)."""
    from hongdun.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["--home", str(home), "ledger", "verify"])
    return subprocess.CompletedProcess(["ledger", "verify"], code, out.getvalue(),
                                       err.getvalue())


def _sweep_args(targets: Path, browser: bool, name: str = NAME) -> list[str]:
    return ["sweep", "--targets", str(targets), "--name", name, "--resume",
            *(() if browser else ("--no-browser",))]


def _count_lines(path: Path, needle: str) -> int:
    try:
        return path.read_text(encoding="utf-8", errors="replace").count(needle)
    except FileNotFoundError:
        return 0


def _db_rows(home: Path) -> int:
    try:
        conn = sqlite3.connect(f"file:{home / 'hongdun.db'}?mode=ro", uri=True, timeout=1)
        try:
            return int(conn.execute("SELECT count(*) FROM captures").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


def state(home: Path) -> tuple[set[str], set[str], int]:
    """(ledgered capture ids, sealed capture folder names, .partial folder count)."""
    ledger = home / "ledger.jsonl"
    ids = {json.loads(line)["capture_id"] for line in ledger.read_bytes().splitlines()
           if line.endswith(b"}")} if ledger.exists() else set()
    evidence = home / "evidence"
    folders = {p.name for p in evidence.glob(f"*/{_CAPTURE_DIR}") if p.is_dir()}
    partial = len(list(evidence.glob("*/.*.partial")))
    return ids, folders, partial


def quarantined(home: Path) -> set[str]:
    """Capture folder names moved to HOME/quarantine by recovery."""
    return {p.name.lstrip(".").removesuffix(".partial")
            for p in (home / "quarantine").glob("*/*") if p.is_dir()}


def _kill_one(home: Path, targets: Path, browser: bool, phase: str, k: int,
              watch_rows: bool, served: Callable[[], int], name: str,
              allow: dict[str, str]) -> tuple[bool, bool, float, str]:
    """Start a resumed sweep and SIGKILL it at the k-th moment of phase; (killed, landed
    in the phase, seconds, stderr). A kill by the time limit is a kill, not in its phase."""
    marker = home.parent / f"pause-{time.monotonic_ns()}.txt"
    env = dict(allow)
    hooked = phase in ("ocr", "seal", "ledger") or (phase == "index" and not watch_rows)
    if hooked:
        env |= {"HONGDUN_TEST_PAUSE_AT": f"{phase}:{k}", "HONGDUN_TEST_PAUSE_FILE": str(marker)}
    rows0, served0 = _db_rows(home), served()
    started = time.monotonic()
    child = subprocess.Popen(
        [sys.executable, "-m", "hongdun.cli", "--home", str(home),
         *_sweep_args(targets, browser, name)],
        cwd=ROOT, env={**os.environ, **env}, stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE, text=True, start_new_session=True)
    killed = landed = False
    while child.poll() is None:
        if hooked:
            due = _count_lines(marker, phase) >= k
        elif phase == "fetch":
            due = served() - served0 >= k
        else:
            due = _db_rows(home) - rows0 >= k
        if due or time.monotonic() - started > _LIMIT:  # the limit: a paused child, unseen
            os.kill(child.pid, signal.SIGKILL)  # the crash: the real sweep process
            killed, landed = True, due
            break
        time.sleep(0.005 if phase == "fetch" else 0.05)  # the paused phases wait for us
    child.wait()
    if killed:  # then what it left behind (the browser, its driver)
        with contextlib.suppress(ProcessLookupError):
            os.killpg(child.pid, signal.SIGKILL)
    err = child.stderr.read() if child.stderr else ""
    marker.unlink(missing_ok=True)
    return killed, landed, time.monotonic() - started, err


def _recovery_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("恢复 recovery")]


def _findings(home: Path) -> dict[str, set[str]]:
    """Rule ids found on each target, over all its unfailed captures."""
    conn = sqlite3.connect(home / "hongdun.db")
    try:
        rows = conn.execute(
            "SELECT c.target_id, f.rule_id FROM captures c "
            "LEFT JOIN findings f ON f.capture_id = c.capture_id "
            "WHERE c.failure IS NULL").fetchall()
    finally:
        conn.close()
    out: dict[str, set[str]] = {}
    for target, rule in rows:
        out.setdefault(target, set())
        if rule:
            out[target].add(rule)
    return out


def _captured(home: Path, name: str) -> set[str]:
    """Targets the next `sweep --resume` of name skips: captured without failure, or sealed
    and finished by recovery before it fetches (hongdun.schedule.runner.captured_targets)."""
    from hongdun.config import load
    from hongdun.schedule.runner import captured_targets

    if not (home / "hongdun.db").exists():
        return set()
    return captured_targets(load({"home": str(home)}), name)


def _unfinished(home: Path, ledgered: set[str]) -> tuple[set[str], int]:
    """(ledgered captures without a captures row, findings of unfailed captures that no
    lead holds)."""
    conn = sqlite3.connect(home / "hongdun.db")
    try:
        rows = {r[0] for r in conn.execute("SELECT capture_id FROM captures")}
        [(no_lead,)] = conn.execute(
            "SELECT count(*) FROM findings f JOIN captures c ON c.capture_id = f.capture_id "
            "WHERE c.failure IS NULL AND f.finding_id NOT IN "
            "(SELECT finding_id FROM lead_findings)").fetchall()
    finally:
        conn.close()
    return ledgered - rows, int(no_lead)


def _page_errors(home: Path, target: str) -> list[str]:
    """The page errors recorded in the newest unfailed capture of target (for a diagnosis)."""
    conn = sqlite3.connect(home / "hongdun.db")
    try:
        row = conn.execute("SELECT folder FROM captures WHERE target_id = ? AND failure IS NULL "
                           "ORDER BY captured_at DESC LIMIT 1", (target,)).fetchone()
    finally:
        conn.close()
    if row is None:
        return ["no capture"]
    pages = json.loads((Path(row[0]) / "visit.json").read_bytes())["pages"]
    return [f"{p['role']}: {p['error']}" for p in pages if p["error"]] or ["none"]


def run(kills: int, *, browser: bool, seed: int = 20261201, shops: int | None = None,
        workdir: Path | None = None) -> CrashResult:
    """Run the whole kill test against a demo marketplace on loopback; return the result."""
    from demo.server import DemoServer
    from demo.site import load_truth, targets_csv

    rng = random.Random(seed)
    phases = PHASES if browser else PHASES_HTTP
    order = [phases[i % len(phases)] for i in range(kills)]
    rng.shuffle(order)
    result = CrashResult()
    started = time.monotonic()
    server = DemoServer()
    answered = [0]
    respond = server.site.respond

    def counting(*args: Any) -> Any:  # every page the sweep fetches from the marketplace
        answered[0] += 1
        return respond(*args)

    server.site.respond = counting  # type: ignore[method-assign]
    with tempfile.TemporaryDirectory(dir=workdir) as scratch, server:
        base = Path(scratch)
        targets = base / "targets.csv"
        base_url = server.start()
        rows = targets_csv(base_url).splitlines()
        # the marketplace listens on loopback, which the crawler refuses unless allowed
        allow = {"HONGDUN_ALLOW_PRIVATE": base_url.removeprefix("http://")}
        targets.write_text("\n".join(rows[: (shops or len(rows)) + 1]) + "\n", encoding="utf-8")
        total = len(targets.read_text(encoding="utf-8").splitlines()) - 1
        reference, home = base / "reference", base / "home"
        counted = base / "ocr-moments.txt"  # the reference counts its OCR moments, never pauses
        done = _hongdun(reference, *_sweep_args(targets, browser),
                        env={**allow, "HONGDUN_TEST_PAUSE_AT": f"ocr:{1 << 40}",
                             "HONGDUN_TEST_PAUSE_FILE": str(counted)})
        if done.returncode != 0:
            raise RuntimeError(f"reference sweep failed: {done.stderr[-500:]}")
        ocr_total = _count_lines(counted, "ocr")
        expected = _findings(reference)
        if 2 * len(expected) < total or not any(expected.values()):  # a test of nothing
            raise RuntimeError(f"reference sweep captured {len(expected)} of {total} targets "
                               "unfailed, with no finding: the demo was not really swept")
        truth = load_truth()
        to_report = ""  # what the last kill left that the next sweep must report
        rounds, name = 1, NAME
        for n, phase in enumerate(order, 1):
            left = total - len(_captured(home, name))
            ocr_left = ocr_total * left // total  # OCR moments the targets left may reach
            if left == 0 or (phase == "ocr" and ocr_left < 2):
                # nothing (or too little for an OCR kill) left to fetch under this name: every
                # target captured, or finished by recovery first; a new round sweeps them all
                rounds += 1
                name, left, ocr_left = f"{NAME}-{rounds}", total, ocr_total
            span = {"fetch": 2 * left, "ocr": ocr_left}.get(phase, left)
            k = rng.randint(1, max(1, span // 2))
            killed, landed, seconds, err = _kill_one(
                home, targets, browser, phase, k, rng.random() < .5, lambda: answered[0], name,
                allow)
            lines = _recovery_lines(err)
            result.recovery_lines += lines
            if to_report and not lines:
                result.lose(n, f"the sweep did not report {to_report}")
            if "Traceback" in err:
                result.lose(n, "traceback on the terminal")
            verify = _verify(home)
            ledgered, folders, partial = state(home)
            missing = ledgered - folders
            unindexed, _ = _unfinished(home, ledgered & folders)
            record = KillRecord(n, phase, k, killed, landed, round(seconds, 1),
                                verify.returncode == 0, len(folders - ledgered), partial,
                                len(missing), len(unindexed))
            result.kills.append(record)
            to_report = (f"what kill {n} left ({record.unledgered} unledgered, {partial} "
                         f"partial, {len(unindexed)} unprocessed)"
                         if record.unledgered or partial or unindexed else "")
            if verify.returncode != 0:
                result.lose(n, f"ledger verify failed: {verify.stderr.strip()}")
            for m in sorted(missing):
                result.lose(n, f"ledger entry {m} has no folder")
        final = _hongdun(home, *_sweep_args(targets, browser, name), env=allow)
        lines = _recovery_lines(final.stderr)
        result.recovery_lines += lines
        if to_report and not lines:
            result.lose(0, f"final resume: the sweep did not report {to_report}")
        ledgered, folders, partial = state(home)
        lost = folders - ledgered
        if final.returncode != 0:
            result.lose(0, f"final resume exited {final.returncode}: "
                           f"{final.stderr.strip()[-200:]}")
        for f in sorted(lost):
            result.lose(0, f"sealed folder {f} neither ledgered nor quarantined")
        for m in sorted(ledgered - folders):
            result.lose(0, f"ledger entry {m} has no folder")
        if partial:
            result.lose(0, f"{partial} .partial folder(s) left after recovery")
        if _verify(home).returncode != 0:
            result.lose(0, "ledger verify failed after the final resume")
        unindexed, no_lead = _unfinished(home, ledgered & folders)
        for c in sorted(unindexed):
            result.lose(0, f"capture {c} sealed but never carried through (no captures row)")
        if no_lead:
            result.lose(0, f"{no_lead} finding(s) of successful captures in no lead")
        got = _findings(home)
        for target, rules in sorted(expected.items()):
            found = got.get(target)
            if found is None:
                result.lose(0, f"target {target} never captured after resume")
                continue
            for rule in sorted(rules & truth.get(target, frozenset()) - found):
                result.lose(0, f"target {target}: true finding {rule} of the reference "
                               f"lost (page errors: {_page_errors(home, target)})")
            for rule in sorted((rules ^ found) - truth.get(target, frozenset())):
                side = "reference only" if rule in rules else "killed runs only"
                result.differences.append(f"target {target}: false positive {rule} "
                                          f"({side}; not in the truth)")
    result.seconds = time.monotonic() - started
    return result


def section(kills: int = 20, browser: bool = True, shops: int | None = None,
            seed: int = 20261201) -> list[dict[str, object]]:
    """Rows for the reliability table: kills per phase and losses."""
    result = run(kills, browser=browser, shops=shops, seed=seed)
    rows: list[dict[str, object]] = []
    for phase, attempts, real, lost in result.by_phase(PHASES if browser else PHASES_HTTP):
        mine = [k for k in result.kills if k.phase == phase]
        rows.append({"section": "crash", "case": f"kill -9 during {phase}",
                     "attempts": attempts, "real": real, "losses": lost,
                     "outcome": f"{attempts} attempts, {real} real kills in the phase, "
                                f"{lost} losses; "
                                f"{sum(k.unledgered + k.partial + k.unindexed for k in mine)} "
                                "left for recovery, ledger verify "
                                + ("passed" if all(k.ledger_ok for k in mine) else "FAILED"),
                     "seconds": round(sum(k.seconds for k in mine), 1)})
    rows.append({"section": "crash", "case": "kills and losses",
                 "outcome": f"{result.killed} kills, {len(result.losses)} losses; "
                            f"{len(result.recovery_lines)} recovery report(s)",
                 "seconds": round(result.seconds, 1)})
    rows += [{"section": "crash", "case": "loss", "outcome": loss, "seconds": ""}
             for loss in result.losses]
    rows += [{"section": "crash", "case": "difference (not a loss)", "outcome": d,
              "seconds": ""} for d in result.differences]
    return rows


def print_table(rows: list[dict[str, object]]) -> None:
    """Print section rows as a plain aligned table."""
    width = max(len(str(r["case"])) for r in rows)
    for r in rows:
        print(f"{r['section']:<8} {r['case']!s:<{width}}  {r['seconds']!s:>7}  {r['outcome']}")


def main() -> int:
    """Command-line entry: run the kill test and print its table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=20)
    parser.add_argument("--no-browser", action="store_true")
    parser.add_argument("--shops", type=int, help="sweep only the first N demo shops")
    parser.add_argument("--seed", type=int, default=20261201)
    args = parser.parse_args()
    rows = section(args.kills, browser=not args.no_browser, shops=args.shops, seed=args.seed)
    print_table(rows)
    print(LOSS_DEFINITION)
    return 0 if all(r["case"] != "loss" for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
