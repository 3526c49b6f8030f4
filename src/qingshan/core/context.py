from __future__ import annotations

from django.conf import settings
from django.utils.functional import SimpleLazyObject

from .access import actor_for
from .roles import Role


def platform(request) -> dict:
    actor = actor_for(getattr(request, "user", None))

    def pending() -> int:  # evaluated only where a template shows it
        """The entries of /notifications/ that need action (not the "info" ones): the same cached list the page
        shows (``core.notices.cached_notices``), so the badge and the list agree."""
        from django.utils import timezone

        from .notices import cached_notices

        return sum(1 for n in cached_notices(actor, timezone.localdate()) if n.level != "info")

    return {
        "platform_name": settings.PLATFORM_NAME,
        "actor": actor,
        "role_label": Role(actor.role).label if actor.role in Role.values else actor.role,
        "pending_notices": SimpleLazyObject(pending) if actor.user_id else 0,
    }
