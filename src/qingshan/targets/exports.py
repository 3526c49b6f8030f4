"""Excel (openpyxl, through ``core.xlsx``) and PDF (reportlab) exports of target statuses and the dashboard."""

from __future__ import annotations

import io
from datetime import date

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill

from qingshan.core import xlsx

from .rules import OP_TEXT, STATUS_COLOUR

TARGET_COLUMNS = [
    ("序号", 6), ("实施方案", 28), ("目标内容", 50), ("指标", 22), ("指标代码", 20), ("目标值", 14),
    ("目标年", 8), ("状态", 10), ("最新数值", 12), ("数据年份", 9), ("判定规则", 14), ("判定依据", 70),
    ("数据来源", 40), ("说明", 40),
]  # fmt: skip


def goal_text(t) -> str:
    if t.comparator == "eliminate":
        return "消除"
    value = "" if t.value is None else f"{t.value:g}"
    if t.value_max is not None:
        value += f"—{t.value_max:g}"
    op = OP_TEXT.get(
        t.comparator, {"=": "=", "reduce_by": "减少", "increase_by": "增加"}.get(t.comparator, "")
    )
    return f"{op}{value}{t.unit}"


def targets_xlsx(statuses, as_of: date) -> bytes:
    wb = Workbook()
    ws = xlsx.new_sheet(wb, "目标清单", TARGET_COLUMNS, first=True)
    for i, s in enumerate(statuses, start=1):
        t = s.target
        latest = s.series[-1] if s.series else (None, None, None)
        xlsx.append(
            ws,
            [
                i,
                t.plan.title,
                t.text,
                t.indicator,
                s.indicator.code if s.indicator else "",
                goal_text(t),
                t.year or "",
                s.label,
                latest[1],
                latest[0],
                s.verdict.rule,
                s.verdict.reason,
                s.figures.source,
                s.figures.note,
            ]
        )
        ws.cell(row=i + 1, column=8).fill = PatternFill("solid", fgColor=STATUS_COLOUR[s.status].lstrip("#"))
        ws.cell(row=i + 1, column=8).font = Font(color="FFFFFF", bold=True)
    xlsx.wrap(ws)
    ws2 = xlsx.new_sheet(wb, "说明", [("项目", 16), ("内容", 100)])
    xlsx.append(ws2, ["评价日期", as_of.isoformat()])
    from . import rules

    for line in (rules.__doc__ or "").strip().split("\n\n"):
        xlsx.append(ws2, ["判定规则", " ".join(x.strip() for x in line.splitlines())])
    return xlsx.to_bytes(wb)


def dashboard_pdf(dash) -> bytes:
    """A one-document snapshot of the dashboard: traffic lights, headline figures, overdue lists, ranking.
    Chinese text uses reportlab's built-in CID font STSong-Light, so no font file ships or is downloaded."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    base = ParagraphStyle("cn", fontName="STSong-Light", fontSize=9, leading=12, wordWrap="CJK")
    h1 = ParagraphStyle("h1", parent=base, fontSize=16, leading=20, spaceAfter=6)
    h2 = ParagraphStyle("h2", parent=base, fontSize=12, leading=16, spaceBefore=8, spaceAfter=4)
    small = ParagraphStyle("small", parent=base, fontSize=8, leading=10, textColor=colors.HexColor("#555555"))

    def P(text, style=base):
        from xml.sax.saxutils import escape

        return Paragraph(escape(str(text)), style)

    def table(rows, widths, header=True):
        t = Table(rows, colWidths=widths, repeatRows=1 if header else 0)
        t.setStyle(
            TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDEBF7") if header else colors.white),
                ]
            )
        )
        return t

    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf, pagesize=landscape(A4), leftMargin=12 * mm, rightMargin=12 * mm, topMargin=12 * mm, bottomMargin=12 * mm,
        title=f"{dash.division.name}生态环境目标驾驶舱 {dash.as_of}",
    )  # fmt: skip
    story = [P(f"{dash.division.name} 生态环境目标驾驶舱(截至 {dash.as_of:%Y年%m月%d日})", h1)]
    legend = [[P(f"{label} {n}") for _, label, _, n in dash.legend]]
    lt = table(legend, [44 * mm] * len(dash.legend), header=False)
    lt.setStyle(
        TableStyle(
            [("BACKGROUND", (i, 0), (i, 0), colors.HexColor(c)) for i, (_, _, c, _) in enumerate(dash.legend)]
            + [("TEXTCOLOR", (0, 0), (-1, -1), colors.white)]
        )
    )
    story += [lt, Spacer(1, 4 * mm)]
    if dash.air:
        a = dash.air
        story.append(
            P(f"空气质量({a['year']}年{'' if a['complete'] else '截至目前'},{a['days']} 天数据)", h2)
        )
        story.append(
            P(
                f"优良天数比例 {a['good_ratio']:.1f}%(HJ 633-2012 口径 {a['good_ratio_2012']:.1f}%,"
                f"HJ 633-2026 口径 {a['good_ratio_2026']:.1f}%);PM2.5 {a['pm25']:.1f} 微克/立方米;"
                f"重度及以上污染天数比例 {a['heavy_ratio']:.1f}%;综合指数 {a['composite']:.2f}"
            )
        )
        if a["note"]:
            story.append(P(a["note"], small))
    if dash.water:
        w = dash.water

        def pct(x):
            return "—" if x is None else f"{x:.1f}%"

        story.append(P(f"地表水({w['year']}年截至{w['through']:%m}月,{w['sections']} 个断面)", h2))
        story.append(
            P(
                f"Ⅰ—Ⅲ类比例 {pct(w['i_iii'])};劣Ⅴ类比例 {pct(w['worse_v'])};断面达标率 {pct(w['compliance'])};"
                f"饮用水水源地达标率 {pct(w['drinking'])}"
            )
        )
        if w["synthetic"]:
            story.append(P("含合成演示数据,非实测", small))
    story.append(P("目标状态", h2))
    rows = [[P("状态"), P("实施方案"), P("目标"), P("判定依据")]]
    for s in dash.board:
        rows.append([P(s.label), P(s.target.plan.title[:30]), P(s.target.text[:80]), P(s.verdict.reason)])
    tt = table(rows, [18 * mm, 50 * mm, 80 * mm, 120 * mm])
    tt.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, i), (0, i), colors.HexColor(s.colour))
                for i, s in enumerate(dash.board, start=1)
            ]
        )
    )
    story.append(tt)
    story.append(P(f"逾期任务(共 {dash.overdue_task_count} 项,列出前 {len(dash.overdue_tasks)} 项)", h2))
    rows = [[P("任务"), P("完成时限"), P("到期日"), P("状态")]]
    for t in dash.overdue_tasks:
        rows.append(
            [
                P(f"{t.number} {t.heading or t.text[:50]}"),
                P(t.deadline),
                P(t.due_date),
                P(t.get_status_display()),
            ]
        )
    story.append(table(rows, [150 * mm, 40 * mm, 30 * mm, 30 * mm]))
    story.append(P(f"逾期未报送(共 {dash.overdue_report_count} 份)", h2))
    rows = [[P("任务"), P("单位"), P("报送期"), P("应报日期")]]
    for o in dash.overdue_reports:
        rows.append(
            [
                P(f"{o.task.number} {o.task.heading or o.task.text[:40]}"),
                P(o.unit.name),
                P(o.period.label),
                P(o.period.due),
            ]
        )
    story.append(table(rows, [130 * mm, 60 * mm, 40 * mm, 30 * mm]))
    story.append(P("责任单位按时完成排名", h2))
    rows = [[P("名次"), P("单位"), P("按时率"), P("到期任务/按时"), P("应报/按时报送"), P("已完成/未完成")]]
    for i, s in enumerate(dash.ranking[:30], start=1):
        rate = "—" if s.on_time_rate is None else f"{s.on_time_rate:.0%}"
        rows.append([P(i), P(s.unit.name), P(rate), P(f"{s.tasks_due}/{s.tasks_on_time}"),
                     P(f"{s.reports_due}/{s.reports_on_time}"), P(f"{s.tasks_done}/{s.tasks_open}")])  # fmt: skip
    story.append(table(rows, [14 * mm, 80 * mm, 24 * mm, 34 * mm, 34 * mm, 34 * mm]))
    doc.build(story)
    return buf.getvalue()
