"""The licence rule's patterns: labels, party words and field shapes, compiled from
licence_words.yaml (the word lists an inspector extends) for rules/licence.py."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

WORDS: dict[str, Any] = yaml.safe_load(
    (Path(__file__).parent / "licence_words.yaml").read_text(encoding="utf-8"))


def _alt(words: str) -> str:
    """A regex alternation from a whitespace-separated word list (longest first)."""
    return "|".join(sorted(words.split(), key=len, reverse=True))


def words_alt(key: str) -> str:
    """A regex alternation of one word list of licence_words.yaml."""
    value = WORDS[key]
    return "|".join(value) if isinstance(value, list) else (
        value if "|" in value else _alt(value))


_CODE_CHAR = "0-9A-Za-z０-９Ａ-Ｚａ-ｚ"
_CODE_SEP = r"[\s:：()（）号码为是/\-\"'“”「」【】\[\]]*"
# A label, perhaps with its translation after it (统一社会信用代码 USCC: a bilingual table's
# header cell, read on the row's line), then the code.
CODE_LABEL = re.compile(
    "((?:" + words_alt("code_labels") + ")(?:" + _CODE_SEP + "(?:" + words_alt("code_labels")
    + r")(?![0-9A-Za-z]))?)" + _CODE_SEP
    + rf"([{_CODE_CHAR}](?:[{_CODE_CHAR}]|[ \u3000-](?=[{_CODE_CHAR}])){{9,27}})",
    re.I,
)
BARE_USCC = re.compile(
    r"(?<![0-9A-Za-z])[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}(?![0-9A-Za-z])")
# A bare 18-character string in a licence block that fails its check is still a code
# when it carries a letter in the subject-ID part (an ID-card number does not).
BARE_BAD_USCC = re.compile(
    r"(?<![0-9A-Za-z])[1-9ANY][0-9A-Z]\d{6}(?=[0-9A-Z]{0,8}[A-Z])[0-9A-Z]{9}[0-9A-Z]"
    r"(?![0-9A-Za-z])")
# A party label: its word, then a colon, a line break or a field label ("品牌方名称"); or its
# word run straight into that party's name (ending like an entity's name, perhaps with a
# verb: 出具, 提供) with the code in brackets after it ("授权方烟台某某有限公司（统一社会信用代码
# …）"): either way the code is that party's. "厂家直销（…）" names no other entity.
# A code after the name and a separator ("某某科技有限公司 · 统一社会信用代码 …") is that
# party's too.
# A partner's label (合作外景基地：) and a provider's clause (由某某有限公司提供（…）) name other
# parties by their structure, whatever the partner or the service is.
# A partner's label is one whose value names an entity (合作外景基地：某某文化传媒有限公司), not
# a count or a way of working (签约客户：1000家, 合作方式：线上).
_PARTNER_LABEL = (rf"(?:{words_alt('partner_prefixes')})(?!社)"
                  rf"(?![\u4e00-\u9fff]{{0,4}}(?:{words_alt('partner_contact_words')}))"
                  r"[\u4e00-\u9fff]{1,5}?(?=[ \t]*[:：\n][ \t\n]*[^\n:：]{0,40}?(?:"
                  + words_alt("entity_ends") + "))")
# A clause naming who does a service ("由烟台某某托管服务有限公司托管保洁，统一社会信用代码 …"):
# 由, an entity's name, then a short verb run that is not running the shop itself (经营, 运营:
# "本店由某某有限公司经营" names the seller's own operator).
_ENTITY_NAME = r"(?:[\u4e00-\u9fff]|[（(][\u4e00-\u9fff]{1,8}[)）])"  # "某某（烟台）有限公司"
_PROVIDED_BY = (r"(?<![理自缘事来])由(?!于)(?=" + _ENTITY_NAME + "{2,40}?(?:"
                + words_alt("entity_ends") + ")(?!" + words_alt("operator_verbs")
                + r")[\u4e00-\u9fff]{1,6}(?:[（(，,、。；;:：\s]|$))")
# A former operator (原经营主体, 前任店主) is another party too: the entity the shop was run by.
_FORMER = rf"(?:{words_alt('former_prefixes')})(?:{words_alt('former_parties')})"
# What puts a shop-party word on the former operator's side: a former prefix right before it.
_NOT_FORMER = "".join(f"(?<!{prefix})" for prefix in WORDS["former_prefixes"].split())
THIRD_PARTY = re.compile(
    rf"({_FORMER}|{words_alt('third_party')}|{words_alt('third_party_phrases')}"
    rf"|{_PARTNER_LABEL}|{_PROVIDED_BY})"
    # (its short name in brackets before the colon: 内容合作机构（MCN）：)
    r"(?:名称|信息|资质|的|营业执照|证照|执照)*(?:信息)?(?:[（(][A-Za-z\u4e00-\u9fff]{1,10}[）)])?"
    r"[ \t]*(?:[:：\n]|(?=[\u4e00-\u9fff]{0,6}(?:名称|信用代码|地址|住所|电话))"
    # a table row's label cell beside its value cell, the entity's name alone to the line's end
    r"|(?<=[ \t])(?=" + _ENTITY_NAME + "{2,40}?(?:" + words_alt("entity_ends")
    + r")[ \t]*(?:\n|$))"
    r"|(?=[\u4e00-\u9fff()（）]{1,40}?(?:" + words_alt("entity_ends") + r")[\u4e00-\u9fff]{0,6}"
    r"(?:[（(][^）)\n]{0,6}|[ \t]*[·•|,，、/][ \t]*[^\n]{0,6}?)(?:信用代码|注册号|代码)))"
    rf"|({words_alt('filings')})", re.I)
# A party word right after a code on its line ("… 统一社会信用代码 9137… · 技术支持"): the
# code is that party's.
# A clause after a code whose subject is the code's entity serving the shop ("某某物流有限公司
# （…）负责本店商品清关"): the shop is its object, so the code is the provider's; running the
# shop itself ("负责本店经营") is the seller's own.
_SERVES_SHOP = (rf"(?:{words_alt('service_verbs')}|为(?=(?:{words_alt('shop_objects')})提供))"
                rf"(?:{words_alt('shop_objects')})(?!的?(?:{words_alt('operator_verbs')}))")
THIRD_PARTY_AFTER = re.compile(
    rf"[ \t]*[·•|,，、)）]?[ \t]*(?:(?:提供)?(?:{words_alt('third_party')}"
    rf"|{words_alt('third_party_phrases')})|{_SERVES_SHOP})", re.I)
SHOP_PARTY = re.compile(_NOT_FORMER + "(?:" + words_alt("shop_party") + ")")
# A clause after a code saying its entity has ceased: "（…）已于2023年2月注销", "，现已转让".
CEASED_AFTER = re.compile(r"[ \t]*[)）]?[ \t,，]*(?:现|均|早)?已(?:于?[^，。；;\n]{0,16}?)?(?:"
                          + words_alt("ceased_words") + ")")
NOT_CODE = re.compile(WORDS["not_codes"])
NAME_NOTE = re.compile(r"\((?:" + words_alt("name_notes") + r")\)$")
VALUE_BREAK = re.compile(r"[\s;；,，。|、（(）)]")  # what ends a field value
FILING_REACH = 6  # a filing label (ICP, 公安备案) owns only the number right after it
PLATFORM_CHROME = re.compile(words_alt("platform_chrome"), re.I)
STRONG_SHOP = re.compile(words_alt("strong_shop"))
LICENCE_WORDS = re.compile(words_alt("licence_words"), re.I)
PANEL_LABELS = re.compile(words_alt("panel_labels"), re.I)
SELLER_LABELS = re.compile(words_alt("seller_labels"), re.I)
PENDING = re.compile(words_alt("pending"))
NOT_LICENCE_IMAGE = re.compile(words_alt("not_licence_image"), re.I)
NAME_LABEL_WORDS = frozenset(WORDS["name_labels"].split())
NAME_PREFIXES = frozenset(["", *WORDS["name_label_prefixes"].split()])
HEADING_ENDS = tuple(WORDS["heading_ends"].split())
_NAMES = words_alt("name_labels")
# A run of CJK (the label) and a colon, then the value: the label is judged as a whole.
NAME_LABEL = re.compile(
    r"([\u4e00-\u9fff]{1,12})[\"'”」】]?[ \t]*[:：][ \t]*[\"'“「【]?(?=([^\n:：\"”」】]{2,60}))")
# A label alone on its line with the value on the next (<dt>/<dd>, table cells); English-first
# sites pair it with its translation ("Company name / 企业名称").
_ENGLISH = r"[A-Za-z][A-Za-z .'’&()-]{0,40}?"
# The translation may stand after a space too ("名称 Name", a bilingual table's header cell).
_LABEL = (rf"(?:{_ENGLISH}[ \t]*[/|][ \t]*)?([\u4e00-\u9fff]{{1,12}})"
          rf"(?:[ \t]*[/|][ \t]*{_ENGLISH}|[ \t]+{_ENGLISH})?[ \t:：]*")
LINE_NAME = re.compile(rf"(?m)^[ \t]*{_LABEL}\n[ \t]*(?=([^\n:：]{{2,60}})$)")
# A label alone on its line (perhaps with its translation): the next line is its value.
LABEL_LINE = re.compile(rf"[ \t]*{_LABEL}")
# A label element and its value element shown as one run, no colon ("主体名称 某某加工厂").
INLINE_LABEL = re.compile(r"[ \t]*([\u4e00-\u9fff]{1,12})[ \t]+(?=\S)")
# An English name label (alone, or with its Chinese), the value after a colon or on the next
# line. A licence's name is Chinese: a value without Chinese is a translation, no name.
ENGLISH_NAME = re.compile(
    r"(?im)^[ \t]*(?:[\u4e00-\u9fff]{1,12}[ \t]*[/|][ \t]*)?(" + words_alt("english_name_labels")
    + r")(?:[ \t]*[/|][ \t]*[\u4e00-\u9fff]{1,12})?[ \t]*(?:[:：][ \t]*|\n[ \t]*)"
    r"(?=([^\n:：]{2,60})$)")
CJK = re.compile(r"[\u4e00-\u9fff]")
# OCR text has one line per text box and often no colon: "名称烟台市某某商行".
OCR_NAME_LINE = re.compile(r"(?m)^[ \t]*(" + _NAMES + r")[ \t:：]*\n?[ \t]*([^\n:：]{2,60})$")
# A label element and its value element side by side, shown as one run with no colon
# (<span>企业名称</span><span>烟台某某有限公司</span>): the label opens the line.
INLINE_NAME = re.compile(r"(?m)^[ \t]*(" + _NAMES + r")[ \t]*(?=([^\n:：]{2,60})$)")
NAME_STOP = re.compile(r"[ \t]+(?:" + words_alt("field_stops") + r")|[;；,，。|]")
TRAILING_LABEL = re.compile("(?:" + words_alt("field_stops") + ")$")
SELF_DECLARATION = re.compile(words_alt("self_declaration"))
FIELD_LABELS = re.compile("(" + words_alt("field_labels") + r")[ \t]*[:：][ \t]*[^\s:：]")
IMAGE_FILE = re.compile(r"\.(?:jpe?g|png|gif|webp|bmp|pdf)(?:$|[?#])", re.I)
FIELD_BLOCK_HEAD = re.compile(words_alt("field_block_heads"), re.I)
STRONG_BLOCK_HEADS = frozenset(WORDS["strong_field_block_heads"].split())
REGISTRY_LINK = re.compile(words_alt("registry_link"), re.I)
ABOUT_ROLES = tuple(WORDS["about_roles"])
SELF_BUILT_PLATFORMS = frozenset(WORDS["self_built_platforms"])
SPACED_LABEL = re.compile(r"([\u4e00-\u9fff])[ \u3000]+([\u4e00-\u9fff])(?=[ \u3000]*[:：\n])"
                           r"|(名)[ \u3000]+(称)")
PANEL_LABEL = "隐藏面板 hidden panel"
# A holder field (a name or an address label) opening a line or before a colon: with a
# labelled code near it, the text is a licence block (carries_licence_block).
_HOLDERS = words_alt("block_holder_fields")
HOLDER_LABELS = frozenset(WORDS["block_holder_fields"].split())
HOLDER_FIELD = re.compile(r"(?m)(?:^[ \t]*[\u4e00-\u9fff]{0,4}(?:" + _HOLDERS + r")|(?:"
                          + _HOLDERS + r")[ \t]*[:：/])")
BLOCK_REACH = int(WORDS["block_reach"])
OCR_FIXES = str.maketrans({"O": "0", "I": "1", "Z": "2", "S": "5", "V": "Y"})
