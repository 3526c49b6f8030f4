"""HJ 663 环境空气质量评价技术规范 (2013 text; the 2026 revision where it is known) — from hourly data to daily
values, and from daily values to period statistics. Vectorised: hourly data come as arrays of shape (days, 24),
one row per station-day, column h the hourly mean of hour h (the hour ending at h+1 o'clock).

Every function works on one partition (a station, or a city's stations, over a month or a year) and holds no state,
so the same code runs per partition behind a broker or on a distributed engine.

Sources: validity counts are GB 3095-2026 Table 4 [V] (see ``gb3095``); the O₃ daily-max-8h window rule and the
14-window count are HJ 663-2013 §3 and §5 [3p]; percentiles by HJ 663-2013 formula (k = 1 + (n−1)·p, linear
interpolation) [R]; composite index by 城市环境空气质量排名技术规定 (环办监测〔2018〕19号) with HJ 663-2013 statistics [3p].
The 2026 composite-index weights are NOT verified (no text here): :func:`composite_index` marks them so.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from . import gb3095
from .hj633 import CO_24H, NO2_24H, O3_1H, O3_8H, PM10_24H, PM25_24H, POLLUTANT, SO2_24H, AqiResult

#: Windows of the O₃ daily max 8h: 8h moving means ending 08:00 … 24:00 of the same day (17 windows).
O3_8H_FIRST_END, O3_8H_WINDOWS = 8, 17
O3_8H_MIN_WINDOWS = 14


def _valid_counts(h: np.ndarray) -> np.ndarray:
    return np.count_nonzero(~np.isnan(h), axis=-1)


def daily_mean(h: np.ndarray, min_hours: int = gb3095.MIN_HOURS_PER_DAY) -> tuple[np.ndarray, np.ndarray]:
    """24h means (GB 3095 Table 4: ≥ 20 hourly values). Returns (means with NaN where invalid, valid hour counts)."""
    h = np.asarray(h, dtype=float)
    n = _valid_counts(h)
    with np.errstate(invalid="ignore", divide="ignore"):
        mean = np.nansum(h, axis=-1) / n
    return np.where(n >= min_hours, mean, np.nan), n


def o3_8h_moving(h: np.ndarray, min_hours: int = gb3095.MIN_HOURS_PER_8H) -> np.ndarray:
    """8h moving means of each day's 17 windows ending 08:00 … 24:00 (shape (days, 17)); NaN where < 6 values."""
    h = np.asarray(h, dtype=float)
    valid = ~np.isnan(h)
    filled = np.where(valid, h, 0.0)
    csum = np.concatenate([np.zeros(h.shape[:-1] + (1,)), np.cumsum(filled, axis=-1)], axis=-1)
    ccnt = np.concatenate([np.zeros(h.shape[:-1] + (1,)), np.cumsum(valid, axis=-1)], axis=-1)
    ends = np.arange(O3_8H_FIRST_END, 25)  # window covers hours end-8 … end-1
    sums = csum[..., ends] - csum[..., ends - 8]
    cnts = ccnt[..., ends] - ccnt[..., ends - 8]
    with np.errstate(invalid="ignore", divide="ignore"):
        means = sums / cnts
    return np.where(cnts >= min_hours, means, np.nan)


def o3_daily_max_8h(h: np.ndarray, limit: float = 160.0) -> tuple[np.ndarray, np.ndarray]:
    """O₃ daily max 8h mean: valid with ≥ 14 valid windows, or with fewer when the maximum exceeds ``limit``
    anyway (the day exceeds whatever the missing windows held). Returns (values, valid window counts)."""
    w = o3_8h_moving(h)
    n = _valid_counts(w)
    with np.errstate(invalid="ignore"):
        mx = np.where(n > 0, np.nanmax(np.where(np.isnan(w), -np.inf, w), axis=-1), np.nan)
    ok = (n >= O3_8H_MIN_WINDOWS) | (mx > limit)
    return np.where(ok, mx, np.nan), n


def o3_daily_max_1h(h: np.ndarray, limit: float = 200.0) -> np.ndarray:
    """O₃ daily max 1h mean (a 2012 daily item): valid with ≥ 20 hourly values [R, the same count as a 24h mean],
    or with fewer when it exceeds the 1h limit anyway."""
    h = np.asarray(h, dtype=float)
    n = _valid_counts(h)
    with np.errstate(invalid="ignore"):
        mx = np.where(n > 0, np.nanmax(np.where(np.isnan(h), -np.inf, h), axis=-1), np.nan)
    return np.where((n >= gb3095.MIN_HOURS_PER_DAY) | (mx > limit), mx, np.nan)


HOURLY_POLLUTANTS = ("SO2", "NO2", "CO", "O3", "PM10", "PM2.5")


def daily_items(hourly: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """Daily values of every HJ 633 daily item (both versions) from hourly blocks keyed by pollutant
    (``SO2``, ``NO2``, ``CO`` in mg/m³, ``O3``, ``PM10``, ``PM2.5``), each of shape (days, 24)."""
    out = {
        SO2_24H: daily_mean(hourly["SO2"])[0],
        NO2_24H: daily_mean(hourly["NO2"])[0],
        CO_24H: daily_mean(hourly["CO"])[0],
        PM10_24H: daily_mean(hourly["PM10"])[0],
        PM25_24H: daily_mean(hourly["PM2.5"])[0],
        O3_8H: o3_daily_max_8h(hourly["O3"])[0],
        O3_1H: o3_daily_max_1h(hourly["O3"]),
    }
    return out


def percentile(values: np.ndarray, p: float) -> float:
    """The p-th percentile (p in 0..100) of the valid values: rank k = 1 + (n−1)·p/100, linear interpolation
    between the neighbouring order statistics (HJ 663-2013 formula for 百分位数) [R]. NaN when none are valid."""
    v = np.asarray(values, dtype=float)
    v = v[~np.isnan(v)]
    if v.size == 0:
        return float("nan")
    return float(np.percentile(v, p, method="linear"))


#: Period statistics per pollutant (HJ 663-2013 Table 1/§5): (daily item, percentile).
PERIOD_STATISTICS = {
    "SO2": (SO2_24H, 98),
    "NO2": (NO2_24H, 98),
    "PM10": (PM10_24H, 95),
    "PM2.5": (PM25_24H, 95),
    "CO": (CO_24H, 95),
    "O3": (O3_8H, 90),
}
#: Composite index statistic per pollutant: annual mean, or the percentile for CO and O₃.
COMPOSITE_USES_PERCENTILE = {"CO", "O3"}

#: Si of the composite index: grade II limits (2013 practice [3p]); the 2026 set is unverified.
COMPOSITE_SI = {
    "2012": {"SO2": 60, "NO2": 40, "PM10": 70, "PM2.5": 35, "CO": 4, "O3": 160},
    "2026": {"SO2": 60, "NO2": 40, "PM10": 60, "PM2.5": 30, "CO": 4, "O3": 160},
}
COMPOSITE_VERIFIED = {"2012": True, "2026": False}


@dataclass
class PeriodStats:
    """Statistics of one partition (a station or city, over a month, quarter or year) under one AQI version."""

    version: str
    days: int  # calendar days covered
    valid_days: int  # days with an AQI
    means: dict[str, float]
    percentiles: dict[str, float]
    statistic_valid: dict[str, bool]  # enough daily values (GB 3095 Table 4)
    category_days: dict[int, int]  # level 1..6 → days
    good_days: int
    good_ratio: float
    heavy_days: int  # 重度及以上 (level ≥ 5)
    heavy_ratio: float
    exceedance_days: dict[str, int]  # days with IAQI > 100 per pollutant
    composite_index: float
    composite_parts: dict[str, float]  # Ci/Si per pollutant
    composite_shares: dict[str, float]  # (Ci/Si) / index
    notes: list[str] = field(default_factory=list)


def _enough_days(months: np.ndarray, valid: np.ndarray, period_days: int) -> bool:
    """GB 3095 Table 4: each month ≥ 27 daily values (February ≥ 25); a year also ≥ 324 in total."""
    for m in np.unique(months):
        need = gb3095.MIN_DAYS_PER_FEBRUARY if m == 2 else gb3095.MIN_DAYS_PER_MONTH
        if int(valid[months == m].sum()) < need:
            return False
    if period_days >= 365 and int(valid.sum()) < gb3095.MIN_DAYS_PER_YEAR:
        return False
    return True


def period_stats(daily: dict[str, np.ndarray], result: AqiResult, months: np.ndarray) -> PeriodStats:
    """Statistics of a period from its daily values and their AQI result (same order; ``months`` 1..12 per day).

    ``daily`` holds the daily concentrations the AQI was computed from (``result.concentrations`` for the
    version's items). Good-day ratio = days with AQI ≤ 100 / days with an AQI (HJ 663); heavy = level ≥ 5.
    """
    version = result.version.code
    n_days = len(result.aqi)
    has_aqi = ~np.isnan(result.aqi)
    valid_days = int(has_aqi.sum())
    level = result.level
    cat = {lvl: int((level == lvl).sum()) for lvl in range(1, 7)}
    good = cat[1] + cat[2]
    heavy = cat[5] + cat[6]
    means, pcts, ok = {}, {}, {}
    for pol, (item, p) in PERIOD_STATISTICS.items():
        values = np.asarray(daily[item], dtype=float)
        valid = ~np.isnan(values)
        means[pol] = float(np.nanmean(values)) if valid.any() else float("nan")
        pcts[pol] = percentile(values, p)
        ok[pol] = _enough_days(months, valid, n_days)
    exceed: dict[str, np.ndarray] = {}
    for item in result.items:
        name = POLLUTANT[item]
        exceed[name] = exceed.get(name, np.zeros(n_days, bool)) | (result.iaqi[item] > 100)
    exceed_days = {k: int(v.sum()) for k, v in exceed.items()}
    ci, parts, notes = composite_index(means, pcts, version)
    shares = {k: (v / ci if ci else float("nan")) for k, v in parts.items()}
    if not all(ok.values()):
        notes.append("Some statistics have too few daily values for GB 3095 Table 4 and are indicative only.")
    return PeriodStats(
        version=version,
        days=n_days,
        valid_days=valid_days,
        means=means,
        percentiles=pcts,
        statistic_valid=ok,
        category_days=cat,
        good_days=good,
        good_ratio=(good / valid_days) if valid_days else float("nan"),
        heavy_days=heavy,
        heavy_ratio=(heavy / valid_days) if valid_days else float("nan"),
        exceedance_days=exceed_days,
        composite_index=ci,
        composite_parts=parts,
        composite_shares=shares,
        notes=notes,
    )


def composite_index(
    means: dict[str, float], pcts: dict[str, float], version: str
) -> tuple[float, dict[str, float], list[str]]:
    """综合指数 = Σ Ci/Si over the six pollutants: Ci the period mean (SO₂, NO₂, PM10, PM2.5), CO 95th and O₃ 8h
    90th percentile; Si the grade II limits. Returns (index, per-pollutant Ci/Si, notes)."""
    si = COMPOSITE_SI[version]
    parts = {}
    for pol, s in si.items():
        c = pcts[pol] if pol in COMPOSITE_USES_PERCENTILE else means[pol]
        parts[pol] = c / s
    total = float(np.nansum(list(parts.values())))
    notes = (
        []
        if COMPOSITE_VERIFIED[version]
        else [
            "Composite index under the 2026 texts uses GB 3095-2026 grade II transitional limits as Si: "
            "the 2026 evaluation rules are not verified against an official text (unverified)."
        ]
    )
    return total, {k: float(v) for k, v in parts.items()}, notes
