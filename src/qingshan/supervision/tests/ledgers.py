"""Rectification ledgers in the layouts offices use, built for the tests from the column synonyms (issue #16):

- ``layout_a`` (.xlsx): title row, 序号 | 问题来源 | 反馈问题 | 整改目标 | 整改措施 | 责任领导 | 牵头单位 | 配合单位 | 整改时限 |
  整改进展 | 整改状态; the source merged down over its rows; one problem merged over two rows (two measures).
- ``layout_b`` (.xlsx): a two-row header (责任单位 over 牵头单位 | 配合单位, 序号 and 问题描述 merged over both rows), a
  heading row merged across the table ("一、中央第二轮生态环境保护督察反馈问题") instead of a source column,
  轮次 and 批次 columns, 完成时限 and 完成情况.
- ``layout_c`` (.docx): a Word table with 具体问题 | 责任单位 (lead marked "(牵头)") | 验收单位 | 时限 | 状态, the 问题类别
  merged down (vertical merge), and a row whose lead unit is unknown to the registry.
"""

from __future__ import annotations

import io

from openpyxl import Workbook

A_PROBLEMS = [
    ("1", "中央第二轮生态环境保护督察", "金沙江攀枝花段部分排污口未完成整治", "排污口全部规范整治",
     "开展排查,分类整治", "张某", "市生态环境局", "东区人民政府、西区人民政府", "2024年12月底前", "已完成排查", "整改中"),
    ("2", "中央第二轮生态环境保护督察", "钒钛高新区部分企业无组织排放问题突出", "无组织排放得到有效控制",
     "实施深度治理", "李某", "钒钛高新区管委会", "市生态环境局", "2023年6月30日", "", "未启动"),
    ("3", "省级生态环境保护督察", "城市建成区黑臭水体返黑返臭", "长效治理", "建立长效管护机制", "王某",
     "市住房城乡建设局", "东区政府", "长期坚持", "按月巡查", "持续推进"),
]  # fmt: skip


def layout_a() -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = "整改台账"
    ws.append(["攀枝花市生态环境保护督察反馈问题整改台账(演示)"])
    ws.merge_cells("A1:K1")
    ws.append(["序号", "问题来源", "反馈问题", "整改目标", "整改措施", "责任领导", "牵头单位", "配合单位",
               "整改时限", "整改进展", "整改状态"])  # fmt: skip
    first, second, third = A_PROBLEMS
    ws.append(list(first))  # row 3
    ws.append([None, None, None, None, "建立排污口动态管理台账", None, None, "仁和区人民政府"])  # row 4
    ws.append([second[0], None, *second[2:]])  # row 5: its source is the merged cell above
    ws.append(list(third))  # row 6
    for col in "ACDFGIJK":  # item 1 spans rows 3–4: one problem, two measures and units
        ws.merge_cells(f"{col}3:{col}4")
    ws.merge_cells("B3:B5")  # one source for items 1 and 2
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def layout_b() -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws.append(["序号", "问题描述", "整改措施", "责任单位", None, "完成时限", "完成情况", "轮次", "批次"])
    ws.append([None, None, None, "牵头单位", "配合单位", None, None, None, None])
    for col in "ABCFGHI":
        ws.merge_cells(f"{col}1:{col}2")
    ws.merge_cells("D1:E1")
    ws.append(["一、中央生态环境保护督察反馈问题"])
    ws.merge_cells("A3:I3")
    ws.append(["1", "攀枝花市部分尾矿库环境风险隐患较大", "开展尾矿库风险评估", "市应急管理局", "市生态环境局",
               "2024年10月31日前", "达到序时进度", "第二轮", "第一批"])  # fmt: skip
    ws.append(["2", "米易县城镇生活污水收集率偏低", "实施管网改造", "米易县人民政府", "市住房城乡建设局",
               "立行立改", "整改中", "第二轮", "第一批"])  # fmt: skip
    ws.append(["二、长江经济带生态环境警示片披露问题"])
    ws.merge_cells("A6:I6")
    ws.append(["1", "盐边县某砂石厂违规堆放", "清理整治", "盐边县人民政府", "市自然资源和规划局",
               "2023年12月底前", "已销号", "2023年", "第三批"])  # fmt: skip
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def layout_c() -> bytes:
    from docx import Document

    doc = Document()
    doc.add_paragraph("攀枝花市信访交办件及督察问题整改清单(演示)")
    header = ["编号", "问题类别", "具体问题", "责任单位", "验收单位", "时限", "状态"]
    rows = [
        ["1", "信访交办件(第一批)", "仁和区某养殖场粪污直排", "仁和区人民政府(牵头)、市农业农村局",
         "市生态环境局", "2024年9月底前", "整改中"],
        ["2", "", "东区某餐饮油烟扰民", "东区人民政府", "市生态环境局", "2024年3月31日", "已完成"],
        ["3", "省级生态环境保护督察", "某工业园区环境监测能力不足", "钒钛园区工委", "市生态环境局",
         "2025年6月底前", "尚未启动"],
    ]  # fmt: skip
    table = doc.add_table(rows=1 + len(rows), cols=len(header))
    for j, h in enumerate(header):
        table.cell(0, j).text = h
    for i, row in enumerate(rows, start=1):
        for j, v in enumerate(row):
            if v:
                table.cell(i, j).text = v
    table.cell(1, 1).merge(table.cell(2, 1))  # the category merged down over two rows
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()
