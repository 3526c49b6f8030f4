from __future__ import annotations

import csv
import json
import sys
from datetime import date

from django.core.management.base import BaseCommand, CommandError
from rich.progress import track

from qingshan.core.errors import DomainError
from qingshan.orgs.models import Division
from qingshan.standards import gb3838
from qingshan.water import evaluation, services
from qingshan.water.formats import WaterImportError
from qingshan.water.models import WaterSection

COLUMNS = ["section", "time", "type", "class", "status", "deciding_items", "target_class", "exceedances",
           "published_class", "below_detection"]  # fmt: skip


class Command(BaseCommand):
    help = "Surface water by GB 3838-2002: import sample files, classify a file, evaluate a month."

    def add_arguments(self, parser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        imp = sub.add_parser(
            "import", help="Import sample files (national real-time table or manual samples)."
        )
        imp.add_argument("files", nargs="+")
        imp.add_argument(
            "--year", type=int, help="year of files whose 监测时间 has none (e.g. '11-23 08:00')"
        )
        imp.add_argument("--division", help="county of the sections the files register (name)")
        cl = sub.add_parser(
            "classify", help="Print one row per sample of a file: class, deciding items, exceedances."
        )
        cl.add_argument("file")
        cl.add_argument("--format", choices=["csv", "json"], default="csv")
        cl.add_argument("--year", type=int)
        cl.add_argument("--type", choices=[gb3838.RIVER, gb3838.LAKE], help="type of sections not registered")
        cl.add_argument(
            "--target", choices=["I", "II", "III", "IV", "V"], help="target of sections not registered"
        )
        ev = sub.add_parser(
            "evaluate", help="Sections, counties and basins of an area for a month (YYYY-MM)."
        )
        ev.add_argument("--month", required=True)
        ev.add_argument("--division", help="city or county name (default: every section)")

    def handle(self, *args, **opts) -> None:
        getattr(self, f"do_{opts['action']}")(opts)

    def do_import(self, opts) -> None:
        division = None
        if opts["division"]:
            division = Division.objects.filter(name=opts["division"]).first()
            if division is None:
                raise CommandError(f"unknown division {opts['division']!r}")
        for path in track(opts["files"], description="导入 importing", disable=len(opts["files"]) < 2):
            try:
                rep = services.import_samples(path, year=opts["year"], division=division)
            except (WaterImportError, OSError) as exc:
                raise CommandError(str(exc)) from None
            except DomainError as exc:
                raise CommandError(exc.message) from None
            self.stdout.write(
                f"{rep.file_name}: {rep.rows} rows ({rep.fmt}); {rep.created} new, {rep.updated} changed, "
                f"{rep.unchanged} unchanged; sections {', '.join(rep.sections)}"
            )
            if rep.new_sections:
                guessed = ", ".join(f"{n}: {why}" for n, why in rep.new_sections.items())
                self.stdout.write(f"  new sections, type guessed, to be reviewed: {guessed}")
            if rep.compared:
                self.stdout.write(
                    f"  published class compared on {rep.compared} samples: {rep.compared - len(rep.disagreements)}"
                    f" agree ({rep.agreement:.2%})"
                )
                for d in rep.disagreements[:20]:
                    self.stdout.write(
                        f"  line {d['line']}: {d['section']} {d['time']} published {d['published']}, ours "
                        f"{d['ours']} ({d['deciding']}; {d['water_type']})"
                    )
            for ln, col, msg in rep.warnings[:20]:
                self.stdout.write(f"  warning: line {ln}{', ' + col if col else ''}: {msg}")

    def do_classify(self, opts) -> None:
        target = ["I", "II", "III", "IV", "V"].index(opts["target"]) + 1 if opts["target"] else None
        try:
            parsed, cls, types, targets = services.read_only_classify(
                opts["file"], year=opts["year"], water_type=opts["type"], target=target
            )
        except (WaterImportError, OSError) as exc:
            raise CommandError(str(exc)) from None
        f = parsed.frame
        rows = [
            {
                "section": f["section"].iat[i],
                "time": f["time"].iat[i].strftime("%Y-%m-%d %H:%M"),
                "type": types[i],
                "class": gb3838.class_name(int(cls.water_class[i])) or None,
                "status": gb3838.STATUS.get(int(cls.water_class[i])),
                "deciding_items": [x for x in cls.deciding[i].split(",") if x],
                "target_class": gb3838.class_name(int(targets[i])) or None,
                "exceedances": cls.exceedance[i],
                "published_class": gb3838.class_name(int(f["published_class"].iat[i])) or None,
                "below_detection": [x for x in f["below_detection"].iat[i].split(",") if x],
            }
            for i in range(len(f))
        ]
        if opts["format"] == "json":
            self.stdout.write(json.dumps(rows, ensure_ascii=False, indent=1))
            return
        w = csv.writer(sys.stdout)
        w.writerow(COLUMNS)
        for r in rows:
            w.writerow(
                [
                    r["section"],
                    r["time"],
                    r["type"],
                    r["class"] or "",
                    r["status"] or "",
                    " ".join(r["deciding_items"]),
                    r["target_class"] or "",
                    " ".join(f"{k}:{v}" for k, v in r["exceedances"].items()),
                    r["published_class"] or "",
                    " ".join(r["below_detection"]),
                ]
            )
        for ln, col, msg in parsed.warnings[:20]:
            print(f"warning: line {ln}{', ' + col if col else ''}: {msg}", file=sys.stderr)

    def do_evaluate(self, opts) -> None:
        try:
            y, m = (int(x) for x in opts["month"].split("-"))
            month = date(y, m, 1)
        except ValueError:
            raise CommandError(f"--month must be YYYY-MM, not {opts['month']!r}") from None
        qs = WaterSection.objects.select_related("division")
        if opts["division"]:
            div = Division.objects.filter(name=opts["division"]).first()
            if div is None:
                raise CommandError(f"unknown division {opts['division']!r}")
            qs = qs.filter(division_id__in=div.descendant_ids())
        rows = evaluation.section_rows(list(qs), month)
        out = {
            "month": opts["month"],
            "sections": [
                {
                    "section": r.section.name,
                    "synthetic": r.section.synthetic,
                    "target": gb3838.class_name(r.section.target_class or 0) or None,
                    "month_class": gb3838.class_name(r.month.water_class) if r.month else None,
                    "meets_target": r.meets_target,
                    "months_in_a_row": r.streak,
                    "ytd_class": gb3838.class_name(r.ytd_class) or None,
                }
                for r in rows
            ],
            "counties": [_share(g) for g in evaluation.shares(rows, "county")],
            "basins": [_share(g) for g in evaluation.shares(rows, "basin")],
        }
        self.stdout.write(json.dumps(out, ensure_ascii=False, indent=1))


def _share(g: evaluation.GroupShare) -> dict:
    return {
        "name": g.name,
        "sections": g.sections,
        "month": {"i_iii": g.month.share_i_iii, "worse_than_v": g.month.share_worse_than_v, "status": g.month.status,
                  "method": g.month.method},
        "ytd": {"i_iii": g.ytd.share_i_iii, "worse_than_v": g.ytd.share_worse_than_v, "status": g.ytd.status,
                "method": g.ytd.method},
    }  # fmt: skip
