"""The workflows of the ledger, as tables (see ``core.workflow``).

Plan (实施方案)::

    from        action     to          who
    draft       confirm    confirmed   the office of the plan's area      (supersedes the version in force; refused
                                                                          when the draft revises an older version)
    draft       withdraw   withdrawn   the office of the plan's area      (reason required)
    confirmed   supersede  superseded  the platform, when a revision is confirmed
    confirmed   archive    archived    the office of the plan's area      (reason required)

Task (任务)::

    from                      action    to           who
    not_started               start     in_progress  its lead unit, or the office of its plan's area
    not_started, in_progress  complete  completed    the office (directly, or by accepting a "complete" report)
    completed                 reopen    in_progress  the office (reason required)

Units act only on tasks of a confirmed plan.
"""

from __future__ import annotations

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from qingshan.core.access import Actor
from qingshan.core.errors import Conflict
from qingshan.core.roles import Role
from qingshan.core.workflow import SYSTEM, Transition, Workflow, transition

from . import lineage
from .errors import LedgerError
from .models import Plan, PlanEvent, Task, TaskAssignment, TaskEvent

S = Plan.Status
T = Task.Status


def office_of_plan(actor: Actor, plan: Plan) -> bool:
    return actor.is_office and not actor.read_only and actor.in_area(plan.division_id)


def platform_only(actor: Actor, plan: Plan) -> bool:
    return actor is SYSTEM


def office_of_task(actor: Actor, task: Task) -> bool:
    return actor.is_office and not actor.read_only and actor.in_area(task.plan.division_id)


def lead_or_office(actor: Actor, task: Task) -> bool:
    if office_of_task(actor, task):
        return True
    return (
        actor.role == Role.UNIT
        and actor.unit_id is not None
        and task.assignments.filter(unit_id=actor.unit_id, role=TaskAssignment.Role.LEAD).exists()
    )


def _confirm(plan: Plan, actor: Actor, context: dict) -> None:
    """One ledger in force per lineage: the version in force is superseded in the same transaction, and what
    people did on its unchanged tasks moves to this version (``ledger.lineage``); the mapping goes to the commit
    hooks (``context["carried"]``: old task id → new task id) for reports and target links."""
    plan.confirmed_at = timezone.now()
    if context.get("publish"):
        plan.published = True
    carried: dict[int, int] = {}
    for old in in_force_versions(plan):
        transition(PLAN_FLOW, old, "supersede", SYSTEM, comment=str(_("Superseded by a confirmed revision.")))
        mapping = lineage.unchanged_tasks(old, plan)
        lineage.carry_tasks(mapping, actor.user_id)
        carried.update(mapping)
        context.setdefault("superseded", []).append(old.pk)
        plan.published = plan.published or old.published
    context["carried"] = carried


def in_force_versions(plan: Plan) -> list[Plan]:
    """Confirmed versions of ``plan``'s lineage other than itself (also along ``revision_of`` for plans stored
    before lineages existed)."""
    found: dict[int, Plan] = {}
    if plan.lineage_id:
        for p in Plan.objects.filter(lineage_id=plan.lineage_id, status=S.CONFIRMED).exclude(pk=plan.pk):
            found[p.pk] = p
    node, seen = plan.revision_of, {plan.pk}
    while node is not None and node.pk not in seen:
        seen.add(node.pk)
        if node.status == S.CONFIRMED:
            found[node.pk] = node
        node = node.revision_of
    return list(found.values())


def _revises_version_in_force(plan: Plan, actor: Actor, context: dict) -> None:
    """Two drafts revising one plan: once one is confirmed, the other still revises the version it superseded, and
    confirming it would silently undo the first (its tasks would be carried from a version it never saw)."""
    current = lineage.stale_base(plan)
    if current is not None:
        base = plan.revision_of
        raise Conflict(LedgerError.STALE_REVISION, version=current.version, base=base.version if base else "—")


def _in_force(task: Task) -> bool:
    return task.plan.status == S.CONFIRMED


def _plan_confirmed(task: Task, actor: Actor, context: dict) -> None:
    if task.plan.status != S.CONFIRMED:
        raise Conflict(LedgerError.PLAN_NOT_CONFIRMED, status=task.plan.get_status_display())


PLAN_FLOW = Workflow(
    model=Plan,
    event_model=PlanEvent,
    event_fk="plan",
    transitions=[
        Transition(S.DRAFT, "confirm", S.CONFIRMED, office_of_plan, _("Confirm as the official ledger"),
                   guard=_revises_version_in_force, apply=_confirm,
                   offered=lambda plan: lineage.stale_base(plan) is None),
        Transition(S.DRAFT, "withdraw", S.WITHDRAWN, office_of_plan, _("Withdraw the draft"),
                   comment_required=True),
        Transition(S.CONFIRMED, "supersede", S.SUPERSEDED, platform_only, _("Supersede")),
        Transition(S.CONFIRMED, "archive", S.ARCHIVED, office_of_plan, _("Archive (no longer in force)"),
                   comment_required=True),
    ],
)  # fmt: skip

TASK_FLOW = Workflow(
    model=Task,
    event_model=TaskEvent,
    event_fk="task",
    transitions=[
        # (offered only on a task in force: a draft's task page showed buttons that always failed — walkthrough)
        Transition(T.NOT_STARTED, "start", T.IN_PROGRESS, lead_or_office, _("Start"), guard=_plan_confirmed,
                   offered=_in_force),
        Transition((T.NOT_STARTED, T.IN_PROGRESS), "complete", T.COMPLETED, office_of_task, _("Mark complete"),
                   guard=_plan_confirmed, offered=_in_force),
        Transition(T.COMPLETED, "reopen", T.IN_PROGRESS, office_of_task, _("Reopen"), comment_required=True,
                   guard=_plan_confirmed, offered=_in_force),
    ],
)  # fmt: skip
