"""The office corrects its ledger in the app (no admin): plan details, tasks (text, number, deadline, lead and
cooperating units; add, delete, split, merge) and targets. Every change is kept in the records' history
(django-simple-history), so the audit trail says who changed what and when.

Only drafts and the version in force can be edited; a superseded, withdrawn or archived version is history.
"""

from __future__ import annotations

from datetime import date

from django.db import transaction
from django.db.models import F, Max

from qingshan.core.access import Actor
from qingshan.core.errors import Conflict, DomainError, Forbidden
from qingshan.orgs.models import Unit
from qingshan.planreader.dates import due_date as read_due_date

from . import scope
from .errors import LedgerError
from .models import Plan, PlanTarget, Task, TaskAssignment

EDITABLE = (Plan.Status.DRAFT, Plan.Status.CONFIRMED)
R = TaskAssignment.Role


def require_editable(actor: Actor, plan: Plan) -> None:
    if not scope.plans_editable(actor).filter(pk=plan.pk).exists():
        raise Forbidden(LedgerError.NOT_EDITABLE_HERE)
    if plan.status not in EDITABLE:
        raise Conflict(LedgerError.VERSION_IS_HISTORY, status=plan.get_status_display())


def plan_default_year(plan: Plan) -> int | None:
    from qingshan.planreader.dates import plan_end_year

    end = plan_end_year(plan.title, list(plan.targets.values_list("year", flat=True)))
    return end or (plan.issued_on.year if plan.issued_on else None)


def due_for(plan: Plan, deadline: str) -> date | None:
    """The due date a deadline as written gives (the plan's end when it gives none)."""
    year = plan_default_year(plan)
    return read_due_date(deadline, year) or (date(year, 12, 31) if year else None)


def set_units(task: Task, role: str, units: list[Unit], drop_unknown: frozenset[int] = frozenset()) -> None:
    """The task's units of one role become ``units``: kept assignments keep their text as written; new ones are the
    office's (their name as written is the registry's name); removed ones are deleted (with history). A name as
    written that the registry does not know stays unless its assignment is in ``drop_unknown``."""
    current = list(task.assignments.filter(role=role))
    wanted = {u.pk: u for u in units}
    for a in current:
        if a.unit_id is None:
            if a.pk in drop_unknown:
                a.delete()
        elif a.unit_id in wanted:
            wanted.pop(a.unit_id)
        else:
            a.delete()
    for unit in wanted.values():
        TaskAssignment.objects.create(task=task, unit=unit, role=role, raw_name=unit.name[:128])


@transaction.atomic
def save_task(actor: Actor, task: Task, fields: dict, lead: list[Unit] | None, cooperating: list[Unit] | None,
              due_changed_by_hand: bool = False, drop_unknown: frozenset[int] = frozenset()) -> Task:  # fmt: skip
    """Save the office's edit of a task. A changed 完成时限 re-computes the due date unless the office set the due
    date itself in the same edit."""
    require_editable(actor, task.plan)
    old_deadline = Task.objects.filter(pk=task.pk).values_list("deadline", flat=True).first()
    for name, value in fields.items():
        setattr(task, name, value)
    if task.pk is None or (old_deadline != task.deadline and not due_changed_by_hand):
        task.due_date = due_for(task.plan, task.deadline)
    task.save()
    if lead is not None:
        set_units(task, R.LEAD, lead, drop_unknown)
    if cooperating is not None:
        set_units(task, R.COOPERATING, cooperating, drop_unknown)
    return task


@transaction.atomic
def add_task(actor: Actor, plan: Plan, fields: dict, lead: list[Unit], cooperating: list[Unit]) -> Task:
    require_editable(actor, plan)
    order = (plan.tasks.aggregate(m=Max("order"))["m"] or 0) + 1
    task = Task(plan=plan, order=order)
    task = save_task(actor, task, fields, lead, cooperating)
    # A task the office adds binds the units the plan binds to every task (the implicit clause).
    implicit = TaskAssignment.objects.filter(task__plan=plan, role=R.IMPLICIT).values("unit_id", "raw_name").distinct()
    for a in implicit:
        TaskAssignment.objects.get_or_create(task=task, unit_id=a["unit_id"], role=R.IMPLICIT, raw_name=a["raw_name"])
    return task


@transaction.atomic
def delete_task(actor: Actor, task: Task) -> None:
    """A spurious task goes; one that units have reported on stays (merge it instead)."""
    require_editable(actor, task.plan)
    if task.reports.exists():
        raise Conflict(LedgerError.TASK_HAS_REPORTS, number=task.number)
    task.targets.update(task=None)
    for a in list(task.assignments.all()):
        a.delete()
    task.delete()


@transaction.atomic
def split_task(actor: Actor, task: Task, at: int, new_number: str) -> Task:
    """Split a task's text at character ``at``: the rest becomes a new task numbered ``new_number`` right after it,
    with the same units (the office then corrects either)."""
    require_editable(actor, task.plan)
    text = task.text
    if not 0 < at < len(text):
        raise DomainError(LedgerError.SPLIT_POSITION, field="at", length=len(text))
    new_number = new_number.strip()
    if not new_number or task.plan.tasks.filter(number=new_number).exists():
        raise DomainError(LedgerError.NUMBER_TAKEN, field="number", number=new_number or "—")
    head, rest = text[:at].rstrip(), text[at:].lstrip()
    task.text = head
    task.save(update_fields=["text"])
    task.plan.tasks.filter(order__gt=task.order).update(order=F("order") + 1)
    new = Task.objects.create(
        plan=task.plan, number=new_number[:32], text=rest, deadline=task.deadline, due_date=task.due_date,
        recurrence=task.recurrence, order=task.order + 1, units_written=task.units_written,
    )  # fmt: skip
    for a in task.assignments.all():
        TaskAssignment.objects.create(task=new, unit_id=a.unit_id, role=a.role, raw_name=a.raw_name)
    return new


@transaction.atomic
def merge_tasks(actor: Actor, into: Task, other: Task) -> Task:
    """Merge ``other`` into ``into``: text appended, units joined, its targets and reports moved; ``other`` goes."""
    require_editable(actor, into.plan)
    if other.plan_id != into.plan_id or other.pk == into.pk:
        raise DomainError(LedgerError.MERGE_OTHER_PLAN, field="other")
    into.text = f"{into.text}\n{other.text}".strip()
    into.save(update_fields=["text"])
    have = {(a.unit_id, a.role, a.raw_name) for a in into.assignments.all()}
    for a in other.assignments.all():
        if (a.unit_id, a.role, a.raw_name) not in have:
            TaskAssignment.objects.create(task=into, unit_id=a.unit_id, role=a.role, raw_name=a.raw_name)
    other.targets.update(task=into)
    for report in other.reports.all():
        if into.reports.filter(unit_id=report.unit_id, period_start=report.period_start).exists():
            raise Conflict(LedgerError.MERGE_REPORT_CLASH, number=other.number)
        report.task = into
        report.save(update_fields=["task"])
    for a in list(other.assignments.all()):
        a.delete()
    other.delete()
    return into


@transaction.atomic
def save_target(actor: Actor, target: PlanTarget) -> PlanTarget:
    require_editable(actor, target.plan)
    if target.task_id and target.task.plan_id != target.plan_id:
        raise DomainError(LedgerError.TARGET_TASK_OTHER_PLAN, field="task")
    target.save()
    return target


@transaction.atomic
def delete_target(actor: Actor, target: PlanTarget) -> None:
    require_editable(actor, target.plan)
    target.delete()


@transaction.atomic
def save_plan_details(actor: Actor, plan: Plan, fields: dict) -> Plan:
    require_editable(actor, plan)
    if "title" in fields and fields["title"] != plan.title:
        plan.title_doubtful = False  # a person has read the title
    for name, value in fields.items():
        setattr(plan, name, value)
    plan.save()
    return plan
