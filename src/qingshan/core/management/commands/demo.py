from __future__ import annotations

from django.core.management.base import BaseCommand
from rich.console import Console

from qingshan.core import demo
from qingshan.orgs.services import load_registry


class Command(BaseCommand):
    help = "Load the demo: the organisations of the five seed cities, their plans, the Beijing air data, synthetic water data, demo users."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--skip-air", action="store_true", help="Do not load the Beijing air data.")
        parser.add_argument(
            "--skip-water", action="store_true", help="Do not load the synthetic surface-water demo."
        )

    def handle(self, *args, **options) -> None:
        console = Console()
        counts = load_registry()
        console.print(
            f"[green]✓[/] 组织机构 organisations: {counts['divisions']} divisions, {counts['units']} units"
        )
        for step in demo.extra_steps(skip_air=options["skip_air"], skip_water=options["skip_water"]):
            console.print(step(console))
        users = demo.create_demo_users()
        console.print(f"[green]✓[/] 演示账号 demo users: {', '.join(users)} (password {demo.DEMO_PASSWORD})")
