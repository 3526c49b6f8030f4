"""Air data is public information (HJ 633 §5: published daily and hourly); stations are changed only by the
monitoring centre or the coordinating office, within their area."""

from __future__ import annotations

from django.db.models import QuerySet

from qingshan.core.access import Actor
from qingshan.orgs.models import Role

from .models import AirSource, DailyAirQuality, Station


def stations_visible(actor: Actor) -> QuerySet[Station]:
    return Station.objects.select_related("division")


def stations_editable(actor: Actor) -> QuerySet[Station]:
    if actor.read_only or not (actor.is_office or actor.role == Role.MONITORING):
        return Station.objects.none()
    if actor.area_ids is None:
        return Station.objects.all()
    return Station.objects.filter(division_id__in=actor.area_ids)


def daily_visible(actor: Actor) -> QuerySet[DailyAirQuality]:
    return DailyAirQuality.objects.select_related("station")


def sources_visible(actor: Actor) -> QuerySet[AirSource]:
    return AirSource.objects.select_related("division", "source")


def sources_editable(actor: Actor) -> QuerySet[AirSource]:
    """Only the office (or the monitoring centre) of the area judged may say where its air figures come from."""
    if actor.read_only or not (actor.is_office or actor.role == Role.MONITORING):
        return AirSource.objects.none()
    if actor.area_ids is None:
        return AirSource.objects.all()
    return AirSource.objects.filter(division_id__in=actor.area_ids)
