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

import calendar
from dataclasses import dataclass, field
from datetime import date, timedelta

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


@dataclass(frozen=True)
class Validity:
    """Whether a period statistic meets GB 3095 Table 4 (see :func:`period_validity`)."""

    valid: bool
    kind: str  # "month" | "quarter" | "year" | "year-to-date" | "range"
    values: int  # daily values in the period (up to the evaluation date)
    days: int  # calendar days of the period up to the evaluation date
    year_values_needed: int | None  # 324 for a calendar year (to date: what the year still needs), else None
    short_months: tuple[tuple[str, int, int], ...] = ()  # (YYYY-MM, values, days the month must have)
    year_short: bool = False  # the year has (or can no longer reach) fewer than 324 values

    def as_dict(self) -> dict:
        return {
            "valid": self.valid,
            "kind": self.kind,
            "values": self.values,
            "days": self.days,
            "year_values_needed": self.year_values_needed,
            "short_months": [{"month": m, "values": v, "needed": n} for m, v, n in self.short_months],
            "year_short": self.year_short,
        }

    def describe_parts(self) -> tuple:  # the templates are marked N_ for the catalogue (makemessages)
        """Why a statistic is invalid, as message parts (an English template and its parameters each) that the
        platform translates where it shows them (``targets.rules.render``); empty when valid."""
        if self.valid:
            return ()
        parts = [(N_("does not meet the data validity of GB 3095 Table 4: "), {})]
        for i, (m, v, n) in enumerate(self.short_months[:4]):
            parts.append(("; " if i else "", {}))
            parts.append((N_("%(month)s: %(have)s valid days (at least %(need)s)"), {"month": m, "have": v, "need": n}))
        if len(self.short_months) > 4:
            parts.append((N_(" and %(n)s months in all"), {"n": len(self.short_months)}))
        if self.year_short:
            parts.append((N_("; %(have)s valid days in the year (at least %(need)s)"),
                          {"have": self.values, "need": MIN_YEAR}))  # fmt: skip
        return tuple(parts)

    def describe(self) -> str:
        """The same in English (logs, the CLI's JSON); pages translate :meth:`describe_parts`."""
        return "".join(t % p if p else t for t, p in self.describe_parts())


MIN_YEAR = gb3095.MIN_DAYS_PER_YEAR


def N_(msgid: str) -> str:
    """Marks a message for the platform's translation catalogue; this module stays pure (no Django)."""
    return msgid


def period_kind(start: date, end: date, as_of: date | None = None) -> str:
    """Name of a period: a calendar month, quarter or year (a year not yet over as of ``as_of``: year to date)."""
    month_end = date(start.year, start.month, calendar.monthrange(start.year, start.month)[1])
    if start.day == 1 and end == month_end:
        return "month"
    if start == date(start.year, 1, 1) and end == date(start.year, 12, 31):
        return "year-to-date" if as_of is not None and as_of < end else "year"
    if start.day == 1 and start.month in (1, 4, 7, 10):
        q_end_month = start.month + 2
        if end == date(start.year, q_end_month, calendar.monthrange(start.year, q_end_month)[1]):
            return "quarter"
    return "range"


def period_validity(
    dates: np.ndarray, valid: np.ndarray, start: date, end: date, as_of: date | None = None
) -> Validity:
    """GB 3095 Table 4 for a statistic over ``start``..``end`` (evaluated up to ``as_of`` when it is earlier).

    ``dates`` (datetime64[D]) and ``valid`` (bool) give each daily value and whether it is valid; dates outside the
    period are ignored; a day with no row counts as missing. Table 4 sets, for an annual statistic, ≥ 324 daily
    values in the year and ≥ 27 in each month (February ≥ 25). A month's rule is read as an allowance: a month may
    miss at most (its days − 27) daily values (February: days − 25), and a year at most (its days − 324). The
    platform applies that to every kind of period (docs/standards.md):

    - a month: its own allowance (the month rule of Table 4, as HJ 663 applies it to monthly statistics [3p]);
    - a quarter or any range: every calendar month it covers, each on its own allowance (the text sets no quarterly
      count for these pollutants);
    - a calendar year: every month, and the year (≥ 324 values);
    - a year to date (``as_of`` inside the year): the days elapsed — months already over need their count, the
      running month and the year must not have missed more than they may miss; a month with no data fails.
    """
    stop = min(end, as_of) if as_of is not None else end
    kind = period_kind(start, end, as_of)
    d = np.asarray(dates, dtype="datetime64[D]")
    ok = np.asarray(valid, dtype=bool)
    lo, hi = np.datetime64(start, "D"), np.datetime64(stop, "D")
    inside = (d >= lo) & (d <= hi) & ok
    if stop < start:
        return Validity(False, kind, 0, 0, None)
    # One valid value per calendar day (a station partition has one row a day; be safe with duplicates).
    have_days = np.unique(d[inside])
    months = have_days.astype("datetime64[M]")
    short: list[tuple[str, int, int]] = []
    m = date(start.year, start.month, 1)
    while m <= stop:
        last = date(m.year, m.month, calendar.monthrange(m.year, m.month)[1])
        first_in, last_in = max(m, start), min(last, stop)
        span = (last_in - first_in).days + 1
        have = int((months == np.datetime64(m, "M")).sum())
        allowance = (last - m).days + 1 - gb3095.min_days_in_month(m.month)
        if span - have > allowance:
            short.append((f"{m:%Y-%m}", have, gb3095.min_days_in_month(m.month)))
        m = last + timedelta(days=1)
    days = (stop - start).days + 1
    values = int(len(have_days))
    year_needed = None
    year_short = False
    if kind in ("year", "year-to-date"):
        year_needed = MIN_YEAR
        year_days = 366 if calendar.isleap(start.year) else 365
        year_short = days - values > year_days - MIN_YEAR
    return Validity(not short and not year_short, kind, values, days, year_needed, tuple(short), year_short)


@dataclass
class PeriodStats:
    """Statistics of one partition (a station or city, over a month, quarter or year) under one AQI version."""

    version: str
    days: int  # days with data (rows)
    valid_days: int  # days with an AQI
    means: dict[str, float]
    percentiles: dict[str, float]
    statistic_valid: dict[str, bool]  # enough daily values (GB 3095 Table 4) over the whole period
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
    validity: dict[str, Validity] = field(default_factory=dict)  # per pollutant
    aqi_validity: Validity | None = (
        None  # days with an AQI, by the same counts (good-day ratio; platform rule)
    )
    period_days: int = 0  # calendar days of the period (up to the evaluation date)

    @property
    def composite_valid(self) -> bool:
        return all(self.statistic_valid.values())


def period_stats(
    daily: dict[str, np.ndarray],
    result: AqiResult,
    dates: np.ndarray,
    start: date | None = None,
    end: date | None = None,
    as_of: date | None = None,
) -> PeriodStats:
    """Statistics of a period from its daily values and their AQI result (same order; ``dates`` the day of each,
    datetime64 or anything numpy reads as dates).

    ``daily`` holds the daily concentrations the AQI was computed from (``result.concentrations`` for the
    version's items). Good-day ratio = days with AQI ≤ 100 / days with an AQI (HJ 663); heavy = level ≥ 5.
    ``start``/``end`` bound the period (default: the first and last date given) and ``as_of`` the evaluation date
    of a period still running; GB 3095 Table 4 validity is judged over every calendar month of that span
    (:func:`period_validity`), so a month without any data makes an annual statistic invalid.
    """
    version = result.version.code
    d = np.asarray(dates).astype("datetime64[D]")
    n_days = len(result.aqi)
    if start is None or end is None:
        if not n_days:
            raise ValueError("period_stats needs start and end when there are no days")
        start = start or d.min().astype(date)
        end = end or d.max().astype(date)
    has_aqi = ~np.isnan(result.aqi)
    valid_days = int(has_aqi.sum())
    level = result.level
    cat = {lvl: int((level == lvl).sum()) for lvl in range(1, 7)}
    good = cat[1] + cat[2]
    heavy = cat[5] + cat[6]
    means, pcts, ok, validity = {}, {}, {}, {}
    for pol, (item, p) in PERIOD_STATISTICS.items():
        values = np.asarray(daily[item], dtype=float)
        valid = ~np.isnan(values)
        means[pol] = float(np.nanmean(values)) if valid.any() else float("nan")
        pcts[pol] = percentile(values, p)
        validity[pol] = period_validity(d, valid, start, end, as_of)
        ok[pol] = validity[pol].valid
    aqi_validity = period_validity(d, has_aqi, start, end, as_of)
    exceed: dict[str, np.ndarray] = {}
    for item in result.items:
        name = POLLUTANT[item]
        exceed[name] = exceed.get(name, np.zeros(n_days, bool)) | (result.iaqi[item] > 100)
    exceed_days = {k: int(v.sum()) for k, v in exceed.items()}
    ci, parts, notes = composite_index(means, pcts, version)
    shares = {k: (v / ci if ci else float("nan")) for k, v in parts.items()}
    if not all(ok.values()):
        bad = [pol for pol, v in ok.items() if not v]
        notes.append(
            f"Statistics of {', '.join(bad)} have too few daily values for GB 3095 Table 4 and are indicative only."
        )
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
        validity=validity,
        aqi_validity=aqi_validity,
        period_days=aqi_validity.days,
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
