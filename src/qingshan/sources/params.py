"""Parameters of pages, API and CLI."""

from __future__ import annotations

from datetime import datetime

from django.utils import timezone

from qingshan.core.errors import DomainError

from .errors import SourcesError


def parse_time(name: str, text: str | None) -> datetime | None:
    """2024-05-01, 2024-05-01T08:00[:00] or 20240501080000, in the platform's time zone (devices' local time)."""
    if not text:
        return None
    t = text.strip()
    try:
        if t.isdigit() and len(t) == 14:
            value = datetime.strptime(t, "%Y%m%d%H%M%S")
        else:
            value = datetime.fromisoformat(t)
    except ValueError:
        raise DomainError(SourcesError.BAD_TIME, field=name, name=name, value=t[:40]) from None
    if timezone.is_naive(value):
        value = timezone.make_aware(value, timezone.get_default_timezone())
    return value
