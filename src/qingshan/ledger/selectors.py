"""Reads of the ledger for other pages (panels, workbench)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from django.utils import timezone

from qingshan.core.access import Actor
from qingshan.core.panels import Panel
from qingshan.core.roles import Role
from qingshan.orgs.models import Unit

from . import scope

if TYPE_CHECKING:
    from .models import Task


def unit_tasks_panel(actor: Actor, unit: Unit) -> Panel:
    """The tasks of ``unit`` the viewer may see (the unit's page in the registry)."""
    tasks = scope.tasks_visible(actor).filter(assignments__unit=unit).distinct()[:200]
    return Panel("ledger/_unit_tasks_panel.html", {"tasks": tasks})


def draft_notices(actor: Actor, today):
    """Cheap: the office's drafts waiting to be reviewed and confirmed."""
    from django.urls import reverse
    from django.utils.translation import gettext as _

    from qingshan.core.notices import Notice

    from .models import Plan

    if not actor.is_office:
        return []
    return [
        Notice("draft", _("Draft to review and confirm: %(title)s (version %(v)s)") % {
            "title": p.display_title, "v": p.version}, reverse("ledger:plan-review", args=[p.pk]), "action",
            timezone.localdate(p.created_at))  # fmt: skip
        for p in scope.plans_editable(actor).filter(status=Plan.Status.DRAFT).order_by("-created_at")[:20]
    ]


def overdue_task_notices(actor: Actor, today):
    """A unit's lead tasks past their due date and not completed."""
    from django.urls import reverse
    from django.utils.translation import gettext as _

    from qingshan.core.notices import Notice

    from .models import Plan, Task, TaskAssignment

    if actor.role != Role.UNIT or not actor.unit_id:
        return []
    tasks = (
        scope.tasks_visible(actor)
        .filter(plan__status=Plan.Status.CONFIRMED, due_date__lt=today,
                assignments__unit_id=actor.unit_id, assignments__role=TaskAssignment.Role.LEAD)  # fmt: skip
        .exclude(status=Task.Status.COMPLETED)
        .distinct()
        .order_by("due_date")
    )
    return [
        # (the due date follows the text, as every notice's date does: the text no longer repeats it — walkthrough)
        Notice("task_overdue", _("Task past its due date: %(task)s") % {"task": f"{t.number} {_brief(t)}"},
               reverse("ledger:task-detail", args=[t.pk]), "warning", t.due_date)  # fmt: skip
        for t in tasks[:50]
    ]


def _brief(task: Task) -> str:
    """A task's heading, or the start of its text marked as cut ("…") when it is cut."""
    if task.heading:
        return task.heading
    return task.text if len(task.text) <= 30 else task.text[:30] + "…"


@dataclass
class LedgerFilter:
    plan: int | None = None
    unit: int | None = None
    status: str = ""
    overdue: bool = False
    q: str = ""

    @classmethod
    def from_query(cls, get) -> LedgerFilter:
        def num(name):
            raw = get.get(name, "")
            return int(raw) if raw.isdigit() else None

        return cls(num("plan"), num("unit"), get.get("status", ""), get.get("overdue") == "1", get.get("q", "")[:50])


def city_ledger(actor: Actor, f: LedgerFilter, today):
    """Tasks of the plans in force the actor sees, filtered; and the choices for the filters."""
    from django.db.models import Q

    from .models import Plan, Task, TaskAssignment

    plans = scope.plans_visible(actor).filter(status=Plan.Status.CONFIRMED).order_by("-issued_on", "title")
    tasks = scope.tasks_visible(actor).filter(plan__status=Plan.Status.CONFIRMED)
    if f.plan:
        tasks = tasks.filter(plan_id=f.plan)
    if f.unit:
        tasks = tasks.filter(assignments__unit_id=f.unit).distinct()
    if f.status in Task.Status.values:
        tasks = tasks.filter(status=f.status)
    if f.overdue:
        tasks = tasks.filter(due_date__lt=today).exclude(status=Task.Status.COMPLETED)
    if f.q:
        tasks = tasks.filter(Q(text__icontains=f.q) | Q(heading__icontains=f.q) | Q(number__icontains=f.q))
    tasks = tasks.select_related("plan").prefetch_related("assignments__unit", "targets").order_by(
        "plan__issued_on", "plan_id", "order"
    )
    units = Unit.objects.filter(
        pk__in=TaskAssignment.objects.filter(task__plan__in=plans, role__in=[TaskAssignment.Role.LEAD,
                                             TaskAssignment.Role.COOPERATING]).values("unit_id")  # fmt: skip
    ).order_by("name")
    if actor.role == Role.UNIT:
        units = units.filter(pk=actor.unit_id)
    return tasks, {"plans": plans, "units": units, "statuses": Task.Status.choices}
