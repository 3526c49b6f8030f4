"""Which plans, tasks and targets an :class:`~qingshan.core.access.Actor` may read or change.

- The office, leaders, the monitoring centre and enforcement: every plan of their city (drafts included).
- A department or county user: the plans in which its unit holds a task (lead, cooperating or implicit) — the
  official versions only (confirmed, and the superseded or archived versions it worked on); drafts and withdrawn
  drafts are the office's working copies.
- The public: published, confirmed plans.
"""

from __future__ import annotations

from django.db.models import Q, QuerySet

from qingshan.core.access import Actor, in_area
from qingshan.core.roles import Role
from qingshan.orgs.models import Division

from .models import Plan, PlanTarget, Task, TaskAssignment

#: Versions a unit may see: never a draft.
OFFICIAL = (Plan.Status.CONFIRMED, Plan.Status.SUPERSEDED, Plan.Status.ARCHIVED)


def plans_visible(actor: Actor) -> QuerySet[Plan]:
    qs = Plan.objects.all()
    if actor.is_public:
        return qs.filter(published=True, status=Plan.Status.CONFIRMED)
    if actor.role == Role.UNIT:
        # a subquery, not a join with DISTINCT (which compared every plan's whole text to drop duplicates)
        held = TaskAssignment.objects.filter(unit_id=actor.unit_id).values("task__plan_id")
        return qs.filter(pk__in=held, status__in=OFFICIAL)
    return in_area(qs, actor)


def plans_editable(actor: Actor) -> QuerySet[Plan]:
    if not actor.is_office or actor.read_only:
        return Plan.objects.none()
    return plans_visible(actor)


def tasks_visible(actor: Actor) -> QuerySet[Task]:
    # The plan's whole document text is not needed beside each task (and dominated the lists' queries).
    qs = Task.objects.select_related("plan").defer("plan__source_text")
    if actor.is_public:
        return qs.filter(plan__published=True, plan__status=Plan.Status.CONFIRMED)
    if actor.role == Role.UNIT:
        held = TaskAssignment.objects.filter(unit_id=actor.unit_id).values("task_id")
        return qs.filter(pk__in=held, plan__status__in=OFFICIAL)
    return in_area(qs, actor, "plan__division")


def tasks_editable(actor: Actor) -> QuerySet[Task]:
    """The office edits every task of its city; a unit updates the progress note of tasks it leads."""
    if actor.read_only:
        return Task.objects.none()
    if actor.is_office:
        return tasks_visible(actor)
    if actor.role == Role.UNIT:
        return Task.objects.filter(
            assignments__unit_id=actor.unit_id,
            assignments__role=TaskAssignment.Role.LEAD,
            plan__status=Plan.Status.CONFIRMED,
        ).distinct()
    return Task.objects.none()


#: Fields a lead unit may change on its own task; everything else is the office's (status: workflow actions).
UNIT_EDITABLE_TASK_FIELDS = frozenset({"progress_note"})


def targets_visible(actor: Actor) -> QuerySet[PlanTarget]:
    """Targets of the plans an actor sees; a unit sees the targets of its own tasks, and a county's unit those a city
    plan it takes part in sets for its county ("东区 PM2.5 ≤ 30", scope 东区, with or without a task)."""
    qs = PlanTarget.objects.select_related("task")
    if actor.role == Role.UNIT:
        own = Q(task__in=tasks_visible(actor))
        if actor.area_ids:
            own |= Q(plan__in=plans_visible(actor), scope__in=Division.names_of(actor.area_ids)) & ~Q(
                plan__division_id__in=actor.area_ids
            )
        return qs.filter(own)
    return qs.filter(plan__in=plans_visible(actor))


def targets_editable(actor: Actor) -> QuerySet[PlanTarget]:
    if not actor.is_office or actor.read_only:
        return PlanTarget.objects.none()
    return PlanTarget.objects.filter(plan__in=plans_visible(actor))
