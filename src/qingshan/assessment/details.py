"""The detail of a record behind a score line, stored as message parts and worded in the reader's language.

A run is computed once and read by people in Chinese and English: a detail worded at computation time would stay in
the language of whoever computed it. So ``facts`` stores ``(key, *values)`` — ``("task_open", "2024-12-31")`` — and
pages and exports word it here. A plain string is shown as it is: a manual score's reason and an objection's text
are people's words, a water class (Ⅲ类 / Ⅱ类) is the same in both languages, and runs stored before this module
hold worded strings.
"""

from __future__ import annotations

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .models import SchemeItem

#: An item's note, a line's rule and a record's kind, worded (the sheet page and the workbook).
NOTES = {
    "not_scored": gettext_lazy("not scored yet"),
    "no_figure": gettext_lazy("no figure"),
    "floored": gettext_lazy("every point deducted"),
    "capped": gettext_lazy("capped at the maximum"),
}
RULE_LABELS = dict(SchemeItem.RULE_CHOICES) | {"adjustment": gettext_lazy("Objection upheld")}
KIND_LABELS = {
    "task": gettext_lazy("task"),
    "report": gettext_lazy("progress report"),
    "target": gettext_lazy("target"),
    "rectification": gettext_lazy("rectification item"),
    "notice": gettext_lazy("supervision notice"),
    "air": gettext_lazy("air quality"),
    "water": gettext_lazy("water section"),
    "manual": gettext_lazy("manual score"),
    "objection": gettext_lazy("objection"),
}


def detail_text(detail) -> str:
    if not detail:
        return ""
    if isinstance(detail, str):
        return detail
    key, *args = detail
    if key == "task_open":
        return _("due %(date)s; open") % {"date": args[0]}
    if key == "task_done":
        return _("due %(date)s; completed %(done)s") % {"date": args[0], "done": args[1]}
    if key == "report_returned":
        return _("due %(date)s; returned") % {"date": args[0]}
    if key == "report_due":
        return _("due %(date)s") % {"date": args[0]}
    if key == "rectification":
        from qingshan.supervision.models import Rectification

        labels = {str(v): str(label) for v, label in Rectification.Status.choices}
        return _("due %(date)s; %(state)s") % {"date": args[0], "state": labels.get(args[1], args[1])}
    if key == "target":
        from qingshan.targets.rules import status_label

        return str(status_label(args[0]))
    return " ".join(str(a) for a in args)


def worded(rows: list[dict]) -> list[dict]:
    """Stored result rows (``exports.rows_from_sheets``) with every line's detail worded."""
    out = []
    for r in rows:
        items = []
        for it in r["items"]:
            lines = [dict(ln, record=dict(ln["record"], detail=detail_text(ln["record"].get("detail"))))
                     for ln in it["lines"]]  # fmt: skip
            items.append(dict(it, lines=lines))
        out.append(dict(r, items=items))
    return out
