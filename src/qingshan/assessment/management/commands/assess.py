from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from qingshan.assessment import exports, services
from qingshan.assessment.models import Scheme
from qingshan.core.errors import DomainError
from qingshan.supervision.management.commands.supervision import city_named


class Command(BaseCommand):
    help = "The annual assessment (考核): load a scheme, score a year."

    def add_arguments(self, parser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        s = sub.add_parser("score", help="Score every unit and county of a city for a year (stores nothing).")
        s.add_argument("--year", type=int, required=True)
        s.add_argument("--division", required=True, help="the city, e.g. 攀枝花市")
        s.add_argument("--format", choices=["json", "xlsx"], default="json")
        s.add_argument("--output", "-o", help="file to write (required for xlsx)")
        s.add_argument("--as-of", help="YYYY-MM-DD (default: the year's end, or today within the year)")
        sc = sub.add_parser("scheme", help="Assessment schemes (考核细则) as data.")
        sc_sub = sc.add_subparsers(dest="scheme_action", required=True)
        load = sc_sub.add_parser("load", help="Load a scheme from JSON (a new version when its content changed).")
        load.add_argument("file")
        sc_sub.add_parser("list", help="List the schemes.")

    def handle(self, *args, **opts) -> None:
        try:
            if opts["action"] == "score":
                self.score(opts)
            elif opts["scheme_action"] == "load":
                s = services.load_scheme(opts["file"])
                self.stdout.write(f"scheme {s.pk}: {s.title} v{s.version}, {s.items.count()} items")
            else:
                for s in Scheme.objects.select_related("division"):
                    self.stdout.write(f"{s.pk}\t{s.division.name}\t{s.year}\tv{s.version}\t{s.title}")
        except DomainError as exc:
            raise CommandError(str(exc)) from None

    def score(self, opts) -> None:
        city = city_named(opts["division"])
        year = opts["year"]
        if opts["as_of"]:
            try:
                as_of = date.fromisoformat(opts["as_of"])
            except ValueError:
                raise CommandError(f"--as-of: not a date (YYYY-MM-DD): {opts['as_of']}") from None
        else:
            as_of = min(timezone.localdate(), date(year, 12, 31))
        scheme = services.scheme_for(city, year)
        sheets, _facts = services.score(scheme, as_of)
        rows = exports.rows_from_rules(sheets)
        if opts["format"] == "json":
            text = json.dumps(exports.result_json(scheme, as_of, rows), ensure_ascii=False, indent=1)
            if opts["output"]:
                Path(opts["output"]).write_text(text, encoding="utf-8")
                self.stdout.write(f"wrote {opts['output']}")
            else:
                self.stdout.write(text)
            return
        if not opts["output"] or not opts["output"].endswith(".xlsx"):
            raise CommandError("--output: give a file name ending .xlsx")
        Path(opts["output"]).write_bytes(exports.result_xlsx(scheme, as_of, rows))
        self.stdout.write(f"wrote {opts['output']}")
