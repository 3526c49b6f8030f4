from __future__ import annotations

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from qingshan.core.errors import DomainError
from qingshan.supervision import bulletin as B
from qingshan.supervision import services
from qingshan.supervision.management.commands.supervision import city_named


class Command(BaseCommand):
    help = "Monthly bulletins (月通报): build one as a Word document."

    def add_arguments(self, parser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        b = sub.add_parser("build", help="Build the bulletin of a month for a city; it is stored and written out.")
        b.add_argument("--month", required=True, help="YYYY-MM, e.g. 2019-06")
        b.add_argument("--division", required=True, help="the city, e.g. 攀枝花市")
        b.add_argument("--output", "-o", required=True, help="file name ending .docx")
        b.add_argument("--lang", default="zh-hans", choices=["zh-hans", "en"])

    def handle(self, *args, **opts) -> None:
        out = Path(opts["output"])
        if out.suffix.lower() != ".docx":
            raise CommandError("--output: use a name ending .docx")
        city = city_named(opts["division"])
        try:
            first = B.parse_month(opts["month"])
            b = services.build_bulletin(city, first, B.office_actor(city), None, language=opts["lang"])
        except DomainError as exc:
            raise CommandError(str(exc)) from None
        out.write_bytes(b.file.read())
        self.stdout.write(f"bulletin {b.pk}: {b.title} (issue {b.number}) → {out}")
        for note in b.figures.get("synthetic", []):
            self.stdout.write(f"  note: {note}")
