"""Deadlines as written → dates (pure): "2024年底前", "到2020年", "12月1日前", "2019年6月底", "年内"."""

from __future__ import annotations

import calendar
import re
from collections import Counter
from datetime import date

from .targets import plan_year

_YMD = re.compile(r"(20\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_YM = re.compile(r"(20\d{2})\s*年\s*(\d{1,2})\s*月(底|末)?")
_MD = re.compile(r"(?<!\d)(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_M_END = re.compile(r"(?<!\d)(\d{1,2})\s*月(底|末)")
_Y = re.compile(r"(20\d{2})\s*年")
# "2025年第三季度", "2025年一季度末", "2025年上半年": the period's last month
_Y_PART = re.compile(r"(20\d{2})\s*年\s*(?:第?([一二三四1-4])季度|(上|下)半年)")
_QUARTER = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}


def _month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def due_date(deadline: str | None, default_year: int | None = None) -> date | None:
    """The last day a deadline allows. A year alone ("到2020年", "2024年底前") is its 31 December; a month and day
    without a year take ``default_year`` (the plan's year). Returns None when nothing dates it ("长期坚持")."""
    s = (deadline or "").strip()
    if not s:
        return None
    try:
        if m := _YMD.search(s):
            return date(int(m[1]), int(m[2]), int(m[3]))
        if m := _YM.search(s):
            return _month_end(int(m[1]), int(m[2]))
        if m := _Y_PART.search(s):
            return _month_end(int(m[1]), 3 * _QUARTER[m[2]] if m[2] else (6 if m[3] == "上" else 12))
        if m := _Y.search(s):
            return date(int(m[1]), 12, 31)
        if default_year:
            if m := _MD.search(s):
                return date(default_year, int(m[1]), int(m[2]))
            if m := _M_END.search(s):
                return _month_end(default_year, int(m[1]))
            if "年底" in s or "年内" in s or "年末" in s:
                return date(default_year, 12, 31)
    except ValueError:  # "13月", "2月30日": not a date
        return None
    return None


def plan_end_year(title: str | None, target_years: list[int | None]) -> int | None:
    """The year a plan runs to: the one its title sets ("(2022—2024)", "2024年度"), else its targets' most common
    year (a plan's headline targets share the year it aims at; the few long-range ones do not decide)."""
    if y := plan_year(title):
        return y
    years = Counter(y for y in target_years if y)
    return years.most_common(1)[0][0] if years else None
