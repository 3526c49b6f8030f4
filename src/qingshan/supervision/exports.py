"""The rectification ledger as an Excel workbook in the office's layout (openpyxl), in the user's language. The
headers are names the importer knows, so an exported ledger reads back (and changes nothing)."""

from __future__ import annotations

import io
from datetime import date

from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from .models import Rectification


def _names(item: Rectification, role: str) -> str:
    return "、".join(
        u.unit.name if u.unit else f"{u.raw_name}({_('to check')})" for u in item.units.all() if u.role == role
    )


def ledger_columns() -> list[tuple[str, int]]:
    return [
        (_("No."), 6),
        (_("Source"), 22),
        (_("Round"), 9),
        (_("Batch"), 9),
        (_("Problem"), 48),
        (_("Rectification goal"), 28),
        (_("Measures"), 40),
        (_("Responsible leader"), 10),
        (_("Lead unit"), 20),
        (_("Responsible units"), 24),
        (_("Cooperating units"), 24),
        (_("Accepting unit"), 16),
        (_("Deadline"), 14),
        (_("Rectification progress"), 36),
        (pgettext("rectification", "Status"), 10),
        (_("Overdue?"), 12),
        (_("Closure"), 26),
    ]


def ledger_rows(items, today: date) -> list[list]:
    rows = []
    for i, it in enumerate(items, start=1):
        overdue = it.days_overdue(today)
        if it.status == Rectification.Status.CLOSED:
            closure = (_("closed %(date)s") % {"date": f"{it.closed_at:%Y-%m-%d}"} if it.closed_at
                       else pgettext("rectification", "closed"))  # fmt: skip
        elif it.status == Rectification.Status.PUBLICITY:
            closure = _("public notice %(start)s – %(end)s") % {"start": it.publicity_start, "end": it.publicity_end}
        else:
            closure = ""
        rows.append(
            [
                it.number or str(i),
                it.source_text or it.get_source_display(),
                it.round,
                it.batch,
                it.problem,
                it.goal,
                it.measures,
                it.leader,
                _names(it, "lead"),
                _names(it, "responsible"),
                _names(it, "cooperating"),
                it.accepting_unit.name if it.accepting_unit else "",
                it.deadline,
                it.progress,
                it.get_status_display(),
                (_("yes, %(days)s days") % {"days": overdue}) if overdue else _("no"),
                closure,
            ]
        )
    return rows


def ledger_xlsx(items, today: date, city: str) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side
    from openpyxl.utils import get_column_letter

    items = list(items.prefetch_related("units__unit").select_related("accepting_unit"))
    cols = ledger_columns()
    wb = Workbook()
    ws = wb.active
    ws.title = _("Rectification ledger")[:31]
    ws.append([_("%(city)s: ledger of inspection problems and their rectification") % {"city": city}])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(cols))
    ws["A1"].font = Font(bold=True, size=14)
    ws["A1"].alignment = Alignment(horizontal="center")
    demo = any(it.demo for it in items)
    note = _("As of %(date)s; %(n)s items.") % {"date": today, "n": len(items)}
    if demo:
        note += " " + _("Contains synthetic demo records (演示), not real problems.")
    ws.append([note])
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=len(cols))
    ws.append([c for c, _w in cols])
    thin = Side(style="thin", color="999999")
    for cell in ws[3]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="D7EEDF")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for row in ledger_rows(items, today):
        ws.append(row)
    for i, (_c, w) in enumerate(cols, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    # One named style for every body cell: openpyxl compares style objects cell by cell otherwise (a 2,000-item
    # ledger took a minute; with the named style a few seconds).
    body = NamedStyle(name="ledger-body")
    body.alignment = Alignment(wrap_text=True, vertical="top")
    body.border = Border(left=thin, right=thin, top=thin, bottom=thin)
    late = NamedStyle(name="ledger-overdue")
    late.alignment, late.border, late.font = body.alignment, body.border, Font(color="CF222E")
    wb.add_named_style(body)
    wb.add_named_style(late)
    for r, row in enumerate(ws.iter_rows(min_row=4), start=0):
        for cell in row:
            cell.style = "ledger-body"
        if items[r].days_overdue(today):
            row[15].style = "ledger-overdue"
    ws.freeze_panes = "A4"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
