"""Reads of the ledger for other pages (panels, workbench)."""

from __future__ import annotations

from qingshan.core.access import Actor
from qingshan.core.panels import Panel
from qingshan.orgs.models import Unit

from . import scope


def unit_tasks_panel(actor: Actor, unit: Unit) -> Panel:
    """The tasks of ``unit`` the viewer may see (the unit's page in the registry)."""
    tasks = scope.tasks_visible(actor).filter(assignments__unit=unit).distinct()[:200]
    return Panel("ledger/_unit_tasks_panel.html", {"tasks": tasks})
