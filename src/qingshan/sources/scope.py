"""Who sees which pollution sources: every signed-in role its own area (a county its county's enterprises, the
city's office, leader, monitoring and enforcement their city; another city's office nothing of this one); the
public nothing (the registry and the readings are working information). Changes to the registry: the office of
the area. Alerts: the same areas; their workflow decides who acts (``workflow.py``)."""

from __future__ import annotations

from django.db.models import QuerySet

from qingshan.core.access import Actor, in_area

from .models import Alert, Device, Enterprise, Outlet, OutletFactor, Permit


def enterprises_visible(actor: Actor) -> QuerySet[Enterprise]:
    if actor.is_public:
        return Enterprise.objects.none()
    return in_area(Enterprise.objects.select_related("division"), actor)


def enterprises_editable(actor: Actor) -> QuerySet[Enterprise]:
    if actor.read_only or not actor.is_office:
        return Enterprise.objects.none()
    return in_area(Enterprise.objects.all(), actor)


def permits_visible(actor: Actor) -> QuerySet[Permit]:
    return Permit.objects.filter(enterprise__in=enterprises_visible(actor)).select_related("enterprise")


def permits_editable(actor: Actor) -> QuerySet[Permit]:
    return Permit.objects.filter(enterprise__in=enterprises_editable(actor))


def outlets_visible(actor: Actor) -> QuerySet[Outlet]:
    return Outlet.objects.filter(enterprise__in=enterprises_visible(actor)).select_related("enterprise")


def outlets_editable(actor: Actor) -> QuerySet[Outlet]:
    return Outlet.objects.filter(enterprise__in=enterprises_editable(actor))


def factors_visible(actor: Actor) -> QuerySet[OutletFactor]:
    return OutletFactor.objects.filter(outlet__enterprise__in=enterprises_visible(actor)).select_related("outlet")


def factors_editable(actor: Actor) -> QuerySet[OutletFactor]:
    return OutletFactor.objects.filter(outlet__enterprise__in=enterprises_editable(actor))


def devices_visible(actor: Actor) -> QuerySet[Device]:
    return Device.objects.filter(outlet__enterprise__in=enterprises_visible(actor)).select_related("outlet")


def devices_editable(actor: Actor) -> QuerySet[Device]:
    return Device.objects.filter(outlet__enterprise__in=enterprises_editable(actor))


def alerts_visible(actor: Actor) -> QuerySet[Alert]:
    if actor.is_public:
        return Alert.objects.none()
    return in_area(Alert.objects.select_related("enterprise", "outlet", "division"), actor)


def alerts_editable(actor: Actor) -> QuerySet[Alert]:
    """Alerts whose workflow the actor may move (the transition table still checks each action)."""
    if actor.read_only:
        return Alert.objects.none()
    return alerts_visible(actor)
