"""Air data is public information (HJ 633 §5: published daily and hourly); stations are changed only by the
monitoring centre or the coordinating office, within their area."""

from __future__ import annotations

from django.db.models import QuerySet

from qingshan.core.access import Actor, monitoring_editable

from .models import AirSource, DailyAirQuality, Station


def stations_visible(actor: Actor) -> QuerySet[Station]:
    return Station.objects.select_related("division")


def stations_editable(actor: Actor) -> QuerySet[Station]:
    return monitoring_editable(actor, Station.objects.all())


def daily_visible(actor: Actor) -> QuerySet[DailyAirQuality]:
    return DailyAirQuality.objects.select_related("station")


def sources_visible(actor: Actor) -> QuerySet[AirSource]:
    return AirSource.objects.select_related("division", "source")


def sources_editable(actor: Actor) -> QuerySet[AirSource]:
    """Only the office (or the monitoring centre) of the area judged may say where its air figures come from."""
    return monitoring_editable(actor, AirSource.objects.all())
