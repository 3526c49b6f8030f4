from __future__ import annotations

import json

import numpy as np
import pandas as pd
from django.core.management.base import BaseCommand, CommandError
from rich.progress import track

from qingshan.air import compute, services
from qingshan.air.formats import AirImportError, read_hourly
from qingshan.air.models import Station
from qingshan.air.periods import parse_period
from qingshan.orgs.models import Division


class Command(BaseCommand):
    help = "Air quality by HJ 633 / HJ 663: import hourly files, print daily AQI, evaluate a period."

    def add_arguments(self, parser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        imp = sub.add_parser(
            "import", help="Import hourly CSV files (UCI Beijing or national platform format)."
        )
        imp.add_argument("files", nargs="+")
        imp.add_argument("--create-stations", action="store_true", help="Register stations the file names.")
        daily = sub.add_parser(
            "daily", help="Print one row per station-day with IAQI, AQI, category, primary."
        )
        daily.add_argument("files", nargs="+")
        daily.add_argument("--standard", choices=["2012", "2026", "auto"], default="auto")
        daily.add_argument("--format", choices=["csv", "json"], default="csv")
        ev = sub.add_parser(
            "evaluate", help="Evaluate a station, county or city over a month, quarter or year."
        )
        where = ev.add_mutually_exclusive_group(required=True)
        where.add_argument("--station", help="station code or name")
        where.add_argument("--division", help="county or city name (its stations are averaged per HJ 663)")
        where.add_argument("--file", nargs="+", help="evaluate hourly files directly instead of stored data")
        ev.add_argument("--period", required=True, help="2016, 2016Q2, 2016-05 or 2016-03-01..2016-05-31")
        ev.add_argument("--standard", choices=["2012", "2026", "both"], default="both")

    def handle(self, *args, **opts) -> None:
        getattr(self, f"do_{opts['action']}")(opts)

    def do_import(self, opts) -> None:
        for path in track(opts["files"], description="导入 importing", disable=len(opts["files"]) < 2):
            try:
                rep = services.import_hourly(path, create_stations=opts["create_stations"])
            except (AirImportError, OSError) as exc:
                raise CommandError(str(exc)) from None
            self.stdout.write(
                f"{rep.file_name}: {rep.rows} rows ({rep.fmt}); {rep.created} new, {rep.updated} changed, "
                f"{rep.unchanged} unchanged; stations {', '.join(rep.stations)}"
            )

    def _read(self, files) -> pd.DataFrame:
        frames = []
        for path in files:
            try:
                frames.append(read_hourly(path).frame)
            except (AirImportError, OSError) as exc:
                raise CommandError(str(exc)) from None
        return pd.concat(frames, ignore_index=True)

    def do_daily(self, opts) -> None:
        table = compute.daily_table(self._read(opts["files"]), opts["standard"])
        table["date"] = pd.to_datetime(table["date"]).dt.strftime("%Y-%m-%d")
        table["AQI"] = table["AQI"].astype("Int64")
        if opts["format"] == "csv":
            self.stdout.write(table.to_csv(index=False, float_format="%.4g"), ending="")
        else:
            records = table.replace({np.nan: None}).to_dict("records")
            for r in records:
                r["AQI"] = None if pd.isna(r["AQI"]) else int(r["AQI"])
                r["primary_pollutants"] = [p for p in r["primary_pollutants"].split(",") if p]
                r["invalid_items"] = [p for p in r["invalid_items"].split(",") if p]
            self.stdout.write(json.dumps(records, ensure_ascii=False, default=float))

    def do_evaluate(self, opts) -> None:
        try:
            start, end = parse_period(opts["period"])
        except ValueError as exc:
            raise CommandError(str(exc)) from None
        if opts["file"]:
            frame, label = self._read(opts["file"]), ", ".join(opts["file"])
        else:
            if opts["station"]:
                st = (
                    Station.objects.filter(code=opts["station"]).first()
                    or Station.objects.filter(name=opts["station"]).first()
                )
                if st is None:
                    raise CommandError(f"--station: no station {opts['station']!r}")
                ids, label = [st.pk], st.name
            else:
                div = Division.objects.filter(name=opts["division"]).first()
                if div is None:
                    raise CommandError(f"--division: no division {opts['division']!r}")
                ids = list(
                    Station.objects.filter(division_id__in=div.descendant_ids()).values_list("pk", flat=True)
                )
                if not ids:
                    raise CommandError(f"--division: {div.name} has no air stations")
                label = div.name
            frame = services.hourly_frame(ids, start, end)
        if frame.empty:
            raise CommandError(f"no hourly data for {label} in {start}..{end}")
        versions = ["2012", "2026"] if opts["standard"] == "both" else [opts["standard"]]
        out = {
            "subject": label,
            "period": [start.isoformat(), end.isoformat()],
            "results": [compute.evaluate(frame, v, start, end) for v in versions],
        }
        self.stdout.write(json.dumps(out, ensure_ascii=False, indent=1))
