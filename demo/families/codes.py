"""Registration codes for the family corpora, computed here from GB 32100-2015 itself.

Independent of rules/codes.py on purpose: the corpus is the examiner, so its
check characters come from the standard (REFERENCE.md §2), not from the code
under test. Also JY food-permit numbers (REFERENCE.md §4) and Yantai divisions.
"""

from __future__ import annotations

import hashlib

ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"  # 31 characters; no I, O, Z, S, V
WEIGHTS = tuple(pow(3, i, 31) for i in range(17))  # 1 3 9 27 19 26 16 17 20 29 25 13 8 24 10 30 28
_ORG = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)

DIVISIONS = {  # GB/T 2260 and statistical codes seen on Yantai licences (REFERENCE.md §3)
    "370600": "烟台市", "370602": "芝罘区", "370611": "福山区", "370612": "牟平区",
    "370613": "莱山区", "370614": "蓬莱区", "370681": "龙口市", "370682": "莱阳市",
    "370683": "莱州市", "370685": "招远市", "370686": "栖霞市", "370687": "海阳市",
    "370671": "高新区", "370676": "开发区", "370672": "开发区", "370634": "长岛县",
    "370684": "蓬莱市",
}


def check_char(first17: str) -> str:
    """The 18th character: (31 - sum(value x weight) mod 31) mod 31, as a code character."""
    total = sum(ALPHABET.index(c) * w for c, w in zip(first17.upper(), WEIGHTS, strict=True))
    return ALPHABET[(31 - total % 31) % 31]


def is_valid(code: str) -> bool:
    """True when an 18-character code uses the alphabet and carries its own check character."""
    code = "".join(code.split()).upper()
    return (len(code) == 18 and all(c in ALPHABET for c in code) and code[2:8].isdigit()
            and check_char(code[:17]) == code[17])


def _org_check(body8: str) -> str:
    total = sum(_ORG.index(c) * w for c, w in zip(body8, _ORG_WEIGHTS, strict=True))
    c = 11 - total % 11
    return "0" if c == 11 else "X" if c == 10 else str(c)


def code_for(seed: str, division: str, category: str = "1") -> str:
    """A valid 工商 code (9 + category + division + MA... + check), deterministic per seed.

    category is "1" for an enterprise, "2" for a 个体工商户, "3" for a cooperative.
    """
    if division not in DIVISIONS:
        raise ValueError(f"not a Yantai division code: {division}")
    digest = hashlib.sha256(("family/" + seed).encode()).digest()
    body = "MA" + "".join(ALPHABET[b % 31] for b in digest[:6])
    org = _org_check(body)
    if org == "X":  # X is not in the USCC alphabet: pick the next body
        return code_for(seed + "'", division, category)
    first17 = "9" + category + division + body + org
    return first17 + check_char(first17)


def with_wrong_check(code: str, shift: int = 11) -> str:
    """The same code with another check character (fails GB 32100-2015)."""
    return code[:17] + ALPHABET[(ALPHABET.index(code[17]) + shift) % 31]


def food_permit(division: str, seq: int, kind: str = "1") -> str:
    """A JY food-business permit number: JY + type + 37 06 xx + 6-digit sequence + 1 digit."""
    return f"JY{kind}{division[:6]}{seq:06d}{seq % 7}"


def normal_name(name: str) -> str:
    """A registered name compared as the truth compares it: brackets unified, no spaces."""
    return "".join(name.replace("（", "(").replace("）", ")").split())
