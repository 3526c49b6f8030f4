"""Reporting periods, filing and reviewing reports, overdue flags and on-time ranking (调度)."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Min, QuerySet
from django.utils import timezone

from qingshan.ledger.models import Plan, PlanTarget, Task, TaskAssignment
from qingshan.orgs.models import Unit

from .models import ProgressReport, ReportAttachment, ReportedFigure, ReportingSchedule

#: (pattern in the plan's text, months, what to tell the office) — the first match sets the cadence.
CADENCE_WORDS = [
    (re.compile(r"每(个)?月.{0,8}(调度|报送|通报)|按月(调度|报送)|月调度|月通报"), 1, "方案要求按月调度"),
    (
        re.compile(r"每(个)?季度.{0,8}(调度|报送|通报)|按季(度)?(调度|报送)|季调度|季督查"),
        3,
        "方案要求按季调度",
    ),
    (re.compile(r"每半年.{0,8}(调度|报送)|半年报"), 6, "方案要求每半年报送"),
]
DEFAULT_CADENCE = (3, "方案未写明报送周期,默认按季度")


def guess_cadence(text: str) -> tuple[int, str]:
    for pattern, months, basis in CADENCE_WORDS:
        if pattern.search(text or ""):
            return months, basis
    return DEFAULT_CADENCE


def schedule_for(plan: Plan) -> ReportingSchedule:
    """The plan's schedule, created on first use: cadence read from the plan's text, reporting from the month the
    plan was confirmed on the platform (no report is owed for periods before the ledger existed) to the last task
    due date. The office changes any of it in the admin."""
    sch = getattr(plan, "schedule", None)
    if sch is not None:
        return sch
    months, basis = guess_cadence(plan.source_text)
    started = (plan.confirmed_at.date() if plan.confirmed_at else timezone.localdate()).replace(day=1)
    last_due = (
        plan.tasks.exclude(due_date=None).order_by("-due_date").values_list("due_date", flat=True).first()
    )
    sch, _ = ReportingSchedule.objects.get_or_create(
        plan=plan,
        defaults={"every_months": months, "starts_on": started, "ends_on": last_due, "basis": basis},
    )
    return sch


@dataclass(frozen=True)
class Period:
    start: date
    end: date
    due: date

    @property
    def label(self) -> str:
        if self.start.month == self.end.month:
            return f"{self.start:%Y}年{self.start.month}月"
        if self.end.month - self.start.month == 2 and self.start.month % 3 == 1:
            return f"{self.start:%Y}年第{(self.start.month - 1) // 3 + 1}季度"
        return f"{self.start:%Y}年{self.start.month}—{self.end.month}月"


def _add_months(d: date, n: int) -> date:
    y, m = divmod(d.month - 1 + n, 12)
    return date(d.year + y, m + 1, 1)


def periods(sch: ReportingSchedule, until: date) -> list[Period]:
    """Calendar-aligned periods (months, quarters, halves, years) from the one holding ``starts_on`` to the one
    holding ``min(until, ends_on)``."""
    k = sch.every_months
    first = date(sch.starts_on.year, ((sch.starts_on.month - 1) // k) * k + 1, 1)
    stop = min(until, sch.ends_on) if sch.ends_on else until
    out, start = [], first
    while start <= stop:
        nxt = _add_months(start, k)
        end = nxt - timedelta(days=1)
        out.append(Period(start, end, end + timedelta(days=sch.due_days)))
        start = nxt
    return out


def period_for(sch: ReportingSchedule, day: date) -> Period:
    k = sch.every_months
    start = date(day.year, ((day.month - 1) // k) * k + 1, 1)
    end = _add_months(start, k) - timedelta(days=1)
    return Period(start, end, end + timedelta(days=sch.due_days))


def completion_dates(tasks: QuerySet[Task]) -> dict[int, date]:
    """When each completed task was completed: its accepted 'complete' report, else the first time its record was
    saved as completed (the audit trail)."""
    out: dict[int, date] = {}
    for tid, when in (
        ProgressReport.objects.filter(
            task__in=tasks, marks_complete=True, status=ProgressReport.Status.ACCEPTED
        )
        .values_list("task_id")
        .annotate(first=Min("submitted_at"))
    ):
        out[tid] = timezone.localtime(when).date()
    hist = Task.history.model
    for tid, when in (
        hist.objects.filter(id__in=tasks.values("pk"), status=Task.Status.COMPLETED)
        .values_list("id")
        .annotate(first=Min("history_date"))
    ):
        out.setdefault(tid, timezone.localtime(when).date())
    return out


@dataclass
class OverdueReport:
    task: Task
    unit: Unit
    period: Period
    returned: bool  # a report was filed but returned and not filed again


def overdue_reports(tasks: QuerySet[Task], as_of: date) -> list[OverdueReport]:
    """Reports a lead unit owed by ``as_of`` (the period's due date has passed) and has not filed, or filed and had
    returned. A completed task owes nothing after the period it was completed in."""
    tasks = tasks.select_related("plan__schedule")
    leads: dict[int, list[Unit]] = defaultdict(list)
    for a in TaskAssignment.objects.filter(task__in=tasks, role="lead", unit__isnull=False).select_related(
        "unit"
    ):
        if a.unit not in leads[a.task_id]:
            leads[a.task_id].append(a.unit)
    filed: dict[tuple[int, int, date], str] = {
        (r.task_id, r.unit_id, r.period_start): r.status
        for r in ProgressReport.objects.filter(task__in=tasks).only(
            "task_id", "unit_id", "period_start", "status"
        )
    }
    done = completion_dates(tasks.filter(status=Task.Status.COMPLETED))
    out = []
    for task in tasks:
        if task.plan.status != Plan.Status.CONFIRMED or not leads.get(task.pk):
            continue
        for p in periods(schedule_for(task.plan), as_of):
            if p.due >= as_of:
                continue
            if task.pk in done and p.start > done[task.pk]:
                break
            for unit in leads[task.pk]:
                status = filed.get((task.pk, unit.pk, p.start))
                if status in (ProgressReport.Status.SUBMITTED, ProgressReport.Status.ACCEPTED):
                    continue
                out.append(OverdueReport(task, unit, p, status == ProgressReport.Status.RETURNED))
    return out


def overdue_tasks(tasks: QuerySet[Task], as_of: date) -> QuerySet[Task]:
    """Tasks past their due date and not completed."""
    return (
        tasks.filter(due_date__lt=as_of, plan__status=Plan.Status.CONFIRMED)
        .exclude(status=Task.Status.COMPLETED)
        .select_related("plan")
        .order_by("due_date", "plan_id", "order")
    )


@dataclass
class UnitScore:
    unit: Unit
    tasks_due: int = 0
    tasks_on_time: int = 0
    tasks_open: int = 0
    tasks_done: int = 0
    reports_due: int = 0
    reports_on_time: int = 0

    @property
    def on_time_rate(self) -> float | None:
        due = self.tasks_due + self.reports_due
        return None if not due else (self.tasks_on_time + self.reports_on_time) / due


def unit_ranking(tasks: QuerySet[Task], as_of: date) -> list[UnitScore]:
    """Lead units ranked by on-time completion: tasks due by ``as_of`` completed by their due date, and reports due
    filed by theirs (a returned report does not count as filed)."""
    tasks = tasks.select_related("plan")
    done = completion_dates(tasks.filter(status=Task.Status.COMPLETED))
    scores: dict[int, UnitScore] = {}
    leads = TaskAssignment.objects.filter(task__in=tasks, role="lead", unit__isnull=False).select_related(
        "unit", "task"
    )
    for a in leads:
        s = scores.setdefault(a.unit_id, UnitScore(a.unit))
        t = a.task
        if t.status == Task.Status.COMPLETED:
            s.tasks_done += 1
        else:
            s.tasks_open += 1
        if t.due_date and t.due_date < as_of:
            s.tasks_due += 1
            if t.pk in done and done[t.pk] <= t.due_date:
                s.tasks_on_time += 1
    owed = overdue_reports(tasks, as_of)
    for o in owed:
        scores.setdefault(o.unit.pk, UnitScore(o.unit)).reports_due += 1
    for r in (
        ProgressReport.objects.filter(task__in=tasks)
        .exclude(status=ProgressReport.Status.RETURNED)
        .select_related("task__plan__schedule")
    ):
        sch = schedule_for(r.task.plan)
        p = period_for(sch, r.period_start)
        if p.due >= as_of or r.unit_id not in scores:
            continue
        s = scores[r.unit_id]
        s.reports_due += 1
        if timezone.localtime(r.submitted_at).date() <= p.due:
            s.reports_on_time += 1
    ranked = sorted(
        scores.values(),
        key=lambda s: (s.on_time_rate is None, -(s.on_time_rate or 0), -s.tasks_done, s.unit.name),
    )
    return ranked


# --- filing and reviewing ----------------------------------------------------------------------------------


@transaction.atomic
def file_report(
    *,
    task: Task,
    unit: Unit,
    user,
    period_start: date,
    text: str,
    marks_complete: bool = False,
    figures: dict[PlanTarget, tuple[int, float]] | None = None,
    files=(),
) -> ProgressReport:
    """A unit files (or, after a return, files again) its report for the period holding ``period_start``.
    An accepted report is final. Figures are for targets of this task only."""
    if not task.assignments.filter(unit=unit).exclude(role="implicit").exists():
        raise ValidationError({"task": "本单位不是该任务的牵头或配合单位"})
    if not text.strip():
        raise ValidationError({"text": "请填写进展情况"})
    sch = schedule_for(task.plan)
    p = period_for(sch, period_start)
    report = ProgressReport.objects.filter(task=task, unit=unit, period_start=p.start).first()
    if report and report.status == ProgressReport.Status.ACCEPTED:
        raise ValidationError({"period_start": f"{p.label}的报告已被采纳,不能再改"})
    now = timezone.now()
    if report is None:
        report = ProgressReport(task=task, unit=unit, period_start=p.start, period_end=p.end)
    report.text = text.strip()
    report.marks_complete = marks_complete
    report.status = ProgressReport.Status.SUBMITTED
    report.submitted_by = user
    report.submitted_at = now
    report.full_clean(exclude=["submitted_by", "reviewed_by"])
    report.save()
    for target, (year, value) in (figures or {}).items():
        if target.task_id != task.pk:
            raise ValidationError({"figures": f"目标 {target.pk} 不属于该任务"})
        ReportedFigure.objects.update_or_create(
            report=report, target=target, defaults={"year": year, "value": value}
        )
    for f in files:
        att = ReportAttachment(report=report, file=f, name=f.name[:200], size=f.size or 0)
        att.full_clean()
        att.save()
    return report


@transaction.atomic
def review_report(report: ProgressReport, user, accept: bool, comment: str = "") -> ProgressReport:
    """The office accepts (its figures then count; a 'complete' report completes the task) or returns a report;
    a return needs a comment saying what to fix."""
    if report.status != ProgressReport.Status.SUBMITTED:
        raise ValidationError({"status": "只能审核待审核的报告"})
    if not accept and not comment.strip():
        raise ValidationError({"review_comment": "退回时请写明原因"})
    report.status = ProgressReport.Status.ACCEPTED if accept else ProgressReport.Status.RETURNED
    report.reviewed_by = user
    report.reviewed_at = timezone.now()
    report.review_comment = comment.strip()
    report.save()
    task = report.task
    if accept:
        new = (
            Task.Status.COMPLETED
            if report.marks_complete
            else (Task.Status.IN_PROGRESS if task.status == Task.Status.NOT_STARTED else task.status)
        )
        if new != task.status:
            task.status = new
            task.save(update_fields=["status"])
    return report
