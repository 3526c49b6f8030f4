from __future__ import annotations

from django.conf import settings
from django.utils.functional import SimpleLazyObject

from .access import actor_for
from .roles import Role


def platform(request) -> dict:
    actor = actor_for(getattr(request, "user", None))

    def pending() -> int:  # evaluated only where a template shows it
        from django.utils import timezone

        from .notices import notices_for

        return sum(1 for n in notices_for(actor, timezone.localdate(), cheap_only=True) if n.level != "info")

    return {
        "platform_name": settings.PLATFORM_NAME,
        "actor": actor,
        "role_label": Role(actor.role).label if actor.role in Role.values else actor.role,
        "pending_notices": SimpleLazyObject(pending) if actor.user_id else 0,
    }
