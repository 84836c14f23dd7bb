"""A real live capture for the reader-side tests, made as a user makes one.

`chat_lines` reads a watch's chat.jsonl as the recorder's records, folded as every
reader folds it. `sweep_room` runs `hongdun sweep --watch 15` over one demo /live2/ room: the sweep
watches it, seals live/ in the capture's manifest and the rules write the live finding.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from crawlers.live.records import ChatLine
from hongdun.livechat import fold_rows
from hongdun.records import Capture, Finding, Target
from search.store import FindingsStore


def sweep_room(home: Path, target: Target, seconds: int = 15) -> tuple[Capture, Finding]:
    """`hongdun sweep --watch SECONDS` of one room; its capture and its live finding."""
    from conftest import run_hongdun

    from evidence.manifest import load_capture

    home.mkdir(parents=True, exist_ok=True)
    csv = home / "targets.csv"
    csv.write_text("target_id,platform,kind,url,shop_name,uscc,district,category\n"
                   f"{target.target_id},{target.platform},{target.kind},{target.url},"
                   f"{target.shop_name},{target.uscc},{target.district},{target.category}\n",
                   encoding="utf-8")
    done = run_hongdun(home, "sweep", "--targets", str(csv), "--watch", str(seconds),
                       "--name", "live-view")
    assert done.returncode == 0, done.stderr + done.stdout
    conn = sqlite3.connect(home / "hongdun.db")
    conn.row_factory = sqlite3.Row
    (folder,) = conn.execute("SELECT folder FROM captures").fetchone()
    store = FindingsStore(conn)
    found = [f for (fid,) in conn.execute("SELECT finding_id FROM findings ORDER BY finding_id")
             if (f := store.get(fid)) is not None and any(p.source == "chat" for p in f.places)]
    conn.close()
    assert found, "the sweep wrote no finding on the room's chat"
    return load_capture(Path(folder)), found[0]


def chat_lines(path: Path) -> list[ChatLine]:
    """Every line of a chat.jsonl with its later events applied (hongdun.livechat)."""
    rows = (json.loads(raw) for raw in path.read_text(encoding="utf-8").splitlines()
            if raw.strip())
    return [ChatLine(**row) for row in fold_rows(rows)]
