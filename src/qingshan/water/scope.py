"""Who sees and changes which water records.

Water-quality figures are public information (published like the national real-time system): every section, its
samples and monthly results. Sections are changed only by the monitoring centre or the coordinating office, within
their area. The exceedance list, the imports and any other working list are for signed-in staff and limited to the
viewer's area (another city's office sees none of this city's files or working lists)."""

from __future__ import annotations

from django.db.models import QuerySet

from qingshan.core.access import Actor, in_area, monitoring_editable

from .models import WaterImport, WaterSection


def sections_visible(actor: Actor) -> QuerySet[WaterSection]:
    return WaterSection.objects.select_related("division")


def sections_editable(actor: Actor) -> QuerySet[WaterSection]:
    return monitoring_editable(actor, WaterSection.objects.all())


def sections_in_area(actor: Actor) -> QuerySet[WaterSection]:
    """Sections of the actor's area (all for superusers; a city's office its city; a county its own)."""
    return in_area(WaterSection.objects.select_related("division"), actor)


def imports_visible(actor: Actor) -> QuerySet[WaterImport]:
    """Import records of files with a section in the actor's area; only the office and the monitoring centre read
    them (a file may hold sections of several areas: it is listed to each, without the others' rows)."""
    if not actor.manages_monitoring:
        return WaterImport.objects.none()
    if actor.area_ids is None:
        return WaterImport.objects.all()
    return WaterImport.objects.filter(sections__in=sections_in_area(actor)).distinct()
