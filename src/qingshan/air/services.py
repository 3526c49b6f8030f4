"""Air services: import hourly files (idempotent, all-or-nothing), materialise daily AQI per station-month,
and read partitions back as frames for evaluation."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd
from django.db import transaction

from qingshan.orgs.models import Division
from qingshan.standards import hj633, hj663

from . import compute
from .formats import POLLUTANTS, AirImportError, read_hourly
from .models import AirImport, AirSource, DailyAirQuality, HourlyObservation, Station

TZ = "Asia/Shanghai"
FIELD = {"SO2": "so2", "NO2": "no2", "CO": "co", "O3": "o3", "PM10": "pm10", "PM2.5": "pm25"}


@dataclass
class ImportReport:
    file_name: str
    fmt: str
    rows: int
    created: int
    updated: int
    unchanged: int
    stations: list[str]
    partitions: int


def _stations_by_name(
    names: Iterable[str], create: bool, path: str, frame: pd.DataFrame
) -> dict[str, Station]:
    found: dict[str, Station] = {}
    unknown: list[str] = []
    for name in names:
        st = Station.objects.filter(code=name).first() or Station.objects.filter(name=name).first()
        if st is None and create:
            st = Station.objects.create(code=name, name=name)
        if st is None:
            unknown.append(name)
        else:
            found[name] = st
    if unknown:
        errors = []
        for name in unknown:
            first_line = int(frame.loc[frame["station"] == name, "line"].iloc[0])
            errors.append(
                (
                    first_line,
                    "station",
                    f"unknown station {name!r} (register it, or import with --create-stations)",
                )
            )
        raise AirImportError(path, errors)
    return found


def import_hourly(
    path: str | Path, create_stations: bool = False, station: str | None = None
) -> ImportReport:
    """Import one hourly file. Bad rows raise :class:`AirImportError` naming their lines, and nothing is stored;
    re-importing the same data changes nothing; stored hours not in the file are kept."""
    raw = Path(path).read_bytes()
    parsed = read_hourly(raw, station=station, name=str(path))
    frame = parsed.frame
    digest = hashlib.sha256(raw).hexdigest()
    with transaction.atomic():
        stations = _stations_by_name(frame["station"].unique(), create_stations, parsed.path, frame)
        frame = frame.assign(
            station_id=frame["station"].map({k: s.pk for k, s in stations.items()}),
            time=frame["time"].dt.tz_localize(TZ),
        )
        created = updated = 0
        partitions: set[tuple[int, int, int]] = set()
        for st_id, part in frame.groupby("station_id"):
            existing = {
                row[0]: row[1:]
                for row in HourlyObservation.objects.filter(
                    station_id=st_id, time__gte=part["time"].min(), time__lte=part["time"].max()
                ).values_list("time", "id", *FIELD.values())
            }
            new_objs, changed_objs = [], []
            values = part[list(POLLUTANTS)].to_numpy(dtype=float)
            for t, vals in zip(part["time"], values, strict=True):
                clean = [None if np.isnan(v) else float(v) for v in vals]
                key = t.to_pydatetime()
                old = existing.get(key)
                if old is None:
                    new_objs.append(
                        HourlyObservation(
                            station_id=st_id, time=key, **dict(zip(FIELD.values(), clean, strict=True))
                        )
                    )
                elif list(old[1:]) != clean:
                    changed_objs.append(
                        HourlyObservation(
                            id=old[0],
                            station_id=st_id,
                            time=key,
                            **dict(zip(FIELD.values(), clean, strict=True)),
                        )
                    )
                else:
                    continue
                local = t.tz_convert(TZ)
                partitions.add((int(st_id), local.year, local.month))
            HourlyObservation.objects.bulk_create(new_objs, batch_size=2000)
            HourlyObservation.objects.bulk_update(changed_objs, list(FIELD.values()), batch_size=2000)
            created += len(new_objs)
            updated += len(changed_objs)
        for st_id, year, month in sorted(partitions):
            materialise_daily(st_id, year, month)
        AirImport.objects.create(
            file_name=Path(parsed.path).name,
            sha256=digest,
            fmt=parsed.fmt,
            rows=len(frame),
            created_rows=created,
            updated_rows=updated,
        )
    return ImportReport(
        Path(parsed.path).name,
        parsed.fmt,
        len(frame),
        created,
        updated,
        len(frame) - created - updated,
        sorted(stations),
        len(partitions),
    )


def hourly_frame(
    station_ids: Iterable[int], start: date | None = None, end: date | None = None
) -> pd.DataFrame:
    """Hourly rows of the stations as a normalised frame (station code, naive local start-of-hour)."""
    qs = HourlyObservation.objects.filter(station_id__in=list(station_ids))
    if start:
        qs = qs.filter(time__gte=pd.Timestamp(start).tz_localize(TZ))
    if end:
        qs = qs.filter(time__lt=(pd.Timestamp(end) + pd.Timedelta(days=1)).tz_localize(TZ))
    rows = list(qs.values_list("station__code", "time", *FIELD.values()))
    frame = pd.DataFrame(rows, columns=["station", "time", *POLLUTANTS])
    if len(frame):
        frame["time"] = pd.to_datetime(frame["time"], utc=True).dt.tz_convert(TZ).dt.tz_localize(None)
    for pol in POLLUTANTS:
        frame[pol] = frame[pol].astype(float)
    return frame


def materialise_daily(station_id: int, year: int, month: int) -> int:
    """Recompute one partition (a station-month) of the daily AQI table under both HJ 633 versions."""
    start = date(year, month, 1)
    end = (pd.Timestamp(start) + pd.offsets.MonthEnd(0)).date()
    frame = hourly_frame([station_id], start, end)
    DailyAirQuality.objects.filter(station_id=station_id, date__gte=start, date__lte=end).delete()
    if frame.empty:
        return 0
    objs = []
    for code in hj633.VERSIONS:
        table = compute.daily_table(frame, code)
        v = hj633.get_version(code)
        iaqi_cols = [f"IAQI_{compute.ITEM_COLUMN[it]}" for it in v.daily_items]
        for r in table.to_dict("records"):
            objs.append(
                DailyAirQuality(
                    station_id=station_id,
                    date=pd.Timestamp(r["date"]).date(),
                    version=code,
                    so2=_f(r["SO2"]),
                    no2=_f(r["NO2"]),
                    co=_f(r["CO"]),
                    o3_1h_max=_f(r["O3_1h_max"]),
                    o3_8h_max=_f(r["O3_8h_max"]),
                    pm10=_f(r["PM10"]),
                    pm25=_f(r["PM2.5"]),
                    iaqi={c.removeprefix("IAQI_"): _f(r[c]) for c in iaqi_cols},
                    aqi=None if np.isnan(r["AQI"]) else int(r["AQI"]),
                    level=int(r["level"]),
                    primary_pollutants=r["primary_pollutants"],
                    invalid_items=r["invalid_items"],
                )
            )
    DailyAirQuality.objects.bulk_create(objs, batch_size=2000)
    return len(objs)


def _f(x) -> float | None:
    return None if x is None or (isinstance(x, float) and np.isnan(x)) else float(x)


# --- figures of an area for target tracking ----------------------------------------------------------------

DAILY_FIELDS = {
    "so2": hj633.SO2_24H,
    "no2": hj633.NO2_24H,
    "co": hj633.CO_24H,
    "o3_1h_max": hj633.O3_1H,
    "o3_8h_max": hj633.O3_8H,
    "pm10": hj633.PM10_24H,
    "pm25": hj633.PM25_24H,
}


@dataclass(frozen=True)
class AreaStations:
    """The stations whose data stand for an area, and how: its own, or another area's through an AirSource."""

    station_ids: tuple[int, ...]
    year_offset: int = 0
    note: str = ""
    source_division_id: int | None = None


def area_stations(division: Division) -> AreaStations:
    own = tuple(
        Station.objects.filter(division_id__in=division.descendant_ids()).values_list("pk", flat=True)
    )
    if own:
        return AreaStations(own)
    src = AirSource.objects.filter(division=division).select_related("source").first()
    if src is None:
        return AreaStations(())
    ids = tuple(
        Station.objects.filter(division_id__in=src.source.descendant_ids()).values_list("pk", flat=True)
    )
    return AreaStations(ids, src.year_offset, src.note, src.source_id)


def area_daily(
    stations: AreaStations, start: date, end: date
) -> tuple[pd.DatetimeIndex, dict[str, np.ndarray]]:
    """The area's daily values from ``start`` to ``end`` (dates as the area sees them, after any re-dating): per
    item the mean of its stations' valid daily values (HJ 663-2013 §4 [3p]), from the materialised daily table."""
    shift = pd.DateOffset(years=stations.year_offset)
    src_start = (pd.Timestamp(start) - shift).date()
    src_end = (pd.Timestamp(end) - shift).date()
    rows = list(
        DailyAirQuality.objects.filter(
            station_id__in=stations.station_ids, version="2012", date__gte=src_start, date__lte=src_end
        ).values_list("date", *DAILY_FIELDS)
    )
    if not rows:
        return pd.DatetimeIndex([]), {}
    frame = pd.DataFrame(rows, columns=["date", *DAILY_FIELDS]).astype({f: float for f in DAILY_FIELDS})
    means = frame.groupby("date")[list(DAILY_FIELDS)].mean()  # NaN (invalid) station values are skipped
    dates = pd.DatetimeIndex(pd.to_datetime(means.index)) + shift
    return dates, {item: means[f].to_numpy(float) for f, item in DAILY_FIELDS.items()}


def area_year_stats(
    stations: AreaStations, year: int, as_of: date
) -> tuple[dict[str, hj663.PeriodStats], dict[str, int]] | None:
    """HJ 663 statistics of an area for ``year`` up to ``as_of`` under both HJ 633 texts, and under the text in
    force on each day (``"in_force"``: 2012 before 2026-03-01, 2026 from then; good and heavy days per day).
    Returns (stats per version, day counts) or None without data."""
    start, end = date(year, 1, 1), min(date(year, 12, 31), as_of)
    if end < start or not stations.station_ids:
        return None
    dates, values = area_daily(stations, start, end)
    if not len(dates):
        return None
    months = dates.month.to_numpy()
    out, levels = {}, {}
    for code in ("2012", "2026"):
        v = hj633.get_version(code)
        res = hj633.daily_aqi({it: values[it] for it in v.daily_items}, v)
        out[code] = hj663.period_stats({**values, **res.concentrations}, res, months)
        levels[code] = res.level
    in_force = np.where(
        dates >= pd.Timestamp(hj633.HJ633_2026.effective_from), levels["2026"], levels["2012"]
    )
    valid = int((in_force > 0).sum())
    good = int(((in_force >= 1) & (in_force <= 2)).sum())
    heavy = int((in_force >= 5).sum())
    counts = {
        "days_in_year": (date(year, 12, 31) - start).days + 1,
        "days_elapsed": (end - start).days + 1,
        "data_days": len(dates),
        "valid_days": valid,
        "good_days": good,
        "heavy_days": heavy,
    }
    return out, counts
