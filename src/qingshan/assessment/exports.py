"""Assessment results as JSON and as an Excel workbook (a ranking sheet and the records behind every point)."""

from __future__ import annotations

import io

from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from . import rules as R
from .details import KIND_LABELS, NOTES, RULE_LABELS, detail_text, worded
from .models import Scheme


def rows_from_rules(sheets: list[R.Sheet]) -> list[dict]:
    return [
        {"unit_id": s.unit_id, "unit": s.name, "kind": s.kind, "rank": s.rank, "total": s.total,
         "max": sum(i.max_points for i in s.items), "items": R.sheet_json(s)}
        for s in sheets
    ]  # fmt: skip


def rows_from_sheets(sheets) -> list[dict]:
    return [
        {"unit_id": s.unit_id, "unit": s.unit.name, "kind": s.kind, "rank": s.rank, "total": s.total,
         "max": s.max_total, "items": s.lines}
        for s in sheets
    ]  # fmt: skip


def result_json(scheme: Scheme, as_of, rows: list[dict]) -> dict:
    return {
        "city": scheme.division.name,
        "year": scheme.year,
        "scheme": {"title": scheme.title, "version": scheme.version, "demo": scheme.demo},
        "as_of": f"{as_of}",
        "units": worded(rows),
    }


def kind_label(kind: str) -> str:
    return _("County or district") if kind == "county" else _("Department")


def result_xlsx(scheme: Scheme, as_of, rows: list[dict]) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    items = list(scheme.items.all())
    wb = Workbook()
    ws = wb.active
    ws.title = _("Ranking")[:31]
    title = f"{scheme.title} (v{scheme.version})"
    ws.append([title])
    ws["A1"].font = Font(bold=True, size=14)
    note = _("Figures as of %(date)s.") % {"date": as_of}
    if scheme.demo:
        note += " " + _("A synthetic demo scheme (演示), not the city's real one.")
    ws.append([note])
    ws.append([_("Kind"), _("Rank"), _("Unit"), _("Total"), _("Maximum"), *[i.name for i in items]])
    for cell in ws[3]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="D7EEDF")
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    for r in rows:
        points = {i["code"]: i["points"] for i in r["items"]}
        ws.append([kind_label(r["kind"]), r["rank"], r["unit"], r["total"], r["max"],
                   *[points.get(i.code, "") for i in items]])  # fmt: skip
    for i, w in enumerate([14, 6, 28, 8, 8, *[12] * len(items)], start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "D4"
    detail = wb.create_sheet(_("Records")[:31])
    detail.append([_("Unit"), pgettext("assessment", "Item"), pgettext("assessment", "Rule"), _("Points"), _("Record"), _("Id"), _("What"), _("Detail")])
    for cell in detail[1]:
        cell.font = Font(bold=True)
    for r in rows:
        for it in r["items"]:
            if not it["lines"]:
                detail.append([r["unit"], it["name"], str(RULE_LABELS.get(it["rule"], it["rule"])), it["points"], "",
                               "", "", str(NOTES.get(it.get("note", ""), it.get("note", "")))])  # fmt: skip
            for ln in it["lines"]:
                rec = ln["record"]
                detail.append([r["unit"], it["name"], str(RULE_LABELS.get(ln["rule"], ln["rule"])), ln["points"],
                               str(KIND_LABELS.get(rec["kind"], rec["kind"])), rec["ref"], rec["label"],
                               detail_text(rec.get("detail"))])  # fmt: skip
    for i, w in enumerate([28, 22, 20, 8, 12, 10, 40, 40], start=1):
        detail.column_dimensions[get_column_letter(i)].width = w
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
