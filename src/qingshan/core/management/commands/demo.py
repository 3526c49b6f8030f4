from __future__ import annotations

from django.core.management import call_command
from django.core.management.base import BaseCommand
from rich.console import Console

from qingshan.core.demo import demo_steps


class Command(BaseCommand):
    help = (
        "Load the demo (idempotently): every app's demo step in order — organisations, plans, air and water data, "
        "… — then the demo users."
    )

    def add_arguments(self, parser) -> None:
        names = sorted({s.name for s in demo_steps()})
        parser.add_argument(
            "--skip", action="append", default=[], choices=names, help="Leave out a demo step (repeatable)."
        )
        parser.add_argument("--skip-air", action="store_true", help="Same as --skip air.")
        parser.add_argument("--skip-water", action="store_true", help="Same as --skip water.")

    def handle(self, *args, **options) -> None:
        console = Console()
        # A fresh data directory has no tables yet: migrate first (as `qingshan up` does), quietly when there is
        # nothing to apply.
        call_command("migrate", interactive=False, verbosity=0)
        skip = set(options["skip"])
        if options["skip_air"]:
            skip.add("air")
        if options["skip_water"]:
            skip.add("water")
        for step in demo_steps(frozenset(skip)):
            console.print(step.load()(console))
