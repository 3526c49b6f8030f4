"""Excel export of progress reports (调度报告) in the ledger's column layout (``core.xlsx``: text never becomes a
formula)."""

from __future__ import annotations

from django.utils import timezone
from openpyxl import Workbook

from qingshan.core import xlsx

from .selectors import period_for, schedule_of

REPORT_COLUMNS = [
    ("序号", 6), ("实施方案", 26), ("任务编号", 10), ("任务", 40), ("报送单位", 22), ("报送期", 14),
    ("进展情况", 60), ("报送指标值", 30), ("申请完成", 9), ("佐证材料", 24), ("状态", 12), ("报送时间", 18),
    ("审核意见", 30), ("审核时间", 18),
]  # fmt: skip


def reports_xlsx(reports) -> bytes:
    wb = Workbook()
    ws = xlsx.new_sheet(wb, "调度报告", REPORT_COLUMNS, first=True)
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
                    f"{f.target.indicator} {f.year}年 {f.value:g}{f.target.unit}" for f in r.figures.all()
                ),
                "是" if r.marks_complete else "",
                ";".join(a.name for a in r.attachments.all()),
                r.get_status_display(),
                timezone.localtime(r.submitted_at).strftime("%Y-%m-%d %H:%M"),
                r.review_comment,
                timezone.localtime(r.reviewed_at).strftime("%Y-%m-%d %H:%M") if r.reviewed_at else "",
            ],
        )
    xlsx.wrap(ws)
    return xlsx.to_bytes(wb)
