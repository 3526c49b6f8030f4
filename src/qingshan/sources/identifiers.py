"""Identifiers of the registry: the unified social credit code (GB 32100-2015) and the discharge-permit number.

Credit code (统一社会信用代码): 18 characters from the 31-character set ``0-9 A-H J-N P-R T U W-Y`` (no I, O, S, V,
Z); the 18th is the check character C18 = 31 − (Σ Ci·Wi mod 31), 31 → 0, with Wi = 3^(i−1) mod 31 for i = 1…17.
Worked examples from the governance notes (§6), pinned by the tests: ``91130200699229617X`` (sum 1304, check X)
is valid; the standard's own example ``91350100M000100Y4Z`` fails (its check would be 3). Early pilot codes such as
``91350100M0001TGQXM`` are legal but fail the check: they are **flagged, not refused**.

Permit number (排污许可证编号, HJ 608-2017 Appendix A): the 18-character credit code, a 3-digit sequence per site
and one letter (``91130200699229617X001P``); units without a credit code had ``H9`` + 6-digit division code +
9 characters + a lowercase letter under the 2016 trial rules — accepted too.
"""

from __future__ import annotations

import re

CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
VALUES = {c: i for i, c in enumerate(CHARSET)}
WEIGHTS = [pow(3, i, 31) for i in range(17)]  # 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28
_CODE = re.compile(r"[0-9A-HJ-NPQRTUWXY]{18}")
_PERMIT = re.compile(r"^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}\d{3}[A-Z]$")
_PERMIT_H9 = re.compile(r"^H9\d{6}[0-9A-Z]{9}[a-hj-np-z]\d{3}[A-Za-z]$")


def check_character(first17: str) -> str:
    total = sum(VALUES[c] * w for c, w in zip(first17, WEIGHTS, strict=True))
    return CHARSET[(31 - total % 31) % 31]


def credit_code_form_ok(code: str) -> bool:
    """18 characters of the code's character set."""
    return bool(_CODE.fullmatch(code))


def credit_code_check_ok(code: str) -> bool:
    """The 18th character is the GB 32100 check character (call only on a code of the right form)."""
    return check_character(code[:17]) == code[17]


def permit_number_ok(number: str) -> bool:
    return bool(_PERMIT.match(number) or _PERMIT_H9.match(number))
