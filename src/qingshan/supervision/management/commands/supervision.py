from __future__ import annotations

from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from qingshan.core.access import actor_for
from qingshan.core.errors import DomainError
from qingshan.orgs.models import Division, Unit
from qingshan.supervision import services
from qingshan.supervision.bulletin import office_actor
from qingshan.supervision.exports import ledger_xlsx
from qingshan.supervision.models import Rectification


def city_named(name: str) -> Division:
    city = Division.objects.filter(name=name, level=Division.Level.CITY).first()
    if city is None:
        raise CommandError(f"--division: no city named {name!r}")
    return city


class Command(BaseCommand):
    help = "The rectification ledger: import a ledger file, export it, close items whose public notice has ended."

    def add_arguments(self, parser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        i = sub.add_parser("import", help="Import an office's ledger (.xlsx, .docx, .csv): all or nothing, idempotent.")
        i.add_argument("file")
        i.add_argument("--division", required=True, help="the city, e.g. 攀枝花市")
        i.add_argument("--map", action="append", default=[], metavar="NAME=UNIT",
                       help="map a unit name the registry does not know to a registered unit (repeatable)")  # fmt: skip
        i.add_argument("--keep-unknown", action="store_true", help="keep unknown unit names as written (flagged)")
        i.add_argument("--dry-run", action="store_true", help="read and report, store nothing")
        i.add_argument("--user", help="record the import as this user's (default: the command line)")
        e = sub.add_parser("export", help="Export the city's ledger in the office's layout (.xlsx).")
        e.add_argument("--division", required=True)
        e.add_argument("--output", "-o", required=True)
        sub.add_parser("close-due", help="Close items whose public notice has ended without an open objection.")

    def handle(self, *args, **opts) -> None:
        try:
            getattr(self, "do_" + opts["action"].replace("-", "_"))(opts)
        except DomainError as exc:
            lines = getattr(exc, "messages_list", [])
            raise CommandError("\n".join([str(exc), *lines[1:]])) from None

    def do_import(self, opts) -> None:
        city = city_named(opts["division"])
        path = Path(opts["file"])
        if not path.exists():
            raise CommandError(f"{path}: no such file")
        data = path.read_bytes()
        pv = services.preview(data, path.name, city)
        self.stdout.write(
            f"{path.name}: {len(pv.read.items)} problems ({pv.new} new, {pv.existing} already stored); "
            f"columns: {', '.join(pv.read.layout.values())}"
        )
        mapping: dict[str, int | None] = {}
        for spec in opts["map"]:
            raw, _sep, name = spec.partition("=")
            unit = Unit.objects.filter(division_id__in=city.descendant_ids(), name=name.strip()).first()
            if not _sep or unit is None:
                raise CommandError(f"--map {spec!r}: give NAME=UNIT with a registered unit of {city.name}")
            mapping[raw.strip()] = unit.pk
        for raw, rows in pv.read.unknown_units.items():
            if raw not in mapping:
                if not opts["keep_unknown"]:
                    hint = "; ".join(u.name for u in pv.suggestions.get(raw, [])) or "—"
                    self.stdout.write(f"  unknown unit {raw!r} (rows {', '.join(rows)}); suggestions: {hint}")
                else:
                    mapping[raw] = None
        if opts["dry_run"]:
            return
        user = None
        if opts["user"]:
            user = get_user_model().objects.filter(username=opts["user"]).first()
            if user is None:
                raise CommandError(f"--user: no user {opts['user']!r}")
        actor = actor_for(user) if user else office_actor(city)
        record = services.import_ledger(data, path.name, city, actor, user, mapping=mapping)
        self.stdout.write(f"imported: {record.created_items} new, {record.updated_items} updated")

    def do_export(self, opts) -> None:
        city = city_named(opts["division"])
        out = Path(opts["output"])
        if out.suffix != ".xlsx":
            raise CommandError("--output: use a name ending .xlsx")
        today = timezone.localdate()
        out.write_bytes(ledger_xlsx(Rectification.objects.filter(division=city), today, city.name))
        self.stdout.write(f"wrote {out}")

    def do_close_due(self, opts) -> None:
        closed = services.close_ended_notices()
        self.stdout.write(f"closed {len(closed)} item(s)")
