"""Water-quality figures are public information (published like the national real-time system); sections are
changed only by the monitoring centre or the coordinating office, within their area. The exceedance list is a
working list for signed-in staff, limited to their area."""

from __future__ import annotations

from django.db.models import QuerySet

from qingshan.core.access import Actor
from qingshan.orgs.models import Role

from .models import WaterSection


def sections_visible(actor: Actor) -> QuerySet[WaterSection]:
    return WaterSection.objects.select_related("division")


def sections_editable(actor: Actor) -> QuerySet[WaterSection]:
    if actor.read_only or not (actor.is_office or actor.role == Role.MONITORING):
        return WaterSection.objects.none()
    if actor.area_ids is None:
        return WaterSection.objects.all()
    return WaterSection.objects.filter(division_id__in=actor.area_ids)


def sections_in_area(actor: Actor) -> QuerySet[WaterSection]:
    """Sections of the actor's area (all for the city's office and superusers; a county its own)."""
    if actor.area_ids is None:
        return WaterSection.objects.select_related("division")
    return WaterSection.objects.select_related("division").filter(division_id__in=actor.area_ids)
