"""Excel export of progress reports (调度报告) in the ledger's column layout (``core.xlsx``: text never becomes a
formula)."""

from __future__ import annotations

from django.utils import timezone
from django.utils.translation import gettext, gettext_lazy
from openpyxl import Workbook

from qingshan.core import xlsx

from .selectors import period_for, schedule_of

REPORT_COLUMNS = [
    (gettext_lazy("No."), 6), (gettext_lazy("Plan"), 26), (gettext_lazy("Task number"), 10),
    (gettext_lazy("Task"), 40), (gettext_lazy("Reporting unit"), 22), (gettext_lazy("Period"), 14),
    (gettext_lazy("Progress"), 60), (gettext_lazy("Figures reported"), 30), (gettext_lazy("Marked complete"), 9),
    (gettext_lazy("Evidence"), 24), (gettext_lazy("Status"), 12), (gettext_lazy("Submitted"), 18),
    (gettext_lazy("Review comment"), 30), (gettext_lazy("Reviewed"), 18),
]  # fmt: skip


def reports_xlsx(reports) -> bytes:
    wb = Workbook()
    ws = xlsx.new_sheet(wb, str(gettext("Progress reports")), [(str(c), w) for c, w in REPORT_COLUMNS], first=True)
    for i, r in enumerate(reports, start=1):
        period = period_for(schedule_of(r.task.plan), r.period_start)
        xlsx.append(
            ws,
            [
                i,
                r.task.plan.title,
                r.task.number,
                r.task.heading or r.task.text[:60],
                r.unit.name,
                period.label,
                r.text,
                ";".join(
                    gettext("%(indicator)s %(year)s: %(value)s%(unit)s") % {"indicator": f.target.indicator, "year": f.year,
                                                                       "value": f"{f.value:g}", "unit": f.target.unit}
                    for f in r.figures.all()
                ),
                gettext("yes") if r.marks_complete else "",
                ";".join(a.name for a in r.attachments.all()),
                r.get_status_display(),
                timezone.localtime(r.submitted_at).strftime("%Y-%m-%d %H:%M"),
                r.review_comment,
                timezone.localtime(r.reviewed_at).strftime("%Y-%m-%d %H:%M") if r.reviewed_at else "",
            ],
        )
    xlsx.wrap(ws)
    return xlsx.to_bytes(wb)
