"""Which organisation records an actor may read or change.

The registry of divisions and units is reference data every signed-in user may read (tasks name other units);
only the coordinating office changes it, within its own city. Profiles (who holds which role) are the office's.
"""

from __future__ import annotations

from django.db.models import QuerySet

from qingshan.core.access import Actor

from .models import Division, Profile, Unit


def divisions_visible(actor: Actor) -> QuerySet[Division]:
    return Division.objects.all()


def units_visible(actor: Actor) -> QuerySet[Unit]:
    return Unit.objects.select_related("division")


def units_editable(actor: Actor) -> QuerySet[Unit]:
    if not actor.is_office:
        return Unit.objects.none()
    if actor.area_ids is None:
        return Unit.objects.all()
    return Unit.objects.filter(division_id__in=actor.area_ids)


def profiles_visible(actor: Actor) -> QuerySet[Profile]:
    if actor.user_id is None:
        return Profile.objects.none()
    if not actor.is_office:
        return Profile.objects.filter(user_id=actor.user_id)
    qs = Profile.objects.select_related("user", "unit", "division")
    if actor.area_ids is None:
        return qs
    return qs.filter(unit__division_id__in=actor.area_ids) | qs.filter(division_id__in=actor.area_ids)
