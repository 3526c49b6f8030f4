"""Demo plans: the five seed plans shipped with the project, read by the plan reader and confirmed."""

from __future__ import annotations

from rich.console import Console

from .services import load_seed_plans


def load_demo_plans(console: Console) -> str:
    with console.status("读取五份实施方案 reading the five seed plans…"):
        plans = load_seed_plans()
    tasks = sum(p.tasks.count() for p in plans)
    targets = sum(p.targets.count() for p in plans)
    return f"[green]✓[/] 实施方案 plans: {len(plans)} confirmed, {tasks} tasks, {targets} targets"
