"""Which organisation records an actor may read or change.

Divisions are reference data. Units: a signed-in user reads the units of its own city (the registry its tasks
name); only the coordinating office changes them, within its own city. Profiles (who holds which role) are the
office's, within its city.
"""

from __future__ import annotations

from django.db.models import QuerySet

from qingshan.core.access import Actor, in_area

from .models import Division, Profile, Unit


def divisions_visible(actor: Actor) -> QuerySet[Division]:
    return Division.objects.all()


def city_area_ids(actor: Actor) -> frozenset[int] | None:
    """The divisions of the actor's whole city (a county user reads its city's registry too); None = all."""
    if actor.area_ids is None:
        return None
    if not actor.area_ids:
        return frozenset()
    own = Division.objects.filter(pk__in=actor.area_ids).order_by("level").first()
    city = own.city() if own else None
    return frozenset(city.descendant_ids()) if city else actor.area_ids


def divisions_in_area(actor: Actor, attrs: dict | None = None, instance=None) -> QuerySet[Division]:
    """Divisions a writer may file a record under (a plan, unit, station or section): those of its area."""
    return in_area(Division.objects.all(), actor, "pk")


def units_visible(actor: Actor) -> QuerySet[Unit]:
    qs = Unit.objects.select_related("division")
    if actor.is_public:
        return qs.none()
    ids = city_area_ids(actor)
    return qs if ids is None else qs.filter(division_id__in=ids)


def units_editable(actor: Actor) -> QuerySet[Unit]:
    if not actor.is_office or actor.read_only:
        return Unit.objects.none()
    return in_area(Unit.objects.all(), actor)


def profiles_visible(actor: Actor) -> QuerySet[Profile]:
    if actor.user_id is None:
        return Profile.objects.none()
    if not actor.is_office:
        return Profile.objects.filter(user_id=actor.user_id)
    qs = Profile.objects.select_related("user", "unit", "division")
    if actor.area_ids is None:
        return qs
    return in_area(qs, actor, "unit__division") | in_area(qs, actor)
