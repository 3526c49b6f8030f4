"""Water-quality figures are public information (published like the national real-time system); sections are
changed only by the monitoring centre or the coordinating office, within their area. The exceedance list is a
working list for signed-in staff, limited to their area."""

from __future__ import annotations

from django.db.models import QuerySet

from qingshan.core.access import Actor, monitoring_editable

from .models import WaterSection


def sections_visible(actor: Actor) -> QuerySet[WaterSection]:
    return WaterSection.objects.select_related("division")


def sections_editable(actor: Actor) -> QuerySet[WaterSection]:
    return monitoring_editable(actor, WaterSection.objects.all())


def sections_in_area(actor: Actor) -> QuerySet[WaterSection]:
    """Sections of the actor's area (all for the city's office and superusers; a county its own)."""
    if actor.area_ids is None:
        return WaterSection.objects.select_related("division")
    return WaterSection.objects.select_related("division").filter(division_id__in=actor.area_ids)
