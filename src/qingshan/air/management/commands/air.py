from __future__ import annotations

import json

import numpy as np
import pandas as pd
from django.core.management.base import BaseCommand, CommandError
from rich.progress import track

from qingshan.air import compute, selectors, services
from qingshan.air.formats import AirImportError, read_hourly, read_station_list
from qingshan.air.models import Station
from qingshan.air.periods import parse_period
from qingshan.orgs.models import Division

STANDARDS = ["2012", "2026", "auto"]


class Command(BaseCommand):
    help = "Air quality by HJ 633 / HJ 663: register stations, import hourly files, print hourly or daily AQI, evaluate a period, list the hours whose published AQI differs from ours."

    def add_arguments(self, parser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        st = sub.add_parser(
            "stations", help="Register the stations of a national station list (station_list.csv)."
        )
        st.add_argument("file")
        imp = sub.add_parser(
            "import",
            help="Import hourly files: the network's archive (china_sites_YYYYMMDD.csv), the real-time platform's "
            "table, a plain table (站点, 时间, …) or the UCI Beijing files.",
        )
        imp.add_argument("files", nargs="+")
        imp.add_argument("--stations", help="a national station list to register unknown stations from")
        imp.add_argument("--create-stations", action="store_true", help="Register unknown stations by code.")
        hourly = sub.add_parser(
            "hourly",
            help="Print one row per station-hour: pollutants, IAQI each, AQI, level, primary, published AQI.",
        )
        hourly.add_argument("files", nargs="+")
        hourly.add_argument("--standard", choices=STANDARDS, default="auto")
        hourly.add_argument("--format", choices=["csv", "json"], default="csv")
        daily = sub.add_parser(
            "daily",
            help="Print one row per station-day (natural day 00:00-24:00) with IAQI, AQI, category, primary.",
        )
        daily.add_argument("files", nargs="+")
        daily.add_argument("--standard", choices=STANDARDS, default="auto")
        daily.add_argument("--format", choices=["csv", "json"], default="csv")
        ev = sub.add_parser(
            "evaluate", help="Evaluate a station, county or city over a month, quarter or year."
        )
        where = ev.add_mutually_exclusive_group(required=True)
        where.add_argument("--station", help="station code or name")
        where.add_argument("--division", help="county or city name (its stations are averaged per HJ 663)")
        where.add_argument("--file", nargs="+", help="evaluate hourly files directly instead of stored data")
        ev.add_argument("--period", required=True, help="2019, 2019Q2, 2019-05 or 2019-03-01..2019-05-31")
        ev.add_argument("--as-of", help="evaluate a period still running as of this date (YYYY-MM-DD)")
        ev.add_argument("--standard", choices=["2012", "2026", "both"], default="both")
        ex = sub.add_parser("exceptions", help="Station-hours whose published AQI is not ours.")
        ex.add_argument("--station", help="station code")
        ex.add_argument("--division", help="county or city name")
        ex.add_argument("--period", help="2019, 2019-04, …")
        ex.add_argument("--format", choices=["csv", "json"], default="csv")

    def handle(self, *args, **opts) -> None:
        getattr(self, f"do_{opts['action']}")(opts)

    def do_stations(self, opts) -> None:
        try:
            created, updated = services.register_station_file(opts["file"])
        except (AirImportError, OSError) as exc:
            raise CommandError(str(exc)) from None
        self.stdout.write(f"{opts['file']}: {created} stations registered, {updated} updated")

    def do_import(self, opts) -> None:
        listing = None
        if opts["stations"]:
            try:
                listing = read_station_list(opts["stations"])
            except (AirImportError, OSError) as exc:
                raise CommandError(str(exc)) from None
        for path in track(opts["files"], description="导入 importing", disable=len(opts["files"]) < 2):
            try:
                rep = services.import_hourly(
                    path, create_stations=opts["create_stations"], station_list=listing
                )
            except (AirImportError, OSError) as exc:
                raise CommandError(str(exc)) from None
            if rep.already:
                self.stdout.write(
                    f"{rep.file_name}: already imported ({rep.already.file_name}, "
                    f"{rep.already.imported_at:%Y-%m-%d %H:%M}); nothing changed"
                )
                continue
            self.stdout.write(
                f"{rep.file_name}: {rep.rows} station-hours ({rep.fmt}); {rep.created} new, {rep.updated} changed, "
                f"{rep.unchanged} unchanged; {len(rep.stations)} stations"
                + (f" ({rep.registered} registered)" if rep.registered else "")
                + (f"; {rep.differing} hours differ from the published AQI" if rep.differing else "")
            )
            for w in rep.warnings:
                self.stdout.write(f"  note: {w}")

    def _read(self, files) -> pd.DataFrame:
        frames = []
        for path in files:
            try:
                frames.append(read_hourly(path).frame)
            except (AirImportError, OSError) as exc:
                raise CommandError(str(exc)) from None
        frame = pd.concat(frames, ignore_index=True)
        dup = frame.duplicated(["station", "time"], keep="last")
        return frame[~dup.to_numpy()]  # the same hour in two files: the later file's

    def _emit(self, table: pd.DataFrame, fmt: str, lists: tuple[str, ...], ints: tuple[str, ...]) -> None:
        for c in ints:
            if c in table:
                table[c] = table[c].astype("Int64")
        if fmt == "csv":
            self.stdout.write(table.to_csv(index=False, float_format="%.4g"), ending="")
            return
        records = table.astype(object).where(table.notna(), None).to_dict("records")
        for r in records:
            for c in ints:
                if c in r and r[c] is not None:
                    r[c] = int(r[c])
            for c in lists:
                if c in r:
                    r[c] = [p for p in (r[c] or "").split(",") if p]
        self.stdout.write(json.dumps(records, ensure_ascii=False, default=float))

    def do_hourly(self, opts) -> None:
        table = compute.hourly_table(self._read(opts["files"]), opts["standard"])
        self._emit(
            table,
            opts["format"],
            ("primary_pollutants", "published_primary_pollutants"),
            ("AQI", "published_AQI", *(f"IAQI_{p}" for p in ("SO2", "NO2", "CO", "O3", "PM10", "PM2.5"))),
        )

    def do_daily(self, opts) -> None:
        table = compute.daily_table(self._read(opts["files"]), opts["standard"])
        table["date"] = pd.to_datetime(table["date"]).dt.strftime("%Y-%m-%d")
        self._emit(table, opts["format"], ("primary_pollutants", "invalid_items"), ("AQI",))

    def _station_ids(self, opts) -> tuple[list[int], str]:
        if opts.get("station"):
            st = (
                Station.objects.filter(code=opts["station"]).first()
                or Station.objects.filter(name=opts["station"]).first()
            )
            if st is None:
                raise CommandError(f"--station: no station {opts['station']!r}")
            return [st.pk], f"{st.name} ({st.code})"
        div = Division.objects.filter(name=opts["division"]).first()
        if div is None:
            raise CommandError(f"--division: no division {opts['division']!r}")
        ids = list(selectors.area_stations(div).station_ids)
        if not ids:
            raise CommandError(f"--division: {div.name} has no air stations")
        return ids, div.name

    def do_evaluate(self, opts) -> None:
        try:
            start, end = parse_period(opts["period"])
            as_of = pd.Timestamp(opts["as_of"]).date() if opts["as_of"] else None
        except ValueError as exc:
            raise CommandError(str(exc)) from None
        if opts["file"]:
            frame, label = self._read(opts["file"]), ", ".join(opts["file"])
        else:
            ids, label = self._station_ids(opts)
            frame = selectors.hourly_frame(ids, start, min(end, as_of) if as_of else end)
        if frame.empty:
            raise CommandError(f"no hourly data for {label} in {start}..{end}")
        versions = ["2012", "2026"] if opts["standard"] == "both" else [opts["standard"]]
        out = {
            "subject": label,
            "period": [start.isoformat(), end.isoformat()],
            "as_of": as_of.isoformat() if as_of else None,
            "results": [compute.evaluate(frame, v, start, end, as_of=as_of) for v in versions],
        }
        self.stdout.write(json.dumps(out, ensure_ascii=False, indent=1))

    def do_exceptions(self, opts) -> None:
        ids = None
        if opts["station"] or opts["division"]:
            ids, _ = self._station_ids(opts)
        start = end = None
        if opts["period"]:
            try:
                start, end = parse_period(opts["period"])
            except ValueError as exc:
                raise CommandError(str(exc)) from None
        rows = selectors.exception_rows(selectors.exceptions(ids, start, end))
        table = pd.DataFrame(
            rows,
            columns=[
                "station", "name", "date", "hour", "SO2", "NO2", "CO", "O3", "PM10", "PM2.5", "AQI",
                "primary_pollutants", "published_AQI", "published_primary_pollutants",
            ],
        )  # fmt: skip
        table = table.replace({None: np.nan})
        self._emit(
            table,
            opts["format"],
            ("primary_pollutants", "published_primary_pollutants"),
            ("AQI", "published_AQI"),
        )
