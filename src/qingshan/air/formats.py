"""Readers of hourly air-quality files (pandas; no Django), returning one normalised frame or clear errors.

Normalised frame: ``station`` (str), ``time`` (naive local time, the *start* of the hour), ``SO2``, ``NO2``,
``O3``, ``PM10``, ``PM2.5`` in µg/m³ and ``CO`` in mg/m³ (NaN for missing), ``line`` (the file's line number).

Formats:

- ``uci`` — UCI "Beijing Multi-Site Air-Quality" (CC BY 4.0): ``No,year,month,day,hour,PM2.5,PM10,SO2,NO2,CO,O3,…,
  station``; ``hour`` 0–23 is the hour starting then; CO is in µg/m³ there and converted to mg/m³; ``NA`` missing.
- ``cnemc`` — the national publishing platform's hourly table: ``站点`` (or ``监测点位``/``站点名称``), ``时间``
  (hour *ending*, e.g. ``2024-01-01 01:00`` is 00:00–01:00), ``SO2``, ``NO2``, ``CO`` (mg/m³), ``O3``, ``PM10``,
  ``PM2.5``; missing as ``—``, ``-``, ``--`` or blank.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from qingshan.tabular import FileErrors, read_bytes, read_csv

POLLUTANTS = ("SO2", "NO2", "CO", "O3", "PM10", "PM2.5")
#: The year of real data shipped with the project (UCI Beijing Multi-Site, 2016-03 … 2017-02, 12 stations).
DEMO_FILE = Path(__file__).resolve().parent / "data" / "beijing-multisite-2016-03_2017-02.csv.gz"
#: Plausibility ceilings (µg/m³; CO mg/m³): beyond them a value is a unit or entry error, not air.
CEILINGS = {"SO2": 10000, "NO2": 5000, "CO": 200, "O3": 3000, "PM10": 10000, "PM2.5": 5000}
MISSING = ["NA", "", "—", "-", "--", "NaN", "nan"]


class AirImportError(FileErrors):
    """A file that cannot be imported; ``errors`` lists (line, field, message)."""


@dataclass
class ParsedAir:
    path: str
    fmt: str
    frame: pd.DataFrame
    warnings: list[tuple[int | None, str | None, str]] = field(default_factory=list)


def _open_table(path: str | Path | bytes, name: str | None = None) -> tuple[pd.DataFrame, str]:
    """Read a CSV (optionally gzipped; UTF-8 or GB18030) with pandas' C parser; numbers parse as numbers and
    anything else stays text, to be reported by line below. ``path`` may be the file's bytes, named by ``name``."""
    raw, name = read_bytes(path, name, AirImportError)
    if b"\x00" in raw[:4096]:
        raise AirImportError(name, [(None, None, "binary file, not a CSV table")])
    df = read_csv(raw, name, AirImportError, na_values=MISSING, keep_default_na=False, skipinitialspace=True)
    return df, name


def _numeric(series: pd.Series) -> tuple[pd.Series, np.ndarray]:
    """(values as float, mask of entries that are present but not numbers)."""
    if series.dtype.kind in "if":
        return series.astype(float), np.zeros(len(series), bool)
    text = series.astype(str).str.strip()
    values = pd.to_numeric(text.where(~series.isna()), errors="coerce")
    bad = values.isna().to_numpy() & ~series.isna().to_numpy() & ~text.isin(MISSING).to_numpy()
    return values.astype(float), bad


def detect_format(columns: list[str]) -> str | None:
    cols = {c.strip() for c in columns}
    if {"year", "month", "day", "hour", "station"} <= cols:
        return "uci"
    if "时间" in cols and cols & {"站点", "监测点位", "站点名称", "点位名称"}:
        return "cnemc"
    return None


def read_hourly(path: str | Path | bytes, station: str | None = None, name: str | None = None) -> ParsedAir:
    """Read and validate one file (a path, or its bytes named by ``name``). Raises :class:`AirImportError`
    naming lines and fields; never half-reads."""
    df, name = _open_table(path, name)
    fmt = detect_format(list(df.columns))
    if fmt is None:
        raise AirImportError(
            name,
            [
                (
                    1,
                    None,
                    "unknown column layout; expected the UCI Beijing columns (year, month, day, hour, …, "
                    "station) or the national platform's (站点, 时间, SO2, NO2, CO, O3, PM10, PM2.5)",
                )
            ],
        )
    missing_cols = [p for p in POLLUTANTS if p not in df.columns]
    if missing_cols:
        raise AirImportError(name, [(1, c, "column missing") for c in missing_cols])
    lines = np.arange(2, len(df) + 2)  # header is line 1
    errors: list[tuple[int | None, str | None, str]] = []
    out = pd.DataFrame({"line": lines})
    if fmt == "uci":
        parts = {}
        for col in ("year", "month", "day", "hour"):
            parts[col], bad = _numeric(df[col])
            bad |= parts[col].isna().to_numpy()
            for ln in lines[bad][:20]:
                errors.append((int(ln), col, f"not a number: {df[col].iloc[ln - 2]!r}"))
        when = pd.to_datetime(pd.DataFrame(parts), errors="coerce")
        bad = when.isna().to_numpy() & ~np.any([parts[c].isna().to_numpy() for c in parts], axis=0)
        for ln in lines[bad][:20]:
            errors.append((int(ln), "year/month/day/hour", "not a valid date and hour"))
        out["time"] = when
        out["station"] = df["station"].astype(str).str.strip()
        co_factor = 1 / 1000  # µg/m³ → mg/m³
    else:
        sc = next(c for c in ("站点", "监测点位", "站点名称", "点位名称") if c in df.columns)
        when = pd.to_datetime(df["时间"].astype(str).str.strip(), errors="coerce", format="mixed")
        for ln in lines[when.isna().to_numpy()][:20]:
            errors.append((int(ln), "时间", f"not a date and time: {df['时间'].iloc[ln - 2]!r}"))
        out["time"] = when - pd.Timedelta(hours=1)  # the platform labels an hour by its end
        out["station"] = df[sc].astype(str).str.strip()
        co_factor = 1.0
    if station:
        out["station"] = station
    empty_station = out["station"].isin(["", "nan"]).to_numpy()
    for ln in lines[empty_station][:20]:
        errors.append((int(ln), "station", "station name is empty"))
    for pol in POLLUTANTS:
        values, non_numeric = _numeric(df[pol])
        for ln in lines[non_numeric][:20]:
            errors.append((int(ln), pol, f"not a number: {df[pol].iloc[ln - 2]!r}"))
        negative = (values < 0).to_numpy()
        for ln in lines[negative][:20]:
            errors.append((int(ln), pol, f"negative concentration {df[pol].iloc[ln - 2]}"))
        if pol == "CO":
            values = values * co_factor
        implausible = (values > CEILINGS[pol]).to_numpy()
        for ln in lines[implausible][:20]:
            errors.append((int(ln), pol, f"implausible value {df[pol].iloc[ln - 2]} (check the unit)"))
        out[pol] = values.to_numpy(dtype=float)
    dup = out.duplicated(["station", "time"], keep="first").to_numpy() & out["time"].notna().to_numpy()
    for ln in lines[dup][:20]:
        errors.append((int(ln), "station/time", "duplicated row for the same station and hour"))
    if errors:
        errors.sort(key=lambda e: e[0] or 0)
        raise AirImportError(name, errors)
    return ParsedAir(name, fmt, out)


def to_day_blocks(frame: pd.DataFrame) -> tuple[pd.DataFrame, dict[str, np.ndarray]]:
    """Reshape one station's (or many stations') hourly rows into (station-day, 24) blocks per pollutant.

    Returns the index frame (``station``, ``date``) and ``{pollutant: array (n, 24)}``; missing hours are NaN.
    Pure numpy indexing: no per-row Python loop.
    """
    f = frame[["station", "time", *POLLUTANTS]].dropna(subset=["time"])
    st_codes, st_names = pd.factorize(f["station"], sort=True)
    ns = f["time"].to_numpy(dtype="datetime64[ns]").astype(np.int64)
    hour_ns = 3_600_000_000_000
    day_num = ns // (24 * hour_ns)  # naive local time: whole days since the epoch
    hour = (ns // hour_ns) % 24
    d0 = int(day_num.min()) if len(day_num) else 0
    span = int(day_num.max()) - d0 + 1 if len(day_num) else 1
    key = st_codes.astype(np.int64) * span + (day_num - d0)
    uniq, codes = np.unique(key, return_inverse=True)
    n = len(uniq)
    blocks = {}
    for pol in POLLUTANTS:
        arr = np.full((n, 24), np.nan)
        arr[codes, hour] = f[pol].to_numpy(dtype=float)
        blocks[pol] = arr
    days = (uniq % span + d0).astype("datetime64[D]").astype("datetime64[ns]")
    index = pd.DataFrame({"station": np.asarray(st_names)[uniq // span], "date": days})
    return index, blocks
