"""Every target judged against its figures (:mod:`rules`), for the list, the dashboard, the CLI and the exports.

Evaluations are cached per process, keyed by the targets, the date and a stamp of the data they depend on (the
latest import, report, link and target change), so the dashboard answers from memory until something changes."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from datetime import date

from django.db.models import QuerySet

from qingshan.core import stamps
from qingshan.ledger.models import PlanTarget
from qingshan.orgs.models import Division

from . import figures as F
from .models import Indicator
from .rules import N_, STATUS_COLOUR, Goal, Status, Verdict, judge, status_label


@dataclass
class TargetStatus:
    target: PlanTarget
    indicator: Indicator | None
    verdict: Verdict
    figures: F.Figures

    @property
    def status(self) -> Status:
        return self.verdict.status

    @property
    def label(self) -> str:
        """The status in the reader's language, flagged when its figure is not a valid statistic."""
        return self.verdict.label

    @property
    def status_label(self) -> str:
        """The bare status (the chip shows the validity flag beside it)."""
        return status_label(self.verdict.status)

    @property
    def colour(self) -> str:
        return STATUS_COLOUR[self.verdict.status]

    @property
    def series(self) -> list[tuple[int, float | None, bool]]:
        return [(y, o.value, o.complete) for y, o in sorted(self.figures.observations.items())]

    def as_dict(self) -> dict:
        t = self.target
        return {
            "id": t.pk,
            "plan": t.plan_id,
            "text": t.text,
            "indicator_text": t.indicator,
            "indicator": self.indicator.code if self.indicator else None,
            "comparator": t.comparator,
            "value": t.value,
            "unit": t.unit,
            "year": t.year,
            "scope": t.scope,
            "aspirational": t.aspirational,
            **self.verdict.as_dict(),
            "label": self.label,
            "series": [{"year": y, "value": v, "complete": c} for y, v, c in self.series],
            "source": self.figures.source,
            "note": self.figures.note,
        }


def goal_of(target: PlanTarget, indicator: Indicator | None) -> Goal:
    return Goal(
        comparator=target.comparator,
        value=target.value,
        direction=indicator.direction if indicator else _direction_guess(target),
        year=target.year,
        baseline_year=target.baseline_year,
        baseline_value=target.baseline_value,
        value_max=target.value_max,
        unit=target.unit,
        aspirational=target.aspirational,
    )


def _direction_guess(target: PlanTarget) -> str:
    return "lower" if target.comparator in ("<", "<=", "reduce_by", "eliminate") else "higher"


def data_stamp() -> tuple:
    """Changes whenever anything a status or the dashboard depends on changes: every app registers its records
    with ``core.stamps`` (imports, sections, reports, targets, links, tasks, schedules, plans)."""
    return stamps.data_stamp()


ORDER = ("plan_id", "span_start", "pk")


def evaluate(targets: QuerySet[PlanTarget], as_of: date) -> list[TargetStatus]:
    """Statuses of ``targets`` as of ``as_of`` (cached until the data change)."""
    ids = tuple(targets.order_by(*ORDER).values_list("pk", flat=True))
    return _evaluate_cached(ids, as_of, data_stamp())


@functools.lru_cache(maxsize=64)
def _evaluate_cached(ids: tuple[int, ...], as_of: date, stamp: tuple) -> list[TargetStatus]:
    """``stamp`` only keys the cache: a change to the data makes a new entry."""
    qs = PlanTarget.objects.filter(pk__in=ids).select_related("plan__division", "task", "link__indicator")
    return _evaluate(list(qs.order_by(*ORDER)), as_of)


R_PLACE_NAME = re.compile(r"[\u4e00-\u9fff]{1,10}(?:县|区|市|旗|镇|乡|街道)")
# parts of the area itself, not places of their own ("全市", "城市建成区", "县城建成区", "主城区")
R_AREA_WORDS = re.compile(r"^(?:全|各|本|我)|建成区$|城区$|市区$|^县城|^城市|辖区$|流域$")


def _scope_division(target: PlanTarget, cache: dict) -> Division | None:
    """The division a target's scope names inside its plan's division ("东区" in a city's breakdown table), the plan's
    division when it names none; None when it names a place the platform does not hold in that area ("离石区" in
    another city's breakdown, walkthrough finding: judged on the city's own stations)."""
    division = target.plan.division
    scope = (target.scope or "").strip()
    if not scope or scope in (division.name, division.short_name):
        return division
    key = ("scope divisions", division.pk)
    if key not in cache:
        cache[key] = list(Division.objects.filter(pk__in=division.descendant_ids()))
    found = next((d for d in cache[key] if scope in (d.name, d.short_name)), None)
    if found is None and R_PLACE_NAME.fullmatch(scope) and not R_AREA_WORDS.search(scope):
        return None  # a place, not in the area: its figures are not the area's
    return found or division


def _evaluate(targets: list[PlanTarget], as_of: date) -> list[TargetStatus]:
    cache: dict = {}
    out = []
    for t in targets:
        link = getattr(t, "link", None)
        ind = link.indicator if link else None
        division = t.plan.division
        if ind and ind.source == Indicator.Source.COMPUTED and ind.code in F.AIR_CODES:
            # A county's row of a breakdown table (scope "米易县") is judged on that county's stations, never the city's;
            # a place outside the area has no figures here.
            scoped = _scope_division(t, cache)
            figs = F.air_figures(scoped, ind.code, as_of, cache) if scoped is not None else F.Figures()
        elif ind and ind.source == Indicator.Source.COMPUTED and ind.code in F.WATER_FIELD:
            figs = F.water_figures(t, division, ind.code, as_of, cache)
        else:
            figs = F.reported_figures(t, as_of)
        verdict = judge(goal_of(t, ind), figs.observations, as_of, figs.days)
        if verdict.status == Status.NO_DATA and not figs.observations:
            verdict.add_reason(
                N_("; not linked to an indicator yet: link it in the target list")
                if ind is None
                else (
                    N_("; the responsible unit has not reported a figure yet")
                    if ind.source == Indicator.Source.REPORTED
                    else N_("; the platform has no monitoring data of this area yet")
                )
            )
        out.append(TargetStatus(t, ind, verdict, figs))
    return out


def counts(statuses: list[TargetStatus]) -> dict[str, int]:
    c = {s.value: 0 for s in Status}
    for s in statuses:
        c[s.status.value] += 1
    return c
