"""Audit-trail helpers: turn django-simple-history records into rows a record page can show."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from django.utils import timezone
from django.utils.translation import gettext as _


@dataclass
class Change:
    when: object
    who: str
    kind: str
    changes: list[tuple[str, object, object]]  # (field label, before, after)


def _plain(value: object) -> object:
    """A value as a person reads it: yes/no for a flag, JSON (Chinese as written) for a list or a mapping, a date as
    the tables around it write dates (2026-03-01, 2026-03-01 09:30 in local time; walkthrough finding: the history
    wrote "2026年3月1日" under a table of "2026-03-01")."""
    if isinstance(value, datetime):
        return (timezone.localtime(value) if timezone.is_aware(value) else value).strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return _("yes") if value else _("no")
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False) if value else None
    return value


def changes_of(
    obj, limit: int = 50, display: dict[str, Callable[[object], object]] | None = None
) -> list[Change]:
    """The record's history, newest first, each entry with its field-by-field before and after.

    A field's value is shown by its choice label, by ``display[field]`` when the page gives one (a code whose names
    live elsewhere, such as a supervision ladder's rungs), or by the model's ``history_value(field, value)`` when it
    has one (a structured JSON field); flags as yes/no."""
    display = display or {}
    own = getattr(obj, "history_value", None)
    records = list(obj.history.select_related("history_user").all()[: limit + 1])
    out: list[Change] = []
    for i, rec in enumerate(records[:limit]):
        prev = records[i + 1] if i + 1 < len(records) else None
        diffs: list[tuple[str, object, object]] = []
        if prev is not None:
            delta = rec.diff_against(prev)
            for ch in delta.changes:
                field = obj._meta.get_field(ch.field)
                names = dict(field.flatchoices) if field.choices else {}

                def shown(value, names=names, name=ch.field):
                    if value in (None, "", [], {}):
                        return None
                    if name in display:
                        return display[name](value)
                    if own is not None:
                        custom = own(name, value)
                        if custom is not None:
                            return custom
                    try:
                        return names.get(value, _plain(value))
                    except TypeError:  # a list or dict (JSON field) is not hashable
                        return _plain(value)

                diffs.append((str(field.verbose_name), shown(ch.old), shown(ch.new)))
        out.append(
            Change(
                when=rec.history_date,
                who=str(rec.history_user or "—"),
                kind=rec.get_history_type_display(),
                changes=diffs,
            )
        )
    return out
