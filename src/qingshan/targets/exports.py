"""Excel (openpyxl, through ``core.xlsx``) and PDF (reportlab) exports of target statuses and the dashboard."""

from __future__ import annotations

import io
from datetime import date

from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill

from qingshan.core import xlsx

from .rules import N_, OP_TEXT, STATUS_COLOUR

TARGET_COLUMNS = [
    (N_("No."), 6), (N_("Plan"), 28), (N_("Target text"), 50), (N_("Indicator"), 22), (N_("Indicator code"), 20),
    (N_("Target values"), 14), (N_("target year"), 8), (N_("Status"), 10), (N_("Latest figure"), 12),
    (N_("Year of the figure"), 9), (N_("Rule"), 14), (N_("Why"), 70), (N_("Data source"), 40), (N_("Notes"), 40),
]  # fmt: skip


def goal_text(t) -> str:
    """The target's value as a reader says it: ≥95%, 减少 10% / reduce by 10%, 消除 / eliminate."""
    if t.comparator == "eliminate":
        return str(t.get_comparator_display())
    value = "" if t.value is None else f"{t.value:g}"
    if t.value_max is not None:
        value += f"—{t.value_max:g}"
    op = OP_TEXT.get(t.comparator) or (
        f"{t.get_comparator_display()} " if t.comparator in ("reduce_by", "increase_by") else t.comparator
    )
    return f"{op}{value}{t.unit}"


def targets_xlsx(statuses, as_of: date) -> bytes:
    wb = Workbook()
    columns = [(_(label), width) for label, width in TARGET_COLUMNS]  # in the reader's language
    ws = xlsx.new_sheet(wb, str(_("Target list")), columns, first=True)
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
                s.verdict.rule_label,
                s.verdict.reason,
                s.figures.source,
                s.figures.note,
            ]
        )
        ws.cell(row=i + 1, column=8).fill = PatternFill("solid", fgColor=STATUS_COLOUR[s.status].lstrip("#"))
        ws.cell(row=i + 1, column=8).font = Font(color="FFFFFF", bold=True)
    xlsx.wrap(ws)
    ws2 = xlsx.new_sheet(wb, str(_("Notes")), [(str(_("Item")), 18), (str(_("Content")), 100)])
    xlsx.append(ws2, [str(_("Evaluated as of")), as_of.isoformat()])
    from .rules import RULE_BOOK, RULE_LABEL, translate

    for code, text in RULE_BOOK:
        xlsx.append(ws2, [translate(RULE_LABEL.get(code, N_("data validity"))), translate(text)])
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
        title=_("%(area)s ecological-environment dashboard %(date)s") % {"area": dash.division.name, "date": dash.as_of},
    )  # fmt: skip
    story = [P(_("%(area)s ecological-environment dashboard (as of %(date)s)")
               % {"area": dash.division.name, "date": dash.as_of.isoformat()}, h1)]  # fmt: skip
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
            P((_("Air quality (%(year)s, %(days)s days of data)") if a["complete"]
               else _("Air quality (%(year)s so far, %(days)s days of data)")) % {"year": a["year"], "days": a["days"]},
              h2)  # fmt: skip
        )
        story.append(
            P(
                _("Good-day ratio %(good).1f%% (HJ 633-2012: %(g12).1f%%, HJ 633-2026: %(g26).1f%%); PM2.5 %(pm).1f "
                  "µg/m³; heavy-pollution days %(heavy).1f%%; composite index %(ci).2f")
                % {"good": a["good_ratio"] or 0, "g12": a["good_ratio_2012"] or 0, "g26": a["good_ratio_2026"] or 0,
                   "pm": a["pm25"] or 0, "heavy": a["heavy_ratio"] or 0, "ci": a["composite"] or 0}
            )  # fmt: skip
        )
        if a["note"]:
            story.append(P(a["note"], small))
    if dash.water:
        w = dash.water

        def pct(x):
            return "—" if x is None else f"{x:.1f}%"

        story.append(P(_("Surface water (%(year)s through month %(month)s, %(n)s sections)")
                       % {"year": w["year"], "month": w["through"].month, "n": w["sections"]}, h2))  # fmt: skip
        story.append(
            P(
                _("Class I–III %(a)s; worse than V %(b)s; sections meeting target %(c)s; drinking-water sources %(d)s")
                % {"a": pct(w["i_iii"]), "b": pct(w["worse_v"]), "c": pct(w["compliance"]), "d": pct(w["drinking"])}
            )
        )
        if w["synthetic"]:
            story.append(P(_("includes synthetic demo data, not measurements"), small))
    story.append(P(_("Target statuses"), h2))
    rows = [[P(_("Status")), P(_("Plan")), P(_("Target")), P(_("Why"))]]
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
    story.append(P(_("Overdue tasks (%(n)s; the first %(m)s listed)")
                   % {"n": dash.overdue_task_count, "m": len(dash.overdue_tasks)}, h2))  # fmt: skip
    rows = [[P(_("Task")), P(_("Completion deadline")), P(_("due date")), P(_("Status"))]]
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
    story.append(P(_("Overdue reports (%(n)s)") % {"n": dash.overdue_report_count}, h2))
    rows = [[P(_("Task")), P(_("Unit")), P(_("Period")), P(_("Report due"))]]
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
    story.append(P(_("Units ranked by on-time completion"), h2))
    rows = [[P(_("Rank")), P(_("Unit")), P(_("On time")), P(_("Tasks due / on time")), P(_("Reports due / on time")),
             P(_("Completed / open"))]]  # fmt: skip
    for i, s in enumerate(dash.ranking[:30], start=1):
        rate = "—" if s.on_time_rate is None else f"{s.on_time_rate:.0%}"
        rows.append([P(i), P(s.unit.name), P(rate), P(f"{s.tasks_due}/{s.tasks_on_time}"),
                     P(f"{s.reports_due}/{s.reports_on_time}"), P(f"{s.tasks_done}/{s.tasks_open}")])  # fmt: skip
    story.append(table(rows, [14 * mm, 80 * mm, 24 * mm, 34 * mm, 34 * mm, 34 * mm]))
    doc.build(story)
    return buf.getvalue()
