"""Structured checks a pack names in `matcher: {check: ...}`: licence display, codes, permits.

Each check reads the parsed capture and returns Hits. Term and regex rules need
no code here; these are the verdicts that compare fields or look for absence.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from typing import TYPE_CHECKING

from rules.licence import PENDING, LicenceReading, norm_code, read_licence, same_name
from rules.view import CaptureView, Hit, Unit, is_licence_role

if TYPE_CHECKING:
    from rules.engine import EvalContext

Check = Callable[[CaptureView, "EvalContext"], list[Hit]]
LICENCE_ENTRY = re.compile(r"营业执照|执照|证照|资质|亮照|工商信息|licen[cs]e|qualification", re.I)
FOOD_PERMIT_TEXT = re.compile(r"JY[ \t]*[123](?:[ \t]*\d){13}(?!\d)", re.I)
FOOD_PERMIT_WORDS = re.compile(r"食品经营许可证|食品经营许可|食品许可证")
PREPACKAGED = re.compile(r"仅销售预包装食品|只销售预包装食品|均为预包装食品"
                         r"|预包装食品(?:销售)?备案")
# A prepackaged-only filing shown with its number: no permit is needed (食品安全法 第三十五条).
PREPACKAGED_FILING = re.compile(
    r"(?:YB|备案编号|备案号|备案凭证编号)[\s:：（(]*[A-Z]{0,2}\d{10,}", re.I)


def _home_unit(view: CaptureView) -> Unit | None:
    home = view.home
    return home.units[0] if home is not None else None


def _reading(view: CaptureView, ctx: EvalContext) -> LicenceReading:
    return view.memo("licence", lambda: read_licence(view))


def licence_missing(view: CaptureView, ctx: EvalContext) -> list[Hit]:
    """licence.missing: nothing on the home page or its licence entries shows the licence."""
    reading = _reading(view, ctx)
    unit = _home_unit(view)
    if reading.displays or unit is None:
        return []
    home = view.home
    followed = any(is_licence_role(p.role) for p in view.pages)
    if home is not None and not followed and any(
            LICENCE_ENTRY.search(f"{link.text} {link.title}") for link in home.text.links):
        return []  # an entry the crawler did not follow: cannot tell, so no verdict
    pending = []
    for page in view.licence_pages():
        m = PENDING.search(page.text.text)
        if m and page.role != "home":
            pending.append(f"{page.role}: …{page.text.text[max(0, m.start() - 12):m.end() + 8]}…")
    context = "已检查 checked: " + "; ".join(reading.tried)
    if pending:
        context += " | 证照页未公示 licence entry not published: " + " ".join(pending)
    return [Hit(unit, 0, 0, matched="首页及证照入口未见营业执照信息 no business licence shown",
                context=context.replace("\n", " "))]


def uscc_invalid(view: CaptureView, ctx: EvalContext) -> list[Hit]:
    """licence.uscc_invalid: the shop's displayed code fails the GB 32100-2015 check."""
    hits = []
    for code in _reading(view, ctx).codes:
        if code.shop and code.labelled and not code.valid:
            why = ("校验位错误 check character fails" if code.kind == "uscc"
                   else "格式错误 not an 18-character code")
            hits.append(Hit(code.unit, code.start, code.end, matched=code.raw, note=why))
    return hits


def licence_mismatch(view: CaptureView, ctx: EvalContext) -> list[Hit]:
    """licence.mismatch: the shop's valid displayed code or name differs from the registry."""
    target = view.target
    want_code = norm_code(target.uscc)
    hits = []
    reading = _reading(view, ctx)
    for code in reading.codes:
        if (code.shop and code.kind == "uscc" and code.valid and want_code
                and code.code != want_code):
            hits.append(Hit(code.unit, code.start, code.end, matched=code.raw,
                            note=f"登记代码 registry code {target.uscc}"))
    for name in reading.names:
        if not same_name(name, target.shop_name):
            hits.append(Hit(name.unit, name.start, name.end, matched=name.name,
                            note=f"登记名称 registry name {target.shop_name}"))
    return hits


def food_permit_missing(view: CaptureView, ctx: EvalContext) -> list[Hit]:
    """permit.food_missing: a food seller shows no 食品经营许可证 number (JY + 14 digits)."""
    unit = _home_unit(view)
    if unit is None:
        return []
    prepackaged = False
    for page in view.pages:
        if not page.page.ok:
            continue
        for u in page.units:
            text = unicodedata.normalize("NFKC", u.text)
            if FOOD_PERMIT_TEXT.search(text):
                return []
            if PREPACKAGED.search(text):
                prepackaged = True
                if PREPACKAGED_FILING.search(text):
                    return []
        for shown in page.text.images:
            if FOOD_PERMIT_WORDS.search(shown.words) and not PENDING.search(shown.words):
                return []
        for image in page.images:
            if FOOD_PERMIT_WORDS.search(image.alt) and not PENDING.search(
                    image.alt + (image.ocr_text or "")):
                return []
    note = ("仅销售预包装食品者只需备案、无需许可（食品安全法第三十五条），请核实经营范围 "
            "prepackaged-only sellers need a filing, not a permit: verify")
    if prepackaged:
        note = "页面称仅销售预包装食品 page claims prepackaged only — " + note
    return [Hit(unit, 0, 0, matched="未见食品经营许可证编号 no food business permit (JY) shown",
                context=f"类目 category {view.target.category}", note=note)]


CHECKS: dict[str, Check] = {
    "licence_missing": licence_missing,
    "uscc_invalid": uscc_invalid,
    "licence_mismatch": licence_mismatch,
    "food_permit_missing": food_permit_missing,
}
