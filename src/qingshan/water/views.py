from __future__ import annotations

from datetime import date

import numpy as np
from django.core.exceptions import PermissionDenied
from django.db.models import F
from django.shortcuts import get_object_or_404, render
from django.utils.translation import gettext as _

from qingshan.core.access import actor_for
from qingshan.core.roles import Role
from qingshan.orgs.models import Division
from qingshan.orgs.services import with_ancestors
from qingshan.standards import gb3838

from . import evaluation, scope, services
from .models import WaterImport, WaterMonthly, WaterSample, WaterSection

ITEM_LABELS = {k: f"{it.name_zh} ({it.unit})" for k, it in gb3838.ITEMS.items()}
ITEM_LABELS.update({k: f"{zh} ({unit})" for k, (zh, unit) in gb3838.EXTRA_QUANTITIES.items()})
#: Items drawn on a section's page, in this order, when the section has them.
TREND_ITEMS = (
    "DO",
    "CODMn",
    "NH3N",
    "TP",
    "TN",
    "pH",
    "COD",
    "BOD5",
    "temp",
    "conductivity",
    "turbidity",
    "chla",
)


#: Columns of a section's monthly table (the rest of Table 1 is in the API and the exports).
TABLE_ITEMS = ("pH", "DO", "CODMn", "COD", "BOD5", "NH3N", "TP", "TN")


def _month_param(request, default: date | None) -> date | None:
    raw = request.GET.get("month", "")
    try:
        y, m = (int(x) for x in raw.split("-"))
        return date(y, m, 1)
    except ValueError:
        return default


def _area(request) -> tuple[Division | None, list[WaterSection]]:
    divisions = _divisions()
    if (did := request.GET.get("division", "")).isdigit():
        div = get_object_or_404(Division, pk=int(did))
    else:
        div = next(
            (d for d in divisions if d.level == Division.Level.CITY), divisions[0] if divisions else None
        )
    if div is None:
        return None, []
    sections = list(
        scope.sections_visible(actor_for(request.user)).filter(division_id__in=div.descendant_ids())
    )
    return div, sections


def _divisions() -> list[Division]:
    ids = with_ancestors(Division.objects.filter(water_sections__isnull=False).distinct())
    return list(Division.objects.filter(pk__in=ids).order_by("code"))


def board(request):
    """Section status board: each section's class against its target for a month and the year to date, its run
    of months meeting target, and the shares of I–III and 劣V sections per county and basin (评价办法)."""
    division, sections = _area(request)
    month = _month_param(request, evaluation.latest_month(sections))
    context = {
        "division": division,
        "divisions": _divisions(),
        "month": month,
        "months": sorted(
            set(WaterMonthly.objects.filter(section__in=sections).values_list("month", flat=True)),
            reverse=True,
        ),
        "synthetic": any(s.synthetic for s in sections),
        "unreviewed": [s for s in sections if s.type_guessed],
    }
    if month and sections:
        rows = evaluation.section_rows(sections, month)
        context.update(
            {
                "rows": rows,
                "by_county": evaluation.shares(rows, "county"),
                "by_basin": evaluation.shares(rows, "basin"),
                "met": sum(1 for r in rows if r.meets_target),
                "with_target": sum(1 for r in rows if r.meets_target is not None),
            }
        )
    return render(request, "water/board.html", context)


def section_detail(request, pk: int):
    """One section: monthly results, and the trend of every item with the limit of its target class."""
    section = get_object_or_404(scope.sections_visible(actor_for(request.user)), pk=pk)
    months = list(section.months.order_by("-month"))
    years = sorted({m.month.year for m in months}, reverse=True)
    year = (
        int(request.GET["year"]) if request.GET.get("year", "").isdigit() else (years[0] if years else None)
    )
    charts = []
    if year:
        frame = services.sample_frame([section.pk], date(year, 1, 1), date(year, 12, 31))
        daily = frame.set_index("time")[list(services.ALL_ITEMS)].resample("D").mean()
        for key in TREND_ITEMS:
            if key not in daily or daily[key].notna().sum() == 0:
                continue
            limit = None
            if section.target_class and key in gb3838.ITEMS and key not in ("pH", "temp"):
                limit = float(gb3838.limits_for(key, section.water_type)[section.target_class - 1])
            charts.append(
                {
                    "key": key,
                    "label": ITEM_LABELS[key],
                    "x": daily.index.strftime("%Y-%m-%d").tolist(),
                    "y": [None if np.isnan(v) else round(float(v), 4) for v in daily[key]],
                    "limit": limit,
                    "higher_is_better": key == "DO",
                }
            )
    return render(
        request,
        "water/section.html",
        {
            "section": section,
            "months": [m for m in months if not year or m.month.year == year],
            "years": years,
            "year": year,
            "charts": charts,
            "items": [k for k in TABLE_ITEMS if any(k in m.means for m in months)],
            "item_labels": ITEM_LABELS,
            "latest": section.samples.order_by("-time").first(),
        },
    )


def exceedances(request):
    """For the coordinating office (and the monitoring centre, leaders and counties, within their area): every
    section-month worse than its target with the items and multiples, and the samples whose class differs from the
    class the national network published."""
    actor = actor_for(request.user)
    if actor.is_public:
        raise PermissionDenied(_("Signed-in staff only."))
    sections = scope.sections_in_area(actor)
    year = int(request.GET["year"]) if request.GET.get("year", "").isdigit() else None
    monthly = WaterMonthly.objects.filter(
        section__in=sections, target_class__isnull=False, water_class__gt=F("target_class")
    ).select_related("section", "section__division")
    years = sorted({d.year for d in monthly.values_list("month", flat=True)}, reverse=True)
    year = year or (years[0] if years else None)
    if year:
        monthly = monthly.filter(month__year=year)
    disagreements = WaterSample.objects.filter(section__in=sections, published_class__isnull=False).exclude(
        published_class=F("water_class")
    )
    return render(
        request,
        "water/exceedances.html",
        {
            "monthly": monthly.order_by("-month", "section__name")[:500],
            "years": years,
            "year": year,
            "disagreements": disagreements.select_related("section").order_by("-time")[:200],
            "compared": WaterSample.objects.filter(
                section__in=sections, published_class__isnull=False
            ).count(),
            "disagreeing": disagreements.count(),
            "imports": WaterImport.objects.all()[:10]
            if actor.is_office or actor.role == Role.MONITORING
            else [],
            "synthetic": sections.filter(synthetic=True).exists(),
        },
    )
