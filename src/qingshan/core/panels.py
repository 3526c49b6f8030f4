"""Panels: a page of a lower app shows what the apps above it register for it, without importing them (the layers
hold: ``orgs`` shows a unit's tasks, which ``ledger`` provides).

An app registers in ``AppConfig.ready``::

    panels.register("orgs.unit", unit_tasks_panel, order=10)

where ``unit_tasks_panel(actor, obj) -> Panel | None``; the page renders each panel's template with its context.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .access import Actor


@dataclass
class Panel:
    template: str
    context: dict[str, Any] = field(default_factory=dict)


_PANELS: dict[str, list[tuple[int, Callable[[Actor, Any], Panel | None]]]] = defaultdict(list)


def register(page: str, provider: Callable[[Actor, Any], Panel | None], order: int = 50) -> None:
    if all(p is not provider for _o, p in _PANELS[page]):
        _PANELS[page].append((order, provider))
        _PANELS[page].sort(key=lambda x: x[0])


def panels_for(page: str, actor: Actor, obj: Any = None) -> list[Panel]:
    out = []
    for _order, provider in _PANELS[page]:
        panel = provider(actor, obj)
        if panel is not None:
            out.append(panel)
    return out
