"""From hourly frames to daily AQI tables and period evaluations (pandas + the pure standards; no Django).

Used by the CLI (``qingshan air daily`` / ``evaluate``), by the platform's materialised daily table, and by
``bench/air_aqi.py``. Works on whatever partition it is handed (a station-month, a year, a city).
"""

from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd

from qingshan.standards import hj633, hj663

from .formats import POLLUTANTS, to_day_blocks

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


#: Real-time items fed from the hourly columns (PM 1h values go against the 24h breakpoints, HJ 633 module note).
HOURLY_SOURCE = {
    hj633.SO2_1H: "SO2",
    hj633.NO2_1H: "NO2",
    hj633.CO_1H: "CO",
    hj633.O3_1H: "O3",
    hj633.PM10_24H: "PM10",
    hj633.PM25_24H: "PM2.5",
}
PRIMARY_ORDER = ("PM2.5", "PM10", "O3", "NO2", "SO2", "CO")


def hourly_aqi(frame: pd.DataFrame, standard: str = "auto") -> tuple[np.ndarray, dict[str, hj633.AqiResult]]:
    """Real-time AQI of every station-hour of a normalised frame, as the network publishes it (HJ 633 module
    note): returns (version code per row, {version: result over that version's rows}). Under ``auto`` each hour is
    judged by the text in force on its date. SO₂ 1h above 800 under 2012 uses the SO₂ 24h moving mean — the file's
    published one, else the station's own mean of the last 24 hours (≥ 20 values)."""
    versions = versions_for_dates(frame["time"], standard)
    out = {}
    so2_24 = _so2_24h(frame)
    for code in np.unique(versions):
        sel = versions == code
        conc = {item: frame[col].to_numpy(dtype=float)[sel] for item, col in HOURLY_SOURCE.items()}
        conc[hj633.SO2_24H] = so2_24[sel]
        out[str(code)] = hj633.hourly_aqi(conc, code)
    return versions, out


def _so2_24h(frame: pd.DataFrame) -> np.ndarray:
    published = frame["SO2_24h"].to_numpy(dtype=float) if "SO2_24h" in frame else np.full(len(frame), np.nan)
    need = (frame["SO2"].to_numpy(dtype=float) > 800) & np.isnan(published)
    if not need.any():
        return published
    own = (
        frame.set_index("time")
        .groupby("station")["SO2"]
        .transform(lambda s: s.sort_index().rolling("24h", min_periods=20).mean())
        .to_numpy(dtype=float)
    )
    return np.where(np.isnan(published), own, published)


def hourly_table(frame: pd.DataFrame, standard: str = "auto") -> pd.DataFrame:
    """One row per station-hour: ``station``, ``date`` and ``hour`` as the file labels them, the six pollutants,
    ``IAQI_<pollutant>``, ``AQI``, ``level``, ``category``, ``primary_pollutants``, the text used, and where the
    file publishes them ``published_AQI`` and ``published_primary_pollutants`` with ``AQI_differs``."""
    f = frame.sort_values(["station", "time"], kind="stable").reset_index(drop=True)
    versions, results = hourly_aqi(f, standard)
    n = len(f)
    out = pd.DataFrame(
        {"station": f["station"], "date": f["label_date"], "hour": f["label_hour"].astype(int)}
    )
    for pol in POLLUTANTS:
        out[pol] = f[pol].to_numpy(dtype=float)
    iaqi = {pol: np.full(n, np.nan) for pol in POLLUTANTS}
    aqi = np.full(n, np.nan)
    level = np.zeros(n, dtype=int)
    primary = np.full(n, "", dtype=object)
    titles = np.full(n, "", dtype=object)
    for code, res in results.items():
        sel = np.flatnonzero(versions == code)
        for item, col in HOURLY_SOURCE.items():
            iaqi[col][sel] = res.iaqi[item]
        aqi[sel] = res.aqi
        level[sel] = res.level
        titles[sel] = res.version.title
        primary[sel] = primary_text(res.primary_mask())
    for pol in POLLUTANTS:
        out[f"IAQI_{pol}"] = iaqi[pol]
    out["AQI"] = aqi
    out["level"] = level
    out["category"] = [CATEGORY_ZH.get(int(lv), "") for lv in level]
    out["primary_pollutants"] = primary
    out["standard"] = titles
    if "published_AQI" in f:
        out["published_AQI"] = f["published_AQI"].to_numpy(dtype=float)
        if "published_primary" in f:
            out["published_primary_pollutants"] = f["published_primary"].fillna("").to_numpy()
        out["AQI_differs"] = differs(out["AQI"].to_numpy(), out["published_AQI"].to_numpy())
    return out


def primary_text(masks: dict[str, np.ndarray]) -> np.ndarray:
    """Comma-joined primary pollutants per record (in :data:`PRIMARY_ORDER`) from per-pollutant flags."""
    return spell({p: masks[p] for p in PRIMARY_ORDER if p in masks})


def spell(flags: dict[str, np.ndarray]) -> np.ndarray:
    """Comma-joined names of the flags set per record, vectorised: the flags become a bit code and each distinct
    code (at most 2^n) is spelled once."""
    names = list(flags)
    if not names:
        return np.array([], dtype=object)
    code = np.zeros(len(flags[names[0]]), dtype=np.int64)
    for bit, p in enumerate(names):
        code |= np.asarray(flags[p], dtype=bool).astype(np.int64) << bit
    uniq, inv = np.unique(code, return_inverse=True)
    spelled = np.array(
        [",".join(p for bit, p in enumerate(names) if c >> bit & 1) for c in uniq], dtype=object
    )
    return spelled[inv] if len(code) else code.astype(object)


def differs(ours: np.ndarray, published: np.ndarray) -> np.ndarray:
    """Where the file publishes an AQI and ours is another (or none)."""
    p = np.asarray(published, dtype=float)
    o = np.asarray(ours, dtype=float)
    return ~np.isnan(p) & ((o != p) | np.isnan(o))


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


def daily_table(
    frame: pd.DataFrame,
    standard: str = "auto",
    daily: tuple[pd.DataFrame, dict[str, np.ndarray]] | None = None,
) -> pd.DataFrame:
    """One row per station-day: concentrations, IAQI per item, AQI, level, category, primary pollutants,
    invalid items, 超标污染物 and the version it was computed under. ``daily`` passes :func:`daily_values` of the
    frame when the caller already has them (both texts from one pass over the hours)."""
    index, values = daily if daily is not None else daily_values(frame)
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
        out["category"] = pd.Series(res.level).map(CATEGORY_ZH).fillna("").to_numpy(dtype=object)
        out["primary_pollutants"] = primary_text(res.primary_mask())
        out["invalid_items"] = spell({ITEM_COLUMN[it]: np.isnan(values[it][sel]) for it in v.daily_items})
        # 超标污染物 (IAQI > 100): defined by HJ 633-2012 §3.6 / §4.4.2 only; empty under 2026.
        if v.has_over_standard:
            over: dict[str, np.ndarray] = {}
            for it in v.daily_items:
                name = hj633.POLLUTANT[it]
                over[name] = over.get(name, np.zeros(len(out), bool)) | (res.iaqi[it] > 100)
            out["over_standard"] = spell(over)
        else:
            out["over_standard"] = ""
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
    as_of: date | None = None,
) -> dict:
    """Evaluate a period for the stations in ``frame`` (one site, or a county/city when ``aggregate``): HJ 663
    statistics, good-day ratio, category counts, composite index, GB 3095 Table 4 validity per pollutant over the
    whole period (up to ``as_of`` for a period still running). Returns a JSON-ready dict."""
    index, values, res = period_daily(frame, standard, start, end, aggregate)
    v = res.version
    dates = pd.to_datetime(index["date"]).to_numpy().astype("datetime64[D]")
    daily_for_stats = {**values, **res.concentrations}
    stats = hj663.period_stats(daily_for_stats, res, dates, start, end, as_of)
    return stats_dict(stats, v.title)


def stats_dict(stats: hj663.PeriodStats, title: str) -> dict:
    """A JSON-ready account of period statistics (CLI, pages, API), validity per pollutant included."""
    return {
        "standard": title,
        "days": stats.days,
        "period_days": stats.period_days,
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
        "validity": {k: x.as_dict() for k, x in stats.validity.items()},
        "aqi_days_valid": stats.aqi_validity.valid if stats.aqi_validity else None,
        "composite_index": round_or_none(stats.composite_index, 3),
        "composite_parts": {k: round_or_none(x, 4) for k, x in stats.composite_parts.items()},
        "composite_shares": {k: round_or_none(x, 4) for k, x in stats.composite_shares.items()},
        "notes": stats.notes,
    }


def round_or_none(x: float | None, nd: int) -> float | None:
    """``x`` rounded to ``nd`` places for JSON, or None when it is missing (None or NaN)."""
    return None if x is None or (isinstance(x, float) and np.isnan(x)) else round(float(x), nd)
