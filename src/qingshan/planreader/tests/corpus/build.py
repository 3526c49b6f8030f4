"""Write the layout corpus from ``spec.py`` (the files are committed; run this after changing the spec):

.venv/bin/python -m qingshan.planreader.tests.corpus.build
"""

from __future__ import annotations

from pathlib import Path

from . import spec

HERE = Path(__file__).resolve().parent
HEADER = ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"]


def _set_cell(cell, text: str, bold: bool = False) -> None:
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = bold


def word_table() -> None:
    import docx

    d = docx.Document()
    for line in spec.WORD_HEAD:
        d.add_paragraph(line)
    parts = [spec.WORD_SECTIONS[: spec.WORD_SPLIT_AFTER], spec.WORD_SECTIONS[spec.WORD_SPLIT_AFTER :]]
    for k, sections in enumerate(parts):
        if k:
            d.add_page_break()
        rows = 1 + sum(1 + len(s.rows) for s in sections)
        t = d.add_table(rows=rows, cols=len(HEADER))
        t.style = "Table Grid"
        for c, h in enumerate(HEADER):  # the second part repeats the header, as Word prints it on a new page
            _set_cell(t.cell(0, c), h, bold=True)
        r = 1
        for sec in sections:
            merged = t.cell(r, 0).merge(t.cell(r, len(HEADER) - 1))
            _set_cell(merged, sec.title, bold=True)
            r += 1
            for row in sec.rows:
                _set_cell(t.cell(r, 0), row.number)
                _set_cell(t.cell(r, 1), row.task)
                if row.merge_lead_with_above:
                    t.cell(r - 1, 2).merge(t.cell(r, 2))
                else:
                    _set_cell(t.cell(r, 2), "、".join(row.lead))
                _set_cell(t.cell(r, 3), "、".join(row.coop))
                _set_cell(t.cell(r, 4), row.deadline)
                r += 1
    d.save(HERE / "word_table.docx")


def excel_table() -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "任务分解"
    ws.append([spec.EXCEL_TITLE])
    ws.merge_cells("A1:E1")
    ws.append(["(填报单位:市生态环境保护委员会办公室)"])
    ws.append(["序号", "类别", "工作任务", "责任单位", "完成时间"])
    first = {}
    for sec in spec.EXCEL_SECTIONS:
        top = ws.max_row + 1
        for row in sec.rows:
            units = "、".join([f"{row.lead[0]}(牵头)", *row.lead[1:], *row.coop] if row.coop else row.lead)
            ws.append([int(row.number), sec.title, row.task, units, row.deadline])
            first[row.number] = ws.max_row
        ws.merge_cells(start_row=top, start_column=2, end_row=ws.max_row, end_column=2)
    a, b = spec.EXCEL_MERGE_DEADLINE
    ws.merge_cells(start_row=first[a], start_column=5, end_row=first[b], end_column=5)
    notes = wb.create_sheet("填报说明")
    notes.append(["请各责任单位于每季度末报送任务进展。"])
    wb.save(HERE / "excel_table.xlsx")


def excel_legacy() -> None:
    """The same sheet as legacy .xls (BIFF), for the xlrd reader. Needs xlwt, only to build the file (no maintained
    writer of .xls exists; the reader needs only xlrd)."""
    import xlwt

    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("任务分解")
    ws.write_merge(0, 0, 0, 4, spec.EXCEL_TITLE)
    for c, h in enumerate(["序号", "类别", "工作任务", "责任单位", "完成时间"]):
        ws.write(2, c, h)
    r = 3
    for sec in spec.EXCEL_SECTIONS:
        top = r
        for row in sec.rows:
            units = "、".join([f"{row.lead[0]}(牵头)", *row.lead[1:], *row.coop] if row.coop else row.lead)
            for c, v in ((0, int(row.number)), (2, row.task), (3, units), (4, row.deadline)):
                ws.write(r, c, v)
            r += 1
        ws.write_merge(top, r - 1, 1, 1, sec.title)
    wb.save(str(HERE / "excel_legacy.xls"))


def pdf_table() -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    st = ParagraphStyle("cell", fontName="STSong-Light", fontSize=9, leading=12, wordWrap="CJK")
    title = ParagraphStyle("title", parent=st, fontSize=14, leading=20)
    header = ["序号", "重点任务", "牵头单位", "责任单位", "完成时限"]
    data = [[Paragraph(h, st) for h in header]]
    style = [("GRID", (0, 0), (-1, -1), 0.5, "black"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
    for sec in spec.PDF_SECTIONS:
        data.append([Paragraph(sec.title, st), "", "", "", ""])
        style.append(("SPAN", (0, len(data) - 1), (-1, len(data) - 1)))
        for row in sec.rows:
            lead = "" if row.merge_lead_with_above else "、".join(row.lead)
            data.append(
                [Paragraph(x, st) for x in (row.number, row.task, lead, "、".join(row.coop), row.deadline)]
            )
            if row.merge_lead_with_above:
                style.append(("SPAN", (2, len(data) - 2), (2, len(data) - 1)))
    t = Table(data, colWidths=[28, 230, 80, 110, 60], repeatRows=1)
    t.setStyle(TableStyle(style))
    story = [Paragraph(spec.PDF_TITLE, title), Paragraph("禄丰市人民政府办公室 2024年2月20日", st), t]
    SimpleDocTemplate(str(HERE / "pdf_table.pdf"), pagesize=A4).build(story)


def text_tables() -> None:
    lines = [spec.TAB_TITLE, "", "\t".join(["序号", "类别", "责任单位", "分值", "考核内容"])]
    lines += ["\t".join(r) for r in spec.TAB_ROWS]
    (HERE / "tab_table.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    lines = [spec.WIDE_TITLE, "", "序号    重点任务    牵头单位    参与单位    完成时限"]
    for sec in spec.WIDE_SECTIONS:
        lines.append(sec.title)
        for row in sec.rows:
            lines.append(
                "    ".join([row.number, row.task, "、".join(row.lead), "、".join(row.coop), row.deadline])
            )
    (HERE / "wide_table.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")


PROSE_UNNUMBERED = [
    ("攀枝花市2024年大气污染防治工作要点", True),
    ("为持续改善全市环境空气质量,制定本工作要点。", False),
    ("一、工作目标", True),
    (
        "2024年,全市环境空气质量优良天数比例达到97%以上,细颗粒物(PM2.5)平均浓度控制在30微克/立方米以下。",
        False,
    ),
    ("二、重点工作", True),
    ("推进产业结构调整", True),
    (
        "严格落实钢铁行业超低排放改造,完成3家钢铁企业超低排放改造。(牵头单位:市生态环境局;配合单位:市经济和信息化局)",
        False,
    ),
    (
        "淘汰落后产能,依法关停不达标企业。(牵头单位:市经济和信息化局;配合单位:市生态环境局、市发展改革委)",
        False,
    ),
    ("推进能源结构调整", True),
    ("加快清洁能源替代,新增光伏装机20万千瓦。(牵头单位:市发展改革委)", False),
    ("推进燃煤锅炉淘汰,淘汰燃煤锅炉15台。(牵头单位:市市场监管局;配合单位:市生态环境局)", False),
    ("推进移动源污染治理", True),
    (
        "推广新能源汽车,新增新能源公交车50辆。(牵头单位:市交通运输局;配合单位:市经济和信息化局、国网攀枝花供电公司)",
        False,
    ),
    ("加强非道路移动机械监管,开展执法检查。(市生态环境局、市住房城乡建设局按职责分工负责)", False),
    ("三、保障措施", True),
    ("加强组织领导,强化督查考核。", False),
]

MIXED_PROSE = [
    "平顶山市2024年土壤污染防治工作方案",
    "为扎实推进净土保卫战,制定本方案。",
    "一、工作目标",
    "到2024年底,受污染耕地安全利用率达到93%以上,重点建设用地安全利用得到有效保障。",
    "二、重点任务",
    "1.加强土壤污染源头防控。完成2家涉重金属企业排查整治。(市生态环境局牵头)",
    "2.推进农用地分类管理。(市农业农村局牵头)",
    "3.严格建设用地准入管理。(市自然资源和规划局、市生态环境局分别牵头)",
    "三、保障措施",
    "加强组织领导。",
    "附件:重点任务分解表",
]
MIXED_ROWS = [
    (
        "1",
        "开展土壤污染重点监管单位隐患排查,完成15家单位排查。",
        "市生态环境局",
        "市工业和信息化局",
        "2024年10月底前",
    ),
    ("2", "推进受污染耕地安全利用,落实安全利用措施。", "市农业农村局", "各县(市、区)政府", "2024年底前"),
    ("3", "建立建设用地土壤污染风险管控和修复名录。", "市生态环境局", "市自然资源和规划局", "2024年底前"),
    ("4", "推进化肥农药减量增效,化肥使用量实现零增长。", "市农业农村局", "", "2024年底前"),
]
MIXED_ASSIGNMENTS = {
    "二.1": (["市生态环境局"], []),
    "二.2": (["市农业农村局"], []),
    "二.3": (["市自然资源和规划局", "市生态环境局"], []),
    **{f"附表1.{n}": ([lead], [coop] if coop else []) for n, _t, lead, coop, _d in MIXED_ROWS},
}


def prose_docx() -> None:
    import docx

    d = docx.Document()
    for text, bold in PROSE_UNNUMBERED:
        d.add_paragraph().add_run(text).bold = bold
    d.save(HERE / "prose_unnumbered.docx")
    d = docx.Document()
    for text in MIXED_PROSE:
        d.add_paragraph(text)
    t = d.add_table(rows=1 + len(MIXED_ROWS), cols=5)
    for c, h in enumerate(["序号", "重点任务", "牵头单位", "配合单位", "完成时限"]):
        t.cell(0, c).text = h
    for r, row in enumerate(MIXED_ROWS, start=1):
        for c, v in enumerate(row):
            t.cell(r, c).text = v
    d.save(HERE / "mixed_annex.docx")


def air_data() -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(spec.AIR_HEADER)
    for h in range(48):
        ws.append(
            [
                "东区",
                f"2024-01-{1 + h // 24:02d} {h % 24:02d}:00",
                35 + h % 7,
                60 + h % 9,
                8,
                30,
                0.8,
                50 + h % 11,
            ]
        )
    wb.save(HERE / "air_data.xlsx")


def main() -> None:
    word_table()
    excel_table()
    excel_legacy()
    pdf_table()
    text_tables()
    prose_docx()
    air_data()


if __name__ == "__main__":
    main()
