"""Reads of the dispatch app (调度): reporting periods, overdue reports and tasks, the on-time ranking, a unit's
report rows. Nothing here writes."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

from django.db.models import Min, QuerySet
from django.utils import timezone
from django.utils.translation import gettext_noop

from qingshan.core.access import Actor
from qingshan.core.panels import Panel
from qingshan.core.roles import Role
from qingshan.ledger import scope as ledger_scope
from qingshan.ledger.models import Plan, Task, TaskAssignment
from qingshan.orgs.models import Unit

from . import scope
from .models import ProgressReport, ReportingSchedule

#: (pattern in the plan's text, months, what to tell the office) — the first match sets the cadence.
CADENCE_WORDS = [
    (re.compile(r"每(个)?月.{0,8}(调度|报送|通报)|按月(调度|报送)|月调度|月通报"), 1,
     gettext_noop("The plan asks for monthly reports")),
    (
        re.compile(r"每(个)?季度.{0,8}(调度|报送|通报)|按季(度)?(调度|报送)|季调度|季督查"),
        3,
        gettext_noop("The plan asks for quarterly reports"),
    ),
    (re.compile(r"每半年.{0,8}(调度|报送)|半年报"), 6, gettext_noop("The plan asks for half-yearly reports")),
]
#: Stored in English (the catalogue's msgid) and shown translated: ``{% translate schedule.basis %}``.
DEFAULT_CADENCE = (3, gettext_noop("The plan does not say how often to report: quarterly by default"))


def guess_cadence(text: str) -> tuple[int, str]:
    for pattern, months, basis in CADENCE_WORDS:
        if pattern.search(text or ""):
            return months, basis
    return DEFAULT_CADENCE


def default_schedule(plan: Plan) -> ReportingSchedule:
    """The schedule a plan gets when it is confirmed (unsaved): cadence read from the plan's text, reporting from
    the month the plan was confirmed on the platform (no report is owed for periods before the ledger existed) to
    the last task due date."""
    months, basis = guess_cadence(plan.source_text)
    started = (timezone.localdate(plan.confirmed_at) if plan.confirmed_at else timezone.localdate()).replace(day=1)
    last_due = (
        plan.tasks.exclude(due_date=None).order_by("-due_date").values_list("due_date", flat=True).first()
    )
    return ReportingSchedule(plan=plan, every_months=months, starts_on=started, ends_on=last_due, basis=basis)


def schedule_of(plan: Plan) -> ReportingSchedule:
    """The plan's stored schedule, or — until the confirmation's hook has stored it — the default one, computed
    and never written (a read never writes)."""
    try:
        return plan.schedule
    except ReportingSchedule.DoesNotExist:
        return default_schedule(plan)


@dataclass(frozen=True)
class Period:
    start: date
    end: date
    due: date

    @property
    def label(self) -> str:
        """The period as people say it, in the active language (2024年第1季度 / Q1 2024)."""
        from django.utils.translation import gettext as _

        y, m1, m2 = self.start.year, self.start.month, self.end.month
        if m1 == m2:
            return _("%(month)s/%(year)s") % {"year": y, "month": m1}
        if m2 - m1 == 2 and m1 % 3 == 1:
            return _("Q%(quarter)s %(year)s") % {"year": y, "quarter": (m1 - 1) // 3 + 1}
        return _("%(first)s–%(last)s/%(year)s") % {"year": y, "first": m1, "last": m2}


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
    for a in TaskAssignment.objects.filter(task__in=tasks, role=TaskAssignment.Role.LEAD, unit__isnull=False).select_related(
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
        for p in periods(schedule_of(task.plan), as_of):
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
    leads = TaskAssignment.objects.filter(task__in=tasks, role=TaskAssignment.Role.LEAD, unit__isnull=False).select_related(
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
        sch = schedule_of(r.task.plan)
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


@dataclass
class TaskRow:
    """One task of a unit on its reports page: the period now running and the last one due, with their reports."""

    task: Task
    current: Period
    current_report: ProgressReport | None
    last_due: Period | None
    last_report: ProgressReport | None
    overdue: int


def unit_task_rows(actor: Actor, today: date) -> list[TaskRow]:
    """A unit's tasks of confirmed plans (as lead or cooperating unit) with the period running, the last period
    due and its report, and how many periods it owes."""
    if not actor.unit_id:
        return []
    tasks = (
        ledger_scope.tasks_visible(actor)
        .filter(
            plan__status=Plan.Status.CONFIRMED,
            assignments__unit_id=actor.unit_id,
            assignments__role__in=list(TaskAssignment.Role),
        )
        .distinct()
        .select_related("plan__schedule")
    )
    listed = list(tasks)
    mine = {(r.task_id, r.period_start): r for r in scope.reports_visible(actor)}
    # overdue_reports reads the tasks again: by primary key, not through the scope's joins and DISTINCT
    by_pk = Task.objects.filter(pk__in=[t.pk for t in listed]).defer("plan__source_text")
    owed = [o for o in overdue_reports(by_pk, today) if o.unit.pk == actor.unit_id]
    rows = []
    for t in listed:
        sch = schedule_of(t.plan)
        current = period_for(sch, today)
        last_due = next((p for p in reversed(periods(sch, today)) if p.due < today), None)
        rows.append(
            TaskRow(
                task=t,
                current=current,
                current_report=mine.get((t.pk, current.start)),
                last_due=last_due,
                last_report=mine.get((t.pk, last_due.start)) if last_due else None,
                overdue=sum(1 for o in owed if o.task.pk == t.pk),
            )
        )
    return rows


def reports_awaiting_review(actor: Actor) -> QuerySet[ProgressReport]:
    return scope.reports_reviewable(actor).filter(status=ProgressReport.Status.SUBMITTED)


# --- notices (core.notices): what awaits a unit or the office in the dispatch app ---


def returned_and_waiting_notices(actor: Actor, today: date) -> list:
    """Cheap: a unit's returned reports (with the office's reason); the office's reports awaiting review."""
    from django.urls import reverse
    from django.utils.translation import gettext as _
    from django.utils.translation import ngettext

    from qingshan.core.notices import Notice

    out = []
    if actor.role == Role.UNIT and actor.unit_id:
        for r in scope.reports_visible(actor).filter(status=ProgressReport.Status.RETURNED).select_related("task"):
            out.append(Notice(
                "report_returned",
                _("Report returned: %(task)s %(period)s — %(reason)s") % {
                    "task": r.task.number, "period": f"{r.period_start:%Y-%m}", "reason": r.review_comment or "—"},
                reverse("dispatch:detail", args=[r.pk]), "action", timezone.localdate(r.reviewed_at) if r.reviewed_at else None,
            ))  # fmt: skip
    if actor.is_office:
        n = reports_awaiting_review(actor).count()
        if n:
            out.append(Notice("review", ngettext("%(n)s report awaits your review.", "%(n)s reports await your review.", n) % {"n": n},
                              reverse("dispatch:list") + "?status=submitted", "action"))  # fmt: skip
    return out


DUE_SOON_DAYS = 7


def due_notices(actor: Actor, today: date) -> list:
    """A unit's reports due within a week (a period whose due date is in the next 7 days, not yet filed) and the
    periods it owes."""
    from datetime import timedelta

    from django.urls import reverse
    from django.utils.translation import gettext as _
    from django.utils.translation import ngettext

    from qingshan.core.notices import Notice

    if actor.role != Role.UNIT or not actor.unit_id:
        return []
    soon = today + timedelta(days=DUE_SOON_DAYS)
    out = []
    rows = unit_task_rows(actor, today)
    filed = set(
        ProgressReport.objects.filter(task__in=[row.task.pk for row in rows], unit_id=actor.unit_id)
        .exclude(status=ProgressReport.Status.RETURNED)
        .values_list("task_id", "period_start")
    )
    for row in rows:
        t = row.task
        for p in periods(schedule_of(t.plan), soon):
            if today <= p.due <= soon and (t.pk, p.start) not in filed:
                out.append(Notice("report_due", _("Report due by %(due)s: %(task)s (%(period)s)") % {
                    "due": p.due.isoformat(), "task": t.number, "period": p.label},
                    reverse("dispatch:file", args=[t.pk]), "action", p.due))  # fmt: skip
        if row.overdue:
            out.append(Notice("report_overdue", ngettext("%(n)s report overdue: %(task)s", "%(n)s reports overdue: %(task)s", row.overdue) % {
                              "n": row.overdue, "task": t.number}, reverse("dispatch:file", args=[t.pk]), "warning",
                              row.last_due.due if row.last_due else None))  # fmt: skip
    return out


def report_to_refile(actor: Actor, task: Task) -> ProgressReport | None:
    """The unit's report on the task that it may still change: one returned (first), else one awaiting review."""
    if not actor.unit_id:
        return None
    mine = ProgressReport.objects.filter(task=task, unit_id=actor.unit_id).prefetch_related("figures")
    return (
        mine.filter(status=ProgressReport.Status.RETURNED).order_by("-period_start").first()
        or mine.filter(status=ProgressReport.Status.SUBMITTED).order_by("-period_start").first()
    )


def refile_initial(report: ProgressReport) -> dict:
    initial = {"period": report.period_start.isoformat(), "text": report.text, "marks_complete": report.marks_complete}
    for f in report.figures.all():
        initial[f"figure_{f.target_id}"] = f.value
        initial[f"figure_{f.target_id}_year"] = f.year
    return initial


def tasks_in_force(actor: Actor):
    """The tasks of confirmed plans the actor sees."""
    return ledger_scope.tasks_visible(actor).filter(plan__status=Plan.Status.CONFIRMED)


def task_reports_panel(actor: Actor, task: Task) -> Panel | None:
    """The task's page (``ledger.task``): its progress reports the viewer may see, and for a unit the task names,
    a way to file one (the walkthrough found units looking for it on their tasks, not under 调度)."""
    if actor.is_public:
        return None
    reports = list(scope.reports_visible(actor).filter(task=task).order_by("-period_start", "-submitted_at")[:24])
    can_file = bool(
        actor.role == Role.UNIT and actor.unit_id and not actor.read_only
        and task.plan.status == Plan.Status.CONFIRMED
        and task.assignments.filter(unit_id=actor.unit_id).exists()
    )  # fmt: skip
    if not reports and not can_file and task.plan.status != Plan.Status.CONFIRMED:
        return None  # (a task in force shows its panel, empty or not: the office looks there for what was reported)
    return Panel("dispatch/_task_panel.html", {"task": task, "reports": reports, "can_file": can_file})
