"""Air services (writes): register stations from a station list, import hourly files (idempotent, all-or-nothing,
one import per file content), and materialise the daily AQI table per station-month. Reads are in
:mod:`qingshan.air.selectors`."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd
from django.db import IntegrityError, OperationalError, connection, transaction

from qingshan.orgs.models import Division
from qingshan.standards import hj633

from . import compute
from .formats import POLLUTANTS, AirImportError, read_hourly, read_station_list
from .models import AirImport, DailyAirQuality, HourlyObservation, Station

TZ = "Asia/Shanghai"
FIELD = {"SO2": "so2", "NO2": "no2", "CO": "co", "O3": "o3", "PM10": "pm10", "PM2.5": "pm25"}
PUBLISHED_FIELD = {
    "SO2_24h": "so2_24h",
    "NO2_24h": "no2_24h",
    "CO_24h": "co_24h",
    "O3_24h": "o3_24h",
    "O3_8h": "o3_8h",
    "O3_8h_24h": "o3_8h_24h",
    "PM10_24h": "pm10_24h",
    "PM2.5_24h": "pm25_24h",
}
#: Every stored value of a station-hour, in one order: the frame column and the model field.
VALUES = [
    *FIELD.items(),
    ("AQI", "aqi"),
    ("primary", "primary_pollutants"),
    ("published_AQI", "published_aqi"),
    ("published_primary", "published_primary"),
    *PUBLISHED_FIELD.items(),
    ("differs", "aqi_differs"),
]
TEXT_COLUMNS = {"primary", "published_primary"}


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
    differing: int = 0  # station-hours whose published AQI is not ours
    registered: int = 0  # stations registered by this import
    warnings: list[str] = field(default_factory=list)
    already: AirImport | None = None  # the earlier import of the same content: nothing was done


# --- stations ----------------------------------------------------------------------------------------------


def _county(prefecture: Division | None, name: str, code: str) -> Division | None:
    if prefecture is None or not name:
        return None
    county = Division.objects.filter(parent=prefecture, name=name).first()
    if county is None:
        # A county the registry does not hold yet (楚雄市 under 楚雄州): added with its national code.
        county = Division.objects.create(
            parent=prefecture,
            name=name,
            level=Division.Level.COUNTY,
            code=code if code and not Division.objects.filter(code=code).exists() else "",
        )
    return county


def register_stations(listing: pd.DataFrame, codes: set[str] | None = None) -> tuple[int, int]:
    """Create or update stations from a station list (:func:`formats.read_station_list`), keyed by national code:
    name, listed city, coordinates, 对照点, service dates; the division is the listed county (or the prefecture)
    where the registry holds it — a county set by a person is kept. ``codes`` limits it to those stations.
    Returns (created, updated)."""
    rows = listing if codes is None else listing[listing["code"].isin(codes)]
    cities = {d.name: d for d in Division.objects.filter(level=Division.Level.CITY)}
    created = updated = 0
    for r in rows.itertuples(index=False):
        prefecture = cities.get(r.prefecture) if r.prefecture else None
        division = _county(prefecture, r.county, r.county_code) or prefecture
        defaults = {
            "name": r.name,
            "city_name": r.city or r.prefecture,
            "longitude": None if pd.isna(r.lon) else float(r.lon),
            "latitude": None if pd.isna(r.lat) else float(r.lat),
            "background": bool(r.background),
            "started_on": r.started_on,
            "closed_on": r.closed_on,
            "control_level": Station.ControlLevel.NATIONAL,
        }
        st = Station.objects.filter(code=r.code).first()
        if st is None:
            Station.objects.create(
                code=r.code, division=division, division_basis=r.county_basis if r.county else "", **defaults
            )
            created += 1
            continue
        changed = {k: v for k, v in defaults.items() if getattr(st, k) != v}
        if st.division_id is None and division is not None:
            changed.update(division=division, division_basis=r.county_basis if r.county else "")
        if changed:
            for k, v in changed.items():
                setattr(st, k, v)
            st.save()
            updated += 1
    return created, updated


def register_station_file(path: str | Path) -> tuple[int, int]:
    """``qingshan air stations FILE``: register every station of a national station list."""
    listing = read_station_list(str(path))
    with transaction.atomic():
        return register_stations(listing)


def _resolve_stations(
    frame: pd.DataFrame,
    parsed_stations: pd.DataFrame | None,
    listing: pd.DataFrame | None,
    create: bool,
    path: str,
) -> tuple[dict[str, Station], int]:
    """Station of every code (or name) in the file. Unknown ones are registered from the station list given, from
    the file's own station facts (platform table, with ``create``), or by code alone (``create``); otherwise the
    file is refused naming the first line of each."""
    names = list(frame["station"].unique())
    found = {s.code: s for s in Station.objects.filter(code__in=names)}
    rest = [n for n in names if n not in found]
    if rest:
        for s in Station.objects.filter(name__in=rest):
            found.setdefault(s.name, s)
    unknown = [n for n in names if n not in found]
    registered = 0
    if unknown and listing is not None:
        listed = set(listing["code"]) & set(unknown)
        if listed:
            registered += register_stations(listing, listed)[0]
            found.update({s.code: s for s in Station.objects.filter(code__in=listed)})
    unknown = [n for n in names if n not in found]
    if unknown and create:
        facts = parsed_stations.set_index("code") if parsed_stations is not None else None
        for code in unknown:
            extra = {}
            if facts is not None and code in facts.index:
                f = facts.loc[code]
                extra = {
                    "name": str(f["name"]) if isinstance(f["name"], str) and f["name"].strip() else code,
                    "city_name": str(f["city"]) if isinstance(f["city"], str) else "",
                    "longitude": _float_or_none(f["lon"]),
                    "latitude": _float_or_none(f["lat"]),
                }
            found[code] = Station.objects.create(code=code, **{"name": code, **extra})
            registered += 1
        unknown = []
    if unknown:
        first = frame.groupby("station")["line"].min()
        errors = [
            (
                int(first[n]),
                "station",
                f"unknown station {n!r} (register the national station list with `qingshan air stations FILE`, "
                "pass --stations FILE, or import with --create-stations)",
            )
            for n in unknown[:20]
        ]
        if len(unknown) > 20:
            errors.append((None, "station", f"{len(unknown)} unknown stations in all"))
        raise AirImportError(path, errors)
    return found, registered


def _float_or_none(x) -> float | None:
    try:
        v = float(x)
    except (TypeError, ValueError):
        return None
    return None if np.isnan(v) else v


def _check_service_dates(frame: pd.DataFrame, stations: dict[str, Station], path: str) -> None:
    """Hours before a station's first day or after its closing day are refused, by line."""
    errors: list[tuple[int | None, str | None, str]] = []
    day = frame["time"].dt.normalize()
    for key, st in stations.items():
        if not (st.started_on or st.closed_on):
            continue
        sel = (frame["station"] == key).to_numpy()
        if st.closed_on:
            late = sel & (day > pd.Timestamp(st.closed_on)).to_numpy()
            for ln in frame["line"].to_numpy()[late][:20]:
                errors.append(
                    (int(ln), "station", f"station {st.code} closed on {st.closed_on}; this hour is later")
                )
        if st.started_on:
            early = sel & (day < pd.Timestamp(st.started_on)).to_numpy()
            for ln in frame["line"].to_numpy()[early][:20]:
                errors.append(
                    (
                        int(ln),
                        "station",
                        f"station {st.code} is in service from {st.started_on}; this hour is earlier",
                    )
                )
    if errors:
        errors = sorted(set(errors), key=lambda e: e[0] or 0)  # the archive gives many station-hours one line
        raise AirImportError(path, errors)


# --- import ------------------------------------------------------------------------------------------------


def _ours(frame: pd.DataFrame) -> pd.DataFrame:
    """Our real-time AQI and primary pollutants per station-hour under the text in force on its date, and whether
    the published AQI differs."""
    versions, results = compute.hourly_aqi(frame, "auto")
    aqi = np.full(len(frame), np.nan)
    primary = np.full(len(frame), "", dtype=object)
    for code, res in results.items():
        sel = np.flatnonzero(versions == code)
        aqi[sel] = res.aqi
        primary[sel] = compute.primary_text(res.primary_mask())
    out = frame.copy()
    out["AQI"] = aqi
    out["primary"] = primary
    return out


def import_hourly(
    path: str | Path,
    create_stations: bool = False,
    station: str | None = None,
    station_list: str | Path | pd.DataFrame | None = None,
    today: date | None = None,
) -> ImportReport:
    """Import one hourly file (any format of :mod:`formats`). Bad rows raise :class:`AirImportError` naming their
    lines, and nothing is stored; a file whose content was imported before changes nothing and says so (two
    imports of it at once: the second waits, then is told); stored hours not in the file are kept; hours whose
    values change are updated and their station-months' daily AQI recomputed."""
    raw = Path(path).read_bytes()
    digest = hashlib.sha256(raw).hexdigest()
    earlier = AirImport.objects.filter(sha256=digest).first()
    if (
        earlier is not None
    ):  # the same content again: nothing to read (checked once more under the lock below)
        return ImportReport(
            Path(path).name, earlier.fmt, earlier.rows, 0, 0, earlier.rows, [], 0, already=earlier
        )
    parsed = read_hourly(raw, station=station, name=str(path), today=today)
    listing = read_station_list(str(station_list)) if isinstance(station_list, str | Path) else station_list
    name = Path(parsed.path).name
    frame = _ours(parsed.frame)
    with transaction.atomic():
        # First statement of the transaction: the one row per content. It takes the write lock (SQLite) or waits
        # on the unique index for a concurrent import of the same content (PostgreSQL).
        try:
            with transaction.atomic():
                imp = AirImport.objects.create(file_name=name, sha256=digest, fmt=parsed.fmt, rows=len(frame))
        except IntegrityError:
            earlier = AirImport.objects.filter(sha256=digest).first()
            return ImportReport(name, parsed.fmt, len(frame), 0, 0, len(frame), [], 0, already=earlier)
        except OperationalError as exc:  # a database that will not wait for the other writer (SQLite in memory)
            if "locked" not in str(exc):
                raise
            raise AirImportError(
                parsed.path, [(None, None, "another import is running; import again when it has finished")]
            ) from None
        stations, registered = _resolve_stations(
            frame, parsed.stations, listing, create_stations, parsed.path
        )
        _check_service_dates(frame, stations, parsed.path)
        frame["station_id"] = frame["station"].map({k: s.pk for k, s in stations.items()}).astype(np.int64)
        created, updated, partitions, merged = _write_hours(frame)
        n_part = _materialise(merged, partitions)
        differing = (
            int(compute.differs(frame["AQI"], frame["published_AQI"]).sum())
            if "published_AQI" in frame
            else 0
        )
        imp.created_rows, imp.updated_rows, imp.differing_rows = created, updated, differing
        imp.save(update_fields=["created_rows", "updated_rows", "differing_rows"])
    return ImportReport(
        name,
        parsed.fmt,
        len(frame),
        created,
        updated,
        len(frame) - created - updated,
        sorted({s.code for s in stations.values()}),
        n_part,
        differing,
        registered,
        [
            f"line {ln}: {fld}: {msg}" if ln else (f"{fld}: {msg}" if fld else msg)
            for ln, fld, msg in parsed.warnings
        ],
    )


def _stored(station_ids: list[int], lo: pd.Timestamp, hi: pd.Timestamp) -> pd.DataFrame:
    """Stored hours of the stations from ``lo`` to before ``hi`` (naive local), as a frame keyed like the file."""
    rows = list(
        HourlyObservation.objects.filter(
            station_id__in=station_ids, time__gte=lo.tz_localize(TZ), time__lt=hi.tz_localize(TZ)
        ).values_list("id", "station_id", "time", *(f for _, f in VALUES))
    )
    cols = ["id", "station_id", "time", *(c for c, _ in VALUES)]
    stored = pd.DataFrame(rows, columns=cols)
    if len(stored):
        stored["time"] = pd.to_datetime(stored["time"], utc=True).dt.tz_convert(TZ).dt.tz_localize(None)
    for c, _ in VALUES:
        if c in TEXT_COLUMNS:
            stored[c] = stored[c].fillna("").astype(object)
        elif c == "differs":
            stored[c] = stored[c].astype(bool)
        else:
            stored[c] = stored[c].astype(float)
    return stored


def _same(a: pd.Series, b: pd.Series) -> np.ndarray:
    if a.dtype == object or b.dtype == object:
        return (a.fillna("").astype(str) == b.fillna("").astype(str)).to_numpy()
    x, y = a.to_numpy(dtype=float), b.to_numpy(dtype=float)
    return (x == y) | (np.isnan(x) & np.isnan(y))


def _write_hours(frame: pd.DataFrame) -> tuple[int, int, set[tuple[int, int, int]], pd.DataFrame]:
    """Insert new hours and update changed ones (vectorised diff against what is stored). Returns (created,
    updated, touched station-months, the merged hourly frame of the touched stations over the months touched)."""
    lo = frame["time"].min().to_period("M").to_timestamp()
    hi = (frame["time"].max().to_period("M") + 1).to_timestamp()
    ids = sorted(frame["station_id"].unique().tolist())
    stored = _stored(ids, lo, hi)
    f = frame.drop(columns=[c for c in ("differs",) if c in frame.columns])
    old_names = {c: f"{c}_old" for c, _ in VALUES}
    m = f.merge(stored.rename(columns=old_names), on=["station_id", "time"], how="left")
    # Columns the file does not carry keep what is stored (a plain table does not erase published values).
    for c, _ in VALUES:
        if c not in f.columns and c != "differs":
            m[c] = m[f"{c}_old"]
    for c in TEXT_COLUMNS:
        m[c] = m[c].fillna("").astype(object)
        m[f"{c}_old"] = m[f"{c}_old"].fillna("").astype(object)
    m["differs"] = compute.differs(m["AQI"], m["published_AQI"])
    is_new = m["id"].isna().to_numpy()
    same = np.ones(len(m), bool)
    for c, _ in VALUES:
        same &= _same(m[c], m[f"{c}_old"])
    changed = ~is_new & ~same
    write = is_new | changed
    local = m.loc[write, "time"]
    partitions = set(
        zip(
            m.loc[write, "station_id"].astype(int),
            local.dt.year.astype(int),
            local.dt.month.astype(int),
            strict=True,
        )
    )
    fields = [f for _, f in VALUES]
    new_idx, changed_idx = np.flatnonzero(is_new), np.flatnonzero(changed)
    if len(new_idx):
        sub = m.iloc[new_idx]
        _insert_many(
            HourlyObservation,
            ["station_id", "time", *fields],
            list(
                zip(
                    sub["station_id"].astype(int).tolist(),
                    _db_times(sub["time"]),
                    *_db_columns(sub),
                    strict=True,
                )
            ),
        )
    if len(changed_idx):
        sub = m.iloc[changed_idx]
        _update_many(
            HourlyObservation,
            fields,
            list(zip(*_db_columns(sub), sub["id"].astype(int).tolist(), strict=True)),
        )
    # The touched stations' hours over the months touched, after the writes: stored ones overridden by the file.
    merged = m[["station_id", "time", *POLLUTANTS]]
    if len(stored):
        keep = stored[
            ~pd.MultiIndex.from_frame(stored[["station_id", "time"]]).isin(
                pd.MultiIndex.from_frame(m[["station_id", "time"]])
            )
        ]
        merged = pd.concat([keep[["station_id", "time", *POLLUTANTS]], merged])
    return int(is_new.sum()), int(changed.sum()), partitions, merged


def _insert_many(model, columns: list[str], rows: list[tuple]) -> None:
    """INSERT many rows in one ``executemany``. Hand-written because ``bulk_create`` prepares every value through
    the ORM (about 10 µs a value: a year of 19 stations is 3.3 million values, a minute on SQLite, where it also
    cuts batches to 45 rows) — here the values are already plain Python numbers, text and adapted times."""
    if not rows:
        return
    q = connection.ops.quote_name
    target = f"{q(model._meta.db_table)} ({', '.join(q(c) for c in columns)})"
    with connection.cursor() as cur:
        if connection.vendor == "postgresql":
            # COPY: psycopg's executemany still costs a round trip a row (45 s for the 5-city year).
            with cur.cursor.copy(f"COPY {target} FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
            return
        sql = f"INSERT INTO {target} VALUES ({', '.join(['%s'] * len(columns))})"
        for i in range(0, len(rows), 20000):
            cur.executemany(sql, rows[i : i + 20000])


def _update_many(model, columns: list[str], rows: list[tuple]) -> None:
    """UPDATE rows by id in one ``executemany`` (each row: the values in ``columns`` order, then the id)."""
    if not rows:
        return
    q = connection.ops.quote_name
    table = q(model._meta.db_table)
    with connection.cursor() as cur:
        if connection.vendor == "postgresql":
            # COPY the new values into a scratch table, then one UPDATE … FROM (see _insert_many).
            cur.execute(
                f"CREATE TEMP TABLE air_changed ON COMMIT DROP AS SELECT {', '.join(q(c) for c in columns)}, id "
                f"FROM {table} LIMIT 0"
            )
            with cur.cursor.copy(f"COPY air_changed ({', '.join(q(c) for c in [*columns, 'id'])}) FROM STDIN") as cp:
                for row in rows:
                    cp.write_row(row)
            sets = ", ".join(f"{q(c)} = air_changed.{q(c)}" for c in columns)
            cur.execute(f"UPDATE {table} SET {sets} FROM air_changed WHERE {table}.id = air_changed.id")
            cur.execute("DROP TABLE air_changed")
            return
        sets = ", ".join(f"{q(c)} = %s" for c in columns)
        cur.executemany(f"UPDATE {table} SET {sets} WHERE id = %s", rows)


def _db_times(naive_local: pd.Series) -> list:
    """Hour starts as the database takes them: aware datetimes (PostgreSQL), or the UTC text Django writes for
    SQLite — vectorised, instead of ``connection.ops.adapt_datetimefield_value`` per value."""
    aware = naive_local.dt.tz_localize(TZ)
    if connection.vendor == "sqlite":
        return aware.dt.tz_convert("UTC").dt.strftime("%Y-%m-%d %H:%M:%S").tolist()
    return [connection.ops.adapt_datetimefield_value(t) for t in aware.dt.to_pydatetime()]


def _db_columns(m: pd.DataFrame) -> list[list]:
    """Columns of model values in :data:`VALUES` order: None for missing, ints for AQIs, text as text."""
    cols = []
    for c, f in VALUES:
        s = m[c]
        if c in TEXT_COLUMNS:
            cols.append(s.fillna("").astype(str).tolist())
        elif c == "differs":
            cols.append(s.astype(bool).tolist())
        else:
            a = s.to_numpy(dtype=float)
            present = ~np.isnan(a)
            vals = (np.nan_to_num(a).astype(np.int64) if f in ("aqi", "published_aqi") else a).tolist()
            cols.append([v if p else None for v, p in zip(vals, present.tolist(), strict=True)])
    return cols


def _materialise(merged: pd.DataFrame, partitions: set[tuple[int, int, int]]) -> int:
    """Recompute the daily AQI table (both HJ 633 texts) of every station over the span of its touched months."""
    if not partitions:
        return 0
    spans: dict[int, tuple[date, date]] = {}
    for st, y, mo in partitions:
        first = date(y, mo, 1)
        last = (pd.Timestamp(first) + pd.offsets.MonthEnd(0)).date()
        lo, hi = spans.get(st, (first, last))
        spans[st] = (min(lo, first), max(hi, last))
    frames = []
    for st, (lo, hi) in spans.items():
        part = merged[(merged["station_id"] == st) & (merged["time"] >= pd.Timestamp(lo))]
        part = part[part["time"] < pd.Timestamp(hi) + pd.Timedelta(days=1)]
        frames.append(part)
        DailyAirQuality.objects.filter(station_id=st, date__gte=lo, date__lte=hi).delete()
    hours = pd.concat(frames).rename(columns={"station_id": "station"})
    _insert_daily(hours)
    return len(partitions)


DAILY_COLUMNS = [
    "station_id", "date", "version", "so2", "no2", "co", "o3_1h_max", "o3_8h_max", "pm10", "pm25", "iaqi", "aqi",
    "level", "primary_pollutants", "invalid_items",
]  # fmt: skip


def _insert_daily(hours: pd.DataFrame) -> int:
    """Compute the daily AQI of the hours (``station`` = station id) under both texts and insert the rows."""
    iaqi_field = DailyAirQuality._meta.get_field("iaqi")
    rows = []
    daily = compute.daily_values(hours)
    for code in hj633.VERSIONS:
        table = compute.daily_table(hours, code, daily)
        if table.empty:
            continue
        v = hj633.get_version(code)
        iaqi_cols = [f"IAQI_{compute.ITEM_COLUMN[it]}" for it in v.daily_items]
        days = pd.to_datetime(table["date"]).dt.date
        dates = [connection.ops.adapt_datefield_value(d) for d in days] if connection.vendor == "sqlite" else list(days)
        cols = ("SO2", "NO2", "CO", "O3_1h_max", "O3_8h_max", "PM10", "PM2.5")
        num = {c: table[c].to_numpy(dtype=float) for c in (*cols, "AQI", *iaqi_cols)}
        level = table["level"].to_numpy()
        prim = table["primary_pollutants"].to_numpy()
        inval = table["invalid_items"].to_numpy()
        stations = table["station"].to_numpy()
        for i in range(len(table)):
            iaqi = {c.removeprefix("IAQI_"): _f(num[c][i]) for c in iaqi_cols}
            rows.append(
                (
                    int(stations[i]),
                    dates[i],
                    code,
                    *(_f(num[c][i]) for c in cols),
                    iaqi_field.get_db_prep_save(iaqi, connection),
                    None if np.isnan(num["AQI"][i]) else int(num["AQI"][i]),
                    int(level[i]),
                    prim[i],
                    inval[i],
                )
            )
    _insert_many(DailyAirQuality, DAILY_COLUMNS, rows)
    return len(rows)


def materialise_daily(station_id: int, year: int, month: int) -> int:
    """Recompute one partition (a station-month) of the daily AQI table from the stored hours."""
    from .selectors import hourly_frame

    start = date(year, month, 1)
    end = (pd.Timestamp(start) + pd.offsets.MonthEnd(0)).date()
    frame = hourly_frame([station_id], start, end, key="id")
    DailyAirQuality.objects.filter(station_id=station_id, date__gte=start, date__lte=end).delete()
    if frame.empty:
        return 0
    return _insert_daily(frame)


def _f(x) -> float | None:
    return None if x is None or (isinstance(x, float) and np.isnan(x)) else float(x)
