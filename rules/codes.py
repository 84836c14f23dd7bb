"""Registration code formats: 统一社会信用代码 (GB 32100-2015), old 15-digit numbers, JY permits.

Pure functions, no I/O. REFERENCE.md §2 and §4 give the algorithms and worked examples.
"""

from __future__ import annotations

import re

USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
USCC_SHAPE = re.compile(r"^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$")
FOOD_PERMIT = re.compile(r"^JY[123]\d{13}$")


def uscc_check_char(first17: str) -> str:
    """The GB 32100-2015 check character for the first 17 characters of a code."""
    first17 = first17.upper()
    if len(first17) != 17 or any(c not in USCC_ALPHABET for c in first17):
        raise ValueError(f"not 17 USCC characters: {first17!r}")
    total = sum(USCC_ALPHABET.index(c) * w for c, w in zip(first17, USCC_WEIGHTS, strict=True))
    return USCC_ALPHABET[(31 - total % 31) % 31]


def uscc_well_formed(code: str) -> bool:
    """True when the code has the 18-character shape (it may still fail its check)."""
    return bool(USCC_SHAPE.match(code.upper()))


def uscc_valid(code: str) -> bool:
    """True when the code is well formed and its 18th character is the right check."""
    code = code.upper()
    return uscc_well_formed(code) and uscc_check_char(code[:17]) == code[17]


def regno15_valid(number: str) -> bool:
    """ISO 7064 MOD 11,10 check of an old 15-digit business registration number."""
    if not re.fullmatch(r"\d{15}", number):
        return False
    p = 10
    for digit in number[:14]:
        s = (int(digit) + p) % 10 or 10
        p = (2 * s) % 11
    return (11 - p) % 10 == int(number[14])


def food_permit_well_formed(number: str) -> bool:
    """True for a 食品经营许可证 number: JY, a business-type digit 1-3, 13 digits."""
    return bool(FOOD_PERMIT.match(number.upper()))
