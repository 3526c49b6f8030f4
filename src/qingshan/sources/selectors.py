"""Reads of the sources app (never write)."""

from __future__ import annotations

from datetime import datetime

from django.db.models import QuerySet

from .models import Reading, ReceiverCounter

REJECT_REASONS = ("crc", "length", "syntax", "unknown_mn", "password", "garbage")


def receiver_stats() -> dict:
    """received, stored, duplicates, rejected by reason (crc, length, syntax, unknown_mn, password, garbage),
    quarantined, other (notices, requests, device answers), timeouts — summed over every receiver process."""
    c = dict(ReceiverCounter.objects.values_list("name", "value"))
    return {
        "received": c.get("received", 0),
        "stored": c.get("stored", 0),
        "duplicates": c.get("duplicates", 0),
        "rejected": {r: c.get(f"rejected_{r}", 0) for r in REJECT_REASONS},
        "quarantined": c.get("quarantined", 0),
        "other": c.get("other", 0),
        "timeouts": c.get("timeouts", 0),
    }


def readings(mn: str, cn: int | None = None, start: datetime | None = None, end: datetime | None = None) -> QuerySet:
    qs = Reading.objects.filter(mn=mn)
    if cn:
        qs = qs.filter(cn=cn)
    if start:
        qs = qs.filter(data_time__gte=start)
    if end:
        qs = qs.filter(data_time__lte=end)
    return qs.order_by("data_time", "cn", "code")
