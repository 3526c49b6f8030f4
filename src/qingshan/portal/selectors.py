"""What the home page shows: counts of the plans and tasks the viewer may see, and the registry's size."""

from __future__ import annotations

from qingshan.core.access import Actor
from qingshan.ledger import scope as ledger_scope
from qingshan.orgs.models import Division, Unit


def home_context(actor: Actor) -> dict:
    plans = ledger_scope.plans_visible(actor)
    tasks = ledger_scope.tasks_visible(actor)
    context = {
        "plans": plans[:10],
        "plan_count": plans.count(),
        "task_count": tasks.count(),
        "city_count": Division.objects.filter(level=Division.Level.CITY).count(),
        "unit_count": Unit.objects.count(),
    }
    if actor.unit_id:
        context["my_task_count"] = tasks.filter(assignments__unit_id=actor.unit_id).distinct().count()
    return context
