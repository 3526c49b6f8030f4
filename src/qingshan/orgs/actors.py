"""How a signed-in user becomes an :class:`~qingshan.core.access.Actor`: from its profile (role, unit, area).

Registered with ``core.access`` by :class:`~qingshan.orgs.apps.OrgsConfig` so that the bottom layer never imports
this app."""

from __future__ import annotations

from qingshan.core.access import Actor
from qingshan.core.roles import CITY_WIDE_ROLES, Role

from .models import Division, Profile


def actor_from_profile(user) -> Actor:
    # One query for the profile with its area and the area's two levels up (enough to reach the city from a
    # township), instead of one per step: every signed-in request builds its actor.
    up = "__parent__parent"
    profile = (
        Profile.objects.select_related(f"division{up}", f"unit__division{up}").filter(user_id=user.pk).first()
    )
    if profile is None:
        return Actor(user.pk, Role.PUBLIC)
    area: Division | None = profile.area()
    if profile.role in CITY_WIDE_ROLES and area:
        # City-wide roles cover the whole city their area belongs to.
        area = area.city() or area
    area_ids = frozenset(area.descendant_ids()) if area else frozenset()
    return Actor(user.pk, profile.role, profile.unit_id, area_ids, False)
