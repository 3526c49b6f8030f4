"""What the home page shows: for the public, the published plans; for a signed-in person, a workbench — what awaits
them (``core.notices``), their unit's tasks, links to the work of their role."""

from __future__ import annotations

from datetime import date

from qingshan.core.access import Actor
from qingshan.core.notices import cached_notices
from qingshan.ledger import scope as ledger_scope
from qingshan.ledger.models import Plan
from qingshan.orgs import scope as orgs_scope
from qingshan.orgs.models import Division, Unit


def home_context(actor: Actor, today: date) -> dict:
    plans = ledger_scope.plans_visible(actor)
    official = plans.filter(status=Plan.Status.CONFIRMED)
    tasks = ledger_scope.tasks_visible(actor).filter(plan__status=Plan.Status.CONFIRMED)
    context = {
        "plans": (plans if actor.is_office else official).select_related("division")[:10],
        "plan_count": official.count(),
        # the office's list holds its drafts too: the count of them stands beside that of confirmed plans
        "draft_count": plans.filter(status=Plan.Status.DRAFT).count() if actor.is_office else None,
        "task_count": tasks.count(),
        # A signed-in person counts the units the unit list shows them (their city's: walkthrough, 攀枝花's office saw
        # every city's 159, and 东区's card said 1 over a list of 38); the public sees what the platform holds.
        "unit_count": (orgs_scope.units_visible(actor) if not actor.is_public else Unit.objects).count(),
        "city_count": None if actor.area_ids else Division.objects.filter(level=Division.Level.CITY).count(),
    }
    if actor.user_id is not None or actor.is_superuser:
        context["notices"] = cached_notices(actor, today)[:12]
    if actor.unit_id:
        context["my_task_count"] = tasks.filter(assignments__unit_id=actor.unit_id).distinct().count()
        context["my_unit"] = Unit.objects.filter(pk=actor.unit_id).select_related("division").first()
    return context


def all_notices(actor: Actor, today: date) -> list:
    return cached_notices(actor, today)
