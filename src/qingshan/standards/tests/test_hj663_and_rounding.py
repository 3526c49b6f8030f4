"""HJ 663 daily values and period statistics, GB 3095 Table 4 validity, GB/T 8170 rounding."""

from __future__ import annotations

import subprocess
import sys

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


def _year(n_days: int, pm25: float) -> tuple[dict, hj633.AqiResult, np.ndarray]:
    daily = {it: np.full(n_days, 10.0) for it in hj633.HJ633_2012.daily_items}
    daily[hj633.PM25_24H] = np.full(n_days, pm25)
    res = hj633.daily_aqi(daily, "2012")
    months = pd.date_range("2015-01-01", periods=n_days, freq="D").month.to_numpy()
    return daily, res, months


def test_period_stats_good_ratio_and_validity():
    daily, res, months = _year(365, 80.0)  # PM2.5 80 → AQI 107 every day
    stats = hj663.period_stats(daily, res, months)
    assert stats.good_days == 0 and stats.valid_days == 365 and stats.category_days[3] == 365
    assert stats.exceedance_days["PM2.5"] == 365 and stats.exceedance_days["SO2"] == 0
    daily[hj633.PM25_24H][:60] = np.nan  # drop two months of PM2.5 → its annual statistic becomes invalid
    res = hj633.daily_aqi(daily, "2012")
    stats = hj663.period_stats(daily, res, months)
    assert not stats.statistic_valid["PM2.5"] and stats.statistic_valid["SO2"]
    assert stats.notes


def test_standards_import_without_django():
    code = (
        "import sys; import qingshan.standards.hj633, qingshan.standards.hj663, qingshan.standards.gb3095; "
        "sys.exit(1 if any(m.startswith('django') for m in sys.modules) else 0)"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
