"""Parse period names: ``2016`` (year), ``2016Q2`` (quarter), ``2016-05`` (month), ``2016-03-01..2016-05-31``."""

from __future__ import annotations

import re
from datetime import date

import pandas as pd


def parse_period(text: str) -> tuple[date, date]:
    t = text.strip()
    if m := re.fullmatch(r"(\d{4})", t):
        y = int(m[1])
        return date(y, 1, 1), date(y, 12, 31)
    if m := re.fullmatch(r"(\d{4})[Qq]([1-4])", t):
        y, q = int(m[1]), int(m[2])
        start = date(y, 3 * q - 2, 1)
        return start, (pd.Timestamp(start) + pd.offsets.QuarterEnd(0)).date()
    if m := re.fullmatch(r"(\d{4})-(\d{1,2})", t):
        start = date(int(m[1]), int(m[2]), 1)
        return start, (pd.Timestamp(start) + pd.offsets.MonthEnd(0)).date()
    if m := re.fullmatch(r"(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})", t):
        return date.fromisoformat(m[1]), date.fromisoformat(m[2])
    raise ValueError(f"period {text!r}: use 2016, 2016Q2, 2016-05 or 2016-03-01..2016-05-31")
