"""A stamp of the data that figures and dashboards depend on: it changes whenever such a record changes, so caches
keyed by it (``targets.status``, the dashboard) never serve stale figures.

Each app declares its own records in ``AppConfig.ready`` — ``register(model, by="history")`` (the latest change in
its django-simple-history table) or ``register(model, by="id")`` (the latest row of an append-only table such as an
import log) — so the app computing statuses does not hard-code other apps' tables.
"""

from __future__ import annotations

from django.db import connection, models

_SOURCES: dict[str, tuple[type[models.Model], str]] = {}


def register(model: type[models.Model], by: str = "history") -> None:
    if by not in ("history", "id"):
        raise ValueError(by)
    _SOURCES[model._meta.label] = (model, by)


def _sql() -> str:
    parts = []
    for label in sorted(_SOURCES):
        model, by = _SOURCES[label]
        if by == "id":
            parts.append(f"(SELECT MAX(id) FROM {model._meta.db_table})")
        else:
            parts.append(f"(SELECT MAX(history_date) FROM {model.history.model._meta.db_table})")
    return "SELECT " + (", ".join(parts) or "0")


def change_stamp() -> int:
    """A key for caches of what a person has to do: the data stamp and the latest event of every workflow (a
    status change always writes one; ``core.workflow.events_stamp``)."""
    from .workflow import (
        events_stamp,  # workflow's models need the app registry; stamps is imported before it
    )

    return hash((data_stamp(), events_stamp()))


def data_stamp() -> tuple:
    """One round trip: the latest change of every registered record."""
    with connection.cursor() as cur:
        cur.execute(_sql())
        return tuple(cur.fetchone())
