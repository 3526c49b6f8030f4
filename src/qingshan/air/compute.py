"""From hourly frames to daily AQI tables and period evaluations (pandas + the pure standards; no Django).

Used by the CLI (``qingshan air daily`` / ``evaluate``), by the platform's materialised daily table, and by
``bench/air_aqi.py``. Works on whatever partition it is handed (a station-month, a year, a city).
"""

from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd

from qingshan.standards import hj633, hj663

from .formats import to_day_blocks

DAILY_ITEMS_ALL = (
    hj633.SO2_24H,
    hj633.NO2_24H,
    hj633.CO_24H,
    hj633.O3_1H,
    hj633.O3_8H,
    hj633.PM10_24H,
    hj633.PM25_24H,
)
#: Output column per daily item.
ITEM_COLUMN = {
    hj633.SO2_24H: "SO2",
    hj633.NO2_24H: "NO2",
    hj633.CO_24H: "CO",
    hj633.O3_1H: "O3_1h_max",
    hj633.O3_8H: "O3_8h_max",
    hj633.PM10_24H: "PM10",
    hj633.PM25_24H: "PM2.5",
}
CATEGORY_ZH = {c.level: c.name_zh for c in hj633.CATEGORIES}
CATEGORY_EN = {c.level: c.name_en for c in hj633.CATEGORIES}


def versions_for_dates(dates: pd.Series, standard: str) -> np.ndarray:
    """Version code per date: forced (``2012``/``2026``) or by the data's date (``auto``)."""
    if standard == "auto":
        cut = pd.Timestamp(hj633.HJ633_2026.effective_from)
        return np.where(pd.to_datetime(dates) >= cut, "2026", "2012")
    hj633.get_version(standard)
    return np.full(len(dates), standard)


def daily_values(frame: pd.DataFrame) -> tuple[pd.DataFrame, dict[str, np.ndarray]]:
    """Station-day index and daily values of every item (HJ 663 validity applied; NaN where invalid)."""
    index, blocks = to_day_blocks(frame)
    return index, hj663.daily_items(blocks)


def daily_table(frame: pd.DataFrame, standard: str = "auto", primary_as_text: bool = True) -> pd.DataFrame:
    """One row per station-day: concentrations, IAQI per item, AQI, level, category, primary pollutants,
    invalid items and the version it was computed under."""
    index, values = daily_values(frame)
    versions = versions_for_dates(index["date"], standard)
    parts = []
    for code in np.unique(versions):
        sel = versions == code
        v = hj633.get_version(code)
        res = hj633.daily_aqi({it: values[it][sel] for it in v.daily_items}, v)
        out = index.loc[sel, ["station", "date"]].reset_index(drop=True)
        out["standard"] = v.title
        for it in DAILY_ITEMS_ALL:
            col = ITEM_COLUMN[it]
            out[col] = res.concentrations[it] if it in res.concentrations else values[it][sel]
        for it in v.daily_items:
            out[f"IAQI_{ITEM_COLUMN[it]}"] = res.iaqi[it]
        out["AQI"] = res.aqi
        out["level"] = res.level
        out["category"] = [CATEGORY_ZH.get(int(lv), "") for lv in res.level]
        masks = res.primary_mask()
        if primary_as_text:
            names = np.array(list(masks))
            stack = np.vstack([masks[n] for n in names]).T
            out["primary_pollutants"] = [",".join(names[row]) for row in stack]
        invalid = np.vstack([np.isnan(values[it][sel]) for it in v.daily_items]).T
        item_names = np.array([ITEM_COLUMN[it] for it in v.daily_items])
        out["invalid_items"] = [",".join(item_names[row]) for row in invalid]
        # 超标污染物 (IAQI > 100): defined by HJ 633-2012 §3.6 / §4.4.2 only; empty under 2026.
        over = np.vstack([res.iaqi[it] > 100 for it in v.daily_items]).T if v.has_over_standard else None
        pol_names = np.array([hj633.POLLUTANT[it] for it in v.daily_items])
        out["over_standard"] = (
            [",".join(dict.fromkeys(pol_names[row])) for row in over] if over is not None else [""] * len(out)
        )
        parts.append(out)
    table = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame()
    if len(table):
        table = table.sort_values(["station", "date"], kind="stable").reset_index(drop=True)
    return table


def city_daily_values(index: pd.DataFrame, values: dict[str, np.ndarray]) -> tuple[pd.DataFrame, dict]:
    """A city's (or county's) daily values: the mean over its stations of each item's valid daily values
    (HJ 663-2013 §4: 城市点位的算术平均 [3p])."""
    days = pd.Index(sorted(index["date"].unique()))
    pos = days.get_indexer(index["date"])
    out = {}
    for it, arr in values.items():
        s = np.zeros(len(days))
        c = np.zeros(len(days))
        ok = ~np.isnan(arr)
        np.add.at(s, pos[ok], arr[ok])
        np.add.at(c, pos[ok], 1)
        with np.errstate(invalid="ignore", divide="ignore"):
            out[it] = np.where(c > 0, s / c, np.nan)
    return pd.DataFrame({"date": days}), out


def period_daily(
    frame: pd.DataFrame,
    standard: str = "2012",
    start: date | None = None,
    end: date | None = None,
    aggregate: bool = True,
) -> tuple[pd.DataFrame, dict[str, np.ndarray], hj633.AqiResult]:
    """Daily values and AQI of a subject over a period: one station, or (``aggregate``) the mean of several
    stations per HJ 663 — returns (index with ``date``, daily values per item, AQI result)."""
    index, values = daily_values(frame)
    if start or end:
        d = pd.to_datetime(index["date"])
        sel = np.ones(len(index), bool)
        if start:
            sel &= (d >= pd.Timestamp(start)).to_numpy()
        if end:
            sel &= (d <= pd.Timestamp(end)).to_numpy()
        index = index[sel].reset_index(drop=True)
        values = {k: v[sel] for k, v in values.items()}
    if aggregate and index["station"].nunique() > 1:
        index, values = city_daily_values(index, values)
    v = hj633.get_version(standard)
    res = hj633.daily_aqi({it: values[it] for it in v.daily_items}, v)
    return index, values, res


def evaluate(
    frame: pd.DataFrame,
    standard: str = "2012",
    start: date | None = None,
    end: date | None = None,
    aggregate: bool = True,
) -> dict:
    """Evaluate a period for the stations in ``frame`` (one site, or a county/city when ``aggregate``): HJ 663
    statistics, good-day ratio, category counts, composite index. Returns a JSON-ready dict."""
    index, values, res = period_daily(frame, standard, start, end, aggregate)
    v = res.version
    months = pd.to_datetime(index["date"]).dt.month.to_numpy()
    daily_for_stats = {**values, **res.concentrations}
    stats = hj663.period_stats(daily_for_stats, res, months)
    return {
        "standard": v.title,
        "days": stats.days,
        "valid_days": stats.valid_days,
        "good_days": stats.good_days,
        "good_ratio": round_or_none(stats.good_ratio, 4),
        "heavy_days": stats.heavy_days,
        "heavy_ratio": round_or_none(stats.heavy_ratio, 4),
        "category_days": {CATEGORY_ZH[k]: n for k, n in stats.category_days.items()},
        "exceedance_days": stats.exceedance_days,
        "means": {k: round_or_none(x, 3) for k, x in stats.means.items()},
        "percentiles": {
            f"{k}_p{hj663.PERIOD_STATISTICS[k][1]}": round_or_none(x, 3) for k, x in stats.percentiles.items()
        },
        "statistic_valid": stats.statistic_valid,
        "composite_index": round_or_none(stats.composite_index, 3),
        "composite_parts": {k: round_or_none(x, 4) for k, x in stats.composite_parts.items()},
        "composite_shares": {k: round_or_none(x, 4) for k, x in stats.composite_shares.items()},
        "notes": stats.notes,
    }


def round_or_none(x: float | None, nd: int) -> float | None:
    """``x`` rounded to ``nd`` places for JSON, or None when it is missing (None or NaN)."""
    return None if x is None or (isinstance(x, float) and np.isnan(x)) else round(float(x), nd)
