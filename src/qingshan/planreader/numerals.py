"""Chinese numerals as plans write them: item numbers (一、, (十二)), counts ("不少于两次") and dates (二〇二三年)."""

from __future__ import annotations

import re

CN_NUM = "一二三四五六七八九十"
_COUNT = re.compile(r"[一二三四五六七八九]|[一二三四五六七八九]?十[一二三四五六七八九]?")


def cn_value(s: str) -> int:
    """一 → 1, 十 → 10, 十二 → 12, 二十 → 20, 二十三 → 23."""
    if s == "十":
        return 10
    if s.startswith("十"):
        return 10 + CN_NUM.index(s[1]) + 1
    if len(s) == 2 and s[1] == "十":
        return (CN_NUM.index(s[0]) + 1) * 10
    if len(s) == 3 and s[1] == "十":
        return (CN_NUM.index(s[0]) + 1) * 10 + CN_NUM.index(s[2]) + 1
    return CN_NUM.index(s) + 1


def cn_numeral(value: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 23 → 二十三 (the inverse of :func:`cn_value`)."""
    tens, ones = divmod(value, 10)
    head = ("" if tens == 1 else CN_NUM[tens - 1]) + "十" if tens else ""
    return head + (CN_NUM[ones - 1] if ones else "")


def cn_count(s: str) -> int | None:
    """A count as written: 两 for 二 ("两次"); None for what is no numeral ("十十", "二三")."""
    s = s.replace("两", "二")
    return cn_value(s) if _COUNT.fullmatch(s) else None
