from __future__ import annotations

from django.conf import settings
from django.utils.functional import SimpleLazyObject

from .access import actor_for
from .roles import Role


def platform(request) -> dict:
    actor = actor_for(getattr(request, "user", None))

    def pending() -> int:  # evaluated only where a template shows it
        """The entries of /notifications/ that need action (not the "info" ones), so that the badge and the list
        agree. Every provider runs, so the count is kept per person and day, keyed by the data stamp and the
        latest event of every workflow (one query each; a status change always writes an event) and for two
        minutes at most (alerts and due dates also move without a history row or an event)."""
        from django.core.cache import cache
        from django.utils import timezone

        from .notices import notices_for
        from .stamps import data_stamp
        from .workflow import events_stamp

        today = timezone.localdate()
        key = f"qingshan:pending:{actor.user_id}:{today}:{hash((data_stamp(), events_stamp()))}"
        count = cache.get(key)
        if count is None:
            count = sum(1 for n in notices_for(actor, today) if n.level != "info")
            cache.set(key, count, 120)
        return count

    return {
        "platform_name": settings.PLATFORM_NAME,
        "actor": actor,
        "role_label": Role(actor.role).label if actor.role in Role.values else actor.role,
        "pending_notices": SimpleLazyObject(pending) if actor.user_id else 0,
    }
