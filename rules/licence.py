"""Reading business-licence data off shop pages: codes, names, whose they are, and displays.

Only the shop's own licence counts. A code or name belongs to another party when
the nearest field label before it names one (生产厂家, 制造商, 委托方, 品牌方, an ICP or
公安 filing...). Licence images count as a display when their alt/title/caption or
heading, their page (the licence entry) or their OCR text says so.
"""

from __future__ import annotations

import dataclasses
import difflib
import re
import unicodedata
from dataclasses import dataclass
from typing import Protocol

from hongdun.records import RegistryRecord
from rules.codes import regno15_valid, uscc_valid, uscc_well_formed
from rules.licence_patterns import (
    ABOUT_ROLES,
    BARE_BAD_USCC,
    BARE_USCC,
    BLOCK_REACH,
    CJK,
    CODE_LABEL,
    ENGLISH_NAME,
    FIELD_BLOCK_HEAD,
    FIELD_LABELS,
    FILING_REACH,
    HEADING_ENDS,
    HOLDER_FIELD,
    IMAGE_FILE,
    INLINE_NAME,
    LICENCE_WORDS,
    LINE_NAME,
    NAME_LABEL,
    NAME_LABEL_WORDS,
    NAME_NOTE,
    NAME_PREFIXES,
    NAME_STOP,
    NOT_CODE,
    NOT_LICENCE_IMAGE,
    OCR_FIXES,
    OCR_NAME_LINE,
    PANEL_LABEL,
    PANEL_LABELS,
    PENDING,
    PLATFORM_CHROME,
    REGISTRY_LINK,
    SELF_BUILT_PLATFORMS,
    SELF_DECLARATION,
    SELLER_LABELS,
    SHOP_PARTY,
    SPACED_LABEL,
    STRONG_BLOCK_HEADS,
    STRONG_SHOP,
    THIRD_PARTY,
    THIRD_PARTY_AFTER,
    TRAILING_LABEL,
    VALUE_BREAK,
)
from rules.panels import hidden_panels
from rules.view import CaptureView, PageView, Unit, is_licence_role


class RegistryLookup(Protocol):
    """What the rules may ask of the registry: the record of one code, or None."""

    def get(self, uscc: str) -> RegistryRecord | None: ...


def is_name_label(label: str) -> bool:
    """True when a label names the licence holder: a name label, alone or after a prefix
    or a heading ("营业执照名称", "企业信息公示 企业名称"); never "店铺名称" or "商品名称"."""
    for name in NAME_LABEL_WORDS:
        if not label.endswith(name):
            continue
        before = label[: len(label) - len(name)]
        if not before or any(before.endswith(p) for p in NAME_PREFIXES if p) or before.endswith(
                HEADING_ENDS):
            return True
    return False


@dataclass(frozen=True)
class CodeSighting:
    """A displayed registration code and whose it is."""

    unit: Unit
    start: int
    end: int
    raw: str
    code: str  # upper case, spaces and hyphens removed
    labelled: bool
    shop: bool  # False when another party's (manufacturer, filing, ...)

    @property
    def kind(self) -> str:
        """'uscc' (18 characters, valid or not), 'regno' (valid 15-digit) or 'bad'."""
        if len(self.code) == 18:
            return "uscc"
        if len(self.code) == 15 and regno15_valid(self.code):
            return "regno"
        return "bad"

    @property
    def valid(self) -> bool:
        return self.kind == "regno" or (self.kind == "uscc" and uscc_valid(self.code))


@dataclass(frozen=True)
class NameSighting:
    """A displayed licence holder name in the shop's own licence block."""

    unit: Unit
    start: int
    end: int
    name: str


def norm_name(name: str) -> str:
    """A name in comparable form: NFKC (brackets, width), no spaces, lower case."""
    text = unicodedata.normalize("NFKC", name)
    return re.sub(r"[\s\u200b\ufeff·]", "", text).strip(".,;:，。；：").lower()


def norm_code(code: str) -> str:
    """A code in comparable form: NFKC, upper case, spaces and hyphens removed."""
    return re.sub(r"[\s\-]", "", unicodedata.normalize("NFKC", code)).upper()


def in_field_value(text: str, start: int) -> bool:
    """True when start lies inside a field's value, a run of text right after a label's colon
    ("营业执照：海阳市某某农副产品加工厂"): a party word there is part of a name, no label."""
    line = text.rfind("\n", 0, start)
    colon = max(text.rfind("：", 0, start), text.rfind(":", 0, start))
    if colon <= line:
        return False
    between = text[colon + 1: start].lstrip(" \t")
    return len(between) >= 2 and not VALUE_BREAK.search(between)


def _shop_code(text: str, start: int, end: int, floor: int = 0) -> bool:
    """Whether the code sighted from start (its label, or the code itself) to end is the
    shop's: no other party named before it (is_shop_party) nor right after it on its line."""
    return is_shop_party(text, start, floor) and not THIRD_PARTY_AFTER.match(text, end)


def is_shop_party(text: str, position: int, floor: int = 0) -> bool:
    """True unless the nearest party label before position names someone other than the shop."""
    lo = max(floor, position - 160)
    ahead = min(len(text), position + 12)  # "品牌方统一社会信用代码" looks ahead at the code label
    third = [m.end() for m in THIRD_PARTY.finditer(text, lo, ahead) if m.start() < position
             and (m.group(2) is None or position - m.end() <= FILING_REACH)
             and not in_field_value(text, m.start())]
    shop = [m.end() for m in SHOP_PARTY.finditer(text, lo, position)]
    if not third:
        return True
    return bool(shop) and max(shop) > max(third)


def _clean_code(raw: str, from_ocr: bool) -> str:
    code = norm_code(raw)
    if from_ocr:
        code = code[:2] + code[2:].translate(OCR_FIXES) if len(code) >= 18 else code
    if len(code) > 18 and uscc_well_formed(code[:18]):
        code = code[:18]
    elif len(code) > 18 and re.fullmatch(r"\d{15}", code[:15]) and regno15_valid(code[:15]):
        code = code[:15]
    return code


def codes_in(unit: Unit, licence_context: bool) -> list[CodeSighting]:
    """Labelled codes in a unit and, where the unit is a licence, unlabelled USCC-shaped ones
    (valid, or failing the check but with a letter in the subject ID, unlike ID numbers)."""
    text = unit.text
    out: list[CodeSighting] = []
    taken: list[tuple[int, int]] = []
    floor = 0
    for m in CODE_LABEL.finditer(text):
        raw = m.group(2).strip()
        code = _clean_code(raw, unit.source == "ocr")
        if len(code) < 15 or len(re.findall(r"\d", code)) < 6 or NOT_CODE.match(code):
            continue
        end = m.start(2) + len(raw)
        out.append(CodeSighting(unit, m.start(2), end, raw, code, True,
                                _shop_code(text, m.start(), end, floor)))
        taken.append((m.start(), m.end()))
        floor = m.end()
    if licence_context:
        upper = unicodedata.normalize("NFKC", text).upper()
        bare = {m.span(): m.group() for m in BARE_USCC.finditer(upper) if uscc_valid(m.group())}
        bare.update({m.span(): m.group() for m in BARE_BAD_USCC.finditer(upper)
                     if m.span() not in bare})
        for (start, end), code in sorted(bare.items()):
            if any(a <= start < b for a, b in taken):
                continue
            out.append(CodeSighting(unit, start, end, text[start:end], code, False,
                                    _shop_code(text, start, end)))
    return out


def carries_licence_block(text: str) -> bool:
    """True when text holds the shop's own licence block: a labelled code of the shop's
    (no other party's label before it) with a holder field (name, address) near it."""
    text = collapse_label_spaces(text)
    for m in CODE_LABEL.finditer(text):
        code = norm_code(m.group(2))
        if len(code) < 15 or NOT_CODE.match(code) or not is_shop_party(text, m.start()):
            continue
        if HOLDER_FIELD.search(text, max(0, m.start() - BLOCK_REACH), m.end() + BLOCK_REACH):
            return True
    return False


def collapse_label_spaces(text: str) -> str:
    """Licence faces space their labels out ("名　　称", "类 型："): join them, padding after
    the label so that every offset stays where it was."""
    return SPACED_LABEL.sub(
        lambda m: "".join(g for g in m.groups() if g) + " " * (len(m.group(0)) - 2), text)


def names_in(unit: Unit, shop_codes: list[CodeSighting],
             licence_context: bool) -> list[NameSighting]:
    """Licence-holder names shown in the shop's own licence block of a unit."""
    out: list[NameSighting] = []
    text = collapse_label_spaces(unit.text)
    found = list(OCR_NAME_LINE.finditer(text)) if unit.source == "ocr" else [
        m for m in (*NAME_LABEL.finditer(text), *LINE_NAME.finditer(text),
                    *INLINE_NAME.finditer(text))
        if is_name_label(m.group(1))]
    english = [] if unit.source == "ocr" else [
        m for m in ENGLISH_NAME.finditer(text) if CJK.search(m.group(2))]
    found += english
    starts = set()
    for m in found:
        if m.start(2) in starts:
            continue
        starts.add(m.start(2))
        near = any(abs(c.start - m.start()) < 240 for c in shop_codes if c.unit is unit)
        if not (near or licence_context) or not is_shop_party(unit.text, m.start()):
            continue
        value = NAME_STOP.split(m.group(2), maxsplit=1)[0].strip()
        value = TRAILING_LABEL.sub("", value).strip()
        if len(norm_name(value)) < 2 or PENDING.search(value) or FIELD_LABELS.match(value + "：x"):
            continue
        out.append(NameSighting(unit, m.start(2), m.start(2) + len(value), value))
    return out


def same_name(shown: NameSighting, registered: str) -> bool:
    """Whether a displayed name is the registered one (OCR text may carry a misread character;
    a trailing note of the entity type, 「（个体工商户）」, is no part of the name)."""
    a, b = NAME_NOTE.sub("", norm_name(shown.name)), NAME_NOTE.sub("", norm_name(registered))
    if a == b:
        return True
    return shown.unit.source == "ocr" and difflib.SequenceMatcher(None, a, b).ratio() >= 0.9


def _unit_is_licence(page: PageView, unit: Unit) -> bool:
    if is_licence_role(page.role):
        return True
    return unit.source == "ocr" and bool(LICENCE_WORDS.search(unit.label + unit.text))


@dataclass(frozen=True)
class LicenceReading:
    """Everything licence-related read off the home page and licence entry pages."""

    codes: tuple[CodeSighting, ...]
    names: tuple[NameSighting, ...]
    displays: tuple[str, ...]  # human-readable reasons the licence counts as displayed
    tried: tuple[str, ...]  # pages looked at, with their state, for the finding's context
    panels: tuple[Unit, ...] = ()  # hidden licence panels read as text (permits are read too)


def _image_displays(page: PageView, entry: bool) -> list[str]:
    """Licence images of a page; on a licence entry (`entry`) any image not marked otherwise."""
    found: list[str] = []
    pending_page = bool(PENDING.search(page.text.text)) and entry
    for image in page.text.images:
        words = image.words
        if NOT_LICENCE_IMAGE.search(image.alt + image.title) or PENDING.search(words):
            continue
        if LICENCE_WORDS.search(words) or (entry and not pending_page):
            found.append(f"执照图片 licence image {image.src or image.path} ({words or page.role})")
    for image in page.images:
        label = image.alt or ""
        ocr = image.ocr_text or ""
        if PENDING.search(label + ocr) or NOT_LICENCE_IMAGE.search(label):
            continue
        if (LICENCE_WORDS.search(label + ocr) or CODE_LABEL.search(ocr)
                or (entry and not pending_page)):
            found.append(f"执照图片 licence image {image.url} ({label or page.role})")
    return found


def _not_chrome(code: CodeSighting, own_names: tuple[str, ...]) -> CodeSighting:
    """On a platform's shop page, a code on a line of the platform's chrome (版权所有, ICP,
    增值电信, 平台服务 ...) that says nothing of the shop (no shop word, neither the shop's
    nor its registered name) is the platform's, not the shop's."""
    text = code.unit.text
    lo = text.rfind("\n", 0, code.start) + 1
    hi = text.find("\n", code.end)
    line = text[lo: hi if hi >= 0 else len(text)]
    if (code.shop and PLATFORM_CHROME.search(line) and not STRONG_SHOP.search(line)
            and not any(name and name in line for name in own_names)):
        return dataclasses.replace(code, shop=False)
    return code


def licence_pages(view: CaptureView) -> list[PageView]:
    """The home page, the licence entries and the about/contact pages the crawler followed."""
    return [p for p in view.pages
            if p.role == "home" or is_licence_role(p.role) or p.role in ABOUT_ROLES]


def read_licence(view: CaptureView) -> LicenceReading:
    """Read codes, names and licence displays from the home page and licence entries."""
    codes: list[CodeSighting] = []
    names: list[NameSighting] = []
    displays: list[str] = []
    tried: list[str] = []
    panel_units: list[Unit] = []
    for page in licence_pages(view):
        state = "ok" if page.page.ok else (page.page.error or f"http {page.page.status}")
        tried.append(f"{page.role} {page.url} [{state}]")
        if not page.page.ok:
            continue
        # an about/contact page that carries the shop's licence block is its licence entry
        entry = is_licence_role(page.role) or (
            page.role in ABOUT_ROLES and carries_licence_block(page.text.text))
        if entry and not is_licence_role(page.role):
            tried.append(f"{page.role} {page.url} 载有执照信息 carries a licence block")
        panels = _panel_units(page)
        panel_units.extend(unit for unit, _ in panels)
        tried.extend(f"{page.role} {unit.label}"
                     + (" [未公示 pending]" if PENDING.search(unit.text) else "")
                     for unit, _ in panels)
        for _, panel_images in panels:
            displays.extend(panel_images)
        for unit in (*page.units, *(u for u, _ in panels)):
            if unit.source == "chat":
                continue
            licence_ctx = (entry or _unit_is_licence(page, unit)
                           or unit.label.startswith(PANEL_LABEL))
            found = codes_in(unit, licence_ctx)
            if view.target.platform not in SELF_BUILT_PLATFORMS and page.role != "about":
                own = (view.target.shop_name, view.target.registered_name)
                found = [_not_chrome(c, own) for c in found]
            codes.extend(found)
            shop_codes = [c for c in found if c.shop]
            names.extend(names_in(unit, shop_codes, licence_ctx))
            displays.extend(f"执照代码 code {c.code}" for c in shop_codes
                            if c.kind != "bad" or c.labelled)  # a mistyped code still shows it
            if SELF_DECLARATION.search(unit.text):
                displays.append("免登记声明 self-declaration (电子商务法第十条)")
            displays.extend(_field_blocks(unit, licence_ctx))
        displays.extend(_image_displays(page, entry))
        for link in page.text.links:
            if REGISTRY_LINK.search(link.href) or "电子营业执照" in link.text:
                displays.append(f"亮照链接 registry link {link.href}")
            elif (IMAGE_FILE.search(link.href) and LICENCE_WORDS.search(link.text + link.title)
                  and not PENDING.search(link.text + link.title)):
                displays.append(f"执照图片链接 licence image link {link.href}")
    return LicenceReading(tuple(codes), tuple(names), tuple(displays), tuple(tried),
                          tuple(panel_units))


def _panel_units(page: PageView) -> list[tuple[Unit, list[str]]]:
    """The page's hidden panels labelled as a licence (rules/panels.py), each as a unit of
    licence text, with the licence images it holds as displays."""
    content_type = next((v for k, v in page.page.headers if k.lower() == "content-type"), "")
    out = []
    for panel in hidden_panels(page.page.body, page.url, PANEL_LABELS, content_type,
                               carries_licence_block, SELLER_LABELS):
        label = f"{PANEL_LABEL}「{panel.label}」({panel.how})"
        images = [f"执照图片 licence image {image.src or image.path} ({label})"
                  for image in panel.text.images
                  if not NOT_LICENCE_IMAGE.search(image.alt + image.title)
                  and not PENDING.search(image.words + panel.text.text)]
        out.append((Unit(page.index, "page", panel.text.text, label=label, page=panel.text),
                    images))
    return out


def _field_blocks(unit: Unit, licence_ctx: bool) -> list[str]:
    """A licence heading followed by at least two filled licence fields, not marked pending."""
    out: list[str] = []
    text = collapse_label_spaces(unit.text)
    for m in FIELD_BLOCK_HEAD.finditer(text):
        window = text[m.start(): m.start() + 220]
        if PENDING.search(window[:60]):
            continue
        labels = {f.group(1) for f in FIELD_LABELS.finditer(window)}
        if len(labels) >= 2 and (licence_ctx or m.group() in STRONG_BLOCK_HEADS):
            out.append(f"执照信息 licence fields {'/'.join(sorted(labels))}")
            break
    return out
