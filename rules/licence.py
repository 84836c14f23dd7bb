"""Reading business-licence data off shop pages: codes, names, whose they are, and displays.

Only the shop's own licence counts. A code or name belongs to another party when
the nearest field label before it names one (生产厂家, 制造商, 委托方, 品牌方, an ICP or
公安 filing...). Licence images count as a display when their alt/title/caption or
heading, their page (the licence entry) or their OCR text says so.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass

from rules.codes import regno15_valid, uscc_valid, uscc_well_formed
from rules.view import CaptureView, PageView, Unit, is_licence_role


def _alt(words: str) -> str:
    """A regex alternation from a whitespace-separated word list."""
    return "|".join(words.split())


_CODE_CHAR = "0-9A-Za-z０-９Ａ-Ｚａ-ｚ"
CODE_LABEL = re.compile(
    "(" + _alt("""统一社会信用代码 社会信用代码 信用代码 统一代码 营业执照(?:注册)?号码?
               营业执照编号 注册号 执照编号 证照编号 uscc""")
    + r"|unified social credit code|credit code)[\s:：()（）号码为是\-]*"
    + rf"([{_CODE_CHAR}](?:[{_CODE_CHAR}]|[ \u3000-](?=[{_CODE_CHAR}])){{9,27}})",
    re.I,
)
BARE_USCC = re.compile(
    r"(?<![0-9A-Za-z])[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}(?![0-9A-Za-z])")
_THIRD = _alt("""生产厂家 生产厂商 生产商 生产企业 生产单位 制造商 制造厂 制造企业 厂家 厂商
    委托方 委托单位 委托企业 受托方 受委托方 被委托方 品牌方 品牌商 品牌持有人 品牌所有人
    商标持有人 出品方 出品商 进口商 代理商 总代理 供货商 供应商 经销商 分销商 物流 快递
    承运商 平台运营方 平台经营者 运营方 主办单位 服务商 备案主体 注册人 上市许可持有人 监制
    委托生产 生产许可 厂名 生产者 制造者 委托人 受托人 出品人 授权方 品牌授权方 商标注册人
    平台运营者 平台方 开发商""")
THIRD_PARTY = re.compile(
    rf"({_THIRD})(?:名称|信息|资质|的)?[ \t]*(?:[:：\n]|(?=统一社会信用代码|社会信用代码|信用代码))"
    r"|(icp|公网安备|公安备案|网安备|京公网|增值电信)", re.I)
SHOP_PARTY = re.compile(_alt("""营业执照 亮照 证照信息 店铺资质 商家资质 店铺证照 工商信息
    经营者信息 经营主体 开店主体 本店 我店 本店铺 店铺主体 卖家信息 商家信息 主体信息 企业信息
    个体工商户"""))
LICENCE_WORDS = re.compile(
    _alt("营业执照 执照 证照 资质 亮照 工商信息") + r"|business licen[cs]e|licen[cs]e", re.I)
PENDING = re.compile(_alt("""审核中 审核当中 待审核 正在审核 暂未公示 未公示 暂未上传 未上传
    正在办理 办理中 暂未提供 未提供 暂无 尚未 补充中 更新中 即将上线 敬请期待 未办理 申请中
    暂不展示 未展示 暂未展示 不展示 稍后公示 待上传 上传中 待补充 未完成"""))
NOT_LICENCE_IMAGE = re.compile(
    _alt("logo 头像 图标 icon 二维码 qr 客服 banner 广告 商品 主图 placeholder 暂无 默认"), re.I)
NAME_LABEL = re.compile(
    "(?<![品店牌物药商产网家号题类件目])("
    + _alt("企业名称 公司名称 市场主体名称 主体名称 单位名称 商户名称 经营主体名称 名称")
    + r")[ \t]*[:：][ \t]*([^\n:：]{2,60})")
_NAMES = _alt("企业名称 公司名称 市场主体名称 主体名称 单位名称 商户名称 经营主体名称 名称")
# A label alone on its line with the value on the next (<dt>/<dd>, table cells).
LINE_NAME = re.compile(r"(?m)^[ \t]*(" + _NAMES + r")[ \t:：]*\n[ \t]*([^\n:：]{2,60})$")
# OCR text has one line per text box and often no colon: "名称烟台市某某商行".
OCR_NAME_LINE = re.compile(r"(?m)^[ \t]*(" + _NAMES + r")[ \t:：]*\n?[ \t]*([^\n:：]{2,60})$")
_NAME_STOP = re.compile(
    r"[ \t]+(?:" + _alt("""统一社会信用代码 社会信用代码 信用代码 类型 住所 地址 法定代表人
    负责人 经营者 注册资本 成立日期 经营场所 经营范围 组成形式 登记机关 营业期限""")
    + r")|[;；,，。|]")
_TRAILING_LABEL = re.compile(
    "(?:" + _alt("""统一社会信用代码 社会信用代码 信用代码 类型 住所 地址 法定代表人 负责人 经营者
    注册资本 成立日期 经营场所 经营范围 组成形式 登记机关 营业期限""") + ")$")
SELF_DECLARATION = re.compile(
    _alt("零星小额交易 不需要办理市场主体登记 无需办理市场主体登记 便民劳务活动 自产农副产品")
    + "|家庭手工业产品|依法不需要办理.{0,6}登记")
FIELD_LABELS = re.compile(
    "(" + _alt("""名称 类型 法定代表人 经营者 住所 经营场所 注册资本 成立日期 营业期限
    经营范围 组成形式""")
    + r")[ \t]*[:：][ \t]*[^\s:：]")
REGISTRY_LINK = re.compile(r"gsxt\.gov\.cn|zzlz\.|businessShow|电子营业执照", re.I)
_OCR_FIXES = str.maketrans({"O": "0", "I": "1", "Z": "2", "S": "5", "V": "Y"})


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


def is_shop_party(text: str, position: int, floor: int = 0) -> bool:
    """True unless the nearest party label before position names someone other than the shop."""
    lo = max(floor, position - 160)
    ahead = min(len(text), position + 12)  # "品牌方统一社会信用代码" looks ahead at the code label
    third = [m.end() for m in THIRD_PARTY.finditer(text, lo, ahead) if m.start() < position]
    shop = [m.end() for m in SHOP_PARTY.finditer(text, lo, position)]
    if not third:
        return True
    return bool(shop) and max(shop) > max(third)


def _clean_code(raw: str, from_ocr: bool) -> str:
    code = norm_code(raw)
    if from_ocr:
        code = code[:2] + code[2:].translate(_OCR_FIXES) if len(code) >= 18 else code
    if len(code) > 18 and uscc_well_formed(code[:18]):
        code = code[:18]
    elif len(code) > 18 and re.fullmatch(r"\d{15}", code[:15]) and regno15_valid(code[:15]):
        code = code[:15]
    return code


def codes_in(unit: Unit, licence_context: bool) -> list[CodeSighting]:
    """Labelled codes in a unit, and unlabelled valid USCCs where the unit is a licence."""
    text = unit.text
    out: list[CodeSighting] = []
    taken: list[tuple[int, int]] = []
    floor = 0
    for m in CODE_LABEL.finditer(text):
        raw = m.group(2).strip()
        code = _clean_code(raw, unit.source == "ocr")
        if len(code) < 15 or not re.search(r"\d", code):
            continue
        shop = is_shop_party(text, m.start(), floor)
        out.append(CodeSighting(unit, m.start(2), m.start(2) + len(raw), raw, code, True, shop))
        taken.append((m.start(), m.end()))
        floor = m.end()
    if licence_context:
        upper = unicodedata.normalize("NFKC", text).upper()
        for m in BARE_USCC.finditer(upper):
            if any(a <= m.start() < b for a, b in taken) or not uscc_valid(m.group()):
                continue
            out.append(CodeSighting(unit, m.start(), m.end(), text[m.start():m.end()], m.group(),
                                    False, is_shop_party(text, m.start())))
    return out


def names_in(unit: Unit, shop_codes: list[CodeSighting],
             licence_context: bool) -> list[NameSighting]:
    """Licence-holder names shown in the shop's own licence block of a unit."""
    out: list[NameSighting] = []
    found = list(OCR_NAME_LINE.finditer(unit.text)) if unit.source == "ocr" else [
        *NAME_LABEL.finditer(unit.text), *LINE_NAME.finditer(unit.text)]
    for m in found:
        near = any(abs(c.start - m.start()) < 240 for c in shop_codes if c.unit is unit)
        if not (near or licence_context) or not is_shop_party(unit.text, m.start()):
            continue
        value = _NAME_STOP.split(m.group(2), maxsplit=1)[0].strip()
        value = _TRAILING_LABEL.sub("", value).strip()
        if len(norm_name(value)) < 2 or PENDING.search(value) or FIELD_LABELS.match(value + "：x"):
            continue
        out.append(NameSighting(unit, m.start(2), m.start(2) + len(value), value))
    return out


def same_name(shown: NameSighting, registered: str) -> bool:
    """Whether a displayed name is the registered one (OCR text may carry a misread character)."""
    a, b = norm_name(shown.name), norm_name(registered)
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


def _image_displays(page: PageView) -> list[str]:
    found: list[str] = []
    pending_page = bool(PENDING.search(page.text.text)) and is_licence_role(page.role)
    for image in page.text.images:
        words = image.words
        if NOT_LICENCE_IMAGE.search(image.alt + image.title) or PENDING.search(words):
            continue
        if LICENCE_WORDS.search(words) or (is_licence_role(page.role) and not pending_page):
            found.append(f"执照图片 licence image {image.src or image.path} ({words or page.role})")
    for image in page.images:
        label = image.alt or ""
        ocr = image.ocr_text or ""
        if PENDING.search(label + ocr) or NOT_LICENCE_IMAGE.search(label):
            continue
        if (LICENCE_WORDS.search(label + ocr) or CODE_LABEL.search(ocr)
                or (is_licence_role(page.role) and not pending_page)):
            found.append(f"执照图片 licence image {image.url} ({label or page.role})")
    return found


def read_licence(view: CaptureView) -> LicenceReading:
    """Read codes, names and licence displays from the home page and licence entries."""
    codes: list[CodeSighting] = []
    names: list[NameSighting] = []
    displays: list[str] = []
    tried: list[str] = []
    for page in view.licence_pages():
        state = "ok" if page.page.ok else (page.page.error or f"http {page.page.status}")
        tried.append(f"{page.role} {page.url} [{state}]")
        if not page.page.ok:
            continue
        for unit in page.units:
            if unit.source == "chat":
                continue
            licence_ctx = _unit_is_licence(page, unit)
            found = codes_in(unit, licence_ctx)
            codes.extend(found)
            shop_codes = [c for c in found if c.shop]
            names.extend(names_in(unit, shop_codes, licence_ctx))
            displays.extend(f"执照代码 code {c.code}" for c in shop_codes if c.kind != "bad")
            if SELF_DECLARATION.search(unit.text):
                displays.append("免登记声明 self-declaration (电子商务法第十条)")
            displays.extend(_field_blocks(unit, licence_ctx))
        displays.extend(_image_displays(page))
        for link in page.text.links:
            if REGISTRY_LINK.search(link.href) or "电子营业执照" in link.text:
                displays.append(f"亮照链接 registry link {link.href}")
    return LicenceReading(tuple(codes), tuple(names), tuple(displays), tuple(tried))


def _field_blocks(unit: Unit, licence_ctx: bool) -> list[str]:
    """A licence heading followed by at least two filled licence fields, not marked pending."""
    out: list[str] = []
    text = unit.text
    for m in LICENCE_WORDS.finditer(text):
        window = text[m.start(): m.start() + 220]
        if PENDING.search(window[:60]):
            continue
        labels = {f.group(1) for f in FIELD_LABELS.finditer(window)}
        if len(labels) >= 2 and (licence_ctx or "营业执照" in m.group()):
            out.append(f"执照信息 licence fields {'/'.join(sorted(labels))}")
            break
    return out
