from __future__ import annotations

from django.shortcuts import get_object_or_404, render

from qingshan.core.access import actor_for
from qingshan.core.history import changes_of
from qingshan.core.panels import panels_for

from . import scope
from .models import Division


def unit_list(request):
    actor = actor_for(request.user)
    units = scope.units_visible(actor).prefetch_related("aliases")
    city_id = request.GET.get("city")
    cities = Division.objects.filter(level=Division.Level.CITY)
    if city_id and city_id.isdigit():
        city = get_object_or_404(Division, pk=int(city_id))
        units = units.filter(division_id__in=city.descendant_ids())
    return render(request, "orgs/unit_list.html", {"units": units, "cities": cities, "city_id": city_id})


def unit_detail(request, pk: int):
    actor = actor_for(request.user)
    unit = get_object_or_404(scope.units_visible(actor), pk=pk)
    return render(
        request,
        "orgs/unit_detail.html",
        {
            "unit": unit,
            "panels": panels_for("orgs.unit", actor, unit),
            "history": changes_of(unit),
            "can_edit": scope.units_editable(actor).filter(pk=unit.pk).exists(),
        },
    )
