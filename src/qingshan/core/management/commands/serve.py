from __future__ import annotations

import os

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import OperationalError, connection
from rich.console import Console

from qingshan.core.demo import DEMO_PASSWORD


class Command(BaseCommand):
    help = "Serve the platform (default 127.0.0.1:8000) and print the address and a demo login."

    def add_arguments(self, parser) -> None:
        parser.add_argument("addrport", nargs="?", default=os.environ.get("QINGSHAN_ADDR", "127.0.0.1:8000"))

    def handle(self, *args, **options) -> None:
        addr = options["addrport"]
        try:  # say so and stop (exit 1) before announcing anything, rather than serve 500s
            connection.ensure_connection()
        except OperationalError as exc:
            reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise CommandError(
                f"数据库无法连接 database unreachable ({connection.vendor}): {reason}. "
                "Check DATABASE_URL and that the database server is running."
            ) from None
        console = Console()
        console.print(f"\n[bold green]青山 Qingshan[/] 已启动 running at [bold]http://{addr}/[/]")
        console.print(
            f"演示登录 demo login: [bold]office[/] / [bold]{DEMO_PASSWORD}[/] (协调办 coordinating office); "
            f"admin / {DEMO_PASSWORD}; sthj, fgw, dongqu, leader, monitor, enforce\n"
        )
        call_command("runserver", addr, use_reloader=False, skip_checks=True)
