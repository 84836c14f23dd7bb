"""Reading the shop's licence off its pages: which pages, which blocks, what counts as shown.

The home page, the licence entries and the about/contact pages the crawler followed are
read unit by unit (and their hidden licence panels); in each, rules/licence_fields.py
finds the codes and holder names and whose each is. Licence images count as a display
when their alt/title/caption or heading, their page (the licence entry) or their OCR text
says so; a licence heading with filled fields, a registry link or a self-declaration
count too. The verdicts are rules/checks.py's.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Protocol

from hongdun.records import RegistryRecord
from rules.licence_fields import (
    CodeSighting,
    NameSighting,
    carries_licence_block,
    codes_in,
    collapse_label_spaces,
    names_in,
)
from rules.licence_patterns import (
    ABOUT_ROLES,
    CODE_LABEL,
    FIELD_BLOCK_HEAD,
    FIELD_LABELS,
    IMAGE_FILE,
    LICENCE_WORDS,
    NOT_LICENCE_IMAGE,
    PANEL_LABEL,
    PANEL_LABELS,
    PENDING,
    PLATFORM_CHROME,
    REGISTRY_LINK,
    SELF_BUILT_PLATFORMS,
    SELF_DECLARATION,
    SELLER_LABELS,
    STRONG_BLOCK_HEADS,
    STRONG_SHOP,
)
from rules.panels import hidden_panels
from rules.view import CaptureView, PageView, Unit, is_licence_role


class RegistryLookup(Protocol):
    """What the rules may ask of the registry: the record of one code, or None."""

    def get(self, uscc: str) -> RegistryRecord | None: ...


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
        if (image.icon or NOT_LICENCE_IMAGE.search(image.alt + image.title)
                or PENDING.search(words)):
            continue  # an icon (a 亮照 badge's 18 px glyph) shows no licence: what it opens may
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


OWN_NAME_REACH = 16  # characters from the end of a name to the code it names ("…提供（代码 ")


def _named_own(code: CodeSighting, registered_name: str) -> CodeSighting:
    """A code a party label gave to another party is the shop's when the party named right
    before it is the shop's registered entity (售后服务由<登记名称>提供（统一社会信用代码 …）)."""
    if code.shop or len(registered_name) < 4:
        return code
    text = code.unit.text
    lo = max(text.rfind("\n", 0, code.start) + 1, code.start - 80)
    at = text.rfind(registered_name, lo, code.start)
    if at >= 0 and code.start - (at + len(registered_name)) <= OWN_NAME_REACH:
        return dataclasses.replace(code, shop=True)
    return code


def licence_pages(view: CaptureView) -> list[tuple[PageView, bool]]:
    """The home page, the licence entries and the about/contact pages the crawler followed,
    and any other page of the visit that carries the shop's licence block (a 店铺资质 page a
    live room's shop link or an item link led to), each with whether it is a licence entry:
    a licence page, or a page other than home that carries the block, whatever its link was
    called."""
    out = []
    for p in view.pages:
        carries = (p.role != "home" and not is_licence_role(p.role) and p.page.ok
                   and carries_licence_block(p.text.text))
        if carries or p.role == "home" or is_licence_role(p.role) or p.role in ABOUT_ROLES:
            out.append((p, carries or is_licence_role(p.role)))
    return out


def read_licence(view: CaptureView) -> LicenceReading:
    """Read codes, names and licence displays from the home page and licence entries."""
    codes: list[CodeSighting] = []
    names: list[NameSighting] = []
    displays: list[str] = []
    tried: list[str] = []
    panel_units: list[Unit] = []
    for page, entry in licence_pages(view):
        state = "ok" if page.page.ok else (page.page.error or f"http {page.page.status}")
        tried.append(f"{page.role} {page.url} [{state}]")
        if not page.page.ok:
            continue
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
            found = [_named_own(c, view.target.registered_name)
                     for c in codes_in(unit, licence_ctx)]
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
    out = []
    for panel in hidden_panels(page.parsed, page.url, PANEL_LABELS,
                               carries=carries_licence_block, seller=SELLER_LABELS):
        label = f"{PANEL_LABEL}「{panel.label}」({panel.how})"
        images = [f"执照图片 licence image {image.src or image.path} ({label})"
                  for image in panel.text.images
                  if not image.icon and not NOT_LICENCE_IMAGE.search(image.alt + image.title)
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
