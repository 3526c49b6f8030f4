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

from qingshan.standards import hj633

from . import compute
from .formats import POLLUTANTS, AirImportError, read_hourly
from .models import AirImport, DailyAirQuality, HourlyObservation, Station

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
