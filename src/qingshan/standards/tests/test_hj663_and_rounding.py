"""HJ 663 daily values and period statistics, GB 3095 Table 4 validity, GB/T 8170 rounding."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

import numpy as np
import pandas as pd
import pytest

from qingshan.standards import hj633, hj663
from qingshan.standards.rounding import round_gbt8170


def test_gbt8170_round_half_even_on_the_decimal_value():
    # GB/T 8170 §3.3: 5 followed by nothing → to even; above 5 → up; below → down.
    cases = [
        (2.5, 0, 2),
        (3.5, 0, 4),
        (2.51, 0, 3),
        (2.49, 0, 2),
        (0.35, 1, 0.4),
        (0.45, 1, 0.4),
        (2.675, 2, 2.68),
        (1.05, 1, 1.0),
        (1.15, 1, 1.2),
        (12.5, 0, 12),
    ]
    for value, nd, expected in cases:
        assert round_gbt8170(value, nd) == pytest.approx(expected), value
    assert np.isnan(round_gbt8170(np.nan))


def test_daily_mean_needs_20_hours():
    h = np.full((2, 24), 10.0)
    h[0, :5] = np.nan  # 19 hours
    h[1, :4] = np.nan  # 20 hours
    mean, n = hj663.daily_mean(h)
    assert np.isnan(mean[0]) and mean[1] == 10.0 and n.tolist() == [19, 20]


def test_o3_8h_windows_need_6_hours_and_cover_8_to_24():
    h = np.arange(24, dtype=float)[None, :]  # hour h has value h
    w = hj663.o3_8h_moving(h)
    assert w.shape == (1, 17)
    assert w[0, 0] == pytest.approx(np.mean(range(0, 8)))  # window ending 08:00 covers hours 0..7
    assert w[0, -1] == pytest.approx(np.mean(range(16, 24)))  # window ending 24:00 covers hours 16..23
    h2 = h.copy()
    h2[0, 0:3] = np.nan  # first window has 5 values → invalid; second (1..8) has 6 → valid
    w2 = hj663.o3_8h_moving(h2)
    assert np.isnan(w2[0, 0]) and w2[0, 1] == pytest.approx(np.mean(range(3, 9)))


def test_o3_daily_max_8h_needs_14_windows_unless_exceeding():
    h = np.full((1, 24), 100.0)
    assert hj663.o3_daily_max_8h(h)[0][0] == 100.0
    sparse = h.copy()
    sparse[0, 12:] = np.nan  # only windows ending 08..14 and (6 values) ..14 → few valid windows
    val, n = hj663.o3_daily_max_8h(sparse)
    assert n[0] < 14 and np.isnan(val[0])
    high = sparse.copy()
    high[0, :12] = 200.0  # the valid windows already exceed 160 → the day is valid anyway
    val, n = hj663.o3_daily_max_8h(high)
    assert n[0] < 14 and val[0] == 200.0


def test_percentile_rank_formula():
    # k = 1 + (n-1)p: for 1..10 and p = 0.95, k = 9.55 → 9 + 0.55*(10-9) = 9.55
    assert hj663.percentile(np.arange(1, 11), 95) == pytest.approx(9.55)
    assert hj663.percentile(np.array([1.0, np.nan, 3.0]), 50) == pytest.approx(2.0)
    assert np.isnan(hj663.percentile(np.array([np.nan]), 90))


def test_composite_index_2012_worked_example():
    # Σ Ci/Si: 12/60 + 40/40 + 70/70 + 35/35 + 2/4 + 160/160 = 0.2+1+1+1+0.5+1 = 4.7
    means = {"SO2": 12, "NO2": 40, "PM10": 70, "PM2.5": 35, "CO": 0, "O3": 0}
    pcts = {"SO2": 0, "NO2": 0, "PM10": 0, "PM2.5": 0, "CO": 2, "O3": 160}
    total, parts, notes = hj663.composite_index(means, pcts, "2012")
    assert total == pytest.approx(4.7) and parts["CO"] == pytest.approx(0.5) and notes == []
    total26, _, notes26 = hj663.composite_index(means, pcts, "2026")
    assert total26 == pytest.approx(0.2 + 1 + 70 / 60 + 35 / 30 + 0.5 + 1) and "unverified" in notes26[0]


def _year(n_days: int, pm25: float, first: str = "2015-01-01") -> tuple[dict, hj633.AqiResult, np.ndarray]:
    daily = {it: np.full(n_days, 10.0) for it in hj633.HJ633_2012.daily_items}
    daily[hj633.PM25_24H] = np.full(n_days, pm25)
    res = hj633.daily_aqi(daily, "2012")
    dates = pd.date_range(first, periods=n_days, freq="D").to_numpy().astype("datetime64[D]")
    return daily, res, dates


Y2015 = (date(2015, 1, 1), date(2015, 12, 31))


def test_period_stats_good_ratio_and_validity():
    daily, res, dates = _year(365, 80.0)  # PM2.5 80 → AQI 107 every day
    stats = hj663.period_stats(daily, res, dates, *Y2015)
    assert stats.good_days == 0 and stats.valid_days == 365 and stats.category_days[3] == 365
    assert stats.exceedance_days["PM2.5"] == 365 and stats.exceedance_days["SO2"] == 0
    assert all(stats.statistic_valid.values())
    daily[hj633.PM25_24H][:60] = np.nan  # drop two months of PM2.5 → its annual statistic becomes invalid
    res = hj633.daily_aqi(daily, "2012")
    stats = hj663.period_stats(daily, res, dates, *Y2015)
    assert not stats.statistic_valid["PM2.5"] and stats.statistic_valid["SO2"]
    assert stats.notes and not stats.composite_valid


def test_a_year_with_january_and_february_missing_is_invalid():
    """#19: data from March only (306 days, every one valid) — the months with no data fail Table 4."""
    daily, res, dates = _year(306, 30.0, first="2015-03-01")
    stats = hj663.period_stats(daily, res, dates, *Y2015)
    assert stats.days == 306 and stats.valid_days == 306
    assert not any(stats.statistic_valid.values())  # every pollutant
    v = stats.validity["PM2.5"]
    assert v.kind == "year" and v.year_short and v.values == 306
    assert [m for m, _, _ in v.short_months] == ["2015-01", "2015-02"]
    assert "2015-01: 0 valid days (at least 27)" in v.describe()
    # The same data judged as a year to date on 2015-12-31 or as the months it covers.
    assert not hj663.period_validity(dates, np.ones(306, bool), *Y2015, as_of=date(2015, 6, 30)).valid
    assert hj663.period_validity(dates, np.ones(306, bool), date(2015, 3, 1), date(2015, 3, 31)).valid


def test_february_with_24_values_fails_and_25_passes():
    feb = pd.date_range("2015-02-01", "2015-02-28").to_numpy().astype("datetime64[D]")
    ok = np.ones(28, bool)
    ok[:4] = False  # 24 values
    v = hj663.period_validity(feb, ok, date(2015, 2, 1), date(2015, 2, 28))
    assert v.kind == "month" and not v.valid and v.short_months == (("2015-02", 24, 25),)
    ok[3] = True  # 25 values
    assert hj663.period_validity(feb, ok, date(2015, 2, 1), date(2015, 2, 28)).valid
    # A quarter containing that February fails as well; a leap-year February may miss 4 of its 29 days.
    q1 = pd.date_range("2015-01-01", "2015-03-31").to_numpy().astype("datetime64[D]")
    okq = np.ones(len(q1), bool)
    okq[31:35] = False  # Feb 1-4 missing → 24 values
    vq = hj663.period_validity(q1, okq, date(2015, 1, 1), date(2015, 3, 31))
    assert vq.kind == "quarter" and not vq.valid and vq.short_months[0][0] == "2015-02"
    leap = pd.date_range("2016-02-01", "2016-02-29").to_numpy().astype("datetime64[D]")
    okl = np.ones(29, bool)
    okl[:4] = False
    assert hj663.period_validity(leap, okl, date(2016, 2, 1), date(2016, 2, 29)).valid


def test_month_needs_27_and_year_324():
    year = pd.date_range("2015-01-01", "2015-12-31").to_numpy().astype("datetime64[D]")
    ok = np.ones(365, bool)
    # Each month misses as many days as it may (Jan 31−27 = 4, Feb 28−25 = 3, …), but Jan and Mar one fewer:
    # 43 − 2 = 41 missing, 324 values — every month and the year just pass.
    missing = {1: 3, 2: 3, 3: 3, 4: 3, 5: 4, 6: 3, 7: 4, 8: 4, 9: 3, 10: 4, 11: 3, 12: 4}
    months = year.astype("datetime64[M]").astype(int) % 12 + 1
    dom = (year - year.astype("datetime64[M]")).astype(int)  # day of month − 1
    for m, k in missing.items():
        ok[(months == m) & (dom < k)] = False
    v = hj663.period_validity(year, ok, *Y2015)
    assert v.values == 324 and v.valid
    ok[(months == 1) & (dom == 3)] = False  # January still has 27, but the year 323
    v = hj663.period_validity(year, ok, *Y2015)
    assert not v.valid and v.year_short and not v.short_months
    ok[(months == 3) & (dom == 3)] = False
    ok[(months == 3) & (dom == 4)] = False  # March 26
    v = hj663.period_validity(year, ok, *Y2015)
    assert v.short_months == (("2015-03", 26, 27),)


def test_year_to_date_counts_only_the_days_elapsed():
    days = pd.date_range("2015-01-01", "2015-05-10").to_numpy().astype("datetime64[D]")
    ok = np.ones(len(days), bool)
    v = hj663.period_validity(days, ok, *Y2015, as_of=date(2015, 5, 10))
    assert v.kind == "year-to-date" and v.valid and v.days == 130
    ok[-5:] = False  # May so far: 5 of 10 missing > May's allowance of 4
    v = hj663.period_validity(days, ok, *Y2015, as_of=date(2015, 5, 10))
    assert not v.valid and v.short_months[0][0] == "2015-05"
    # April with no data at all fails the year to date.
    gap = days[(days < np.datetime64("2015-04-01")) | (days > np.datetime64("2015-04-30"))]
    assert not hj663.period_validity(gap, np.ones(len(gap), bool), *Y2015, as_of=date(2015, 5, 10)).valid


def test_standards_import_without_django():
    code = (
        "import sys; import qingshan.standards.hj633, qingshan.standards.hj663, qingshan.standards.gb3095; "
        "sys.exit(1 if any(m.startswith('django') for m in sys.modules) else 0)"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
