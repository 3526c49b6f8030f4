"""Air reads (no writes): hourly frames, the stations that stand for an area, an area's daily values and its
figures for any period, the air page's content, the exceptions list.

**Figures of an area for a period** — the entry point other apps use (targets, the monthly bulletin)::

    st = area_stations(division)                    # its own stations, 对照点 left out (HJ 663)
    figs = area_period_figures(st, start, end, as_of=None)
    figs.stats["2012"].means["PM2.5"], figs.stats["2026"].good_ratio, figs.stats["2012"].statistic_valid
    figs.counts["good_days"], figs.counts["valid_days"]   # good days under the text in force each day

Each :class:`~qingshan.standards.hj663.PeriodStats` carries GB 3095 Table 4 validity per pollutant
(``statistic_valid``, ``validity``) judged over every calendar month of the period up to ``as_of``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import date

import numpy as np
import pandas as pd
from django.db import connection
from django.db.models import Count, QuerySet
from django.db.models.functions import ExtractYear

from qingshan.orgs.models import Division
from qingshan.standards import hj633, hj663

from . import compute
from .formats import POLLUTANTS
from .models import AirImport, AirSource, DailyAirQuality, HourlyObservation, Station

TZ = "Asia/Shanghai"
FIELD = {"SO2": "so2", "NO2": "no2", "CO": "co", "O3": "o3", "PM10": "pm10", "PM2.5": "pm25"}
VERSIONS = ("2012", "2026")


def hourly_frame(
    station_ids, start: date | None = None, end: date | None = None, key: str = "code"
) -> pd.DataFrame:
    """Hourly rows of the stations as a normalised frame (``station`` = code, or id with ``key="id"``; naive local
    start-of-hour ``time``; the six pollutants)."""
    qs = HourlyObservation.objects.filter(station_id__in=list(station_ids))
    if start:
        qs = qs.filter(time__gte=pd.Timestamp(start).tz_localize(TZ))
    if end:
        qs = qs.filter(time__lt=(pd.Timestamp(end) + pd.Timedelta(days=1)).tz_localize(TZ))
    station = "station__code" if key == "code" else "station_id"
    rows = list(qs.values_list(station, "time", *FIELD.values()))
    frame = pd.DataFrame(rows, columns=["station", "time", *POLLUTANTS])
    if len(frame):
        frame["time"] = pd.to_datetime(frame["time"], utc=True).dt.tz_convert(TZ).dt.tz_localize(None)
    for pol in POLLUTANTS:
        frame[pol] = frame[pol].astype(float)
    return frame


def data_stamp() -> tuple:
    """Changes whenever air data or stations change (the latest import, the latest station change)."""
    with connection.cursor() as cur:
        cur.execute(
            f"SELECT (SELECT MAX(id) FROM {AirImport._meta.db_table}), "
            f"(SELECT MAX(history_date) FROM {Station.history.model._meta.db_table}), "
            f"(SELECT COUNT(*) FROM {Station._meta.db_table})"
        )
        return tuple(cur.fetchone())


# --- areas and their figures -------------------------------------------------------------------------------

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
    """An area's own stations, background stations (对照点) left out as HJ 663 requires; an area without any may
    take another's through an :class:`AirSource` (labelled)."""
    own = tuple(
        Station.objects.filter(division_id__in=division.descendant_ids(), background=False).values_list(
            "pk", flat=True
        )
    )
    if own:
        return AreaStations(own)
    src = AirSource.objects.filter(division=division).select_related("source").first()
    if src is None:
        return AreaStations(())
    ids = tuple(
        Station.objects.filter(division_id__in=src.source.descendant_ids(), background=False).values_list(
            "pk", flat=True
        )
    )
    return AreaStations(ids, src.year_offset, src.note, src.source_id)


def daily_rows(station_ids, start: date, end: date) -> pd.DataFrame:
    """The stored daily values (version 2012 rows hold the unrounded daily means) of the stations: one row per
    station-day with ``station_id``, ``date`` and the :data:`DAILY_FIELDS`."""
    rows = list(
        DailyAirQuality.objects.filter(
            station_id__in=list(station_ids), version="2012", date__gte=start, date__lte=end
        ).values_list("station_id", "date", *DAILY_FIELDS)
    )
    frame = pd.DataFrame(rows, columns=["station_id", "date", *DAILY_FIELDS])
    return frame.astype({f: float for f in DAILY_FIELDS})


def mean_daily(frame: pd.DataFrame) -> tuple[pd.DatetimeIndex, dict[str, np.ndarray]]:
    """An area's daily values: per item the mean of its stations' valid daily values (HJ 663-2013 §4 [3p])."""
    if frame.empty:
        return pd.DatetimeIndex([]), {}
    means = frame.groupby("date")[list(DAILY_FIELDS)].mean()  # NaN (invalid) station values are skipped
    return pd.DatetimeIndex(pd.to_datetime(means.index)), {
        item: means[f].to_numpy(float) for f, item in DAILY_FIELDS.items()
    }


def area_daily(
    stations: AreaStations, start: date, end: date
) -> tuple[pd.DatetimeIndex, dict[str, np.ndarray]]:
    """The area's daily values from ``start`` to ``end`` (dates as the area sees them, after any re-dating)."""
    shift = pd.DateOffset(years=stations.year_offset)
    src_start = (pd.Timestamp(start) - shift).date()
    src_end = (pd.Timestamp(end) - shift).date()
    dates, values = mean_daily(daily_rows(stations.station_ids, src_start, src_end))
    return (dates + shift if len(dates) else dates), values


@dataclass
class AreaFigures:
    """HJ 663 statistics of an area over a period under both HJ 633 texts, and day counts under the text in force
    each day (2012 before 2026-03-01, 2026 from then)."""

    start: date
    end: date
    as_of: date
    stats: dict[str, hj663.PeriodStats]
    counts: dict[str, int]


def period_figures(
    dates: pd.DatetimeIndex, values: dict[str, np.ndarray], start: date, end: date, as_of: date | None = None
) -> AreaFigures | None:
    """Statistics of daily values over a period (both texts, validity judged up to ``as_of``)."""
    if not len(dates):
        return None
    stop = min(end, as_of) if as_of else end
    day = dates.to_numpy().astype("datetime64[D]")
    out, levels = {}, {}
    for code in VERSIONS:
        v = hj633.get_version(code)
        res = hj633.daily_aqi({it: values[it] for it in v.daily_items}, v)
        out[code] = hj663.period_stats({**values, **res.concentrations}, res, day, start, end, as_of)
        levels[code] = res.level
    in_force = np.where(
        dates >= pd.Timestamp(hj633.HJ633_2026.effective_from), levels["2026"], levels["2012"]
    )
    counts = {
        "days_in_period": (end - start).days + 1,
        "days_elapsed": max((stop - start).days + 1, 0),
        "data_days": len(dates),
        "valid_days": int((in_force > 0).sum()),
        "good_days": int(((in_force >= 1) & (in_force <= 2)).sum()),
        "heavy_days": int((in_force >= 5).sum()),
    }
    return AreaFigures(start, end, stop, out, counts)


def area_period_figures(
    stations: AreaStations, start: date, end: date, as_of: date | None = None
) -> AreaFigures | None:
    """Figures of an area for any period (a month, quarter, year, year to date or range) up to ``as_of``; None
    without data. The bulletin and the target rules read this."""
    stop = min(end, as_of) if as_of else end
    if stop < start or not stations.station_ids:
        return None
    dates, values = area_daily(stations, start, stop)
    return period_figures(dates, values, start, end, as_of)


def area_year_stats(
    stations: AreaStations, year: int, as_of: date
) -> tuple[dict[str, hj663.PeriodStats], dict[str, int]] | None:
    """A calendar year up to ``as_of``: (stats per version, day counts with ``days_in_year``)."""
    figs = area_period_figures(stations, date(year, 1, 1), date(year, 12, 31), as_of)
    if figs is None:
        return None
    counts = {**figs.counts, "days_in_year": figs.counts["days_in_period"]}
    return figs.stats, counts


def years_with_data(station_ids) -> dict[int, int]:
    """Year → days with daily values, for the stations."""
    rows = (
        DailyAirQuality.objects.filter(station_id__in=list(station_ids), version="2012")
        .annotate(y=ExtractYear("date"))
        .values("y")
        .annotate(n=Count("date", distinct=True))
    )
    return {r["y"]: r["n"] for r in rows}


# --- the air page ------------------------------------------------------------------------------------------


def divisions_with_stations() -> list[Division]:
    return _divisions_cached(data_stamp())


@functools.lru_cache(maxsize=4)
def _divisions_cached(stamp: tuple) -> list[Division]:
    from qingshan.orgs.services import with_ancestors

    ids = with_ancestors(Division.objects.filter(air_stations__isnull=False).distinct())
    return list(Division.objects.filter(pk__in=ids).order_by("code", "name"))


def picker_stations(kind: str, subject) -> list[Station]:
    """The stations offered beside a subject: the division's, or the stations of a station's city."""
    area = subject if kind == "division" else (subject.division.city() or subject.division if subject.division else None)
    if area is None:
        return [subject]
    return list(Station.objects.filter(division_id__in=area.descendant_ids()).order_by("code"))


def default_division(area_ids: frozenset[int] | None = None) -> Division | None:
    """The city the air page opens on: the viewer's own (the city of the first station in its area), else the
    first city with stations."""
    with_stations = Division.objects.filter(air_stations__isnull=False).order_by("code")
    first = with_stations.filter(pk__in=area_ids).first() if area_ids else None
    first = first or with_stations.first()
    return (first.city() or first) if first else None


def overview(kind: str, subject_id: int, year: int | None) -> dict:
    """Everything the air page shows for a city, county or station and a year, computed from the materialised
    daily table and remembered until the air data change (:func:`data_stamp`)."""
    return _overview_cached(kind, subject_id, year, data_stamp())


def _station_row(st: Station) -> dict:
    div = st.division
    basis = st.division_basis
    near = basis.startswith("boundary:") and float(basis.split(":")[1] or 0) < 1.0
    return {
        "id": st.pk,
        "code": st.code,
        "name": st.name,
        "lon": st.longitude,
        "lat": st.latitude,
        "county": div.name if div and div.level == Division.Level.COUNTY else "",
        "county_id": div.pk if div and div.level == Division.Level.COUNTY else None,
        "county_uncertain": near,
        "county_basis": basis,
        "background": st.background,
        "closed_on": st.closed_on.isoformat() if st.closed_on else "",
    }


@functools.lru_cache(maxsize=64)
def _overview_cached(kind: str, subject_id: int, year: int | None, stamp: tuple) -> dict:
    if kind == "station":
        st = Station.objects.select_related("division").get(pk=subject_id)
        stations = [st]
        area_ids = [st.pk]
    else:
        div = Division.objects.get(pk=subject_id)
        stations = list(
            Station.objects.filter(division_id__in=div.descendant_ids())
            .select_related("division")
            .order_by("code")
        )
        area_ids = [s.pk for s in stations if not s.background]
    ids = [s.pk for s in stations]
    years = years_with_data(ids)
    out: dict = {"years": sorted(years), "stations": [_station_row(s) for s in stations], "year": None}
    if not years:
        return out
    full = [y for y, n in sorted(years.items()) if n >= 300]
    year = year if year in years else (full or sorted(years))[-1]
    out["year"] = year
    start, end = date(year, 1, 1), date(year, 12, 31)
    rows = daily_rows(ids, start, end)
    area_rows = rows[rows["station_id"].isin(area_ids)]
    dates, values = mean_daily(area_rows)
    figs = period_figures(dates, values, start, end)
    if figs is None:
        return out
    out["results"] = {v: compute.stats_dict(figs.stats[v], f"HJ 633-{v}") for v in VERSIONS}
    out["series"] = {v: _series(dates, values, v, start) for v in VERSIONS}
    # Each station, and each county with stations (its non-background stations' mean, HJ 663).
    per_station = {}
    for st_id, part in rows.groupby("station_id"):
        d, vals = mean_daily(part)
        f = period_figures(d, vals, start, end)
        if f:
            per_station[int(st_id)] = {v: compute.stats_dict(f.stats[v], f"HJ 633-{v}") for v in VERSIONS}
    for row in out["stations"]:
        row["figures"] = per_station.get(row["id"])
    ranking = [r for r in out["stations"] if r["figures"]]
    ranking.sort(key=lambda r: _rank_key(r["figures"]["2012"]))
    out["ranking"] = ranking if kind != "station" and len(ranking) > 1 else []
    counties: dict[int, list[int]] = {}
    names: dict[int, str] = {}
    for r in out["stations"]:
        if r["county_id"] and not r["background"] and r["figures"]:
            counties.setdefault(r["county_id"], []).append(r["id"])
            names[r["county_id"]] = r["county"]
    county_rows = []
    if kind != "station" and len(counties) > 1:
        for cid, sids in counties.items():
            d, vals = mean_daily(rows[rows["station_id"].isin(sids)])
            f = period_figures(d, vals, start, end)
            if f:
                county_rows.append(
                    {
                        "id": cid,
                        "name": names[cid],
                        "stations": len(sids),
                        **{v: compute.stats_dict(f.stats[v], f"HJ 633-{v}") for v in VERSIONS},
                    }
                )
        county_rows.sort(key=lambda r: _rank_key(r["2012"]))
    out["county_ranking"] = county_rows
    out["exceptions"] = HourlyObservation.objects.filter(
        station_id__in=ids, aqi_differs=True, time__year=year
    ).count()
    return out


def _rank_key(r: dict) -> float:
    ci = r.get("composite_index")
    return ci if ci is not None else float("inf")


def _series(dates: pd.DatetimeIndex, values: dict[str, np.ndarray], code: str, start: date) -> dict:
    v = hj633.get_version(code)
    res = hj633.daily_aqi({it: values[it] for it in v.daily_items}, v)
    monthly = pd.DataFrame(
        {
            "m": dates.month,
            "good": (res.aqi <= 100),
            "valid": ~np.isnan(res.aqi),
            "pm25": values[hj633.PM25_24H],
        }
    ).groupby("m")
    return {
        "dates": dates.strftime("%Y-%m-%d").tolist(),
        "aqi": [None if np.isnan(a) else int(a) for a in res.aqi],
        "level": res.level.astype(int).tolist(),
        "weekday": dates.day_of_week.tolist(),
        "week": ((dates - pd.Timestamp(start)).days + pd.Timestamp(start).day_of_week)
        .map(lambda x: x // 7)
        .tolist(),
        "months": [int(m) for m in monthly.groups],
        "monthly_good_ratio": [
            None if not n else round(float(g / n), 4)
            for g, n in zip(monthly["good"].sum(), monthly["valid"].sum(), strict=True)
        ],
        "monthly_pm25": [None if np.isnan(x) else round(float(x), 1) for x in monthly["pm25"].mean()],
    }


# --- exceptions --------------------------------------------------------------------------------------------


def exceptions(
    station_ids=None, start: date | None = None, end: date | None = None
) -> QuerySet[HourlyObservation]:
    """Station-hours whose published AQI is not ours, newest first."""
    qs = HourlyObservation.objects.filter(aqi_differs=True).select_related("station")
    if station_ids is not None:
        qs = qs.filter(station_id__in=list(station_ids))
    if start:
        qs = qs.filter(time__gte=pd.Timestamp(start).tz_localize(TZ))
    if end:
        qs = qs.filter(time__lt=(pd.Timestamp(end) + pd.Timedelta(days=1)).tz_localize(TZ))
    return qs.order_by("-time", "station__code")


def exception_rows(qs: QuerySet[HourlyObservation]) -> list[dict]:
    """The exceptions as rows: station, the hour as the network labels it (its end), pollutants, ours and the
    published AQI and primary pollutants."""
    out = []
    for o in qs:
        end = pd.Timestamp(o.time).tz_convert(TZ) + pd.Timedelta(hours=1)
        out.append(
            {
                "station": o.station.code,
                "name": o.station.name,
                "date": f"{end:%Y-%m-%d}",
                "hour": int(end.hour),
                **{pol: getattr(o, f) for pol, f in FIELD.items()},
                "PM2_5": o.pm25,  # the same, under a name templates can read
                "AQI": o.aqi,
                "primary_pollutants": o.primary_pollutants,
                "published_AQI": o.published_aqi,
                "published_primary_pollutants": o.published_primary,
            }
        )
    return out
