"""``qingshan sources import-registry FILE | readings --mn MN … | alerts``."""

from __future__ import annotations

import csv
import io
import json

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone
from django.utils.translation import gettext as _

from qingshan.core.errors import DomainError
from qingshan.orgs.models import Division
from qingshan.sources import importer, selectors
from qingshan.sources.params import parse_time

COLUMNS = ["mn", "cn", "data_time", "code", "value", "flag", "rtd", "avg", "min", "max", "cou", "zs_rtd", "zs_avg"]


class Command(BaseCommand):
    help = "Pollution sources: import the registry, print a device's readings, evaluate alerts."

    def add_arguments(self, parser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        imp = sub.add_parser("import-registry", help="Import enterprises, outlets, factors and devices (.csv/.xlsx).")
        imp.add_argument("file")
        imp.add_argument("--city", help="look division names up within this city (e.g. 攀枝花市)")
        rd = sub.add_parser("readings", help="One row per stored packet and factor of a device.")
        rd.add_argument("--mn", required=True)
        rd.add_argument("--cn", type=int, choices=[2011, 2051, 2061, 2031])
        rd.add_argument("--from", dest="start")
        rd.add_argument("--to", dest="end")
        rd.add_argument("--format", choices=["csv", "json"], default="csv")
        al = sub.add_parser("alerts", help="Evaluate exceedance and data-quality alerts for a period.")
        al.add_argument("--from", dest="start")
        al.add_argument("--to", dest="end")

    def handle(self, *args, **opts) -> None:
        try:
            getattr(self, f"do_{opts['action'].replace('-', '_')}")(opts)
        except DomainError as exc:
            raise CommandError(str(exc)) from None

    def do_import_registry(self, opts) -> None:
        city = None
        if opts["city"]:
            city = Division.objects.filter(name=opts["city"]).first()
            if city is None:
                raise CommandError(_("unknown division %(name)s") % {"name": opts["city"]})
        r = importer.import_registry(opts["file"], city=city)
        self.stdout.write(_(
            "%(file)s: %(e)s enterprises, %(p)s permits, %(o)s outlets, %(f)s factors, %(d)s devices — "
            "%(c)s created, %(u)s updated, %(n)s unchanged"
        ) % {"file": opts["file"], "e": r.enterprises, "p": r.permits, "o": r.outlets, "f": r.factors,
             "d": r.devices, "c": r.created, "u": r.updated, "n": r.unchanged})
        for code in r.flagged_codes:
            self.stdout.write(_("flagged: %(code)s fails the GB 32100 check character (kept: early pilot codes do)")
                              % {"code": code})

    def do_readings(self, opts) -> None:
        start = parse_time("--from", opts["start"])
        end = parse_time("--to", opts["end"])
        tz = timezone.get_default_timezone()
        rows = []
        for r in selectors.readings(opts["mn"], opts["cn"], start, end).iterator():
            rows.append({
                "mn": r.mn, "cn": r.cn, "data_time": timezone.localtime(r.data_time, tz).replace(tzinfo=None).isoformat(),
                "code": r.code, "value": r.value, "flag": r.flag, "rtd": r.rtd, "avg": r.avg, "min": r.min,
                "max": r.max, "cou": r.cou, "zs_rtd": r.zs_rtd, "zs_avg": r.zs_avg,
            })
        if opts["format"] == "json":
            self.stdout.write(json.dumps(rows, ensure_ascii=False))
        else:
            buf = io.StringIO()
            w = csv.DictWriter(buf, fieldnames=COLUMNS, lineterminator="\n")
            w.writeheader()
            for row in rows:
                w.writerow({k: ("" if v is None else v) for k, v in row.items()})
            self.stdout.write(buf.getvalue(), ending="")

    def do_alerts(self, opts) -> None:
        from qingshan.sources import alerts

        start = parse_time("--from", opts["start"])
        end = parse_time("--to", opts["end"])
        made = alerts.evaluate(start, end)
        self.stdout.write(json.dumps(made, ensure_ascii=False))
