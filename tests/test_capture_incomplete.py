"""A page captured without all it showed gives no licence verdict: its home page was still
changing at the settle limit, or a licence-looking image on it could not be fetched in time
(the spider records either as an incident, sealed with the capture). The licence rules then
say why they did not judge (leads keep such a lead open), instead of "licence missing"."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_evidence_support import make_config, target

from evidence.reopen import reopen
from evidence.seal import Sealer
from hongdun.clock import utc_now
from hongdun.records import Incident, PageCapture, Visit
from rules.engine import RuleSet

HTML = ("<html><body><h1>烟台好味道食品店</h1><p>主营海参、鲍鱼。</p>"
        '<img src="https://shop.example.test/yt/l.png" alt="店铺图片"></body></html>')


def _judged(tmp_path: Path, incidents: tuple[Incident, ...]) -> dict[str, str]:
    url = target().url
    home = PageCapture("home", url, url, 200, (("content-type", "text/html"),),
                       HTML.encode(), (), True, utc_now(), utc_now(), None, None,
                       incidents=incidents)
    sealer = Sealer(make_config(tmp_path / "home"))
    capture = sealer.seal(Visit(target(), "sweep-1", (home,), "Mozilla/5.0 test", None))
    sealer.close()
    judged = RuleSet.load().judge(reopen(Path(capture.folder)))  # as sealed
    return {**{f.rule_id: "found" for f in judged.findings},
            **{u.rule_id: u.reason for u in judged.unjudged}}


def test_a_complete_page_without_a_licence_is_judged(tmp_path: Path) -> None:
    assert _judged(tmp_path, ())["licence.missing"] == "found"


@pytest.mark.parametrize("kind, detail", [
    ("image-missed", "证照图片未取得 image https://shop.example.test/yt/l.png: "
                     "not fetched within 10.0s"),
    ("unsettled", "页面未稳定 page still changing after 10000 ms (settle limit)"),
])
def test_a_page_not_fully_captured_gives_no_licence_verdict(
        tmp_path: Path, kind: str, detail: str) -> None:
    why = _judged(tmp_path, (Incident(kind, detail, utc_now()),))
    for rule in ("licence.missing", "licence.mismatch", "licence.uscc_invalid"):
        assert "not fully captured" in why[rule] and detail in why[rule], (rule, why)
