"""The shop's licence fields in one unit of text: codes and holder names, and whose each is.

A code or name belongs to another party when the nearest party label before it names
one (生产厂家, 制造商, 委托方, 品牌方, a partner, a provider, an ICP or 公安 filing...), or a
party word follows the code on its line. rules/licence.py walks the pages and collects
these sightings with the licence displays; rules/checks.py judges them.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass

from rules.codes import regno15_valid, uscc_valid, uscc_well_formed
from rules.licence_patterns import (
    BARE_BAD_USCC,
    BARE_USCC,
    BLOCK_REACH,
    CEASED_AFTER,
    CJK,
    CODE_LABEL,
    ENGLISH_NAME,
    FIELD_LABELS,
    FILING_REACH,
    HEADING_ENDS,
    HOLDER_FIELD,
    HOLDER_LABELS,
    INLINE_LABEL,
    INLINE_NAME,
    LABEL_LINE,
    LINE_NAME,
    NAME_LABEL,
    NAME_LABEL_WORDS,
    NAME_NOTE,
    NAME_PREFIXES,
    NAME_STOP,
    NOT_CODE,
    OCR_FIXES,
    OCR_NAME_LINE,
    PENDING,
    SHOP_PARTY,
    SPACED_LABEL,
    THIRD_PARTY,
    THIRD_PARTY_AFTER,
    TRAILING_LABEL,
    VALUE_BREAK,
)
from rules.view import Unit

# A bracketed run of Latin letters (a romanised name after the Chinese one); "(中国)" stays.
LATIN_BRACKETS = re.compile(r"[(（][A-Za-z0-9 .,'’&\-]*[A-Za-z][A-Za-z0-9 .,'’&\-]*[)）]")
_NAME_WORDS = tuple(NAME_LABEL_WORDS)
_PREFIXES = tuple(p for p in NAME_PREFIXES if p)


def is_name_label(label: str) -> bool:
    """True when a label names the licence holder: a name label, alone or after a prefix
    or a heading ("营业执照名称", "企业信息公示 企业名称"); never "店铺名称" or "商品名称"."""
    if not label.endswith(_NAME_WORDS):
        return False  # the common case, in one call
    for name in _NAME_WORDS:
        if not label.endswith(name):
            continue
        before = label[: len(label) - len(name)]
        if not before or before.endswith(_PREFIXES) or before.endswith(HEADING_ENDS):
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


def _holder_label(label: str) -> bool:
    return is_name_label(label) or label in HOLDER_LABELS


def _glued_holder_label(before: str) -> int:
    """Where the value starts when a line opens with a holder label whose value element
    follows it with no space or colon (<span>名称</span><span>某某加工厂</span> read as one
    run, 名称某某加工厂), else 0."""
    run = before.lstrip(" \t")
    lead = len(before) - len(run)
    for k in range(min(12, len(run) - 2), 1, -1):  # the longest label first
        if _holder_label(run[:k]):
            return lead + k
    return 0


def in_field_value(text: str, start: int) -> bool:
    """True when start lies inside a field's value: a run of text right after a label's colon
    ("营业执照：海阳市某某农副产品加工厂"), after a holder label shown beside it with no colon
    ("主体名称 长岛县某某加工厂", or glued to it: 名称长岛县某某加工厂), or on the line after a
    holder label alone on its line (a table's or a <dl>'s 主体名称, then 长岛县某某加工厂). A
    party word there is part of a name."""
    line = text.rfind("\n", 0, start)
    colon = max(text.rfind("：", 0, start), text.rfind(":", 0, start))
    if colon > line:
        between = text[colon + 1: start].lstrip(" \t")
        return len(between) >= 2 and not VALUE_BREAK.search(between)
    before = text[line + 1: start]
    inline = INLINE_LABEL.match(before)
    glued = _glued_holder_label(before)
    if inline and _holder_label(inline.group(1)):
        before = before[inline.end():]
    elif glued:
        before = before[glued:]
    elif line < 0 or not (label := LABEL_LINE.fullmatch(
            text[text.rfind("\n", 0, line) + 1: line])) or not _holder_label(label.group(1)):
        return False
    before = before.lstrip(" \t")
    return len(before) >= 2 and not VALUE_BREAK.search(before)


def _shop_code(text: str, start: int, end: int, floor: int = 0) -> bool:
    """Whether the code sighted from start (its label, or the code itself) to end is the
    shop's: no other party named before it (is_shop_party) nor right after it on its line,
    and no clause right after it saying its entity has ceased (a former entity told of)."""
    return (is_shop_party(text, start, floor) and not THIRD_PARTY_AFTER.match(text, end)
            and not CEASED_AFTER.match(text, end))


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
    if not licence_context and not any(c.unit is unit for c in shop_codes):
        return out  # a name is read only in a licence block or next to the shop's code
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
        if not CJK.search(value):  # a registered name is Chinese: this is a translation
            continue
        out.append(NameSighting(unit, m.start(2), m.start(2) + len(value), value))
    return out


def chinese_part(name: str) -> str:
    """A name without the English or romanised rendering shown beside it ("烟台某某有限公司
    Yantai Mou Co., Ltd.", "Yantai Mou / 烟台某某", "烟台某某（Yantai Mou）"): a registered name
    is written in Chinese, its translation is no part of it."""
    text = LATIN_BRACKETS.sub("", unicodedata.normalize("NFKC", name))
    parts = [p for p in re.split(r"[ \t\u3000]*[/|][ \t\u3000]*|[ \t\u3000]+", text.strip()) if p]
    while parts and not CJK.search(parts[0]):
        parts.pop(0)
    while parts and not CJK.search(parts[-1]):
        parts.pop()
    return " ".join(parts) if parts else text


def same_name(shown: NameSighting, registered: str) -> bool:
    """Whether a displayed name is the registered one (OCR text may carry a misread character;
    a trailing note of the entity type, 「（个体工商户）」, is no part of the name, nor an English
    rendering beside it)."""
    a = NAME_NOTE.sub("", norm_name(chinese_part(shown.name)))
    b = NAME_NOTE.sub("", norm_name(chinese_part(registered)))
    if a == b:
        return True
    return shown.unit.source == "ocr" and difflib.SequenceMatcher(None, a, b).ratio() >= 0.9
