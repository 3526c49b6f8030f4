from __future__ import annotations

from django.core.management import call_command
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Set up and start: migrate the database, load the demo, serve."

    def add_arguments(self, parser) -> None:
        parser.add_argument("addrport", nargs="?", default=None)
        parser.add_argument("--no-serve", action="store_true", help="Stop after loading the demo.")

    def handle(self, *args, **options) -> None:
        call_command("migrate", interactive=False, verbosity=1)
        call_command("demo")
        if not options["no_serve"]:
            call_command("serve", *([options["addrport"]] if options["addrport"] else []))
