"""Structured checks a pack names in `matcher: {check: ...}`: licence display, codes, permits.

Each check reads the parsed capture and returns Hits. Term and regex rules need
no code here; these are the verdicts that compare fields or look for absence.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from typing import TYPE_CHECKING

from rules.feed import feed_category, needs_food_permit, people_food
from rules.individual import exemption, seller_reading
from rules.licence import LicenceReading, read_licence
from rules.licence_fields import is_shop_party, norm_code, same_name
from rules.licence_patterns import PANEL_LABEL, PANEL_LABELS, PENDING, WORDS, words_alt
from rules.panels import licence_controls
from rules.view import CaptureView, Hit, PageView, Unit, is_licence_role

if TYPE_CHECKING:
    from rules.engine import EvalContext

Check = Callable[[CaptureView, "EvalContext"], list[Hit]]
LICENCE_ENTRY = re.compile(r"营业执照|执照|证照|资质|亮照|工商信息|licen[cs]e|qualification", re.I)
# An all-digit 15-character number is an old 注册号 (GS 15-2006), not a USCC: its own check
# may fail on real old licences, so it is never reported as an invalid USCC.
OLD_REGNO_SHAPE = re.compile(r"\d{15}")
FOOD_PERMIT_TEXT = re.compile(r"JY[ \t]*[123](?:[ \t]*\d){13}(?!\d)", re.I)
FOOD_PERMIT_WORDS = re.compile(words_alt("food_permit_words"))
# A food permit label with a number after it (old permits, odd spacing): displayed.
FOOD_PERMIT_NUMBER = re.compile(
    "(?:" + words_alt("food_permit_words")
    + r")(?:编号|号码|号)?[\s:：]*[A-Z]{0,3}[ \t]*(?:\d[ \t]*){10,}")
PERMIT_IMAGE = re.compile(words_alt("food_permit_image_words"))
OTHER_PERMIT = re.compile(words_alt("other_permits"))
FOOD_PRODUCTION = re.compile(WORDS["food_production_permit"], re.I)
PREPACKAGED = re.compile(WORDS["prepackaged"])
# A prepackaged-only filing shown with its number: no permit is needed (食品安全法 第三十五条).
PREPACKAGED_FILING = re.compile(WORDS["prepackaged_filing"], re.I)


def _where(unit: Unit) -> str:
    """Where a licence text was read when it is not the page as shown (a hidden panel)."""
    return f"；{unit.label}" if unit.label.startswith(PANEL_LABEL) else ""


def _home_unit(view: CaptureView) -> Unit | None:
    home = view.home
    return home.units[0] if home is not None else None


def _reading(view: CaptureView, ctx: EvalContext) -> LicenceReading:
    return view.memo("licence", lambda: read_licence(view))


# Incidents of a page that mean part of what it showed was not captured (crawlers/spiders/
# storefront.py): it was still changing at its settle limit, or a licence-looking image on it
# could not be fetched in time.
UNSEEN_INCIDENTS = ("unsettled", "image-missed")


def entry_failure(view: CaptureView) -> str:
    """Why the licence could not be read, or "": the home page (a watched live room cut
    short by its deadline) or a licence entry page the crawler followed did not load for a
    reason that may be ours or passing (timeout, deadline, refused connection, HTTP 5xx),
    or loaded without all it showed (UNSEEN_INCIDENTS): what it would have shown is
    unknown, so a 'not shown' verdict would be a guess. A 4xx answer is the shop's dead
    link (REFERENCE L3) and still counts as checked."""
    for p in view.pages:
        if p.role == "home" or is_licence_role(p.role):
            unseen = next((i for i in p.page.incidents if i.kind in UNSEEN_INCIDENTS), None)
            if unseen is not None:
                return f"{p.role} 页未完整取得 not fully captured: {unseen.detail}"
        if ((p.role == "home" or is_licence_role(p.role)) and not p.page.ok
                and not 400 <= p.page.status < 500):
            if p.page.truncated:
                return f"{p.role} 直播观看被截断 watch cut short: {p.page.truncated}"
            return f"{p.role} 页未加载 did not load: {p.page.error or f'http {p.page.status}'}"
    return ""


def licence_unread(view: CaptureView) -> str:
    """Why no licence verdict can be given on this capture, or "": a licence page that did
    not load, or a licence entry on the home page that the crawler did not follow."""
    failed = entry_failure(view)
    home = view.home
    if failed or home is None or any(is_licence_role(p.role) for p in view.pages):
        return failed
    for link in home.text.links:
        words = f"{link.text} {link.title}"
        if (LICENCE_ENTRY.search(words) and not PENDING.search(words)
                and link.href.split("#", 1)[0] != home.url.split("#", 1)[0]):  # not a panel
            return f"证照入口未打开 licence entry not followed: {words.strip()[:40]}"
    return ""


def licence_missing(view: CaptureView, ctx: EvalContext) -> list[Hit]:
    """licence.missing: nothing on the home page or its licence entries shows the licence."""
    reading = _reading(view, ctx)
    unit = _home_unit(view)
    if reading.displays or unit is None or licence_unread(view) or exemption(view):
        return []  # an entry that did not load or was not followed, or an exempt individual
    home = view.home
    pending = []
    for page in view.licence_pages():
        m = PENDING.search(page.text.text)
        if m and page.role != "home":
            pending.append(f"{page.role}: …{page.text.text[max(0, m.start() - 12):m.end() + 8]}…")
    context = "已检查 checked: " + "; ".join(reading.tried)
    if pending:
        context += " | 证照页未公示 licence entry not published: " + " ".join(pending)
    seller = seller_reading(view)
    if seller.grounds:  # says it sells as an individual, but trades: no exemption
        context += (" | 自述个人 claims an individual's trade " + "、".join(seller.grounds)
                    + "，但见经营迹象 but trades: " + "、".join(seller.trade))
    unopened = [] if home is None or any(PANEL_LABEL in t for t in reading.tried) else (
        licence_controls(home.parsed, PANEL_LABELS))
    note, certainty = "", None
    if unopened:  # a button whose panel is built on tap: not seen, so only suspected
        note = (f"首页有证照按钮「{unopened[0]}」，其内容点击后才加载，未能查看，请人工点开核实 "
                "a licence button whose panel loads on tap was not opened: check by hand")
        certainty = "suspected"
    return [Hit(unit, 0, 0, matched="首页及证照入口未见营业执照信息 no business licence shown",
                context=context.replace("\n", " "), note=note, certainty=certainty)]


def uscc_invalid(view: CaptureView, ctx: EvalContext) -> list[Hit]:
    """licence.uscc_invalid: the shop's displayed code fails the GB 32100-2015 check."""
    hits = []
    for code in _reading(view, ctx).codes:
        if code.shop and not code.valid and not OLD_REGNO_SHAPE.fullmatch(code.code):
            why = ("校验位错误 check character fails" if code.kind == "uscc"
                   else "格式错误 not an 18-character code")
            hits.append(Hit(code.unit, code.start, code.end, matched=code.raw,
                            note=why + _where(code.unit)))
    return hits


def registered_name(view: CaptureView, ctx: EvalContext) -> tuple[str, str]:
    """(name, where from) the displayed name is judged against: the registry record of the
    target's code, else the list's registered_name, else ('', '') — then only codes count."""
    target = view.target
    record = ctx.registry.get(target.uscc) if ctx.registry is not None and target.uscc else None
    if record is not None and record.name:
        return record.name, "登记名称 registry name"
    if target.registered_name:
        return target.registered_name, "登记名称 registered name (targets list)"
    return "", ""


def licence_mismatch(view: CaptureView, ctx: EvalContext) -> list[Hit]:
    """licence.mismatch: the shop's valid displayed code, or its licence-holder name, differs
    from the registry. The shop name (店铺名) is never compared: it is not the licence name."""
    target = view.target
    want_code = norm_code(target.uscc)
    hits = []
    reading = _reading(view, ctx)
    for code in reading.codes:
        if (code.shop and code.kind == "uscc" and code.valid and len(want_code) == 18
                and code.code != want_code):
            hits.append(Hit(code.unit, code.start, code.end, matched=code.raw,
                            note=f"登记代码 registry code {target.uscc}{_where(code.unit)}"))
    name, source = registered_name(view, ctx)
    if name:
        for shown in reading.names:
            if not same_name(shown, name):
                hits.append(Hit(shown.unit, shown.start, shown.end, matched=shown.name,
                                note=f"{source} {name}{_where(shown.unit)}"))
    return hits


def licence_deregistered(view: CaptureView, ctx: EvalContext) -> list[Hit]:
    """licence.deregistered: the shop displays the code of an entity the registry shows as
    注销 or 吊销 (the licence of an entity that no longer exists)."""
    if ctx.registry is None:
        return []
    hits = []
    seen: set[str] = set()
    for code in _reading(view, ctx).codes:
        if not code.shop or not code.valid or code.code in seen:
            continue
        seen.add(code.code)
        record = ctx.registry.get(code.code)
        if record is not None and record.defunct:
            when = f"，{record.status_date}" if record.status_date else ""
            hits.append(Hit(code.unit, code.start, code.end, matched=code.raw,
                            note=f"登记状态 registry status {record.status}{when} "
                                 f"({record.name or '无名称'})"))
    return hits


def _shows_food_permit(page: PageView, panels: tuple[Unit, ...] = ()) -> bool:
    """A JY number, a labelled food permit with a number, the shop's own SC production
    permit, a prepackaged-only filing, or a permit image (by its label or OCR text), on the
    page or in one of its hidden licence panels (`panels`: the licence reading's)."""
    for unit in (*page.units, *(u for u in panels if u.page_index == page.index)):
        text = unicodedata.normalize("NFKC", unit.text)
        if FOOD_PERMIT_TEXT.search(text) or FOOD_PERMIT_NUMBER.search(text):
            return True
        own = page.role != "item"
        for m in FOOD_PRODUCTION.finditer(text):
            if own and is_shop_party(text, m.start()):
                return True
        if PREPACKAGED.search(text) and PREPACKAGED_FILING.search(text):
            return True
        if unit.source == "ocr" and FOOD_PERMIT_WORDS.search(unit.label + text) and not (
                PENDING.search(text)):
            return True
    entry = is_licence_role(page.role)
    labels = [shown.words for shown in page.text.images] + [
        f"{image.alt} {image.ocr_text or ''}" for image in page.images]
    return any(not PENDING.search(words) and (
        FOOD_PERMIT_WORDS.search(words)
        or (entry and PERMIT_IMAGE.search(words) and not OTHER_PERMIT.search(words)))
        for words in labels)


def food_permit_missing(view: CaptureView, ctx: EvalContext) -> list[Hit]:
    """permit.food_missing: a seller of food for people (judged per product: pet food is
    feed, rules/feed.py) shows no 食品经营许可证 (JY + 14 digits), no production permit of
    its own and no prepackaged-only filing."""
    unit = _home_unit(view)
    if unit is None or not needs_food_permit(view):
        return []
    pages = [p for p in view.pages if p.page.ok]
    panels = _reading(view, ctx).panels
    if any(_shows_food_permit(p, panels) for p in pages) or entry_failure(view):
        return []
    prepackaged = any(PREPACKAGED.search(unicodedata.normalize("NFKC", u.text))
                      for p in pages for u in p.units)
    note = ("仅销售预包装食品者只需备案、无需许可（食品安全法第三十五条），请核实经营范围 "
            "prepackaged-only sellers need a filing, not a permit: verify")
    if prepackaged:
        note = "页面称仅销售预包装食品 page claims prepackaged only — " + note
    checked = "; ".join(f"{p.role} {p.url}" for p in pages)
    sold = ""  # a pet or feed shop's products for people: why it needs a permit at all
    if feed_category(view.target.category):
        sold = " | 人食商品 food for people: " + "；".join(p.name for p in people_food(view))
    return [Hit(unit, 0, 0, matched="未见食品经营许可证编号 no food business permit (JY) shown",
                context=f"类目 category {view.target.category}{sold} | 已检查 checked: {checked}",
                note=note)]


CHECKS: dict[str, Check] = {
    "licence_missing": licence_missing,
    "uscc_invalid": uscc_invalid,
    "licence_mismatch": licence_mismatch,
    "licence_deregistered": licence_deregistered,
    "food_permit_missing": food_permit_missing,
}
# Why a check gave no verdict on a capture ("" when it judged it): the leads stage keeps a
# lead open rather than call it "not seen again" on a licence nobody could read.
# An exempt individual (电子商务法第十条) is named there too: a machine's exemption is for an
# inspector to confirm, so a lead already open on the seller stays open.
UNCHECKED: dict[str, Callable[[CaptureView], str]] = {
    "licence_missing": lambda view: licence_unread(view) or exemption(view),
    "uscc_invalid": licence_unread,
    "licence_mismatch": licence_unread,
    "licence_deregistered": licence_unread,
    "food_permit_missing": lambda view: entry_failure(view) if needs_food_permit(view) else "",
}
