"""Audit-trail helpers: turn django-simple-history records into rows a record page can show."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Change:
    when: object
    who: str
    kind: str
    changes: list[tuple[str, object, object]]  # (field label, before, after)


def changes_of(obj, limit: int = 50) -> list[Change]:
    """The record's history, newest first, each entry with its field-by-field before and after."""
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

                def shown(value, names=names):
                    try:
                        return names.get(value, value)
                    except TypeError:  # a list or dict (JSON field): shown as it is
                        return value

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
