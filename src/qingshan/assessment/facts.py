"""The facts an assessment is scored on, read from the ledger, the progress reports, the target statuses, the
rectification ledger, the notices and the air and water figures (reads only; :mod:`rules` scores them).

Who is assessed: the city's counties, districts and zones (their people's governments and committees), always;
and every other unit of the city that leads a task of a confirmed plan or a rectification item, received a notice
in the year, or has a manual score.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta

from django.db.models import Q

from qingshan.air import selectors as air
from qingshan.dispatch import selectors as dispatch
from qingshan.ledger.models import Plan, PlanTarget, Task, TaskAssignment
from qingshan.orgs.models import Division, Unit
from qingshan.supervision import selectors as sup
from qingshan.supervision.bulletin import air_figures
from qingshan.supervision.models import Notice, Rectification

from . import rules as R
from .models import ManualScore, Objection, Scheme

COUNTY_KINDS = (Unit.Kind.GOVERNMENT, Unit.Kind.ZONE_COMMITTEE)


def unit_kind(unit: Unit) -> str:
    return "county" if unit.kind in COUNTY_KINDS and unit.division.level != Division.Level.CITY else "department"


def period(scheme: Scheme, as_of: date) -> tuple[date, date]:
    return date(scheme.year, 1, 1), min(date(scheme.year, 12, 31), as_of)


def _task_label(t: Task) -> str:
    return f"{t.number} {(t.heading or t.text)[:40]}".strip()


def task_facts(city: Division, start: date, end: date) -> tuple[dict, dict, dict]:
    """Overdue tasks, overdue reports and lagging targets per lead unit."""
    from qingshan.targets import status as target_status
    from qingshan.targets.rules import Status

    tasks = Task.objects.filter(plan__division_id__in=city.descendant_ids(), plan__status=Plan.Status.CONFIRMED)
    leads: dict[int, list[int]] = defaultdict(list)
    for tid, uid in TaskAssignment.objects.filter(task__in=tasks, role="lead", unit__isnull=False).values_list(
        "task_id", "unit_id"
    ):
        leads[tid].append(uid)
    done = dispatch.completion_dates(tasks.filter(status=Task.Status.COMPLETED))
    overdue: dict[int, list[R.Record]] = defaultdict(list)
    for t in tasks.filter(due_date__lte=end).select_related("plan"):
        finished = done.get(t.pk)
        if finished is None and t.status == Task.Status.COMPLETED:
            finished = t.due_date  # completed, but when is not recorded: taken as on time
        # still open at the end of the period, or completed after its due date within the period
        if finished is None or finished > end:
            detail = ("task_open", f"{t.due_date}")  # worded when shown (details.detail_text)
        elif finished > t.due_date and finished >= start:
            detail = ("task_done", f"{t.due_date}", f"{finished}")
        else:
            continue
        for uid in leads.get(t.pk, []):
            overdue[uid].append(R.Record("task", str(t.pk), _task_label(t), detail))
    reports: dict[int, list[R.Record]] = defaultdict(list)
    for o in dispatch.overdue_reports(tasks, end + timedelta(days=1)):
        if o.period.due < start:
            continue
        detail = ("report_returned" if o.returned else "report_due", f"{o.period.due}")
        reports[o.unit.pk].append(
            R.Record("report", f"{o.task.pk}:{o.period.start}", f"{o.task.number} {o.period.label}", detail)
        )
    targets: dict[int, list[R.Record]] = defaultdict(list)
    statuses = target_status.evaluate(PlanTarget.objects.filter(plan__in=tasks.values("plan")), end)
    for s in statuses:
        if s.status not in (Status.MISSED, Status.OFF_TRACK) or s.target.task_id is None:
            continue
        label = f"{s.target.indicator} {s.target.comparator} {s.target.value if s.target.value is not None else ''}{s.target.unit}"
        for uid in leads.get(s.target.task_id, []):
            targets[uid].append(R.Record("target", str(s.target.pk), label.strip(), ("target", str(s.status))))
    return overdue, reports, targets


def rectification_facts(city: Division, end: date) -> dict[int, list[R.Record]]:
    """Items due by the end of the period and not accepted by then (state read from their events), per lead unit."""
    items = Rectification.objects.filter(division=city, due_date__lte=end).exclude(
        deadline_kind=Rectification.DeadlineKind.LONG_TERM
    )
    states = sup.states_as_of(items, end)
    S = Rectification.Status
    out: dict[int, list[R.Record]] = defaultdict(list)
    for item in items.prefetch_related("units"):
        state = states.get(item.pk)
        if state not in (S.PENDING, S.IN_PROGRESS, S.APPLIED):
            continue
        detail = ("rectification", f"{item.due_date}", str(state))
        rec = R.Record("rectification", str(item.pk), f"{item.number} {item.problem[:40]}".strip(), detail)
        for u in item.units.all():
            if u.role == "lead" and u.unit_id:
                out[u.unit_id].append(rec)
    return out


def notice_facts(city: Division, start: date, end: date) -> dict[int, list[R.NoticeFact]]:
    out: dict[int, list[R.NoticeFact]] = defaultdict(list)
    for e in sup.rung_events(Notice.objects.filter(division=city), start, end):
        rec = R.Record("notice", str(e.notice_id), e.notice.title[:60], f"{e.at:%Y-%m-%d}")
        out[e.notice.unit_id].append(R.NoticeFact(e.rung, rec))
    return out


def air_fact(county: Division, year: int, end: date) -> R.AirFact | None:
    st = air.area_stations(county)
    if not st.station_ids or st.year_offset:  # a county is judged on its own stations only
        return None
    cur = air_figures(air.area_year_stats(st, year, end), year)
    try:
        prev_end = end.replace(year=year - 1)
    except ValueError:
        prev_end = end.replace(year=year - 1, day=28)
    prev = air_figures(air.area_year_stats(st, year - 1, prev_end), year - 1)
    if not cur:
        return None
    rec = R.Record("air", str(county.pk), county.name, f"{date(year, 1, 1)} – {end}")
    return R.AirFact(cur["composite"], prev["composite"] if prev else None, rec, cur["composite_valid"])


def water_facts(county: Division, year: int, end: date) -> tuple[R.WaterFact, ...]:
    from qingshan.standards import gb3838
    from qingshan.water import evaluation as water
    from qingshan.water.models import WaterMonthly, WaterSection

    sections = list(WaterSection.objects.filter(division_id__in=county.descendant_ids()).select_related("division"))
    if not sections:
        return ()
    last = (
        WaterMonthly.objects.filter(section__in=sections, month__year=year, month__lte=end)
        .order_by("-month")
        .values_list("month", flat=True)
        .first()
    )
    if last is None:
        return ()
    out = []
    for r in water.section_rows(sections, last):
        if not r.ytd_class or not r.section.target_class:
            continue
        detail = f"{gb3838.class_name(r.ytd_class)} / {gb3838.class_name(r.section.target_class)}"
        out.append(R.WaterFact(r.ytd_meets_target, R.Record("water", str(r.section.pk), r.section.name, detail)))
    return tuple(out)


def gather(scheme: Scheme, as_of: date) -> list[R.Facts]:
    """Every assessed unit's facts for the scheme's year up to ``as_of``."""
    city = scheme.division
    start, end = period(scheme, as_of)
    area = city.descendant_ids()
    overdue, reports, targets = task_facts(city, start, end)
    rects = rectification_facts(city, end)
    notices = notice_facts(city, start, end)
    manual: dict[int, list[R.Scored]] = defaultdict(list)
    for m in ManualScore.objects.filter(item__scheme=scheme).select_related("item"):
        manual[m.unit_id].append(R.Scored(m.item.code, m.points, R.Record("manual", str(m.pk), m.item.name, m.reason)))
    adjustments: dict[int, list[R.Scored]] = defaultdict(list)
    for o in Objection.objects.filter(sheet__run__scheme=scheme, status=Objection.Status.UPHELD).select_related("sheet"):
        adjustments[o.sheet.unit_id].append(
            R.Scored(o.item_code, o.adjustment or 0.0, R.Record("objection", str(o.pk), o.item_code, o.text[:60]))
        )
    named = set(overdue) | set(reports) | set(targets) | set(rects) | set(notices) | set(manual)
    leading = TaskAssignment.objects.filter(
        task__plan__division_id__in=area, task__plan__status=Plan.Status.CONFIRMED, role="lead"
    ).values("unit_id")
    units = (
        Unit.objects.filter(division_id__in=area)
        .filter(
            Q(kind__in=COUNTY_KINDS, division__level__in=[Division.Level.COUNTY, Division.Level.ZONE])
            | Q(pk__in=named)
            | Q(pk__in=leading)
            | Q(rectification_roles__role="lead", rectification_roles__rectification__division=city)
        )
        .exclude(kind=Unit.Kind.GROUP)
        .select_related("division")
        .distinct()
        .order_by("name")
    )
    facts = []
    for u in units:
        kind = unit_kind(u)
        facts.append(
            R.Facts(
                unit_id=u.pk,
                name=u.name,
                kind=kind,
                overdue_tasks=tuple(overdue.get(u.pk, ())),
                overdue_reports=tuple(reports.get(u.pk, ())),
                lagging_targets=tuple(targets.get(u.pk, ())),
                lagging_rectifications=tuple(rects.get(u.pk, ())),
                notices=tuple(notices.get(u.pk, ())),
                air=air_fact(u.division, scheme.year, end) if kind == "county" else None,
                water=water_facts(u.division, scheme.year, end) if kind == "county" else (),
                manual=tuple(manual.get(u.pk, ())),
                adjustments=tuple(adjustments.get(u.pk, ())),
            )
        )
    return facts
