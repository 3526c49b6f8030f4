from __future__ import annotations

from django.conf import settings

from .access import actor_for
from .roles import Role


def platform(request) -> dict:
    actor = actor_for(getattr(request, "user", None))
    return {"platform_name": settings.PLATFORM_NAME, "actor": actor, "role_label": Role(actor.role).label}
