"""GB 3095 环境空气质量标准 — concentration limits (Table 1) and data validity (Table 4).

GB 3095-2026 values were read from the scan (pages/GB3095-2026-p06..09.png) [V]; the 2012 grade II values are
[3p] (third-party copies of GB 3095-2012 Table 1, consistent with HJ 633-2012 Table 1's 100-level breakpoints).
Units: µg/m³, CO mg/m³.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Limits:
    """Grade II limits of one text (the grade that applies to residential, commercial and industrial areas)."""

    code: str
    annual: dict[str, float]  # SO2, NO2, PM10, PM2.5
    daily: dict[str, float]  # 24h means; O3 is the daily max 8h mean
    hourly: dict[str, float]  # 1h means


GB3095_2012_GRADE2 = Limits(
    code="GB 3095-2012 二级",
    annual={"SO2": 60, "NO2": 40, "PM10": 70, "PM2.5": 35},
    daily={"SO2": 150, "NO2": 80, "PM10": 150, "PM2.5": 75, "CO": 4, "O3": 160},
    hourly={"SO2": 500, "NO2": 200, "CO": 10, "O3": 200},
)
# GB 3095-2026 Table 1, grade II transitional limits (until 2030-12-31) and final limits (from 2031-01-01).
GB3095_2026_GRADE2_TRANSITIONAL = Limits(
    code="GB 3095-2026 二级(过渡期)",
    annual={"SO2": 60, "NO2": 40, "PM10": 60, "PM2.5": 30},
    daily={"SO2": 150, "NO2": 80, "PM10": 120, "PM2.5": 60, "CO": 4, "O3": 160},
    hourly={"SO2": 500, "NO2": 200, "CO": 10, "O3": 200},
)
GB3095_2026_GRADE2_FINAL = Limits(
    code="GB 3095-2026 二级",
    annual={"SO2": 20, "NO2": 30, "PM10": 50, "PM2.5": 25},
    daily={"SO2": 50, "NO2": 50, "PM10": 100, "PM2.5": 50, "CO": 4, "O3": 160},
    hourly={"SO2": 150, "NO2": 200, "CO": 10, "O3": 200},
)


def grade2_limits(day: date) -> Limits:
    """The grade II limits in force on ``day``."""
    if day < date(2026, 3, 1):
        return GB3095_2012_GRADE2
    if day <= date(2030, 12, 31):
        return GB3095_2026_GRADE2_TRANSITIONAL
    return GB3095_2026_GRADE2_FINAL


# GB 3095-2026 Table 4 (污染物浓度数据有效性的最低要求, pages/GB3095-2026-p09.png) [V]; the 2012 Table 4 sets the
# same counts for these statistics [3p]. §6.4: data that miss these minimums are invalid for statistics.
MIN_HOURS_PER_DAY = 20  # 日平均 (SO₂, NO₂, CO, PM10, PM2.5): at least 20 hourly values
MIN_HOURS_PER_8H = 6  # O₃ 8小时平均: at least 6 hourly values
MIN_DAYS_PER_MONTH = 27  # 年平均: at least 27 daily values in each month …
MIN_DAYS_PER_FEBRUARY = 25  # … 25 in February …
MIN_DAYS_PER_YEAR = 324  # … and at least 324 in the year


def min_days_in_month(month: int) -> int:
    """Daily values Table 4 asks of each month of an annual statistic: 27, February 25."""
    return MIN_DAYS_PER_FEBRUARY if month == 2 else MIN_DAYS_PER_MONTH
