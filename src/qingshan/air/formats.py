"""Readers of hourly air-quality files (pandas; no Django), returning one normalised frame or clear errors.

Normalised frame, one row per station-hour: ``station`` (national code, or the name a plain table gives),
``time`` (naive local time, the *start* of the hour), ``label_date`` / ``label_hour`` (the hour as the file labels
it), ``SO2``, ``NO2``, ``O3``, ``PM10``, ``PM2.5`` in µg/m³ and ``CO`` in mg/m³ (NaN for missing), ``line`` (the
file's line number), and where the file publishes them ``published_AQI``, ``published_primary`` and the published
24 h columns (:data:`PUBLISHED_24H`).

Formats (``docs/standards.md`` has the evidence for the hour labels):

- ``archive`` — the national network's daily archive files ``china_sites_YYYYMMDD.csv`` (one file, many, or a
  concatenation): ``date,hour,type,<station codes…>``, one row per hour and type (AQI, PM2.5, PM2.5_24h, PM10,
  PM10_24h, SO2, SO2_24h, NO2, NO2_24h, O3, O3_24h, O3_8h, O3_8h_24h, CO, CO_24h). ``hour`` h labels the hour
  *ending* at h:00 — hour 0 of day D is 23:00–24:00 of day D−1.
- ``platform`` — the national real-time platform's hourly table, one row per station-hour: time point, station
  code, name, city, longitude, latitude, AQI, primary pollutant, the six 1 h values and the 24 h columns, under the
  platform's field names (``TimePoint, StationCode, PositionName, Area, Longitude, Latitude, AQI,
  PrimaryPollutant, PM2_5, PM2_5_24h, …``, any case) or Chinese headers (时间, 监测点编码, 监测点名称, 城市, 经度,
  纬度, AQI, 首要污染物, …). The time point labels the hour ending then (the platform's 数据发布说明: "16时的小时
  均值为15:00-16:00").
- ``table`` — a plain hourly table of one's own: ``站点`` (or ``监测点位``/``站点名称``), ``时间`` (hour ending, as
  the network labels hours), ``SO2``, ``NO2``, ``CO`` (mg/m³), ``O3``, ``PM10``, ``PM2.5``.
- ``uci`` — UCI "Beijing Multi-Site Air-Quality" (CC BY 4.0), the benchmark's input: ``No,year,month,day,hour,
  PM2.5,PM10,SO2,NO2,CO,O3,…,station``; ``hour`` 0–23 is the hour starting then; CO in µg/m³, converted.

Missing values: blank, ``—``, ``-``, ``--``, ``NA``. Refused, by line and field: text where a number belongs,
non-finite numbers (``inf``, ``1e400``), negative or implausible concentrations (:data:`CEILINGS`), an hour in the
future, an empty station, the same station-hour twice, a file with a header and no data.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd

from qingshan.tabular import FileErrors, read_bytes, read_csv

POLLUTANTS = ("SO2", "NO2", "CO", "O3", "PM10", "PM2.5")
#: The network's 2019 hourly data of the five seed cities, shipped with the project (data/README.md).
SEED_FILE = Path(__file__).resolve().parent / "data" / "china_sites_2019_5cities.csv.gz"
#: Published 24 h columns kept beside the hourly values: 24 h moving means, O₃ max 1 h of the last 24 h
#: (``O3_24h``), the O₃ 8 h moving mean (``O3_8h``) and its max of the day (``O3_8h_24h``).
PUBLISHED_24H = ("SO2_24h", "NO2_24h", "CO_24h", "O3_24h", "O3_8h", "O3_8h_24h", "PM10_24h", "PM2.5_24h")
ARCHIVE_TYPES = ("AQI", *POLLUTANTS, *PUBLISHED_24H)
#: Plausibility ceilings (µg/m³; CO mg/m³): beyond them a value is a unit or entry error, not air.
CEILINGS = {"SO2": 10000, "NO2": 5000, "CO": 200, "O3": 3000, "PM10": 10000, "PM2.5": 5000, "AQI": 500}
MISSING = ["NA", "", "—", "-", "--", "NaN", "nan", "null", "None"]
MAX_ERRORS = 20  # per kind of error; the message shows the first ten in all


class AirImportError(FileErrors):
    """A file that cannot be imported; ``errors`` lists (line, field, message)."""


@dataclass
class ParsedAir:
    path: str
    fmt: str
    frame: pd.DataFrame
    warnings: list[tuple[int | None, str | None, str]] = field(default_factory=list)
    #: Station facts the file itself gives (platform table): code, name, city, longitude, latitude.
    stations: pd.DataFrame | None = None


def _open_table(
    path: str | Path | bytes, name: str | None = None, **kwargs
) -> tuple[pd.DataFrame, str, bytes]:
    """Read a CSV (optionally gzipped; UTF-8 or GB18030) with pandas' C parser; numbers parse as numbers and
    anything else stays text, to be reported by line below. ``path`` may be the file's bytes, named by ``name``."""
    raw, name = read_bytes(path, name, AirImportError)
    if b"\x00" in raw[:4096]:
        raise AirImportError(name, [(None, None, "binary file, not a CSV table")])
    df = read_csv(
        raw, name, AirImportError, na_values=MISSING, keep_default_na=False, skipinitialspace=True, **kwargs
    )
    return df, name, raw


def _numeric(series: pd.Series) -> tuple[pd.Series, np.ndarray]:
    """(values as float, mask of entries that are present but not numbers)."""
    if series.dtype.kind in "if":
        return series.astype(float), np.zeros(len(series), bool)
    text = series.astype(str).str.strip()
    values = pd.to_numeric(text.where(~series.isna()), errors="coerce")
    bad = values.isna().to_numpy() & ~series.isna().to_numpy() & ~text.isin(MISSING).to_numpy()
    return values.astype(float), bad


def _check_values(
    name: str, raw: pd.Series, values: pd.Series, lines: np.ndarray, label: str, ceiling: float | None
) -> list[tuple[int | None, str | None, str]]:
    """Errors of one column: text, non-finite, negative, above the plausibility ceiling — each named by line."""
    errors: list[tuple[int | None, str | None, str]] = []
    v = values.to_numpy(dtype=float)
    for kind, mask, msg in (
        ("inf", np.isinf(v), "not a finite number: {!r}"),
        ("neg", v < 0, "negative concentration {!r}"),
        (
            "big",
            np.isfinite(v) & (v > ceiling) if ceiling else np.zeros(len(v), bool),
            "implausible value {!r}",
        ),
    ):
        with np.errstate(invalid="ignore"):
            hit = np.flatnonzero(mask)
        for i in hit[:MAX_ERRORS]:
            text = raw.iloc[i]
            extra = " (check the unit)" if kind == "big" else ""
            errors.append((int(lines[i]), label, msg.format(str(text).strip()) + extra))
    return errors


def detect_format(columns: list[str]) -> str | None:
    cols = {c.strip() for c in columns}
    if columns[:3] == ["date", "hour", "type"]:
        return "archive"
    if {"year", "month", "day", "hour", "station"} <= cols:
        return "uci"
    keys = {_platform_key(c) for c in cols}
    if {"time", "station"} <= keys:
        return "platform"
    if "时间" in cols and cols & {"站点", "监测点位", "站点名称", "点位名称"}:
        return "table"
    return None


def read_hourly(
    path: str | Path | bytes, station: str | None = None, name: str | None = None, today: date | None = None
) -> ParsedAir:
    """Read and validate one file (a path, or its bytes named by ``name``). Raises :class:`AirImportError`
    naming lines and fields; never half-reads. ``today`` bounds the dates (default: the machine's date)."""
    raw, name = read_bytes(path, name, AirImportError)
    if b"\x00" in raw[:4096]:
        raise AirImportError(name, [(None, None, "binary file, not a CSV table")])
    header = _header(raw, name)
    fmt = detect_format(header)
    if fmt is None:
        raise AirImportError(
            name,
            [
                (
                    1,
                    None,
                    "unknown column layout; expected the network's archive (date, hour, type, station codes…), "
                    "the real-time platform's table (时间/TimePoint, 监测点编码/StationCode, …, PM2.5, PM2.5_24h, …), "
                    "a plain table (站点, 时间, SO2, NO2, CO, O3, PM10, PM2.5) or the UCI Beijing columns",
                )
            ],
        )
    if fmt == "archive":
        parsed = _read_archive(raw, name, header)
    else:
        df = read_csv(
            raw, name, AirImportError, na_values=MISSING, keep_default_na=False, skipinitialspace=True
        )
        if fmt == "platform":
            parsed = _read_platform(df, name)
        else:
            parsed = _read_long(df, name, fmt, station)
    if station:
        parsed.frame["station"] = station
    _check_frame(parsed, today or date.today())
    return parsed


def _header(raw: bytes, name: str) -> list[str]:
    for enc in ("utf-8-sig", "gb18030"):
        try:
            first = raw.split(b"\n", 1)[0].decode(enc)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise AirImportError(name, [(1, None, "not UTF-8 or GB18030 text")])
    try:
        return [c.strip() for c in next(csv.reader(io.StringIO(first)))]
    except (StopIteration, csv.Error):
        raise AirImportError(name, [(1, None, "not a CSV header")]) from None


def _check_frame(parsed: ParsedAir, today: date) -> None:
    """Checks shared by every format: data rows exist, stations are named, no hour in the future, no duplicate."""
    f = parsed.frame
    errors: list[tuple[int | None, str | None, str]] = []
    if f.empty:
        raise AirImportError(parsed.path, [(None, None, "no data rows (a header alone is not an import)")])
    empty = f["station"].isna().to_numpy() | f["station"].astype(str).str.strip().isin(["", "nan"]).to_numpy()
    for ln in f["line"].to_numpy()[empty][:MAX_ERRORS]:
        errors.append((int(ln), "station", "station is empty"))
    future = (f["time"] >= pd.Timestamp(today) + pd.Timedelta(days=1)).to_numpy()
    first = f[future].drop_duplicates("line")  # the archive gives many station-hours one line
    for ln, t in zip(first["line"][:MAX_ERRORS], first["time"][:MAX_ERRORS], strict=True):
        errors.append((int(ln), "time", f"hour {t:%Y-%m-%d %H:00} is in the future"))
    dup = f.duplicated(["station", "time"], keep="first").to_numpy() & f["time"].notna().to_numpy()
    for ln in f["line"].to_numpy()[dup][:MAX_ERRORS]:
        errors.append((int(ln), "station/time", "duplicated row for the same station and hour"))
    if errors:
        errors.sort(key=lambda e: e[0] or 0)
        raise AirImportError(parsed.path, errors)


# --- the network's archive (wide daily files) --------------------------------------------------------------


def _read_archive(raw: bytes, name: str, header: list[str]) -> ParsedAir:
    """``date,hour,type,<codes>``: validated and turned into one row per station-hour (vectorised)."""
    codes = header[3:]
    warnings: list[tuple[int | None, str | None, str]] = []
    errors: list[tuple[int | None, str | None, str]] = []
    if not codes:
        raise AirImportError(name, [(1, None, "no station columns after date, hour, type")])
    bad_codes = [c for c in codes if not c]
    if bad_codes:
        raise AirImportError(name, [(1, None, "a station column has no code")])
    df = read_csv(
        raw,
        name,
        AirImportError,
        na_values=MISSING,
        keep_default_na=False,
        dtype={"date": str, "hour": str, "type": str},
    )
    if df.empty:
        raise AirImportError(name, [(None, None, "no data rows (a header alone is not an import)")])
    lines = np.arange(2, len(df) + 2)
    # Duplicated station columns (pandas renames the second "3207A" to "3207A.1"): identical → read once.
    seen: dict[str, int] = {}
    keep_cols: list[str] = []
    station_codes: list[str] = []
    for i, code in enumerate(codes):
        col = df.columns[3 + i]
        if code in seen:
            first = df.columns[3 + seen[code]]
            a, b = df[first], df[col]
            if ((a == b) | (a.isna() & b.isna())).all():
                warnings.append((1, code, "the column appears twice with identical values; read once"))
                continue
            errors.append((1, code, "the column appears twice with different values"))
            continue
        seen[code] = i
        keep_cols.append(col)
        station_codes.append(code)
    d = pd.to_datetime(df["date"].str.strip(), format="%Y%m%d", errors="coerce")
    for ln, v in zip(
        lines[d.isna().to_numpy()][:MAX_ERRORS], df["date"][d.isna()][:MAX_ERRORS], strict=False
    ):
        errors.append((int(ln), "date", f"not a date YYYYMMDD: {v!r}"))
    h = pd.to_numeric(df["hour"].str.strip(), errors="coerce")
    bad_h = (h.isna() | (h < 0) | (h > 23) | (h != np.floor(h))).to_numpy()
    for ln, v in zip(lines[bad_h][:MAX_ERRORS], df["hour"][bad_h][:MAX_ERRORS], strict=False):
        errors.append((int(ln), "hour", f"not an hour 0-23: {v!r}"))
    t = df["type"].astype(str).str.strip()
    bad_t = ~t.isin(ARCHIVE_TYPES).to_numpy()
    for ln, v in zip(lines[bad_t][:MAX_ERRORS], t[bad_t][:MAX_ERRORS], strict=False):
        errors.append((int(ln), "type", f"unknown row type {v!r} (expected {', '.join(ARCHIVE_TYPES)})"))
    dup = pd.DataFrame({"d": df["date"], "h": df["hour"], "t": t}).duplicated().to_numpy() & ~bad_t
    for ln in lines[dup][:MAX_ERRORS]:
        errors.append((int(ln), "date/hour/type", "the same hour and type appear twice"))
    values = np.full((len(df), len(keep_cols)), np.nan)
    types = t.to_numpy()
    for j, col in enumerate(keep_cols):
        v, non_numeric = _numeric(df[col])
        code = station_codes[j]
        for ln in lines[non_numeric][:MAX_ERRORS]:
            errors.append((int(ln), code, f"not a number: {df[col].iloc[ln - 2]!r}"))
        for ln, _fld, msg in _check_values(name, df[col], v, lines, code, None):
            errors.append((ln, f"{code} {types[ln - 2]}", msg))
        values[:, j] = v.to_numpy(dtype=float)
    # Ceilings per row type (a column holds every type).
    type_code = pd.Series(types).map({t: i for i, t in enumerate(ARCHIVE_TYPES)}).fillna(-1).to_numpy(int)
    for k, typ in enumerate(ARCHIVE_TYPES):
        base = typ.split("_")[0] if typ != "PM2.5_24h" else "PM2.5"
        ceiling = CEILINGS.get(base)
        rows = np.flatnonzero(type_code == k)
        if ceiling is None or not len(rows):
            continue
        with np.errstate(invalid="ignore"):
            over = np.argwhere(np.isfinite(values[rows]) & (values[rows] > ceiling))
        for r, j in over[:MAX_ERRORS]:
            errors.append(
                (
                    int(lines[rows[r]]),
                    f"{station_codes[j]} {typ}",
                    f"implausible value {values[rows[r], j]:g} (check the unit)",
                )
            )
    if errors:
        errors.sort(key=lambda e: e[0] or 0)
        raise AirImportError(name, errors)
    # Pivot: (hour key) × (station) per type, then one row per station-hour with any value.
    key = d.dt.strftime("%Y%m%d").to_numpy() + "|" + h.astype(int).astype(str).str.zfill(2).to_numpy()
    kcodes, kuniq = pd.factorize(key, sort=True)
    nk, ns = len(kuniq), len(keep_cols)
    first_line = np.full(nk, np.iinfo(np.int64).max)
    np.minimum.at(first_line, kcodes, lines)
    cubes = {}
    for k, typ in enumerate(ARCHIVE_TYPES):
        rows = np.flatnonzero(type_code == k)
        cube = np.full((nk, ns), np.nan)
        cube[kcodes[rows]] = values[rows]
        cubes[typ] = cube
    present = np.zeros((nk, ns), bool)
    for typ in ARCHIVE_TYPES:
        present |= ~np.isnan(cubes[typ])
    ki, si = np.nonzero(present)
    label_day = pd.to_datetime(pd.Series(kuniq).str[:8], format="%Y%m%d").to_numpy()
    label_hour = pd.Series(kuniq).str[9:].astype(int).to_numpy()
    label_time = label_day + label_hour.astype("timedelta64[h]")
    empty_codes = [station_codes[j] for j in range(ns) if not present[:, j].any()]
    if empty_codes:
        warnings.append(
            (
                None,
                None,
                f"{len(empty_codes)} station columns hold no value and are skipped: {', '.join(empty_codes[:10])}",
            )
        )
    frame = pd.DataFrame(
        {
            "line": first_line[ki],
            "station": np.asarray(station_codes, dtype=object)[si],
            "time": pd.to_datetime(label_time[ki]) - pd.Timedelta(hours=1),  # hour ending → hour start
            "label_date": pd.to_datetime(label_day[ki]).strftime("%Y-%m-%d"),
            "label_hour": label_hour[ki],
        }
    )
    for pol in POLLUTANTS:
        frame[pol] = cubes[pol][ki, si]
    frame["published_AQI"] = cubes["AQI"][ki, si]
    for col in PUBLISHED_24H:
        frame[col] = cubes[col][ki, si]
    frame = frame.sort_values(["station", "time"], kind="stable").reset_index(drop=True)
    return ParsedAir(name, "archive", frame, warnings)


# --- the real-time platform's hourly table ----------------------------------------------------------------

_PLATFORM_ALIASES = {
    "time": ("timepoint", "time", "时间", "时间点", "数据时间", "监测时间", "发布时间"),
    "station": ("stationcode", "监测点编码", "站点编码", "点位编码", "站点代码"),
    "name": ("positionname", "监测点名称", "监测点", "站点名称", "点位名称"),
    "city": ("area", "city", "城市", "所属城市"),
    "lon": ("longitude", "lon", "经度"),
    "lat": ("latitude", "lat", "纬度"),
    "AQI": ("aqi", "空气质量指数"),
    "primary": ("primarypollutant", "首要污染物"),
    "SO2": ("so2",),
    "NO2": ("no2",),
    "CO": ("co",),
    "O3": ("o3",),
    "PM10": ("pm10",),
    "PM2.5": ("pm25", "pm2.5"),
    "SO2_24h": ("so224h",),
    "NO2_24h": ("no224h",),
    "CO_24h": ("co24h",),
    "O3_24h": ("o324h",),
    "O3_8h": ("o38h",),
    "O3_8h_24h": ("o38h24h",),
    "PM10_24h": ("pm1024h",),
    "PM2.5_24h": ("pm2524h", "pm2.524h"),
}
_ALIAS_TO_KEY = {alias: key for key, aliases in _PLATFORM_ALIASES.items() for alias in aliases}


def _platform_key(column: str) -> str | None:
    """The platform field a header names: case, underscores, spaces and units in brackets ignored."""
    c = re.sub(r"[(（][^)）]*[)）]", "", column).strip().lower()
    c = re.sub(r"[\s_]", "", c)
    return _ALIAS_TO_KEY.get(c)


#: Names the platform writes for a primary pollutant → our pollutant keys.
_PRIMARY_NAMES = {
    "细颗粒物": "PM2.5",
    "pm2.5": "PM2.5",
    "pm25": "PM2.5",
    "颗粒物": "PM10",
    "pm10": "PM10",
    "可吸入颗粒物": "PM10",
    "二氧化硫": "SO2",
    "so2": "SO2",
    "二氧化氮": "NO2",
    "no2": "NO2",
    "一氧化碳": "CO",
    "co": "CO",
    "臭氧": "O3",
    "臭氧1小时": "O3",
    "臭氧8小时": "O3",
    "o3": "O3",
}


def primary_names(text: object) -> str:
    """A published primary pollutant text ('颗粒物(PM10),细颗粒物(PM2.5)', '臭氧8小时', '—') as our comma-joined
    keys in a fixed order ('PM10,PM2.5'); empty when none."""
    if text is None or (isinstance(text, float) and np.isnan(text)):
        return ""
    found = set()
    for part in re.split(r"[,，、;；/ ]+", str(text).strip()):
        if not part or part in MISSING or part in ("无", "—"):
            continue
        inner = re.search(r"[(（]([^)）]+)[)）]", part)
        key = (inner.group(1) if inner else part).strip().lower()
        name = _PRIMARY_NAMES.get(key) or _PRIMARY_NAMES.get(re.sub(r"[(（].*", "", part).strip().lower())
        found.add(name or part)
    order = {p: i for i, p in enumerate(("PM2.5", "PM10", "O3", "NO2", "SO2", "CO"))}
    return ",".join(sorted(found, key=lambda p: order.get(p, 99)))


def _read_platform(df: pd.DataFrame, name: str) -> ParsedAir:
    cols: dict[str, str] = {}
    for c in df.columns:
        k = _platform_key(c)
        if k and k not in cols:
            cols[k] = c
    missing = [p for p in POLLUTANTS if p not in cols]
    if missing:
        raise AirImportError(name, [(1, p, "column missing") for p in missing])
    lines = np.arange(2, len(df) + 2)
    errors: list[tuple[int | None, str | None, str]] = []
    raw_time = df[cols["time"]].astype(str).str.strip()
    when = pd.to_datetime(raw_time, errors="coerce", format="mixed")
    if getattr(when.dt, "tz", None) is not None:
        when = when.dt.tz_convert("Asia/Shanghai").dt.tz_localize(None)
    bad = when.isna().to_numpy()
    for ln in lines[bad][:MAX_ERRORS]:
        errors.append((int(ln), cols["time"], f"not a date and time: {df[cols['time']].iloc[ln - 2]!r}"))
    off_hour = (when.notna() & ((when.dt.minute != 0) | (when.dt.second != 0))).to_numpy()
    for ln in lines[off_hour][:MAX_ERRORS]:
        errors.append((int(ln), cols["time"], "a time point is a whole hour"))
    out = pd.DataFrame({"line": lines})
    out["station"] = df[cols["station"]].where(df[cols["station"]].notna(), "").astype(str).str.strip()
    out["time"] = when - pd.Timedelta(hours=1)  # the time point ends the hour
    out["label_date"] = when.dt.strftime("%Y-%m-%d")
    out["label_hour"] = when.dt.hour
    for key in (*POLLUTANTS, "AQI", *PUBLISHED_24H):
        if key not in cols:
            if key != "AQI":
                out[key] = np.nan
            continue
        values, non_numeric = _numeric(df[cols[key]])
        for ln in lines[non_numeric][:MAX_ERRORS]:
            errors.append((int(ln), cols[key], f"not a number: {df[cols[key]].iloc[ln - 2]!r}"))
        base = key.split("_")[0] if key != "PM2.5_24h" else "PM2.5"
        errors += _check_values(name, df[cols[key]], values, lines, cols[key], CEILINGS.get(base))
        out["published_AQI" if key == "AQI" else key] = values.to_numpy(dtype=float)
    if "primary" in cols:
        out["published_primary"] = [primary_names(x) for x in df[cols["primary"]]]
    if errors:
        errors.sort(key=lambda e: e[0] or 0)
        raise AirImportError(name, errors)
    stations = pd.DataFrame({"code": out["station"]})
    for key in ("name", "city", "lon", "lat"):
        stations[key] = df[cols[key]].to_numpy() if key in cols else None
    stations = stations.drop_duplicates("code").reset_index(drop=True)
    return ParsedAir(name, "platform", out, stations=stations)


# --- long tables: a plain table and the UCI benchmark files ------------------------------------------------


def _read_long(df: pd.DataFrame, name: str, fmt: str, station: str | None) -> ParsedAir:
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
            for ln in lines[bad][:MAX_ERRORS]:
                errors.append((int(ln), col, f"not a number: {df[col].iloc[ln - 2]!r}"))
        when = pd.to_datetime(pd.DataFrame(parts), errors="coerce")
        bad = when.isna().to_numpy() & ~np.any([parts[c].isna().to_numpy() for c in parts], axis=0)
        for ln in lines[bad][:MAX_ERRORS]:
            errors.append((int(ln), "year/month/day/hour", "not a valid date and hour"))
        out["time"] = when
        out["label_date"] = when.dt.strftime("%Y-%m-%d")
        out["label_hour"] = when.dt.hour
        out["station"] = df["station"].where(df["station"].notna(), "").astype(str).str.strip()
        co_factor = 1 / 1000  # µg/m³ → mg/m³
    else:
        sc = next(c for c in ("站点", "监测点位", "站点名称", "点位名称") if c in df.columns)
        when = pd.to_datetime(df["时间"].astype(str).str.strip(), errors="coerce", format="mixed")
        for ln in lines[when.isna().to_numpy()][:MAX_ERRORS]:
            errors.append((int(ln), "时间", f"not a date and time: {df['时间'].iloc[ln - 2]!r}"))
        out["time"] = when - pd.Timedelta(hours=1)  # labelled by the hour's end, as the network does
        out["label_date"] = when.dt.strftime("%Y-%m-%d")
        out["label_hour"] = when.dt.hour
        out["station"] = df[sc].where(df[sc].notna(), "").astype(str).str.strip()
        co_factor = 1.0
    for pol in POLLUTANTS:
        values, non_numeric = _numeric(df[pol])
        for ln in lines[non_numeric][:MAX_ERRORS]:
            errors.append((int(ln), pol, f"not a number: {df[pol].iloc[ln - 2]!r}"))
        if pol == "CO":
            values = values * co_factor
        errors += _check_values(name, df[pol], values, lines, pol, CEILINGS[pol])
        out[pol] = values.to_numpy(dtype=float)
    if errors:
        errors.sort(key=lambda e: e[0] or 0)
        raise AirImportError(name, errors)
    return ParsedAir(name, fmt, out)


def read_station_list(path: str | Path | bytes, name: str | None = None) -> pd.DataFrame:
    """The national station list (监测点编码, 监测点名称, 城市, 经度, 纬度, 对照点, 省级行政区, 地级行政区; the
    shipped seed list adds 区县, 区县代码, 区县依据): one row per code with ``code, name, city, lon, lat, background,
    province, prefecture, county, county_code, county_basis, started_on, closed_on`` — the name without its annotation, 对照点 from the name or the column
    (a station the column marks but whose name carries a closing date is a closed city station, not a background
    one), dates from annotations such as ``(20190304停运)``, ``(停运150702)``, ``(启用161031)``."""
    df, name, _ = _open_table(path, name, dtype=str)
    need = ["监测点编码", "监测点名称", "经度", "纬度"]
    missing = [c for c in need if c not in df.columns]
    if missing:
        raise AirImportError(name, [(1, c, "column missing") for c in missing])
    lines = np.arange(2, len(df) + 2)
    errors: list[tuple[int | None, str | None, str]] = []
    code = df["监测点编码"].fillna("").str.strip()
    for ln in lines[(code == "").to_numpy()][:MAX_ERRORS]:
        errors.append((int(ln), "监测点编码", "empty"))
    for ln in lines[code.duplicated() & (code != "")][:MAX_ERRORS]:
        errors.append((int(ln), "监测点编码", f"code {code.iloc[ln - 2]} listed twice"))
    raw_name = df["监测点名称"].fillna("").str.strip()
    for ln in lines[(raw_name == "").to_numpy()][:MAX_ERRORS]:
        errors.append((int(ln), "监测点名称", "empty"))
    lon, bad_lon = _numeric(df["经度"])
    lat, bad_lat = _numeric(df["纬度"])
    for ln in lines[bad_lon | ((lon < -180) | (lon > 180)).to_numpy()][:MAX_ERRORS]:
        errors.append((int(ln), "经度", f"not a longitude: {df['经度'].iloc[ln - 2]!r}"))
    for ln in lines[bad_lat | ((lat < -90) | (lat > 90)).to_numpy()][:MAX_ERRORS]:
        errors.append((int(ln), "纬度", f"not a latitude: {df['纬度'].iloc[ln - 2]!r}"))
    parsed = [_station_annotation(n) for n in raw_name]
    for ln, (_n, _bg, _s, _c, err) in zip(lines, parsed, strict=True):
        if err:
            errors.append((int(ln), "监测点名称", err))
    if errors:
        errors.sort(key=lambda e: e[0] or 0)
        raise AirImportError(name, errors)
    flag = df["对照点"].fillna("N").str.strip().str.upper().eq("Y") if "对照点" in df.columns else False
    out = pd.DataFrame(
        {
            "code": code,
            "name": [p[0] for p in parsed],
            "city": df.get("城市", pd.Series([""] * len(df))).fillna("").str.strip(),
            "lon": lon,
            "lat": lat,
            "province": df.get("省级行政区", pd.Series([""] * len(df))).fillna("").str.strip(),
            "prefecture": df.get("地级行政区", pd.Series([""] * len(df))).fillna("").str.strip(),
            "county": df.get("区县", pd.Series([""] * len(df))).fillna("").str.strip(),
            "county_code": df.get("区县代码", pd.Series([""] * len(df))).fillna("").str.strip(),
            "county_basis": df.get("区县依据", pd.Series([""] * len(df))).fillna("").str.strip(),
            "started_on": [p[2] for p in parsed],
            "closed_on": [p[3] for p in parsed],
        }
    )
    named_bg = np.array([p[1] for p in parsed])
    out["background"] = named_bg | (np.asarray(flag) & out["closed_on"].isna().to_numpy())
    return out


_ANNOTATION = re.compile(r"[(（]([^)）]*)[)）]\s*$")


def _station_annotation(text: str) -> tuple[str, bool, date | None, date | None, str]:
    """(name, background, started_on, closed_on, error) of a listed name such as '高压开关厂(20190304停运)'."""
    m = _ANNOTATION.search(text)
    if not m:
        return text, False, None, None, ""
    note, base = m.group(1).strip(), text[: m.start()].strip()
    if note == "对照点":
        return base, True, None, None, ""
    d = re.search(r"(\d{8}|\d{6})", note)
    kind = "closed" if re.search("停运|停用", note) else "started" if "启用" in note else None
    if not d or kind is None:
        return text, False, None, None, ""
    digits = d.group(1)
    try:
        day = (
            date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
            if len(digits) == 8
            else date(2000 + int(digits[:2]), int(digits[2:4]), int(digits[4:]))
        )
    except ValueError:
        return text, False, None, None, f"unreadable date in {note!r}"
    return base, False, (day if kind == "started" else None), (day if kind == "closed" else None), ""


def to_day_blocks(frame: pd.DataFrame) -> tuple[pd.DataFrame, dict[str, np.ndarray]]:
    """Reshape one station's (or many stations') hourly rows into (station-day, 24) blocks per pollutant.

    A natural day is 00:00–24:00 local time (HJ 663): hours *starting* 00:00 … 23:00, which the network labels
    01 … 23 and 00 of the next day. Returns the index frame (``station``, ``date``) and
    ``{pollutant: array (n, 24)}``; missing hours are NaN. Pure numpy indexing: no per-row Python loop.
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
