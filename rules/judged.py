"""Which rules could not judge a capture, and why: the verdicts a sweep did not give.

A rule that finds nothing on a capture either judged it clean or could not look: its
page did not load, the licence entry was never followed, the watched room was cut
short. The engine reports the second kind beside the findings, so the stages below
(leads) never read "not found" as "gone".
"""

from __future__ import annotations

from collections.abc import Sequence

from hongdun.records import Unjudged
from rules.checks import UNCHECKED
from rules.pack import RuleSpec
from rules.view import CaptureView, PageView


def page_unread(page: PageView) -> str:
    """Why a page's text was not (fully) read, or "": a watch cut short, a failed fetch
    (a 4xx is the shop's own dead page and counts as read)."""
    capture = page.page
    if capture.truncated:
        return f"{page.role} 直播观看被截断 watch cut short: {capture.truncated}"
    if page.live or capture.ok or 400 <= capture.status < 500:
        return ""
    return f"{page.role} 页未加载 did not load: {capture.error or f'http {capture.status}'}"


def unjudged(view: CaptureView, specs: Sequence[RuleSpec]) -> tuple[Unjudged, ...]:
    """The rules of `specs` (in force and in scope) that gave no verdict on this capture."""
    unread = [(page, why) for page in view.pages if (why := page_unread(page))]
    out = []
    for spec in specs:
        if spec.check in UNCHECKED:
            why = UNCHECKED[spec.check](view)
        else:
            why = next((w for page, w in unread if spec.scope.has_role(page.role)), "")
        if why:
            out.append(Unjudged(spec.id, why))
    return tuple(out)
