"""Writes of the dispatch app (调度): the reporting schedule a confirmed plan gets, filing a report, reviewing it
(through ``dispatch/workflow.py``). Reads live in ``selectors.py``."""

from __future__ import annotations

from datetime import date

from django.db import transaction
from django.utils import timezone

from qingshan.core.access import Actor
from qingshan.core.errors import Conflict, DomainError, Forbidden
from qingshan.core.workflow import record_created, transition
from qingshan.ledger.errors import LedgerError
from qingshan.ledger.models import Plan, PlanTarget, Task

from .errors import DispatchError
from .models import ProgressReport, ReportAttachment, ReportedFigure, ReportingSchedule
from .selectors import default_schedule, period_for, schedule_of
from .workflow import REPORT_FLOW


def ensure_schedule(plan: Plan) -> ReportingSchedule:
    """Store the plan's reporting schedule (idempotent). Runs when a plan's confirmation commits
    (``DispatchConfig.ready`` subscribes to ``core.workflow.committed``); the office changes it afterwards."""
    sch = default_schedule(plan)
    stored, _created = ReportingSchedule.objects.get_or_create(
        plan=plan,
        defaults={
            "every_months": sch.every_months,
            "starts_on": sch.starts_on,
            "ends_on": sch.ends_on,
            "basis": sch.basis,
        },
    )
    return stored


def on_plan_committed(sender, obj, transition, context, **kwargs) -> None:
    """A confirmation committed: store the schedule, and move the reports of unchanged tasks of the superseded
    version to their successors (``context["carried"]``, computed by ``ledger.lineage``)."""
    if transition.action == "confirm":
        with transaction.atomic():
            ensure_schedule(obj)
            carry_reports(context.get("carried") or {})


def _target_key(t: PlanTarget) -> tuple:
    return (t.indicator, t.comparator, t.value, t.value_max, t.year)


def carry_reports(mapping: dict[int, int]) -> int:
    """Reports of each old task move to its unchanged successor, their figures to the successor's matching targets
    (same indicator, comparator, value and year). Returns the number of reports moved."""
    moved = 0
    for report in ProgressReport.objects.filter(task_id__in=list(mapping)).prefetch_related("figures__target"):
        new_task_id = mapping[report.task_id]
        targets = {_target_key(t): t for t in PlanTarget.objects.filter(task_id=new_task_id)}
        report.task_id = new_task_id
        report.save(update_fields=["task"])
        for f in report.figures.all():
            successor = targets.get(_target_key(f.target))
            if successor is not None:
                f.target = successor
                f.save(update_fields=["target"])
        moved += 1
    return moved


@transaction.atomic
def file_report(
    actor: Actor,
    *,
    task: Task,
    period_start: date,
    text: str,
    marks_complete: bool = False,
    figures: dict[PlanTarget, tuple[int, float]] | None = None,
    files=(),
) -> ProgressReport:
    """The actor's unit files its report for the period holding ``period_start`` — or corrects it while it waits for
    review, or files it again after a return (the ``resubmit`` transition). An accepted report is final. Figures are
    for targets of this task only. Refusals are coded (``dispatch.*``)."""
    if not actor.unit_id or actor.read_only:
        raise Forbidden(DispatchError.UNIT_ONLY)
    if task.plan.status != Plan.Status.CONFIRMED:
        raise Conflict(LedgerError.PLAN_NOT_CONFIRMED, status=task.plan.get_status_display())
    # Lead, cooperating and implementing units (各县(区)政府 bound to every task) report on their part; the lead
    # units owe a report each period (selectors.overdue_reports), the others report when they have progress.
    if not task.assignments.filter(unit_id=actor.unit_id).exists():
        raise Forbidden(DispatchError.NOT_RESPONSIBLE, field="task")
    text = (text or "").strip()
    if not text:
        raise DomainError(DispatchError.TEXT_REQUIRED, field="text")
    for target in figures or {}:
        if target.task_id != task.pk:
            raise DomainError(DispatchError.TARGET_NOT_OF_TASK, field="figures", target=target.pk)
    p = period_for(schedule_of(task.plan), period_start)
    report = (
        ProgressReport.objects.select_for_update()
        .filter(task=task, unit_id=actor.unit_id, period_start=p.start)
        .first()
    )
    if report and report.status == ProgressReport.Status.ACCEPTED:
        raise Conflict(DispatchError.ALREADY_ACCEPTED, field="period_start", period=p.label)
    if report is None:
        report = ProgressReport(
            task=task,
            unit_id=actor.unit_id,
            period_start=p.start,
            period_end=p.end,
            submitted_by_id=actor.user_id,
            submitted_at=timezone.now(),
        )
        created = True
    else:
        created = False
    report.text = text
    report.marks_complete = marks_complete
    if created:
        report.full_clean(exclude=["submitted_by", "reviewed_by", "task", "unit"])
        report.save()
        record_created(REPORT_FLOW, report, actor, "submit")
    else:
        report.save(update_fields=["text", "marks_complete"])
        if report.status == ProgressReport.Status.RETURNED:
            report = transition(REPORT_FLOW, report, "resubmit", actor)
    for target, (year, value) in (figures or {}).items():
        ReportedFigure.objects.update_or_create(
            report=report, target=target, defaults={"year": year, "value": value}
        )
    for f in files:
        att = ReportAttachment(report=report, file=f, name=f.name[:200], size=f.size or 0)
        att.full_clean()
        att.save()
    return report


def review_report(report: ProgressReport, actor: Actor, accept: bool, comment: str = "") -> ProgressReport:
    """The office accepts (its figures then count; a 'complete' report completes the task) or returns a report
    (a return needs a comment saying what to fix): one transition of ``REPORT_FLOW``."""
    return transition(REPORT_FLOW, report, "accept" if accept else "return", actor, comment=comment)
