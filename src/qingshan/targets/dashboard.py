"""What the leaders' dashboard (领导驾驶舱) shows for an area as of a date — built once for the page, the PDF
snapshot and the load test."""

from __future__ import annotations

import functools
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date

from django.db.models import Q

from qingshan.air import selectors as air
from qingshan.core.access import Actor
from qingshan.core.roles import Role
from qingshan.dispatch import selectors as dispatch
from qingshan.ledger import scope as ledger_scope
from qingshan.ledger.models import Plan, Task, TaskAssignment
from qingshan.orgs.models import Division
from qingshan.water import evaluation as water
from qingshan.water.models import WaterMonthly, WaterSection

from . import status as S
from .rules import SEVERITY, STATUS_COLOUR, status_label


def divisions_for(actor: Actor) -> list[Division]:
    """Cities with plans the actor sees, and their counties the actor's area covers."""
    plan_divs = set(ledger_scope.plans_visible(actor).values_list("division_id", flat=True))
    cities = Division.objects.filter(pk__in=plan_divs).order_by("code", "name")
    out = []
    for c in cities:
        if actor.area_ids is None or c.pk in actor.area_ids or actor.unit_id:
            out.append(c)
        for county in c.children.filter(level=Division.Level.COUNTY).order_by("code", "name"):
            if actor.area_ids is None or county.pk in actor.area_ids:
                out.append(county)
    return out


def default_division(actor: Actor, divisions: list[Division]) -> Division:
    """The area a viewer's dashboard opens on: a county user's own county, an office's city."""
    if actor.area_ids:
        # The top of the viewer's own area: its county (a county government), else its city.
        own = [d for d in divisions if d.pk in actor.area_ids and d.parent_id not in actor.area_ids]
        if actor.role == Role.UNIT and own:
            return own[0]
        city = next((d for d in own if d.level == Division.Level.CITY), None)
        if city:
            return city
    return divisions[0]


@dataclass
class UnitTasks:
    name: str
    unit_id: int
    not_started: int = 0
    in_progress: int = 0
    completed: int = 0
    overdue: int = 0

    @property
    def total(self) -> int:
        return self.not_started + self.in_progress + self.completed


@dataclass
class Dashboard:
    division: Division
    as_of: date
    statuses: list[S.TargetStatus]
    counts: dict[str, int]
    air: dict | None
    water: dict | None
    unit_tasks: list[UnitTasks]
    task_counts: dict[str, int]
    overdue_tasks: list[Task]
    overdue_task_count: int
    overdue_reports: list[dispatch.OverdueReport]
    overdue_report_count: int
    ranking: list[dispatch.UnitScore]
    notes: list[str] = field(default_factory=list)

    @property
    def board(self) -> list[S.TargetStatus]:
        order = {s: i for i, s in enumerate(SEVERITY)}
        return sorted(
            self.statuses, key=lambda s: (order[s.status], s.target.plan_id, s.target.span_start or 0)
        )

    @property
    def legend(self) -> list[tuple[str, str, str, int]]:
        return [(s.value, status_label(s), STATUS_COLOUR[s], self.counts.get(s.value, 0)) for s in SEVERITY]


def _headline_target(statuses: list[S.TargetStatus], code: str) -> S.TargetStatus | None:
    """The target of an indicator that decides the headline: the nearest target year at or after the figures'."""
    cands = [s for s in statuses if s.indicator and s.indicator.code == code]
    cands.sort(key=lambda s: (s.target.year or 9999, s.target.pk))
    return cands[0] if cands else None


def air_headline(division: Division, as_of: date, statuses: list[S.TargetStatus]) -> dict | None:
    st = air.area_stations(division)
    if not st.station_ids:
        return None
    # The latest year with data as of the date; prefer a complete one when the running year has under 90 days.
    for year in range(as_of.year, as_of.year - 12, -1):
        got = air.area_year_stats(st, year, as_of)
        if got and (got[1]["data_days"] >= 90 or year < as_of.year):
            break
    else:
        return None
    stats, counts = got
    in_force = "2026" if year >= 2026 else "2012"
    good = 100 * counts["good_days"] / counts["valid_days"] if counts["valid_days"] else None
    heavy = 100 * counts["heavy_days"] / counts["valid_days"] if counts["valid_days"] else None
    return {
        "year": year,
        "complete": as_of > date(year, 12, 31),
        "days": counts["data_days"],
        "good_ratio": good,
        "good_ratio_2012": stats["2012"].good_ratio * 100,
        "good_ratio_2026": stats["2026"].good_ratio * 100,
        "pm25": stats["2012"].means["PM2.5"],
        "pm25_valid": stats["2012"].statistic_valid["PM2.5"],
        "validity": list(stats["2012"].validity["PM2.5"].describe_parts()),
        "heavy_ratio": heavy,
        "composite": stats[in_force].composite_index,
        "note": st.note,
        "link": f"/air/?division={st.source_division_id or division.pk}&year={year - st.year_offset}",
        "targets": {
            code: _headline_target(statuses, code)
            for code in ("AIR_GOOD_RATIO", "AIR_PM25", "AIR_HEAVY_RATIO")
        },
    }


def water_headline(division: Division, as_of: date, statuses: list[S.TargetStatus]) -> dict | None:
    sections = list(
        WaterSection.objects.filter(division_id__in=division.descendant_ids()).select_related("division")
    )
    if not sections:
        return None
    last = WaterMonthly.objects.filter(section__in=sections, month__lte=as_of).order_by("-month").first()
    if last is None:
        return None
    ys = water.year_shares(sections, last.month.year, as_of)
    if ys is None:
        return None
    return {
        "year": ys.year,
        "through": ys.month,
        "complete": ys.complete,
        "sections": ys.sections,
        "i_iii": ys.i_iii,
        "worse_v": ys.worse_v,
        "compliance": ys.compliance,
        "drinking": ys.drinking,
        "synthetic": any(s.synthetic for s in sections),
        "link": f"/water/?division={division.pk}",
        "targets": {
            code: _headline_target(statuses, code)
            for code in ("WATER_I_III", "WATER_WORSE_V", "WATER_DRINKING", "WATER_SECTION_COMPLIANCE")
        },
    }


def viewer_scope(actor: Actor) -> Actor:
    """What the dashboard depends on of a viewer: role, unit and area, not who it is — viewers with the same scope
    share one cached dashboard."""
    return replace(actor, user_id=None)


@functools.lru_cache(maxsize=32)
def cached_divisions(scope: Actor, stamp: tuple) -> list[Division]:
    """:func:`divisions_for`, remembered per process until the data (``stamp``, :func:`status.data_stamp`) change."""
    return divisions_for(scope)


@functools.lru_cache(maxsize=32)
def cached_build(scope: Actor, division_id: int, as_of: date, stamp: tuple) -> Dashboard:
    """:func:`build`, remembered per process until the data change (the dashboard is read far more than written)."""
    return build(scope, Division.objects.get(pk=division_id), as_of)


def build(actor: Actor, division: Division, as_of: date, limit: int = 15) -> Dashboard:
    area = division.descendant_ids()
    plans = ledger_scope.plans_visible(actor).filter(status=Plan.Status.CONFIRMED)
    targets = ledger_scope.targets_visible(actor).filter(plan__in=plans)
    if division.level == Division.Level.CITY:
        targets = targets.filter(plan__division_id__in=area)
    else:
        # a county: the targets set for it (scope 东区, judged on its own stations) and the city's targets of the
        # tasks its units lead or cooperate on (judged on the city's figures)
        targets = targets.filter(
            Q(scope__in=Division.names_of(area))
            | Q(
                task__assignments__unit__division_id__in=area,
                task__assignments__role__in=[TaskAssignment.Role.LEAD, TaskAssignment.Role.COOPERATING],
            )
        ).distinct()
    statuses = S.evaluate(targets, as_of)
    tasks = ledger_scope.tasks_visible(actor).filter(plan__in=plans)
    if division.level == Division.Level.CITY:
        tasks = tasks.filter(plan__division_id__in=area)
    else:  # a county: the tasks bound to its own units (leading, cooperating, or every task by the implicit clause)
        tasks = tasks.filter(assignments__unit__division_id__in=area).distinct()
    overdue_qs = dispatch.overdue_tasks(tasks, as_of)
    overdue_ids = set(overdue_qs.values_list("pk", flat=True))
    per_unit: dict[int, UnitTasks] = {}
    for a in TaskAssignment.objects.filter(task__in=tasks, role=TaskAssignment.Role.LEAD, unit__isnull=False).select_related(
        "unit", "task"
    ):
        u = per_unit.setdefault(a.unit_id, UnitTasks(a.unit.short_name or a.unit.name, a.unit_id))
        setattr(u, a.task.status, getattr(u, a.task.status) + 1)
        u.overdue += a.task_id in overdue_ids
    # ``tasks`` holds each task once (scoped querysets that join are distinct), so counting rows counts tasks.
    task_counts = Counter(t.status for t in tasks.select_related(None).only("pk", "status"))
    task_counts["overdue"] = len(overdue_ids)
    reports = dispatch.overdue_reports(tasks, as_of)
    ranking = dispatch.unit_ranking(tasks, as_of)
    if actor.unit_id and not actor.is_office:
        # A department or county sees its own row — every task bound to it, whatever its role — not other units'.
        from qingshan.orgs.models import Unit

        unit = Unit.objects.get(pk=actor.unit_id)
        own = UnitTasks(unit.short_name or unit.name, unit.pk)
        for t in tasks.select_related(None).only("pk", "status"):
            setattr(own, t.status, getattr(own, t.status) + 1)
            own.overdue += t.pk in overdue_ids
        per_unit = {unit.pk: own} if own.total else {}
        ranking = [r for r in ranking if r.unit.pk == actor.unit_id]
        reports = [r for r in reports if r.unit.pk == actor.unit_id]
    return Dashboard(
        division=division,
        as_of=as_of,
        statuses=statuses,
        counts=S.counts(statuses),
        air=air_headline(division, as_of, statuses),
        water=water_headline(division, as_of, statuses),
        unit_tasks=sorted(per_unit.values(), key=lambda u: (-u.overdue, -u.total, u.name)),
        task_counts=dict(task_counts),
        overdue_tasks=list(overdue_qs[:limit]),
        overdue_task_count=len(overdue_ids),
        overdue_reports=reports[:limit],
        overdue_report_count=len(reports),
        ranking=ranking,
    )
