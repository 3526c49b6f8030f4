"""Water pages: parse the request, call one selector (reads) or service (writes), render."""

from __future__ import annotations

from datetime import date

from django.shortcuts import get_object_or_404, redirect, render

from qingshan.core.access import actor_for
from qingshan.core.errors import CoreError, Forbidden
from qingshan.orgs.models import Division

from . import scope, selectors, services
from .errors import WaterError


def _month_param(request) -> date | None:
    try:
        y, m = (int(x) for x in request.GET.get("month", "").split("-"))
        return date(y, m, 1)
    except ValueError:
        return None


def _int_param(request, name: str) -> int | None:
    raw = request.GET.get(name, "")
    return int(raw) if raw.isdigit() else None


def board(request):
    """Section status board: each section's class against its target for a month and the year to date, its run
    of months meeting target, and the shares of I–III and 劣V sections per county and basin (评价办法)."""
    did = _int_param(request, "division")
    division = get_object_or_404(Division, pk=did) if did else None
    context = selectors.board(actor_for(request.user), division, _month_param(request))
    return render(request, "water/board.html", context)


def section_detail(request, pk: int):
    """One section: why it has its type, monthly results, the trend of every item with the limit of its target
    class. The office and the monitoring centre of its area set its type here (POST)."""
    actor = actor_for(request.user)
    section = get_object_or_404(scope.sections_visible(actor), pk=pk)
    if request.method == "POST":
        editable = scope.sections_editable(actor).filter(pk=pk).first()
        if editable is None:
            raise Forbidden(WaterError.NOT_EDITABLE)
        services.set_section_type(
            editable, request.POST.get("water_type", ""), request.user, request.POST.get("note", "")
        )
        return redirect("water:section", pk=pk)
    context = selectors.section_page(actor, section, _int_param(request, "year"))
    return render(request, "water/section.html", context)


def exceedances(request):
    """For signed-in staff within their area: every section-month worse than its target with the items and
    multiples, and the samples whose class differs from the class the national network published."""
    actor = actor_for(request.user)
    if actor.is_public:
        raise Forbidden(CoreError.FORBIDDEN)
    return render(
        request, "water/exceedances.html", selectors.exceedances(actor, _int_param(request, "year"))
    )
